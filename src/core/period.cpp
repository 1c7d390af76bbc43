// Periods: parsing, printing and calendar arithmetic. Ordinals are chosen so that the
// period containing a finer one is a floor division for year/half/quarter/month
// (month m of year y has ordinal 12y + m − 1, its quarter 4y + (m − 1)/3); days count
// from 1400-01-01, the first date Boost.Date_Time's Gregorian calendar supports.
#include "econclaims/period.hpp"

#include <algorithm>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <fmt/format.h>

#include "econclaims/detail/enum_names.hpp"
#include "econclaims/detail/expects.hpp"
#include "econclaims/diagnostic.hpp"

namespace econclaims {
namespace {

namespace greg = boost::gregorian;

const greg::date day_epoch(1400, 1, 1);
constexpr int min_year = 1400;
constexpr int max_year = 9999;

using detail::floor_div;

// Digits-only fixed-width number; -1 when the text is not exactly `width` ASCII digits.
int fixed_number(std::string_view s, std::size_t width) noexcept {
  if (s.size() != width) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

int days_in_month(int y, int m) noexcept {
  return greg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                     static_cast<unsigned short>(m));
}

long ordinal_of_date(frequency f, const greg::date& d) noexcept {
  const long y = d.year(), m = d.month();
  switch (f) {
    case frequency::year: return y;
    case frequency::half: return y * 2 + (m - 1) / 6;
    case frequency::quarter: return y * 4 + (m - 1) / 3;
    case frequency::month: return y * 12 + m - 1;
    case frequency::day: return (d - day_epoch).days();
  }
  return 0;
}

// First and last day of the single period `ord` of frequency f.
greg::date first_day(frequency f, long ord) noexcept {
  switch (f) {
    case frequency::year: return {static_cast<unsigned short>(ord), 1, 1};
    case frequency::half:
      return {static_cast<unsigned short>(floor_div(ord, 2)),
              static_cast<unsigned short>((ord - 2 * floor_div(ord, 2)) * 6 + 1), 1};
    case frequency::quarter:
      return {static_cast<unsigned short>(floor_div(ord, 4)),
              static_cast<unsigned short>((ord - 4 * floor_div(ord, 4)) * 3 + 1), 1};
    case frequency::month:
      return {static_cast<unsigned short>(floor_div(ord, 12)),
              static_cast<unsigned short>(ord - 12 * floor_div(ord, 12) + 1), 1};
    case frequency::day: return day_epoch + greg::days(ord);
  }
  return day_epoch;
}

greg::date last_day(frequency f, long ord) noexcept {
  if (f == frequency::day) return first_day(f, ord);
  return first_day(f, ord + 1) - greg::days(1);
}

bool year_in_range(long y) noexcept { return y >= min_year && y <= max_year; }

std::optional<period> parse_single(std::string_view s) noexcept {
  if (s.size() < 4) return std::nullopt;
  const int y = fixed_number(s.substr(0, 4), 4);
  if (y < 0 || !year_in_range(y)) return std::nullopt;
  if (s.size() == 4) return period::year(y);
  if (s[4] != '-') return std::nullopt;
  std::string_view rest = s.substr(5);
  if (rest.size() == 2 && (rest[0] == 'H' || rest[0] == 'Q')) {
    const int n = fixed_number(rest.substr(1), 1);
    period p = rest[0] == 'H' ? period::half(y, n) : period::quarter(y, n);
    return p.ok() ? std::optional<period>(p) : std::nullopt;
  }
  if (rest.size() == 2) {
    period p = period::month(y, fixed_number(rest, 2));
    return p.ok() ? std::optional<period>(p) : std::nullopt;
  }
  if (rest.size() == 5 && rest[2] == '-') {
    const int m = fixed_number(rest.substr(0, 2), 2), d = fixed_number(rest.substr(3), 2);
    period p = period::day(y, m, d);
    return p.ok() ? std::optional<period>(p) : std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

constexpr detail::enum_name<frequency> frequency_names[] = {{frequency::day, "day"},
                                                            {frequency::month, "month"},
                                                            {frequency::quarter, "quarter"},
                                                            {frequency::half, "half"},
                                                            {frequency::year, "year"}};

std::string_view to_string(frequency f) noexcept { return detail::name_of(frequency_names, f, "year"); }

std::optional<frequency> parse_frequency(std::string_view s) noexcept { return detail::value_of(frequency_names, s); }

period::period(std::string_view text) noexcept {
  if (auto p = parse(text)) *this = *p;
}

std::optional<period> period::parse(std::string_view text) noexcept {
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) return parse_single(text);
  auto a = parse_single(text.substr(0, slash));
  auto b = parse_single(text.substr(slash + 1));
  if (!a || !b) return std::nullopt;
  period p = interval(*a, *b);
  return p.ok() ? std::optional<period>(p) : std::nullopt;
}

period period::from_string(std::string_view text) {
  if (auto p = parse(text)) return *p;
  throw period_error(fmt::format("bad period \"{}\": {}", text, error_message(errc::bad_period)));
}

period period::year(int y) noexcept {
  return year_in_range(y) ? period(frequency::year, y, y) : period();
}
period period::half(int y, int h) noexcept {
  if (!year_in_range(y) || h < 1 || h > 2) return {};
  const long o = y * 2L + h - 1;
  return period(frequency::half, o, o);
}
period period::quarter(int y, int q) noexcept {
  if (!year_in_range(y) || q < 1 || q > 4) return {};
  const long o = y * 4L + q - 1;
  return period(frequency::quarter, o, o);
}
period period::month(int y, int m) noexcept {
  if (!year_in_range(y) || m < 1 || m > 12) return {};
  const long o = y * 12L + m - 1;
  return period(frequency::month, o, o);
}
period period::day(greg::date d) noexcept {
  if (d.is_special() || !year_in_range(d.year())) return {};
  const long o = ordinal_of_date(frequency::day, d);
  return period(frequency::day, o, o);
}
period period::day(int y, int m, int d) noexcept {
  if (!year_in_range(y) || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return {};
  return day(greg::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                        static_cast<unsigned short>(d)));
}

period period::from_ordinal(frequency f, long ord) noexcept {
  // Range check through the year of the ordinal, before any date is built.
  long y = 0;
  switch (f) {
    case frequency::year: y = ord; break;
    case frequency::half: y = floor_div(ord, 2); break;
    case frequency::quarter: y = floor_div(ord, 4); break;
    case frequency::month: y = floor_div(ord, 12); break;
    case frequency::day:
      if (ord < 0 || ord > (greg::date(max_year, 12, 31) - day_epoch).days()) return {};
      y = min_year;
      break;
  }
  if (!year_in_range(y)) return {};
  return period(f, ord, ord);
}

period period::interval(const period& first, const period& last) noexcept {
  if (!first.ok() || !last.ok() || first.freq_ != last.freq_ || first.is_interval() ||
      last.is_interval() || first.first_ > last.first_)
    return {};
  return period(first.freq_, first.first_, last.first_);
}

bool period::is_ytd() const noexcept {
  return ok_ && freq_ == frequency::month && is_interval() && first_ % 12 == 0 &&
         floor_div(first_, 12) == floor_div(last_, 12);
}

int period::year() const noexcept { return ok_ ? static_cast<int>(start_date().year()) : 0; }

greg::date period::start_date() const noexcept {
  return ok_ ? first_day(freq_, first_) : greg::date(greg::not_a_date_time);
}
greg::date period::end_date() const noexcept {
  return ok_ ? last_day(freq_, last_) : greg::date(greg::not_a_date_time);
}
long period::days() const noexcept {
  return ok_ ? (end_date() - start_date()).days() + 1 : 0;
}

period period::shift(long k) const noexcept {
  if (!ok_) return {};
  period a = from_ordinal(freq_, first_ + k), b = from_ordinal(freq_, last_ + k);
  if (!a.ok() || !b.ok()) return {};
  return period(freq_, first_ + k, last_ + k);
}

period period::year_ago() const noexcept {
  if (!ok_) return {};
  if (freq_ != frequency::day) return shift(-periods_per_year(freq_));
  // Same month and day a year before; 29 February becomes 28 February. Boost's
  // year arithmetic snaps month ends (28 Feb 2021 − 1 year → 29 Feb 2020), which is
  // not "the same date", so the date is rebuilt by hand.
  auto back = [](const greg::date& d) {
    const int y = d.year() - 1, m = d.month();
    const int dd = std::min<int>(d.day(), days_in_month(y, m));
    return period::day(y, m, dd);
  };
  const period a = back(start_date()), b = back(end_date());
  if (!a.ok() || !b.ok()) return {};
  return interval(a, b);
}

period period::to_frequency(frequency f) const noexcept {
  if (!ok_ || f < freq_) return {};
  const long a = ordinal_of_date(f, start_date()), b = ordinal_of_date(f, end_date());
  if (a != b) return {};
  return from_ordinal(f, a);
}

bool period::contains(const period& other) const noexcept {
  return ok_ && other.ok_ && start_date() <= other.start_date() && other.end_date() <= end_date();
}

std::string period::to_string() const {
  if (!ok_) return "invalid";
  auto single = [this](long ord) -> std::string {
    const greg::date d = first_day(freq_, ord);
    switch (freq_) {
      case frequency::year: return fmt::format("{:04}", ord);
      case frequency::half: return fmt::format("{:04}-H{}", int(d.year()), (d.month() - 1) / 6 + 1);
      case frequency::quarter: return fmt::format("{:04}-Q{}", int(d.year()), (d.month() - 1) / 3 + 1);
      case frequency::month: return fmt::format("{:04}-{:02}", int(d.year()), int(d.month()));
      case frequency::day:
        return fmt::format("{:04}-{:02}-{:02}", int(d.year()), int(d.month()), int(d.day()));
    }
    return {};
  };
  if (!is_interval()) return single(first_);
  return single(first_) + "/" + single(last_);
}

std::strong_ordering operator<=>(const period& a, const period& b) noexcept {
  if (a.ok_ != b.ok_) return a.ok_ ? std::strong_ordering::greater : std::strong_ordering::less;
  if (!a.ok_) return std::strong_ordering::equal;
  if (auto c = a.start_date().day_number() <=> b.start_date().day_number(); c != 0) return c;
  if (auto c = a.end_date().day_number() <=> b.end_date().day_number(); c != 0) return c;
  return static_cast<int>(a.freq_) <=> static_cast<int>(b.freq_);
}

long distance(const period& a, const period& b) {
  ECONCLAIMS_EXPECTS(a.ok() && b.ok() && a.freq() == b.freq());
  return b.ordinal() - a.ordinal();
}

double years_between(const period& a, const period& b) {
  ECONCLAIMS_EXPECTS(a.ok() && b.ok() && a.freq() == b.freq());
  if (a.freq() != frequency::day)
    return static_cast<double>(distance(a, b)) / periods_per_year(a.freq());
  // Actual/actual by anniversaries: whole years, then the rest over the next year's days.
  const greg::date d0 = a.end_date(), d1 = b.end_date();
  if (d1 < d0) return -years_between(b, a);
  auto anniversary = [&](int n) {
    const int y = d0.year() + n, m = d0.month();
    return greg::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                      static_cast<unsigned short>(std::min<int>(d0.day(), days_in_month(y, m))));
  };
  int n = 0;
  while (anniversary(n + 1) <= d1) ++n;
  const double rest = static_cast<double>((d1 - anniversary(n)).days());
  const double year_len = static_cast<double>((anniversary(n + 1) - anniversary(n)).days());
  return n + rest / year_len;
}

period parse_date_period(std::string_view text) noexcept {
  auto p = period::parse(text);
  if (!p || p->is_interval()) return {};
  const frequency f = p->freq();
  if (f == frequency::year || f == frequency::month || f == frequency::day) return *p;
  return {};
}

}  // namespace econclaims
