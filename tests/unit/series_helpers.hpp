// Test helpers: claims built in one line, and a relative comparison at 1e-9.
#pragma once

#include <cmath>
#include <string>

#include <doctest/doctest.h>

#include <econclaims/claim.hpp>

namespace test {

inline econclaims::claim level(std::string entity, std::string indicator, std::string period, double value,
                               std::string unit = "CNY", std::string doc = "a.txt", std::string doc_date = "2021-01-20") {
  econclaims::claim c;
  c.entity = std::move(entity);
  c.indicator = std::move(indicator);
  c.period = std::move(period);
  c.value = value;
  c.unit = std::move(unit);
  c.doc = std::move(doc);
  c.doc_date = std::move(doc_date);
  c.quote = "q";
  return c;
}

inline econclaims::claim with(econclaims::claim c, econclaims::claim_kind k, std::string basis = {}) {
  c.kind = k;
  c.basis = std::move(basis);
  return c;
}

/// |a − b| <= 1e-9·max(|a|, |b|), or both NaN.
inline bool close(double a, double b, double rel = 1e-9) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b));
}

}  // namespace test

#define CHECK_CLOSE(a, b) CHECK_MESSAGE(test::close((a), (b)), (a), " vs ", (b))
