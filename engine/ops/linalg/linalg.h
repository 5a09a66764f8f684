#pragma once
// torch.linalg (engine/ops/linalg/): factorisations, solves, determinants and norms of batches
// of matrices (the last two dims), differentiable as PyTorch 1.13's. Pairs and triples are the
// fields of PyTorch's named tuples, in order.
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "tensor/tensor.h"

namespace gb {

// ---- LU (lu.cpp)
std::pair<Tensor, Tensor> linalg_inv_ex(const Tensor& A, bool check_errors);  // inverse, info (int32)
Tensor linalg_inv(const Tensor& A);
Tensor linalg_det(const Tensor& A);
std::pair<Tensor, Tensor> linalg_slogdet(const Tensor& A);  // sign, logabsdet
Tensor logdet(const Tensor& A);
Tensor linalg_solve(const Tensor& A, const Tensor& B);
// ---- Cholesky (cholesky.cpp): L (or Lᵀ when upper); legacy: torch.cholesky's node name
std::pair<Tensor, Tensor> linalg_cholesky_ex(const Tensor& A, bool upper, bool check_errors);  // L, info
Tensor linalg_cholesky(const Tensor& A, bool upper);
Tensor cholesky(const Tensor& A, bool upper);
// ---- QR (qr.cpp): mode "reduced", "complete" or "r" (Q is then an empty tensor)
std::pair<Tensor, Tensor> linalg_qr(const Tensor& A, const std::string& mode);
// ---- symmetric eigenproblem (eigh.cpp): ascending eigenvalues; uplo "L" or "U"
std::pair<Tensor, Tensor> linalg_eigh(const Tensor& A, const std::string& uplo);  // eigenvalues, eigenvectors
Tensor linalg_eigvalsh(const Tensor& A, const std::string& uplo);
// ---- singular values (svd.cpp): descending
std::tuple<Tensor, Tensor, Tensor> linalg_svd(const Tensor& A, bool full_matrices);  // U, S, Vh
Tensor linalg_svdvals(const Tensor& A);
// ---- from the singular values (pseudoinverse.cpp); rtol absent: PyTorch's default
Tensor linalg_pinv(const Tensor& A, double atol, std::optional<double> rtol);
std::vector<Tensor> linalg_lstsq(const Tensor& A, const Tensor& B, std::optional<double> rcond);  // solution, residuals, rank, singular_values
Tensor linalg_matrix_rank(const Tensor& A, double atol, std::optional<double> rtol);
// ---- norms (norms.cpp; the vector norm shares ops/norm.cpp's kernels)
Tensor linalg_vector_norm(const Tensor& x, double ord, const std::vector<int64_t>& dims, bool keepdim);
Tensor linalg_matrix_norm(const Tensor& A, double ord, const std::vector<int64_t>& dims, bool keepdim);
Tensor linalg_matrix_norm(const Tensor& A, const std::string& ord, const std::vector<int64_t>& dims, bool keepdim);

}  // namespace gb
