// The module econclaims._core: the exception classes and the parts of the API.
// Python users import `econclaims`, which re-exports this module with pandas helpers.
#include <pybind11/pybind11.h>

#include "bindings.hpp"
#include "econclaims/claims_io.hpp"
#include "econclaims/detail/expects.hpp"
#include "econclaims/period.hpp"
#include "econclaims/units.hpp"
#include "econclaims/series/store.hpp"
#include "econclaims/version.hpp"

namespace py = pybind11;

PYBIND11_MODULE(_core, m) {
  m.doc() = "Bindings of the econclaims C++ library; use the econclaims package instead.";
  m.attr("__version__") = econclaims::version_string;

  // Every library exception becomes a ValueError subclass (or, for a failed lookup, also a
  // LookupError), so `except ValueError` catches bad data whatever its kind, and the
  // message is the C++ what(), with its stable [econclaims.*] id where it has one.
  py::register_exception<econclaims::format_error>(m, "FormatError", PyExc_ValueError);
  py::register_exception<econclaims::period_error>(m, "PeriodError", PyExc_ValueError);
  py::register_exception<econclaims::unit_error>(m, "UnitError", PyExc_ValueError);
  py::register_exception<econclaims::contract_violation>(m, "ContractViolation", PyExc_ValueError);
  const py::tuple lookup_bases = py::make_tuple(py::handle(PyExc_LookupError), py::handle(PyExc_ValueError));
  py::register_exception<econclaims::lookup_error>(m, "SeriesLookupError", lookup_bases);

  econclaims::python::bind_claims(m);
  econclaims::python::bind_series(m);
}
