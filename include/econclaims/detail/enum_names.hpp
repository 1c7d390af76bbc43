// File: detail/enum_names.hpp
// One table of names per enumeration, read both ways: to_string() and parse_*() of
// every public enumeration are written over these two functions, so a name is spelled
// in one place.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace econclaims::detail {

template <class Enum>
struct enum_name {
  Enum value;
  std::string_view name;
};

/// The name of `value` in `table`, or `fallback` for a value the table lacks.
template <class Enum, std::size_t N>
constexpr std::string_view name_of(const enum_name<Enum> (&table)[N], Enum value,
                                   std::string_view fallback = {}) noexcept {
  for (const auto& e : table)
    if (e.value == value) return e.name;
  return fallback;
}

/// The value named `name` in `table`, or nullopt.
template <class Enum, std::size_t N>
constexpr std::optional<Enum> value_of(const enum_name<Enum> (&table)[N], std::string_view name) noexcept {
  for (const auto& e : table)
    if (e.name == name) return e.value;
  return std::nullopt;
}

}  // namespace econclaims::detail
