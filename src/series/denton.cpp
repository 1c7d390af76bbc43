// F18, Denton (proportional first difference). Unknowns y = X/I; the objective is
// ‖D y‖² with D the first-difference operator, the constraints C y = A with
// C = B' diag(I) (B the block-sum aggregator). Setting the gradient of the Lagrangian to
// zero gives the symmetric system
//     [ 2 D'D   C' ] [ y ]   [ 0 ]
//     [  C      0  ] [ λ ] = [ A ]
// whose solution is unique when every block has a positive indicator.
#include <Eigen/LU>

#include "econclaims/series/compute.hpp"

namespace econclaims::calc {

Eigen::ArrayXd denton(Eigen::Ref<const Eigen::ArrayXd> indicator, Eigen::Ref<const Eigen::ArrayXd> totals,
                      Eigen::Index r) {
  const Eigen::Index m = totals.size(), n = indicator.size();
  ECONCLAIMS_EXPECTS(r >= 1 && n == m * r);
  if (n == 0) return {};
  if (!indicator.isFinite().all() || !totals.isFinite().all()) return Eigen::ArrayXd::Constant(n, nan);
  ECONCLAIMS_EXPECTS((indicator > 0).all());
  Eigen::MatrixXd k = Eigen::MatrixXd::Zero(n + m, n + m);
  // 2·D'D: tridiagonal, 2 on the ends of the diagonal, 4 inside, −2 beside it.
  for (Eigen::Index t = 0; t + 1 < n; ++t) {
    k(t, t) += 2;
    k(t + 1, t + 1) += 2;
    k(t, t + 1) -= 2;
    k(t + 1, t) -= 2;
  }
  for (Eigen::Index j = 0; j < m; ++j) {
    for (Eigen::Index t = j * r; t < (j + 1) * r; ++t) {
      k(n + j, t) = indicator(t);
      k(t, n + j) = indicator(t);
    }
  }
  Eigen::VectorXd rhs = Eigen::VectorXd::Zero(n + m);
  rhs.tail(m) = totals.matrix();
  const Eigen::VectorXd solution = k.fullPivLu().solve(rhs);
  return solution.head(n).array() * indicator;
}

}  // namespace econclaims::calc
