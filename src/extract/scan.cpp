// The scanner: jumps from one possible number start to the next and tries the
// grammar there, instead of trying it at every byte.
#include <bitset>
#include <cmath>
#include <cstring>

#include "../grammar/numeral.hpp"
#include "../grammar/quantity.hpp"
#include "../grammar/time_expr.hpp"
#include "../text/utf8.hpp"
#include "tokens.hpp"
#include "cues.hpp"
#include "words.hpp"

namespace econclaims::detail {
namespace {

namespace x3 = boost::spirit::x3;

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Characters that can start a Chinese numeral (零 and 两 included, 万 and 亿 not).
bool is_numeral_start(char32_t c) {
  switch (c) {
    case U'〇': case U'零': case U'一': case U'二': case U'两': case U'三': case U'四':
    case U'五': case U'六': case U'七': case U'八': case U'九': case U'十': case U'百':
    case U'千': case U'壹': case U'贰': case U'叁': case U'肆': case U'伍': case U'陆':
    case U'柒': case U'捌': case U'玖': case U'拾': case U'佰': case U'仟': case U'廿':
    case U'卅': case U'卌':
      return true;
    default:
      return false;
  }
}

bool is_numeral_char(char32_t c) { return is_numeral_start(c) || c == U'万' || c == U'亿' || c == U'点'; }

// Characters that start a time word without a number (今年, 去年, 上半年, 年初, 全年 …).
bool is_time_word_start(char32_t c) {
  switch (c) {
    case U'今': case U'本': case U'去': case U'上': case U'前': case U'同': case U'当':
    case U'下': case U'年': case U'全': case U'第': case U'民':
      return true;
    default:
      return false;
  }
}

// Characters that start a quantity without a digit (翻倍, 百分之, 万分之, 半天, ¥).
bool is_quantity_word_start(char32_t c) {
  return c == U'翻' || c == U'半' || c == U'¥' || c == U'￥' || c == U'$' || c == U'万';
}

// Can a token start with `c` at all? The union of the tests below, without the
// character before; the scan looks at nothing else.
bool may_start_token(char32_t c) {
  return (c < 0x80 && is_ascii_digit(static_cast<char>(c))) || is_numeral_start(c) || is_time_word_start(c) ||
         is_quantity_word_start(c) || c == 'U' || c == 'H' || c == 'M' || c == 'N';
}

// may_start_token for every code point of the Basic Multilingual Plane (no token starts
// outside it), as a bit table built once.
class start_table {
 public:
  start_table() {
    for (char32_t c = 0; c < 0x10000; ++c)
      if (may_start_token(c)) bits_.set(c);
  }
  bool test(char32_t c) const noexcept { return c < 0x10000 && bits_[c]; }

