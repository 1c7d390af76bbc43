// Internal: fast searches for short words in normalized UTF-8.
//
// Claim assembly asks, for every quantity, "which cue word of this list ends last
// before the number?" for a few dozen lists. Asking std::string_view::rfind once per
// word compares at every byte of the span for every word; these helpers index each list
// by its words' first and last bytes so that a span is walked once per list and most
// bytes are rejected by one table look-up. Results are exactly those of the plain
// per-word searches (same match, same word pointer, same tie-breaks).
#pragma once

#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace econclaims::detail {

/// The last occurrence of `needle` that lies wholly inside `hay` (as `hay.rfind(needle)`),
/// checking the first byte before comparing the rest.
inline std::size_t rfind_word(std::string_view hay, std::string_view needle) noexcept {
  if (needle.empty()) return hay.size();
  if (needle.size() > hay.size()) return std::string_view::npos;
  const char first = needle[0];
  const char* const base = hay.data();
  for (std::size_t i = hay.size() - needle.size() + 1; i-- > 0;) {
    if (base[i] == first && std::memcmp(base + i + 1, needle.data() + 1, needle.size() - 1) == 0) return i;
  }
  return std::string_view::npos;
}

/// A match of a cue word: where it starts and which word of the list it is.
struct found_word {
  std::size_t pos = std::string_view::npos;
  const char* word = nullptr;
  explicit operator bool() const { return word != nullptr; }
};

/// A fixed list of cue words (string literals), kept in the order written, with an index
/// by first and by last byte.
class cue_words {
 public:
  cue_words(std::initializer_list<const char*> words) : words_(words) {
    for (std::size_t i = 0; i < words_.size(); ++i) {
      const auto len = std::strlen(words_[i]);
      lengths_.push_back(len);
      if (len == 0) continue;
      const auto f = static_cast<unsigned char>(words_[i][0]);
      const auto l = static_cast<unsigned char>(words_[i][len - 1]);
      by_first_[f].push_back(static_cast<std::uint16_t>(i));
      by_last_[l].push_back(static_cast<std::uint16_t>(i));
      has_last_.set(l);
    }
  }

  auto begin() const noexcept { return words_.begin(); }
  auto end() const noexcept { return words_.end(); }

  /// The longest word that starts at `pos` (the first listed of equal length), or nullptr.
  const char* longest_at(std::string_view s, std::size_t pos) const noexcept {
    if (pos >= s.size()) return nullptr;
    const char* best = nullptr;
    std::size_t best_len = 0;
    for (std::uint16_t i : by_first_[static_cast<unsigned char>(s[pos])]) {
      const std::size_t n = lengths_[i];
      if (n > best_len && n <= s.size() - pos && std::memcmp(s.data() + pos, words_[i], n) == 0) {
        best = words_[i];
        best_len = n;
      }
    }
    return best;
  }

  /// The longest word that ends at `pos` (the first listed of equal length), or nullptr.
  const char* longest_ending_at(std::string_view s, std::size_t pos) const noexcept {
    if (pos == 0 || pos > s.size()) return nullptr;
    const char* best = nullptr;
    std::size_t best_len = 0;
    for (std::uint16_t i : by_last_[static_cast<unsigned char>(s[pos - 1])]) {
      const std::size_t n = lengths_[i];
      if (n > best_len && n <= pos && std::memcmp(s.data() + pos - n, words_[i], n) == 0) {
        best = words_[i];
        best_len = n;
      }
    }
    return best;
  }

  /// The word of the list whose match in s[from, to) ends last; of two ending together,
  /// the longer (压减 over 减). Walks back from `to` and stops at the first end that
  /// has a match.
  found_word last_in(std::string_view s, std::size_t from, std::size_t to) const noexcept {
    // As s.substr(from, to - from): a span past the end, or a reversed one, runs to the end.
    if (to < from || to > s.size()) to = s.size();
    const char* const base = s.data();
    for (std::size_t end = to; end > from; --end) {
      const auto b = static_cast<unsigned char>(base[end - 1]);
      if (!has_last_.test(b)) continue;
      if (const char* w = longest_ending_within(base, from, end, b)) return {end - std::strlen(w), w};
    }
    return {};
  }

 private:
  const char* longest_ending_within(const char* base, std::size_t from, std::size_t end,
                                    unsigned char last) const noexcept {
    const char* best = nullptr;
    std::size_t best_len = 0;
    for (std::uint16_t i : by_last_[last]) {
      const std::size_t n = lengths_[i];
      if (n > best_len && n <= end - from && std::memcmp(base + end - n, words_[i], n) == 0) {
        best = words_[i];
        best_len = n;
      }
    }
    return best;
  }

  std::vector<const char*> words_;
  std::vector<std::size_t> lengths_;
  std::array<std::vector<std::uint16_t>, 256> by_first_{};
  std::array<std::vector<std::uint16_t>, 256> by_last_{};
  std::bitset<256> has_last_;
};

}  // namespace econclaims::detail

namespace econclaims::detail {

/// Every occurrence of each word of a fixed list in one pass over the text. A word is
/// looked for only where a character it starts with stands, so the text is read once
/// however many words there are.
class word_finder {
 public:
  explicit word_finder(std::vector<std::string_view> words) : words_(std::move(words)) {
    for (std::size_t i = 0; i < words_.size(); ++i) {
      const std::string_view w = words_[i];
      if (w.empty()) continue;
      const auto b = static_cast<unsigned char>(w[0]);
      starts_[b].push_back(static_cast<std::uint16_t>(i));
      const char32_t cp = first_code_point(w.data(), w.size());
      if (cp < 0x10000) first_chars_.set(cp);
      else any_beyond_bmp_ = true;
    }
  }

  /// For each word, in the list's order, the positions where it occurs, ascending, as
  /// repeated `text.find(word, previous + word.size())` gives them (no overlaps).
  std::vector<std::vector<std::size_t>> find_all(std::string_view text) const {
    std::vector<std::vector<std::size_t>> hits(words_.size());
    std::vector<std::size_t> next_allowed(words_.size(), 0);
    const char* const base = text.data();
    for (std::size_t i = 0; i < text.size(); ++i) {
      // Most positions are rejected by the character that stands there. (A word starts
      // with a whole character, so it never matches inside one.)
      const auto b = static_cast<unsigned char>(base[i]);
      if ((b & 0xC0) == 0x80) continue;
      const char32_t cp = first_code_point(base + i, text.size() - i);
      if (cp < 0x10000 ? !first_chars_.test(cp) : !any_beyond_bmp_) continue;
      for (std::uint16_t w : starts_[b]) {
        const std::string_view word = words_[w];
        if (i < next_allowed[w] || word.empty() || word.size() > text.size() - i) continue;
        if (std::memcmp(base + i, word.data(), word.size()) != 0) continue;
        hits[w].push_back(i);
        next_allowed[w] = i + word.size();
      }
    }
    return hits;
  }

 private:
  // The code point at p (n bytes available); a lead byte without its continuation
  // bytes stands for itself.
  static char32_t first_code_point(const char* p, std::size_t n) noexcept {
    const auto b = static_cast<unsigned char>(p[0]);
    const std::size_t len = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (len == 1 || len > n) return b;
    char32_t cp = b & (0xFFu >> (len + 1));
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(p[k]) & 0x3Fu);
    return cp;
  }

  std::vector<std::string_view> words_;
  std::array<std::vector<std::uint16_t>, 256> starts_{};  // words by first byte
  std::bitset<0x10000> first_chars_;                        // first characters of the words
  bool any_beyond_bmp_ = false;                             // a word starts past U+FFFF
};

}  // namespace econclaims::detail
