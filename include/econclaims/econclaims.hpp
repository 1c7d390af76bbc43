// File: econclaims.hpp
// Everything in one include: extraction, the exchange format, periods and series.
#pragma once

#include "econclaims/claim.hpp"
#include "econclaims/claims_io.hpp"
#include "econclaims/diagnostic.hpp"
#include "econclaims/extract.hpp"
#include "econclaims/period.hpp"
#include "econclaims/corpus.hpp"
#include "econclaims/report.hpp"
#include "econclaims/series.hpp"
#include "econclaims/store_io.hpp"
#include "econclaims/text.hpp"
#include "econclaims/version.hpp"
