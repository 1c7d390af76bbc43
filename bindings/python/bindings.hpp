// File: bindings.hpp
// The translation units of econclaims._core, one per part of the public C++ API:
// claims.cpp (claims, extraction, the exchange format) and series.cpp (periods, the
// store, series computations and the consistency check). They hold bindings only; the
// work is done by the library.
#pragma once

#include <pybind11/pybind11.h>

namespace econclaims::python {

void bind_claims(pybind11::module_& m);
void bind_series(pybind11::module_& m);

}  // namespace econclaims::python
