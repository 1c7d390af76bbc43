#include "quantity_def.hpp"

#include <cstring>

namespace econclaims::grammar {

BOOST_SPIRIT_INSTANTIATE(quantity_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(qualifier_type, iterator_type, context_type)

const quantity_type& quantity() { return quantity_rule; }
const qualifier_type& qualifier_after() { return qualifier_after_rule; }

std::optional<found_qualifier> qualifier_before(const char* begin, const char* end) {
  std::optional<found_qualifier> best;
  std::size_t best_len = 0;
  for (const auto& e : lexicon::qualifiers_before()) {
    const std::size_t n = std::strlen(e.word);
    if (n <= best_len || static_cast<std::size_t>(end - begin) < n) continue;
    if (std::memcmp(end - n, e.word, n) == 0) {
      best = found_qualifier{end - n, e.value};
      best_len = n;
    }
  }
  return best;
}

}  // namespace econclaims::grammar
