#include "quantity_def.hpp"

#include <bitset>
#include <cstring>
#include <vector>

#include "../text/utf8.hpp"

namespace econclaims::grammar {

BOOST_SPIRIT_INSTANTIATE(quantity_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(qualifier_type, iterator_type, context_type)

const quantity_type& quantity() { return quantity_rule; }
const qualifier_type& qualifier_after() { return qualifier_after_rule; }

bool may_follow_number(const char* p, const char* last) {
  // The first characters of what the rule accepts right after its leading number, in
  // quantity_def.hpp: a word added there after the number must be added here too.
  static const std::bitset<0x10000> firsts = [] {
    std::bitset<0x10000> bits;
    auto add = [&bits](std::string_view w) {
      std::size_t len = 0;
      if (!w.empty()) bits.set(detail::decode_at(w, 0, len));
    };
    for (const auto& e : lexicon::units()) add(e.word);
    for (const auto& e : lexicon::magnitudes()) add(e.word);
    for (const char* w : {"余", "多", "到", "至", "—", "–", "-", "~", "〜", "分之", "成", "折", "万亿", "兆", "亿", "万", " "})
      add(w);
    return bits;
  }();
  if (p >= last) return false;
  std::size_t len = 0;
  const char32_t c = detail::decode_at(std::string_view(p, static_cast<std::size_t>(last - p)), 0, len);
  return c < 0x10000 && firsts[c];
}

namespace {
bool part_of_word(std::string_view two_chars) {
  static constexpr const char* words[] = {"签约", "节约", "制约", "公约", "条约", "契约", "合约", "特约",
                                          "预约", "相约", "通过", "经过", "度过", "越过", "错过", "不过",
                                          "跑过", "去过", "见过", "超过", "最近", "附近", "临近", "靠近",
                                          "就近", "赶超", "高超"};
  for (const char* w : words)
    if (two_chars == w) return true;
  return false;
}
}  // namespace

std::optional<found_qualifier> qualifier_before(const char* begin, const char* end) {
  // The words' lengths and last bytes, measured once; most quantities follow a byte
  // that ends no qualifier word, and a word whose last byte differs is not compared.
  struct word_ends {
    std::vector<std::size_t> lengths;
    std::vector<unsigned char> last;
    bool ends_some[256] = {};
  };
  static const word_ends words = [] {
    word_ends w;
    for (const auto& e : lexicon::qualifiers_before()) {
      const std::size_t n = std::strlen(e.word);
      w.lengths.push_back(n);
      w.last.push_back(n ? static_cast<unsigned char>(e.word[n - 1]) : 0);
      if (n) w.ends_some[w.last.back()] = true;
    }
    return w;
  }();
  if (end == begin || !words.ends_some[static_cast<unsigned char>(end[-1])]) return std::nullopt;
  const unsigned char last = static_cast<unsigned char>(end[-1]);
  std::optional<found_qualifier> best;
  std::size_t best_len = 0;
  std::size_t k = 0;
  for (const auto& e : lexicon::qualifiers_before()) {
    const std::size_t n = words.lengths[k];
    const bool same_last = words.last[k++] == last;
    if (!same_last || n <= best_len || static_cast<std::size_t>(end - begin) < n) continue;
    if (std::memcmp(end - n, e.word, n) == 0) {
      // A one-character qualifier that ends a longer word (签约, 通过, 最近) is not one.
      if (n == 3 && end - begin >= 6 && part_of_word(std::string_view(end - 6, 6))) continue;
      best = found_qualifier{end - n, e.value};
      best_len = n;
    }
  }
  return best;
}

}  // namespace econclaims::grammar
