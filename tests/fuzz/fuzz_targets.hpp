// The fuzz targets, as plain functions: libFuzzer calls them through
// LLVMFuzzerTestOneInput, and replay_main.cpp calls them on the saved corpus so every
// crash ever found stays a regression test on any compiler.
#pragma once

#include <cstddef>
#include <cstdint>

namespace econclaims::fuzz {
void normalize(const std::uint8_t* data, std::size_t size);
void quantity(const std::uint8_t* data, std::size_t size);
void time_expr(const std::uint8_t* data, std::size_t size);
void extract(const std::uint8_t* data, std::size_t size);
void claims_reader(const std::uint8_t* data, std::size_t size);
}  // namespace econclaims::fuzz
