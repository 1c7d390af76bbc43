// Word tables of the grammar and of claim assembly. The Chinese words live in
// lexicon.cpp; the tables are constant arrays, so rules in other units can read them
// during their own static initialisation.
#pragma once

#include <span>
#include <string_view>

#include "ast.hpp"

namespace econclaims::grammar::lexicon {

template <class T>
struct entry {
  const char* word;
  T value;
};

std::span<const entry<unit_info>> units();          ///< unit and measure words
std::span<const entry<double>> magnitudes();        ///< 万, 亿, 万亿 … after a number
std::span<const entry<int>> chinese_digits();       ///< 〇 零 一 … 九, 两, 壹 …
std::span<const entry<int>> chinese_small_units();  ///< 十 百 千 (and 拾 佰 仟)
std::span<const entry<qualifier>> qualifiers_before();  ///< 约, 超过, 近, 不到 …
std::span<const entry<qualifier>> qualifiers_after();   ///< 以上, 左右, 以内 …

}  // namespace econclaims::grammar::lexicon
