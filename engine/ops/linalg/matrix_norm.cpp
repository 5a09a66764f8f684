// linalg.matrix_norm over two dims (dims[0] the rows, dims[1] the columns), built from other ops
// as PyTorch 1.13 builds it, so the graph shows the same nodes:
//   'fro'   vector 2-norm over both dims                (LinalgVectorNormBackward0)
//   'nuc'   sum of the singular values                  (SumBackward1)
//   ±2      largest / smallest singular value           (AmaxBackward0 / AminBackward0)
//   ±1      max / min over columns of Σ|a| down a column (AmaxBackward0 / AminBackward0)
//   ±inf    max / min over rows of Σ|a| along a row
#include <cmath>

#include "ops/linalg/linalg.h"
#include "ops/linalg/matrices.h"

namespace gb {

namespace {

std::pair<int64_t, int64_t> matrix_dims(const Tensor& A, const std::vector<int64_t>& dims) {
  linalg::check_matrix(A, "linalg.matrix_norm");
  if (dims.size() != 2) {
    std::string listed;
    for (int64_t d : dims) listed += (listed.empty() ? "" : " ") + std::to_string(d);
    fail("linalg.matrix_norm: dim must be a 2-tuple. Got ", listed);
  }
  int64_t d0 = wrap_dim(dims[0], A.dim()), d1 = wrap_dim(dims[1], A.dim());
  if (d0 == d1) fail("linalg.matrix_norm: dims must be different. Got (", dims[0], ", ", dims[1], ")");
  return {d0, d1};
}

// A with dims d0, d1 moved to the end, in that order.
Tensor to_end(const Tensor& A, int64_t d0, int64_t d1) {
  std::vector<int64_t> order;
  for (int64_t d = 0; d < A.dim(); ++d)
    if (d != d0 && d != d1) order.push_back(d);
  order.push_back(d0);
  order.push_back(d1);
  return permute(A, order);
}

// The singular values of the matrices in dims d0, d1 (moved to the end), reduced by max or min
// or summed; keepdim puts back the two dims as size 1.
Tensor spectral(const Tensor& A, int64_t d0, int64_t d1, bool keepdim, int kind) {
  Tensor S = linalg_svdvals(to_end(A, d0, d1));
  Tensor out = kind > 0 ? amax(S, {-1}, false) : kind < 0 ? amin(S, {-1}, false) : sum(S, {-1}, false);
  if (keepdim) {
    out = unsqueeze(out, std::min(d0, d1));
    out = unsqueeze(out, std::max(d0, d1));
  }
  return out;
}

}  // namespace

Tensor linalg_matrix_norm(const Tensor& A, double ord, const std::vector<int64_t>& dims, bool keepdim) {
  auto [d0, d1] = matrix_dims(A, dims);
  const double size = std::abs(ord);
  if (size == 2) return spectral(A, d0, d1, keepdim, ord > 0 ? 1 : -1);
  if (size != 1 && !std::isinf(size)) fail("linalg.matrix_norm: Order ", ord, " not supported.");
  // ord = ±1 sums down columns (over d0) and picks among columns (d1); ±inf the other way round.
  if (std::isinf(size)) std::swap(d0, d1);
  Tensor sums = linalg_vector_norm(A, 1, {d0}, keepdim);
  if (!keepdim && d0 < d1) --d1;
  return ord > 0 ? amax(sums, {d1}, keepdim) : amin(sums, {d1}, keepdim);
}

Tensor linalg_matrix_norm(const Tensor& A, const std::string& ord, const std::vector<int64_t>& dims, bool keepdim) {
  auto [d0, d1] = matrix_dims(A, dims);
  if (ord == "fro") return linalg_vector_norm(A, 2, {d0, d1}, keepdim);
  if (ord == "nuc") return spectral(A, d0, d1, keepdim, 0);
  fail("linalg.matrix_norm: Order ", ord, " not supported.");
}

}  // namespace gb
