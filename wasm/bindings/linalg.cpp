// Matrix products (engine/ops/linalg.cpp) and torch.linalg (engine/ops/linalg/).
#include "common.h"
#include "ops/linalg/linalg.h"

EMSCRIPTEN_BINDINGS(linalg) {
  using namespace gb;
  GB_EXPORT("mm", &mm);
  GB_EXPORT("bmm", &bmm);
  GB_EXPORT("mv", &mv);
  GB_EXPORT("dot", &dot);
  GB_EXPORT("outer", &outer);
  GB_EXPORT("matmul", &matmul);
  GB_EXPORT("linalg_inv_ex", &linalg_inv_ex);
  GB_EXPORT("linalg_det", &linalg_det);
  GB_EXPORT("linalg_slogdet", &linalg_slogdet);
  GB_EXPORT("logdet", &logdet);
  GB_EXPORT("linalg_solve", &linalg_solve);
  GB_EXPORT("linalg_cholesky_ex", &linalg_cholesky_ex);
  GB_EXPORT("cholesky", &cholesky);
  GB_EXPORT("linalg_qr", &linalg_qr);
  GB_EXPORT("linalg_eigh", &linalg_eigh);
  GB_EXPORT("linalg_eigvalsh", &linalg_eigvalsh);
  GB_EXPORT("linalg_svd", &linalg_svd);
  GB_EXPORT("linalg_svdvals", &linalg_svdvals);
  GB_EXPORT("linalg_pinv", &linalg_pinv);
  GB_EXPORT("linalg_lstsq", &linalg_lstsq);
  GB_EXPORT("linalg_matrix_rank", &linalg_matrix_rank);
  GB_EXPORT("linalg_vector_norm", &linalg_vector_norm);
  GB_EXPORT("linalg_matrix_norm",
            bind::overload<Tensor(const Tensor&, double, const std::vector<int64_t>&, bool)>(&linalg_matrix_norm));
  GB_EXPORT("linalg_matrix_norm_named",
            bind::overload<Tensor(const Tensor&, const std::string&, const std::vector<int64_t>&, bool)>(&linalg_matrix_norm));
}
