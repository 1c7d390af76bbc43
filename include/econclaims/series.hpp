// File: series.hpp
// The series layer in one include: periods, typed quantities, indicator tables, time
// series, the store built from claims, the computations (F1–F19) and the consistency
// check (F15–F17).
//
//   #include <econclaims/series.hpp>
//   using namespace econclaims;
//   auto st = read_store("claims.jsonl");          // store_io.hpp
//   auto g = growth(st.series("Example Zone", "规模以上工业总产值"), yoy);
#pragma once

#include "econclaims/period.hpp"
#include "econclaims/units.hpp"
#include "econclaims/series/analysis.hpp"
#include "econclaims/series/bounds.hpp"
#include "econclaims/series/check.hpp"
#include "econclaims/series/compute.hpp"
#include "econclaims/indicators.hpp"
#include "econclaims/series/store.hpp"
#include "econclaims/series/time_series.hpp"
