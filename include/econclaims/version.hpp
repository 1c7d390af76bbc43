// File: version.hpp
// The library version, the one place CMake reads it from.
#pragma once

#define ECONCLAIMS_VERSION_MAJOR 0
#define ECONCLAIMS_VERSION_MINOR 1
#define ECONCLAIMS_VERSION_PATCH 0
#define ECONCLAIMS_VERSION_STRING "0.1.0"

namespace econclaims {
inline constexpr const char* version_string = ECONCLAIMS_VERSION_STRING;
}
