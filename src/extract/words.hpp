// Internal: fast searches for short words in normalized UTF-8.
//
// Claim assembly asks, for every quantity, "which cue word of this list ends last
// before the number?" for a few dozen lists. Asking std::string_view::rfind once per
// word compares at every byte of the span for every word; these helpers index each list
// by its words' first and last bytes so that a span is walked once per list and most
// bytes are rejected by one table look-up. Results are exactly those of the plain
// per-word searches (same match, same word pointer, same tie-breaks).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <span>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "../text/utf8.hpp"

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

/// Are the n bytes at a and b the same? Cue words are a few bytes long, where a loop
/// costs less than a call to memcmp.
inline bool same_bytes(const char* a, const char* b, std::size_t n) noexcept {
  for (std::size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

/// Does `w` stand in `s` at `pos` (start there), or end there?
inline bool starts_with_at(std::string_view s, std::size_t pos, std::string_view w) noexcept {
  return pos <= s.size() && w.size() <= s.size() - pos && same_bytes(s.data() + pos, w.data(), w.size());
}
inline bool ends_with_at(std::string_view s, std::size_t pos, std::string_view w) noexcept {
  return pos >= w.size() && pos <= s.size() && same_bytes(s.data() + pos - w.size(), w.data(), w.size());
}

/// A match of a cue word: where it starts and which word of the list it is.
struct found_word {
  std::size_t pos = std::string_view::npos;
  const char* word = nullptr;
  std::size_t size = 0;  ///< the word's length in bytes
  explicit operator bool() const { return word != nullptr; }
  std::string_view view() const noexcept { return {word, size}; }
};

/// Words of a list grouped by one of their characters (the first or the last), for
/// look-ups by the character that stands at a place in the text. A character is keyed
/// by its bytes, so the index needs no valid UTF-8: a word can match at a place only if
/// the bytes of its first (last) character stand there, and those are exactly the bytes
/// the look-up keys on (see char_key_at and char_key_before).
class char_index {
 public:
  using key = std::uint64_t;
  /// The key of the `len` bytes at p: the bytes, and their count in the high bits.
  static key make_key(const char* p, std::size_t len) noexcept {
    key k = static_cast<key>(len) << 32;
    for (std::size_t i = 0; i < len; ++i) k |= static_cast<key>(static_cast<unsigned char>(p[i])) << (8 * i);
    return k;
  }

  void add(key k, std::uint16_t word) {
    auto it = std::lower_bound(keys_.begin(), keys_.end(), k);
    const auto at = static_cast<std::size_t>(it - keys_.begin());
    if (it == keys_.end() || *it != k) {
      if (keys_.size() == shared) throw std::length_error("char_index: more than 254 distinct characters");
      keys_.insert(it, k);
      words_.insert(words_.begin() + static_cast<std::ptrdiff_t>(at), std::vector<std::uint16_t>{});
    }
    words_[at].push_back(word);  // in list order
    // Each bucket holds the one key that falls into it, or says that several do. Sixteen
    // buckets a key leave few shared, and the table small: the word lists are many and
    // most are short, and their tables are read together, so they should stay in cache.
    std::size_t bits = 6;
    while ((std::size_t{1} << bits) < 16 * keys_.size()) ++bits;
    shift_ = 64 - static_cast<unsigned>(bits);
    slots_.assign(std::size_t{1} << bits, empty);
    for (std::size_t i = 0; i < keys_.size(); ++i) {
      auto& slot = slots_[bucket(keys_[i])];
      slot = slot == empty ? static_cast<std::uint8_t>(i) : shared;
    }
  }

  /// The words (indices, in list order) keyed `k`, or nullptr.
  const std::vector<std::uint16_t>* find(key k) const noexcept {
    const std::uint8_t slot = slots_[bucket(k)];
    if (slot == empty) return nullptr;  // most characters start (end) no word
    if (slot != shared) return keys_[slot] == k ? &words_[slot] : nullptr;
    auto it = std::lower_bound(keys_.begin(), keys_.end(), k);
    if (it == keys_.end() || *it != k) return nullptr;
    return &words_[static_cast<std::size_t>(it - keys_.begin())];
  }

 private:
  static constexpr std::uint8_t empty = 0xFF, shared = 0xFE;
  std::size_t bucket(key k) const noexcept { return static_cast<std::size_t>((k * 0x9E3779B97F4A7C15ull) >> shift_); }
  std::vector<key> keys_;
  std::vector<std::vector<std::uint16_t>> words_;
  std::vector<std::uint8_t> slots_ = std::vector<std::uint8_t>(64, empty);  // 2^(64 − shift_) buckets
  unsigned shift_ = 58;
};

/// 1 + the number of continuation bytes after the lead byte at p (n bytes from p on), up
/// to what the lead byte announces: where the next character (or stray byte) starts.
inline std::size_t continuation_run(const char* p, std::size_t n) noexcept {
  const std::size_t len = utf8_length(static_cast<unsigned char>(p[0]));
  std::size_t k = 1;
  while (k < len && k < n && (static_cast<unsigned char>(p[k]) & 0xC0) == 0x80) ++k;
  return k;
}

/// The key of the character that starts at s[pos] (as many bytes as its first byte
/// announces), or 0 when those bytes run past the end. A word can start at pos only if
/// its first character has this key.
inline char_index::key char_key_at(std::string_view s, std::size_t pos) noexcept {
  const std::size_t len = utf8_length(static_cast<unsigned char>(s[pos]));
  if (len > s.size() - pos) return 0;
  return char_index::make_key(s.data() + pos, len);
}

/// Where the character that ends just before `pos` (pos > 0) starts: back over at most
/// three continuation bytes to the first byte that is none. A word whose last character
/// ends at pos has that character's first byte exactly there, since all its other bytes
/// are continuation bytes.
inline std::size_t char_start_before(std::string_view s, std::size_t pos) noexcept {
  std::size_t j = pos - 1;
  while (j > 0 && pos - j < 4 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  return j;
}

/// A fixed list of cue words (string literals), kept in the order written, with an index
/// by first and by last character.
class cue_words {
 public:
  cue_words(std::initializer_list<const char*> words) : words_(words) {
    for (std::size_t i = 0; i < words_.size(); ++i) {
      const auto len = std::strlen(words_[i]);
      lengths_.push_back(len);
      if (len == 0) continue;
      const char* w = words_[i];
      const std::size_t first_len = std::min(utf8_length(static_cast<unsigned char>(w[0])), len);
      by_first_.add(char_index::make_key(w, first_len), static_cast<std::uint16_t>(i));
      const std::size_t last_start = char_start_before(std::string_view(w, len), len);
      by_last_.add(char_index::make_key(w + last_start, len - last_start), static_cast<std::uint16_t>(i));
    }
  }

  auto begin() const noexcept { return words_.begin(); }
  auto end() const noexcept { return words_.end(); }
  std::size_t size() const noexcept { return words_.size(); }
  const char* word(std::size_t i) const noexcept { return words_[i]; }
  std::size_t length(std::size_t i) const noexcept { return lengths_[i]; }
  std::string_view view(std::size_t i) const noexcept { return {words_[i], lengths_[i]}; }

  /// The longest word that starts at `pos` (the first listed of equal length), or nullptr.
  const char* longest_at(std::string_view s, std::size_t pos) const noexcept { return word_at(s, pos).word; }
  /// The same, with its place and length.
  found_word word_at(std::string_view s, std::size_t pos) const noexcept {
    if (pos >= s.size()) return {};
    const auto* candidates = by_first_.find(char_key_at(s, pos));
    if (!candidates) return {};
    found_word best;
    for (std::uint16_t i : *candidates) {
      const std::size_t n = lengths_[i];
      if (n > best.size && n <= s.size() - pos && same_bytes(s.data() + pos, words_[i], n)) best = {pos, words_[i], n};
    }
    return best;
  }

  /// The longest word that ends at `pos` (the first listed of equal length), or nullptr.
  const char* longest_ending_at(std::string_view s, std::size_t pos) const noexcept {
    return word_ending_at(s, pos).word;
  }
  /// The same, with its place and length.
  found_word word_ending_at(std::string_view s, std::size_t pos) const noexcept {
    if (pos == 0 || pos > s.size()) return {};
    return longest_ending_within(s.data(), 0, pos, char_start_before(s, pos));
  }

  /// The word of the list whose match in s[from, to) ends last; of two ending together,
  /// the longer (压减 over 减). Walks back from `to` one character at a time and stops at
  /// the first end that has a match.
  found_word last_in(std::string_view s, std::size_t from, std::size_t to) const noexcept {
    // As s.substr(from, to - from): a span past the end, or a reversed one, runs to the end.
    if (to < from || to > s.size()) to = s.size();
    const char* const base = s.data();
    for (std::size_t end = to; end > from;) {
      const std::size_t start = char_start_before(s, end);
      if (const found_word w = longest_ending_within(base, from, end, start)) return w;
      // The next end to try is the start of this character when it is a whole one (no
      // word ends inside a character: its last byte would be a lead byte, or the
      // character would be cut short); else the byte before.
      const bool whole = start >= from && utf8_length(static_cast<unsigned char>(base[start])) == end - start;
      end = whole ? start : end - 1;
    }
    return {};
  }

 private:
  // The longest word ending at `end` and lying within [from, end), whose last character
  // would start at `start`.
  found_word longest_ending_within(const char* base, std::size_t from, std::size_t end,
                                   std::size_t start) const noexcept {
    const auto* candidates = by_last_.find(char_index::make_key(base + start, end - start));
    if (!candidates) return {};
    found_word best;
    for (std::uint16_t i : *candidates) {
      const std::size_t n = lengths_[i];
      if (n > best.size && n <= end - from && same_bytes(base + end - n, words_[i], n)) best = {end - n, words_[i], n};
    }
    return best;
  }

  std::vector<const char*> words_;
  std::vector<std::size_t> lengths_;
  char_index by_first_;
  char_index by_last_;
};


/// Ids (of words) grouped by the code point their word starts with, in the order added:
/// a table over the Basic Multilingual Plane gives the group of a character in one
/// look-up (1 + its index, 0 for none); the rare first characters beyond it are searched.
class first_char_table {
 public:
  void add(char32_t cp, std::uint16_t id) {
    std::size_t g = groups_.size();
    if (cp < 0x10000 && slot_[cp] != 0) g = slot_[cp] - 1u;
    if (cp >= 0x10000)
      for (std::size_t i = 0; i < groups_.size(); ++i)
        if (groups_[i].cp == cp) g = i;
    if (g == groups_.size()) {
      if (groups_.size() == 255) throw std::length_error("first_char_table: more than 255 first characters");
      groups_.push_back({cp, {}});
      if (cp < 0x10000) {
        slot_[cp] = static_cast<std::uint8_t>(groups_.size());
        used_[cp >> 6] |= std::uint64_t{1} << (cp & 63);
      }
    }
    groups_[g].ids.push_back(id);
  }
  /// 1 if some word starts with `cp`, else 0 (find gives the words).
  unsigned may_start(char32_t cp) const noexcept {
    if (cp < 0x10000) return static_cast<unsigned>(used_[cp >> 6] >> (cp & 63) & 1u);
    for (const auto& g : groups_)
      if (g.cp == cp) return 1;
    return 0;
  }
  /// The ids of the words that start with `cp`, or nullptr.
  const std::vector<std::uint16_t>* find(char32_t cp) const noexcept {
    // Most characters start no word: a bit table an eighth the size of slot_, which
    // stays in the nearest cache, answers for them.
    if (cp < 0x10000) return may_start(cp) ? &groups_[slot_[cp] - 1u].ids : nullptr;
    for (const auto& g : groups_)
      if (g.cp == cp) return &g.ids;
    return nullptr;
  }

  /// Notes in `starts` where the characters that begin in text[p, end) and start some
  /// word stand, returns how many it noted, and moves p past the last character read.
  /// Every character's place is written and only counted when it starts a word, so no
  /// branch depends on which do: in a Chinese text about one character in ten starts a
  /// name word, and which one is not predictable.
  /// Two three-byte characters (most of a Chinese text) are read at a time where both
  /// lie before `limit`; the second may begin at or past `end`, so `starts` needs room
  /// for end − p + 1 places. A byte that is not a lead byte is a step of its own and
  /// starts nothing: a word never matches inside a character.
  std::size_t note_starts(std::string_view text, std::size_t& p, std::size_t end, std::size_t limit,
                          std::size_t* starts) const noexcept {
    std::size_t noted = 0;
    while (p < end) {
      if (p + 6 <= limit && p + 8 <= text.size()) {
        if (const byte_pair_window w(text.data() + p); w.two_three_byte()) {
          starts[noted] = p;
          noted += may_start(w.first());
          starts[noted] = p + 3;
          noted += may_start(w.second());
          p += 6;
          continue;
        }
      }
      const std::size_t at = p;
      if ((static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) {
        ++p;
        continue;
      }
      std::size_t len = 0;
      const char32_t cp = decode_at(text, p, len);
      p += continuation_run(text.data() + p, text.size() - p);
      starts[noted] = at;
      noted += may_start(cp);
    }
    return noted;
  }

 private:
  struct group {
    char32_t cp;
    std::vector<std::uint16_t> ids;
  };
  std::vector<group> groups_;
  std::array<std::uint8_t, 0x10000> slot_{};
  std::array<std::uint64_t, 0x10000 / 64> used_{};  // slot_[cp] != 0
};

/// Several cue lists indexed together by the first character of their words.
class cue_set {
 public:
  cue_set(std::initializer_list<const cue_words*> lists) : lists_(lists) {
    for (std::size_t l = 0; l < lists_.size(); ++l) {
      const cue_words& list = *lists_[l];
      for (std::size_t w = 0; w < list.size(); ++w) {
        const std::size_t len = list.length(w);
        if (len == 0) continue;
        std::size_t first_len = 0;
        by_first_.add(decode_at(list.view(w), 0, first_len), static_cast<std::uint16_t>(entries_.size()));
        entries_.push_back({list.word(w), len, l});
      }
    }
  }
  std::size_t size() const noexcept { return lists_.size(); }
  /// The position of `list` in the set, or size() when it is not one of them.
  std::size_t slot(const cue_words& list) const noexcept {
    return static_cast<std::size_t>(std::find(lists_.begin(), lists_.end(), &list) - lists_.begin());
  }

 private:
  friend class cue_matches;
  struct entry {  // a word of one of the lists, as the per-character loop reads it
    const char* word;
    std::size_t length;
    std::size_t list;
  };
  // The words that could start at a character of the text.
  const std::vector<std::uint16_t>* starting_with(std::string_view text, std::size_t p) const noexcept {
    std::size_t len = 0;
    return by_first_.find(decode_at(text, p, len));
  }

  std::vector<const cue_words*> lists_;
  std::vector<entry> entries_;
  first_char_table by_first_;    // indices into entries_
};

/// The matches of a cue_set's words in one stretch of text (a sentence), found in one
/// pass. last_in gives what cue_words::last_in gives — the match that ends last, the
/// longer of two ending together — for any span inside the stretch, without walking
/// the span again; a span that leaves the stretch, or a list outside the set, is
/// passed to cue_words::last_in.
class cue_matches {
 public:
  cue_matches(const cue_set& set, std::string_view text) : set_(set), text_(text), hits_(set.size()) {}

  /// Index text[from, to), replacing the stretch indexed before.
  void index(std::size_t from, std::size_t to) {
    const std::string_view text = text_;
    from_ = from;
    to_ = std::min(to, text.size());
    for (auto& h : hits_) h.clear();
    const char* const base = text.data();
    // The characters that start some word are noted a stretch at a time, and the words
    // tried at those only.
    constexpr std::size_t stretch = 256;
    std::size_t starts[stretch + 1];
    for (std::size_t p = from_; p < to_;) {
      const std::size_t noted = set_.by_first_.note_starts(text, p, std::min(to_, p + stretch), to_, starts);
      for (std::size_t k = 0; k < noted; ++k) {
        const std::size_t at = starts[k];
        for (std::uint16_t i : *set_.starting_with(text, at)) {
          const auto& e = set_.entries_[i];
          if (e.length <= to_ - at && same_bytes(base + at, e.word, e.length))
            hits_[e.list].push_back({at, at + e.length, e.word});
        }
      }
    }
  }

  found_word last_in(const cue_words& list, std::size_t from, std::size_t to) const {
    const std::size_t l = set_.slot(list);
    if (l == hits_.size() || from < from_ || to > to_ || to < from) return list.last_in(text_, from, to);
    // The latest end; of equal ends the earlier start (the longer word); of equal
    // matches the first listed (hits of one place are in list order).
    const match* best = nullptr;
    for (const match& m : hits_[l]) {
      if (m.pos < from || m.end > to) continue;
      if (!best || m.end > best->end || (m.end == best->end && m.pos < best->pos)) best = &m;
    }
    return best ? found_word{best->pos, best->word, best->end - best->pos} : found_word{};
  }
  bool any_in(const cue_words& list, std::size_t from, std::size_t to) const {
    return static_cast<bool>(last_in(list, from, to));
  }

 private:
  struct match {
    std::size_t pos, end;
    const char* word;
  };
  const cue_set& set_;
  std::string_view text_;
  std::size_t from_ = 0, to_ = 0;
  std::vector<std::vector<match>> hits_;  // per list of the set, in text order
};
}  // namespace econclaims::detail

namespace econclaims::detail {

/// Where each word of a word_finder's list occurs in one text: word w's positions,
/// ascending, are positions[first[w]] up to positions[first[w + 1]]; one array for all
/// words, so a text costs two allocations however many words the list has.
struct word_positions {
  std::vector<std::size_t> positions;
  std::vector<std::size_t> first;  ///< one more entry than there are words
  std::span<const std::size_t> of(std::size_t w) const noexcept {
    return {positions.data() + first[w], positions.data() + first[w + 1]};
  }
};

/// Every occurrence of each word of a fixed list in one pass over the text. A word is
/// looked for only where a character it starts with stands, so the text is read once
/// however many words there are.
class word_finder {
 public:
  explicit word_finder(std::vector<std::string_view> words) : words_(std::move(words)) {
    for (std::size_t i = 0; i < words_.size(); ++i) {
      const std::string_view w = words_[i];
      if (w.empty()) continue;
      std::size_t len = 0;
      by_first_.add(decode_at(w, 0, len), static_cast<std::uint16_t>(i));  // in list order
    }
  }

  /// For each word, in the list's order, the positions where it occurs, ascending, as
  /// repeated `text.find(word, previous + word.size())` gives them (no overlaps).
  word_positions find_all(std::string_view text) const {
    // The matches in text order (word, position), then grouped by word.
    std::vector<std::pair<std::uint16_t, std::size_t>> hits;
    std::vector<std::size_t> next_allowed(words_.size(), 0);
    const std::size_t n = text.size();
    // Most positions are rejected by the character that stands there: the characters
    // that start some word are noted a stretch at a time (first_char_table::note_starts),
    // and the words tried at those only.
    constexpr std::size_t stretch = 1024;
    std::size_t starts[stretch + 1];
    for (std::size_t i = 0; i < n;) {
      const std::size_t noted = by_first_.note_starts(text, i, std::min(n, i + stretch), n, starts);
      for (std::size_t k = 0; k < noted; ++k) {
        const std::size_t at = starts[k];
        std::size_t len = 0;
        const auto* words = by_first_.find(decode_at(text, at, len));
        for (std::uint16_t w : *words) {
          const std::string_view word = words_[w];
          if (at < next_allowed[w] || word.size() > n - at) continue;
          if (!same_bytes(word.data(), text.data() + at, word.size())) continue;
          hits.emplace_back(w, at);
          next_allowed[w] = at + word.size();
        }
      }
    }
    word_positions out;
    out.first.assign(words_.size() + 1, 0);
    for (const auto& h : hits) ++out.first[h.first + 1];
    for (std::size_t w = 0; w < words_.size(); ++w) out.first[w + 1] += out.first[w];
    out.positions.resize(hits.size());
    std::vector<std::size_t>& fill = next_allowed;  // reused: the next free place of each word
    std::copy(out.first.begin(), out.first.end() - 1, fill.begin());
    for (const auto& [w, at] : hits) out.positions[fill[w]++] = at;
    return out;
  }

 private:
  std::vector<std::string_view> words_;
  first_char_table by_first_;  // indices into words_
};

}  // namespace econclaims::detail
