// The report's charts: one inline SVG figure per entity, indicator and frequency, with a
// panel per unit and kind (levels, growth in %, shares …). Every point is an SVG link to
// the claim its value was taken from, so the page's script can find its sentence.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "econclaims/report.hpp"
#include "report_detail.hpp"

namespace econclaims::detail::report {
namespace {

// Unit words for people, as UTF-8 escapes (Chinese literals live only in the lexicon):
// 亿 U+4EBF, 万 U+4E07, 元 U+5143, 美元 U+7F8E U+5143, × U+00D7.
constexpr std::string_view yi = "\xE4\xBA\xBF";
constexpr std::string_view wan = "\xE4\xB8\x87";
constexpr std::string_view yuan = "\xE5\x85\x83";
constexpr std::string_view us_dollar = "\xE7\xBE\x8E\xE5\x85\x83";
constexpr std::string_view times_sign = "\xC3\x97";

struct scale {
  double divisor = 1;
  std::string suffix;  // written right after the number
};

// The scale that shows `magnitude` (the largest |value| to be shown) in a unit of the unit.
scale scale_for(std::string_view unit, double magnitude) {
  if (unit == "CNY" || unit == "USD") {
    const std::string_view cur = unit == "CNY" ? yuan : us_dollar;
    if (magnitude >= 1e8) return {1e8, std::string(yi) + std::string(cur)};
    if (magnitude >= 1e4) return {1e4, std::string(wan) + std::string(cur)};
    return {1, std::string(cur)};
  }
  if (unit == "%") return {1, "%"};
  if (unit == "pp") return {1, " pp"};
  if (unit == "x") return {1, std::string(times_sign)};
  if (unit.empty()) return {1, ""};
  // ASCII unit codes (m2, t, kWh) read better after a space; CJK measure words do not.
  const bool ascii = static_cast<unsigned char>(unit[0]) < 0x80;
  return {1, ascii ? " " + std::string(unit) : std::string(unit)};
}

struct group_key {
  std::string entity, indicator;
  frequency freq;
  bool ytd;
  friend auto operator<=>(const group_key&, const group_key&) = default;
};

enum class style { actual, target, computed };

struct track {
  time_series s;
  style st;
  const time_series* level = nullptr;  // for computed growth: the levels it came from
  std::string label;
};

struct panel {
  std::string id;     // ordering and grouping key
  std::string title;
  std::string unit;
  claim_kind kind;
  std::vector<track> tracks;
};

struct group {
  std::vector<time_series> levels;  // kept alive for computed tracks (stable: reserved)
  std::map<std::string, panel> panels;
  std::size_t points = 0;
  Eigen::Index depth = 0;  // the most points of one track: how much history the chart shows
};

std::string panel_id(claim_kind k, const std::string& unit) {
  if (k == claim_kind::level) return "0|" + unit;
  if (k == claim_kind::growth && unit == "%") return "1|%";
  return fmt::format("2|{}|{}", to_string(k), unit);
}

std::string panel_title(claim_kind k, const std::string& unit) {
  if (k == claim_kind::level) return "Level";
  if (k == claim_kind::growth) return unit == "pp" ? "Change of rate" : "Growth";
  if (k == claim_kind::share) return "Share";
  if (k == claim_kind::multiple) return "Multiple";
  return "Change";
}

// Tick step 1, 2 or 5 × 10^k giving about `n` intervals over `span`.
double nice_step(double span, int n) {
  if (!(span > 0)) return 1;
  const double raw = span / n;
  const double p = std::pow(10.0, std::floor(std::log10(raw)));
  const double m = raw / p;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
}

std::string period_label(const period& p, bool ytd) { return ytd ? p.last().to_string() : p.to_string(); }

constexpr double width = 460, left = 62, right = 14, plot_h = 84, head_h = 20, foot_h = 20;
constexpr double panel_h = head_h + plot_h + foot_h;

}  // namespace

std::string format_number(double v, int digits) {
  if (std::isnan(v)) return "n/a";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  std::string s = fmt::format("{:.{}g}", v, digits);
  if (s.find('e') != std::string::npos) return s;
  if (s == "-0") return "0";
  return s;
}

std::string format_value(double v, std::string_view unit, int digits) {
  const scale sc = scale_for(unit, std::fabs(v));
  return format_number(v / sc.divisor, digits) + sc.suffix;
}

void source_index::add(const claim& c, std::size_t index) {
  map_[{c.doc, c.span.begin, c.span.end}].push_back({c.value, index});
}

std::optional<std::size_t> source_index::find(const source_ref& s) const {
  auto it = map_.find({s.doc, s.span.begin, s.span.end});
  if (it == map_.end() || it->second.empty()) return std::nullopt;
  for (const auto& e : it->second)
    if (e.value == s.value) return e.index;
  return it->second.front().index;
}

std::string render_charts(const store& st, const source_index& sources, bool computed_growth,
                          std::size_t& points, std::size_t& linked) {
  points = linked = 0;
  std::map<group_key, group> groups;
  auto add = [&](const series_key& k, layer l) {
    time_series s = st.series(k, l);
    if (s.count() == 0) return;
    group& g = groups[{k.entity, k.indicator, k.freq, k.ytd}];
    panel& p = g.panels[panel_id(k.kind, k.unit)];
    p.id = panel_id(k.kind, k.unit);
    p.title = panel_title(k.kind, k.unit);
    p.unit = k.unit;
    p.kind = k.kind;
    g.points += static_cast<std::size_t>(s.count());
    g.depth = std::max(g.depth, s.count());
    p.tracks.push_back({std::move(s), l == layer::target ? style::target : style::actual, nullptr,
                        l == layer::target ? "target" : "reported"});
  };
  for (const auto& k : st.keys(layer::actual)) add(k, layer::actual);
  for (const auto& k : st.keys(layer::target)) add(k, layer::target);

  if (computed_growth) {
    for (auto& [gk, g] : groups) {
      // Levels are copied out first: computed tracks point at them, and inserting a
      // panel below must not move what they point at.
      std::size_t n = 0;
      for (const auto& [id, p] : g.panels)
        if (p.kind == claim_kind::level)
          for (const auto& t : p.tracks)
            if (t.st == style::actual) ++n;
      g.levels.reserve(n);
      for (const auto& [id, p] : g.panels)
        if (p.kind == claim_kind::level)
          for (const auto& t : p.tracks)
            if (t.st == style::actual) g.levels.push_back(t.s);
      for (const auto& lv : g.levels) {
        time_series gr;
        try {
          gr = growth(lv, yoy);
        } catch (const std::exception&) {
          continue;  // a series the method does not apply to (precondition); nothing to draw
        }
        if (gr.count() == 0) continue;
        panel& p = g.panels[panel_id(claim_kind::growth, "%")];
        p.id = panel_id(claim_kind::growth, "%");
        p.title = "Growth";
        p.unit = "%";
        p.kind = claim_kind::growth;
        g.points += static_cast<std::size_t>(gr.count());
        p.tracks.push_back({std::move(gr), style::computed, &lv, "computed yoy"});
      }
    }
  }

  // Longer histories first, then more points; ties in key order.
  std::vector<std::pair<const group_key*, const group*>> order;
  for (const auto& [k, g] : groups) order.push_back({&k, &g});
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return std::pair(a.second->depth, a.second->points) > std::pair(b.second->depth, b.second->points);
  });

  std::string out;
  std::size_t chart_no = 0;
  for (const auto& [gk, g] : order) {
    // The common x range: the ordinals of every present point in the group.
    long lo = std::numeric_limits<long>::max(), hi = std::numeric_limits<long>::min();
    for (const auto& [id, p] : g->panels)
      for (const auto& t : p.tracks)
        for (Eigen::Index i = 0; i < t.s.size(); ++i)
          if (t.s.present(i)) {
            lo = std::min(lo, t.s.first_ordinal() + static_cast<long>(i));
            hi = std::max(hi, t.s.first_ordinal() + static_cast<long>(i));
          }
    if (lo > hi) continue;
    const double plot_w = width - left - right;
    auto x_of = [&](long ord) {
      return left + (static_cast<double>(ord - lo) + 0.5) / static_cast<double>(hi - lo + 1) * plot_w;
    };
    const double height = panel_h * static_cast<double>(g->panels.size());
    const std::string freq_text = gk->ytd ? "year to date" : std::string(to_string(gk->freq));
    out += fmt::format("<figure class=\"chart\" id=\"chart-{}\"><figcaption><b>{}</b> &middot; {} <small>{}</small>"
                       "</figcaption>\n",
                       chart_no, html_escape(gk->indicator), html_escape(gk->entity.empty() ? "(no entity)" : gk->entity),
                       freq_text);
    out += fmt::format("<svg viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" role=\"img\" "
                       "xmlns=\"http://www.w3.org/2000/svg\">\n",
                       width, height, width, height);
    double top = 0;
    std::size_t track_no = 0;
    for (const auto& [id, p] : g->panels) {
      // The y range: every value of the panel, and 0 for rates, whose sign matters.
      double vlo = std::numeric_limits<double>::infinity(), vhi = -vlo;
      for (const auto& t : p.tracks)
        for (Eigen::Index i = 0; i < t.s.size(); ++i)
          if (t.s.present(i)) {
            vlo = std::min(vlo, t.s.values()(i));
            vhi = std::max(vhi, t.s.values()(i));
          }
      if (p.kind != claim_kind::level) {
        vlo = std::min(vlo, 0.0);
        vhi = std::max(vhi, 0.0);
      }
      const scale sc = scale_for(p.unit, std::max(std::fabs(vlo), std::fabs(vhi)));
      double a = vlo / sc.divisor, b = vhi / sc.divisor;
      if (a == b) {
        const double pad = a == 0 ? 1 : std::fabs(a) * 0.2;
        a -= pad;
        b += pad;
      }
      const double step = nice_step(b - a, 3);
      a = std::floor(a / step) * step;
      b = std::ceil(b / step) * step;
      const double y0 = top + head_h, y1 = y0 + plot_h;
      auto y_of = [&](double v) { return y1 - (v / sc.divisor - a) / (b - a) * plot_h; };

      out += fmt::format("<g class=\"panel\" data-panel=\"{}\">", html_escape(p.id));
      out += fmt::format("<text class=\"ptitle\" x=\"{}\" y=\"{:.1f}\">{}{}</text>", left, top + 14, p.title,
                         sc.suffix.empty() ? "" : ", " + html_escape(sc.suffix));
      out += fmt::format("<rect class=\"plot\" x=\"{}\" y=\"{:.1f}\" width=\"{}\" height=\"{}\"/>", left, y0, plot_w,
                         plot_h);
      for (double v = a; v <= b + step / 2; v += step) {
        const double y = y1 - (v - a) / (b - a) * plot_h;
        out += fmt::format("<line class=\"{}\" x1=\"{}\" x2=\"{}\" y1=\"{:.1f}\" y2=\"{:.1f}\"/>",
                           std::fabs(v) < step / 1e6 ? "zero" : "grid", left, left + plot_w, y, y);
        out += fmt::format("<text class=\"tick\" x=\"{}\" y=\"{:.1f}\">{}</text>", left - 6, y + 4,
                           format_number(std::fabs(v) < step / 1e6 ? 0 : v, 6));
      }
      // Period labels under the plot, thinned to about eight.
      std::vector<long> ords;
      for (const auto& t : p.tracks)
        for (Eigen::Index i = 0; i < t.s.size(); ++i)
          if (t.s.present(i)) ords.push_back(t.s.first_ordinal() + static_cast<long>(i));
      std::sort(ords.begin(), ords.end());
      ords.erase(std::unique(ords.begin(), ords.end()), ords.end());
      const std::size_t every = ords.size() / 8 + 1;
      for (std::size_t k = 0; k < ords.size(); k += every) {
        // For a year-to-date series the ordinal is that of the interval's last month.
        const period per = period::from_ordinal(gk->freq, ords[k]);
        out += fmt::format("<text class=\"xlab\" x=\"{:.1f}\" y=\"{:.1f}\">{}</text>", x_of(ords[k]), y1 + 14,
                           per.to_string());
      }

      for (const auto& t : p.tracks) {
        const char* st_name = t.st == style::actual ? "actual" : t.st == style::target ? "target" : "computed";
        out += fmt::format("<g class=\"track k-{} st-{}\" data-track=\"{}\">", to_string(p.kind), st_name,
                           html_escape(t.label));
        // The line, broken at gaps.
        std::string path;
        bool pen = false;
        for (Eigen::Index i = 0; i < t.s.size(); ++i) {
          if (!t.s.present(i)) {
            pen = false;
            continue;
          }
          const long ord = t.s.first_ordinal() + static_cast<long>(i);
          path += fmt::format("{}{:.1f},{:.1f} ", pen ? "L" : "M", x_of(ord), y_of(t.s.values()(i)));
          pen = true;
        }
        if (t.s.count() > 1) out += fmt::format("<path class=\"line\" d=\"{}\"/>", path);
        const bool labels = t.s.count() <= 6;
        for (Eigen::Index i = 0; i < t.s.size(); ++i) {
          if (!t.s.present(i)) continue;
          const long ord = t.s.first_ordinal() + static_cast<long>(i);
          const double v = t.s.values()(i), x = x_of(ord), y = y_of(v);
          const period per = t.s.period_at(i);
          // The source: the chosen observation of the point; for a computed growth, that
          // of the level of the same period.
          std::optional<std::size_t> src;
          std::string quote;
          const point_meta* m = &t.s.meta(i);
          if (t.level) {
            if (auto j = t.level->index_of(per)) m = &t.level->meta(*j);
          }
          if (!m->sources.empty()) {
            src = sources.find(m->sources.front());
            quote = m->sources.front().quote;
          }
          ++points;
          const std::string point_id = fmt::format("c{}-t{}-{}", chart_no, track_no, per.to_string());
          const std::string tip = fmt::format("{} {}: {}{}{}", period_label(per, gk->ytd), t.label,
                                              format_value(v, p.unit), quote.empty() ? "" : " \xE2\x80\x94 ", quote);
          if (src) {
            ++linked;
            out += fmt::format("<a class=\"pt\" href=\"#claim-{0}\" data-point=\"{1}\" data-source-claim=\"{0}\" "
                               "data-period=\"{2}\">",
                               *src, point_id, per.to_string());
          } else {
            out += fmt::format("<g class=\"pt\" data-point=\"{}\" data-period=\"{}\">", point_id, per.to_string());
          }
          out += fmt::format("<title>{}</title><circle class=\"hit\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"10\"/>",
                             html_escape(tip), x, y);
          if (t.st == style::computed)
            out += fmt::format("<rect class=\"mk\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"7\" height=\"7\"/>", x - 3.5,
                               y - 3.5);
          else
            out += fmt::format("<circle class=\"mk\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"4.5\"/>", x, y);
          out += src ? "</a>" : "</g>";
          if (labels)
            out += fmt::format("<text class=\"vlab\" x=\"{:.1f}\" y=\"{:.1f}\">{}</text>", x + 7,
                               t.st == style::computed ? y + 13 : y - 7, format_number(v / sc.divisor, 4));
        }
        out += "</g>";
        ++track_no;
      }
      out += "</g>\n";
      top += panel_h;
    }
    out += "</svg></figure>\n";
    ++chart_no;
  }
  return out;
}

}  // namespace econclaims::detail::report
