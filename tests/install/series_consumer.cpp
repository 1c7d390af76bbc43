// A consumer of the series layer alone (econclaims::series): claims made in code, a
// store, a series and its growth, without the extractor, the grammars or file formats.
#include <econclaims/series.hpp>

#include <cmath>
#include <cstdio>

int main() {
  econclaims::store st;
  for (auto [year, value] : {std::pair{"2022", 100.0}, std::pair{"2023", 110.0}}) {
    econclaims::claim c;
    c.doc = "made-in-code";
    c.value = value;
    c.unit = "CNY";
    c.entity = "Example Zone";
    c.indicator = "output";
    c.period = year;
    st.add(c);
  }
  const auto g = econclaims::growth(st.series("Example Zone", "output"), econclaims::growth_method::yoy);
  const auto last = g.values()(g.size() - 1);
  if (std::fabs(last - 10.0) > 1e-9) {
    std::fprintf(stderr, "unexpected growth %g from the series layer\n", last);
    return 1;
  }
  std::printf("series layer alone: growth %g %%\n", last);
  return 0;
}
