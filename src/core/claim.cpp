// The exchange-format names of the claim enumerations, one table each.
#include "econclaims/claim.hpp"

#include "econclaims/detail/enum_names.hpp"

namespace econclaims {
namespace {

using detail::enum_name;

constexpr enum_name<qualifier> qualifier_names[] = {
    {qualifier::exact, "exact"},   {qualifier::approx, "approx"}, {qualifier::over, "over"},
    {qualifier::at_least, "at_least"}, {qualifier::nearly, "nearly"}, {qualifier::under, "under"},
    {qualifier::at_most, "at_most"}};
constexpr enum_name<claim_kind> kind_names[] = {{claim_kind::level, "level"},
                                                {claim_kind::growth, "growth"},
                                                {claim_kind::share, "share"},
                                                {claim_kind::multiple, "multiple"},
                                                {claim_kind::change, "change"}};
constexpr enum_name<modality> modality_names[] = {{modality::actual, "actual"}, {modality::target, "target"}};

}  // namespace

std::string_view to_string(qualifier q) noexcept { return detail::name_of(qualifier_names, q, "exact"); }
std::string_view to_string(claim_kind k) noexcept { return detail::name_of(kind_names, k, "level"); }
std::string_view to_string(modality m) noexcept { return detail::name_of(modality_names, m, "actual"); }

std::optional<qualifier> parse_qualifier(std::string_view s) noexcept { return detail::value_of(qualifier_names, s); }
std::optional<claim_kind> parse_claim_kind(std::string_view s) noexcept { return detail::value_of(kind_names, s); }
std::optional<modality> parse_modality(std::string_view s) noexcept { return detail::value_of(modality_names, s); }

}  // namespace econclaims
