// File: series/indicators.hpp
// The indicator vocabulary moved to the core layer (econclaims/indicators.hpp), where the
// extractor reaches it too; this include keeps working.
#pragma once

#include "econclaims/indicators.hpp"