 private:
  std::bitset<0x10000> bits_;
};

// A time expression that starts with one of these characters starts with one of the
// words of time_expr_def.hpp (今年, 上半年, 年底 …); 前 and 第 can also start 前三季度 and
// 第二季, so they always go to the grammar.
bool may_start_time_word(std::string_view rest, char32_t c) {
  static constexpr std::string_view words[] = {
      "今年", "本年", "去年", "上年", "上一年", "前年", "同年", "当年", "上半年", "下半年",
      "年初", "年底", "年末", "年内", "全年", "民国"};
  if (c == U'前' || c == U'第') return true;
  // An inline comparison: a word that starts with another character fails at its
  // first or second byte.
  for (std::string_view w : words)
    if (starts_with_at(rest, 0, w)) return true;
  return false;
}

// Can a time expression go on from the end of its leading number at `p`: a year, month,
// day or quarter mark (年, 月, 日, 号, 季), a range (2019—2023年, 1-3月) or an ISO date?
// These are the only ways the rules of time_expr_def.hpp continue after a number.
bool number_may_be_time(const char* p, const char* last) {
  static constexpr std::string_view marks[] = {"年", "月", "日", "号", "季", "—", "–", "-", "~", "至", "到", "〜"};
  const std::string_view rest(p, static_cast<std::size_t>(last - p));
  for (std::string_view m : marks)
    if (rest.starts_with(m)) return true;
  return false;
}

}  // namespace

token_stream scan(std::string_view text) {
  static const start_table starts;
  token_stream out;
  const char* const base = text.data();
  const char* const last = base + text.size();
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t len = 0;
    const char32_t c = decode_at(text, i, len);
    // Most characters start nothing: step over them without looking further.
    if (!starts.test(c)) {
      i += len;
      continue;
    }
    // The character before (what the scan stepped over, or the end of a token).
    std::size_t before_start = 0;
    const char32_t prev = i == 0 ? 0 : decode_before(text, i, before_start);
    const bool digit = c < 0x80 && is_ascii_digit(static_cast<char>(c));
    // A number starts where the previous character does not continue one.
    // A comma continues a number only between digits (1,035); after a word it ends a clause.
    const bool continues_number =
        prev < 0x80 && (is_ascii_digit(static_cast<char>(prev)) || prev == '.' ||
                        (prev == ',' && i >= 2 && is_ascii_digit(text[i - 2])));
    const bool number_start = (digit && !continues_number) ||
                              (is_numeral_start(c) && !is_numeral_char(prev));
    const bool candidate = number_start || is_time_word_start(c) || is_quantity_word_start(c) ||
                           (c == 'U' || c == 'H' || c == 'M' || c == 'N');
    const bool only_time_word = !number_start && !is_quantity_word_start(c) && c != U'百' && c != 'U' &&
                                c != 'H' && c != 'M' && c != 'N';
    if (!candidate || (only_time_word && !may_start_time_word(text.substr(i), c))) {
      i += len;
      continue;
    }
    const char* first = base + i;
    // Every time expression that starts with a number has one of the marks of
    // number_may_be_time right after the number; a number without one (most quantities)
    // skips the time grammar.
    bool may_be_time = true;
    const char* num_end = first;  // the end of the leading number, when one parses
    grammar::number_ast num;
    bool has_number = false;
    if (number_start) {
      has_number = x3::parse(num_end, last, grammar::number(), num);
      may_be_time = has_number && number_may_be_time(num_end, last);
    }
    // Time expressions first: 2018年 is a date.
    if (may_be_time) {
      const char* it = first;
      grammar::time_ast t;
      if (x3::parse(it, last, grammar::time_expr(), t)) {
        out.times.push_back({i, static_cast<std::size_t>(it - base), t});
        std::size_t end = static_cast<std::size_t>(it - base);
        i = end;
        continue;
      }
    }
    if (number_start || is_quantity_word_start(c) || c == U'百' || c == 'U' || c == 'H' || c == 'M' || c == 'N') {
      // A number glued to Latin letters is part of a code (5G, A9, MP4).
      if (digit && prev < 0x80 && is_ascii_alpha(static_cast<char>(prev))) {
        const char* it = first;
        while (it < last && (is_ascii_digit(*it) || *it == '.')) ++it;
        out.bare.push_back({i, static_cast<std::size_t>(it - base), "part of a code or name"});
        i = static_cast<std::size_t>(it - base);
        continue;
      }
      // A number that nothing of a quantity can follow is not parsed a second time
      // (百分之 starts with a number and goes on as a quantity in its own way).
      const bool may_be_quantity = !has_number || c == U'百' || grammar::may_follow_number(num_end, last);
      const char* it = first;
      grammar::quantity_ast q;
      if (may_be_quantity && x3::parse(it, last, grammar::quantity(), q)) {
        if (!std::isfinite(q.value) || (q.value_hi && !std::isfinite(*q.value_hi))) {
          // More digits than a double holds: listed, never written as a value.
          out.bare.push_back({i, static_cast<std::size_t>(it - base), "a numeral beyond the range of a number"});
          i = static_cast<std::size_t>(it - base);
          continue;
        }
        quantity_token tok;
        tok.begin = i;
        tok.end = static_cast<std::size_t>(it - base);
        tok.outer_begin = tok.begin;
        tok.outer_end = tok.end;
        tok.q = q;
        tok.qual = q.qual;
        // Qualifier words outside the quote: after (以上, 左右) and before (约, 超过).
        const char* after = it;
        qualifier qa;
        if (x3::parse(after, last, grammar::qualifier_after(), qa)) {
          // 多 right after the unit is "more than" only before punctuation or a noun
          // boundary; 以上/左右/以内 always count.
          tok.qual = qa;
          tok.outer_end = static_cast<std::size_t>(after - base);
        }
        if (auto before = grammar::qualifier_before(base, first)) {
          if (tok.qual == qualifier::exact) tok.qual = before->value;
          tok.outer_begin = static_cast<std::size_t>(before->start - base);
        }
        // A sign written before the number (-1.08‰, 增长-3.2%, +4.6%) belongs to the
        // quote; a minus makes the value negative. After a digit, a letter or a closing
        // bracket the hyphen joins two things (2019-2020, A-3) and is no sign.
        if (digit && i > 0 && (text[i - 1] == '-' || text[i - 1] == '+') && tok.outer_begin == tok.begin) {
          const char before_sign = i > 1 ? text[i - 2] : ' ';
          if (!is_ascii_digit(before_sign) && !is_ascii_alpha(before_sign) && before_sign != ')' && before_sign != '-') {
            if (text[i - 1] == '-') {
              tok.q.value = -tok.q.value;
              if (tok.q.value_hi) tok.q.value_hi = -*tok.q.value_hi;
            }
            tok.begin = tok.outer_begin = i - 1;
          }
        }
        // 负 written right before the number (增长负3.2%, 為負1.5%) is its sign where it
        // follows a verb or a mark that introduces a figure (not in 减负30亿元, 正负3%).
        if (digit && tok.outer_begin == tok.begin && ends_with_at(text, i, "负") &&
            (i == 3 || cue_lexicon::negative_sign_after.word_ending_at(text, i - 3))) {
          tok.q.value = -tok.q.value;
          if (tok.q.value_hi) tok.q.value_hi = -*tok.q.value_hi;
          tok.begin = tok.outer_begin = i - 3;
        }
        out.quantities.push_back(tok);
        i = tok.end;
        continue;
      }
      if (has_number) {
        // A number with no unit: record it and jump past the whole numeral.
        // A lone 一 is usually the article "a" (一批, 统一); only real numerals are listed.
        if (digit || num.digits > 1 || num.value != 1)
          out.bare.push_back({i, static_cast<std::size_t>(num_end - base), "no unit or measure word after it"});
        i = static_cast<std::size_t>(num_end - base);
        continue;
      }
    }
    i += len;
  }
  return out;
}

}  // namespace econclaims::detail
