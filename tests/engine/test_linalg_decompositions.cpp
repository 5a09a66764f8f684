// torch.linalg: the LU family (inv, det, slogdet, solve), Cholesky, QR, eigh, SVD and the
// matrix norms. Values against hand-known results and identities (A·A⁻¹ = I, Q·R = A, ...),
// LAPACK's sign conventions, PyTorch's errors and node names, and float64 finite differences
// of first and second derivatives on well-conditioned matrices.
#include <cmath>

#include "helpers.h"
#include "ops/linalg/linalg.h"
#include "tensor/error.h"

using namespace gb;
using namespace gb::test;

namespace {

Tensor well_conditioned() { return f64({4, 1, 2, 1, 3, 0, 2, 0, 5}, {3, 3}); }
Tensor general() { return f64({2, -1, 0.5, 1, 3, -2, 0.25, 1, 4}, {3, 3}); }
Tensor tall() { return f64({1, 2, 3, 4, 5, 6.5, -1, 0.5}, {4, 2}); }
Tensor wide() { return f64({1, 2, 3, 4, 5, 6.5}, {2, 3}); }

void check_close(const Tensor& a, const Tensor& b, double tolerance = 1e-12) {
  REQUIRE(a.shape() == b.shape());
  std::vector<double> x = values(a), y = values(b);
  for (size_t i = 0; i < x.size(); ++i) CHECK(x[i] == doctest::Approx(y[i]).epsilon(tolerance).scale(1.0));
}

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

ErrorKind kind_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.kind;
  }
  return ErrorKind::Host;
}

// X + Xᵀ: a symmetric matrix each entry of X moves symmetrically (eigh reads one triangle).
Tensor symmetric(const Tensor& x) { return add(x, transpose(x, -2, -1)); }
// X·Xᵀ + 3I: positive-definite near X.
Tensor positive_definite(const Tensor& x) {
  return add(matmul(x, transpose(x, -2, -1)), mul(eye(x.shape().back(), x.shape().back(), x.dtype()), wrapped_scalar(3, DType::Float64)));
}

}  // namespace

TEST_CASE("inv, det and slogdet of a known matrix, batched, in both float dtypes") {
  Tensor a = f64({2, 1, 1, 1}, {2, 2});
  CHECK(values(linalg_inv(a)) == std::vector<double>{1, -1, -1, 2});
  CHECK(values(linalg_det(a)) == std::vector<double>{1});
  check_close(matmul(well_conditioned(), linalg_inv(well_conditioned())), eye(3, 3, DType::Float64));
  CHECK(values(linalg_det(well_conditioned()))[0] == doctest::Approx(43));
  auto [sign, logabs] = linalg_slogdet(f64({0, 1, 1, 0}, {2, 2}));
  CHECK(values(sign) == std::vector<double>{-1});
  CHECK(values(logabs) == std::vector<double>{0});
  CHECK(std::isnan(values(logdet(f64({0, 1, 1, 0}, {2, 2})))[0]));
  Tensor batch = stack({a, f64({1, 2, 3, 4}, {2, 2})}, 0);
  CHECK(linalg_det(batch).shape() == Shape{2});
  CHECK(values(linalg_det(batch))[1] == doctest::Approx(-2));
  Tensor f = make({2, 1, 1, 1}, {2, 2}, DType::Float32);
  CHECK(linalg_inv(f).dtype() == DType::Float32);
  CHECK(values(linalg_inv(f)) == std::vector<double>{1, -1, -1, 2});
}

TEST_CASE("inv_ex reports the first zero pivot; inv and solve raise PyTorch's LinAlgError") {
  Tensor singular = f64({1, 2, 2, 4}, {2, 2});
  auto [inverse, info] = linalg_inv_ex(singular, false);
  CHECK(info.dtype() == DType::Int32);
  CHECK(values(info) == std::vector<double>{2});
  CHECK(message_of([&] { linalg_inv(singular); }) ==
        "linalg.inv: The diagonal element 2 is zero, the inversion could not be completed because the input matrix is "
        "singular.");
  CHECK(kind_of([&] { linalg_inv(singular); }) == ErrorKind::LinAlg);
  Tensor batch = stack({eye(2, 2, DType::Float64), singular}, 0);
  CHECK(message_of([&] { linalg_solve(batch, ones({2}, DType::Float64)); }) ==
        "torch.linalg.solve: (Batch element 1): The solver failed because the input matrix is singular.");
  CHECK(message_of([&] { linalg_inv(ones({2, 3}, DType::Float32)); }) ==
        "linalg.inv: A must be batches of square matrices, but they are 2 by 3 matrices");
  CHECK(message_of([&] { linalg_det(ones({3}, DType::Float32)); }) ==
        "linalg.det: The input tensor A must have at least 2 dimensions.");
  CHECK(message_of([&] { linalg_inv(ones({2, 2}, DType::Int64)); }) ==
        "linalg.inv: Expected a floating point or complex tensor as input. Got Long");
  CHECK(message_of([&] { linalg_solve(eye(2, 2, DType::Float32), ones({3}, DType::Float32)); }) ==
        "linalg.solve: Incompatible shapes of A and B for the equation AX = B (2x2 and 3x1)");
  CHECK(message_of([&] { linalg_solve(eye(2, 2, DType::Float32), ones({2}, DType::Float64)); }) ==
        "linalg.solve: Expected A and B to have the same dtype, but found A of type Float and B of type Double instead");
}

TEST_CASE("solve takes vectors, matrices and broadcast batches") {
  Tensor x = linalg_solve(well_conditioned(), f64({1, 2, 3}, {3}));
  CHECK(x.shape() == Shape{3});
  check_close(matmul(well_conditioned(), x), f64({1, 2, 3}, {3}));
  Tensor many = linalg_solve(stack({well_conditioned(), general()}, 0), f64({1, 0, 0, 1, 2, 1}, {3, 2}));
  CHECK(many.shape() == Shape{2, 3, 2});
  check_close(matmul(general(), select(many, 0, 1)), f64({1, 0, 0, 1, 2, 1}, {3, 2}));
}

TEST_CASE("the LU family's gradients match finite differences to second order") {
  check_gradients([](const auto& in) { return linalg_inv(in[0]); }, {general()});
  check_gradients([](const auto& in) { return linalg_det(in[0]); }, {general()});
  check_gradients([](const auto& in) { return linalg_slogdet(in[0]).second; }, {general()});
  check_gradients([](const auto& in) { return logdet(in[0]); }, {well_conditioned()});
  check_gradients([](const auto& in) { return linalg_solve(in[0], in[1]); }, {general(), f64({1, -2, 0.5, 3, 1, 2}, {3, 2})});
  check_gradients([](const auto& in) { return linalg_solve(in[0], in[1]); }, {general(), f64({1, -2, 0.5}, {3})});
  check_gradients([](const auto& in) { return linalg_det(in[0]); }, {stack({general(), well_conditioned()}, 0)});
}

TEST_CASE("det's gradient at an exactly singular matrix is PyTorch's: P·diag(g·det), signed zeros and all") {
  Tensor a = f64({1, 2, 2, 4}, {2, 2});  // rows swapped by the pivot, det = -0
  a.impl()->requires_grad = true;
  Tensor d = linalg_det(a);
  CHECK(std::signbit(values(d)[0]));
  backward({d}, {}, false);
  std::vector<double> g = values(grad_of(a));
  CHECK(g == std::vector<double>{0, 0, 0, 0});
  CHECK(std::vector<bool>{std::signbit(g[0]), std::signbit(g[1]), std::signbit(g[2]), std::signbit(g[3])} ==
        std::vector<bool>{false, true, true, false});
  Tensor mixed = stack({general(), f64({1, 2, 3, 2, 4, 6, 1, 0, 1}, {3, 3})}, 0);
  mixed.impl()->requires_grad = true;
  backward({sum(linalg_det(mixed))}, {}, false);
  check_close(select(grad_of(mixed), 0, 1), zeros({3, 3}, DType::Float64));
  check_close(select(grad_of(mixed), 0, 0), mul(linalg_det(general()), transpose(linalg_inv(general()), 0, 1)), 1e-9);
}

TEST_CASE("cholesky: L·Lᵀ = A, upper gives Lᵀ, and the failing minor's order") {
  Tensor L = linalg_cholesky(well_conditioned(), false);
  CHECK(values(L)[1] == 0);
  check_close(matmul(L, transpose(L, 0, 1)), well_conditioned());
  check_close(linalg_cholesky(well_conditioned(), true), transpose(L, 0, 1));
  CHECK(message_of([] { linalg_cholesky(f64({1, 2, 2, 1}, {2, 2}), false); }) ==
        "linalg.cholesky: The factorization could not be completed because the input is not positive-definite (the "
        "leading minor of order 2 is not positive-definite).");
  CHECK(values(linalg_cholesky_ex(f64({1, 2, 2, 1}, {2, 2}), false, false).second) == std::vector<double>{2});
  CHECK(linalg_cholesky(well_conditioned(), false).grad_fn() == nullptr);
  check_gradients([](const auto& in) { return linalg_cholesky(positive_definite(in[0]), false); }, {general()});
  check_gradients([](const auto& in) { return linalg_cholesky(positive_definite(in[0]), true); }, {general()});
}

TEST_CASE("qr: Householder signs as LAPACK's, every mode, wide and tall") {
  auto [Q, R] = linalg_qr(well_conditioned(), "reduced");
  CHECK(values(R)[0] == doctest::Approx(-std::sqrt(21.0)));  // -sign(a₀₀)·‖first column‖
  check_close(matmul(Q, R), well_conditioned());
  check_close(matmul(transpose(Q, 0, 1), Q), eye(3, 3, DType::Float64));
  auto [Qc, Rc] = linalg_qr(tall(), "complete");
  CHECK(Qc.shape() == Shape{4, 4});
  CHECK(Rc.shape() == Shape{4, 2});
  check_close(matmul(Qc, Rc), tall());
  auto [Qr, Rr] = linalg_qr(wide(), "r");
  CHECK(Qr.shape() == Shape{0});
  CHECK(Rr.shape() == Shape{2, 3});
  CHECK(message_of([] { linalg_qr(tall(), "x"); }) ==
        "qr received unrecognized mode 'x' but expected one of 'reduced' (default), 'r', or 'complete'");
  for (Tensor a : {general(), tall(), wide()}) {
    check_gradients([](const auto& in) { return linalg_qr(in[0], "reduced").first; }, {a});
    check_gradients([](const auto& in) { return linalg_qr(in[0], "reduced").second; }, {a});
  }
}

TEST_CASE("eigh: ascending eigenvalues, orthonormal vectors, one triangle read") {
  auto [L, V] = linalg_eigh(f64({2, 1, 1, 2}, {2, 2}), "L");
  check_close(L, f64({1, 3}, {2}));
  check_close(matmul(matmul(V, diag_embed(L, 0, -2, -1)), transpose(V, 0, 1)), f64({2, 1, 1, 2}, {2, 2}));
  check_close(linalg_eigvalsh(f64({2, 100, 1, 2}, {2, 2}), "L"), f64({1, 3}, {2}));
  check_close(linalg_eigvalsh(f64({2, 1, 100, 2}, {2, 2}), "U"), f64({1, 3}, {2}));
  check_gradients([](const auto& in) { return linalg_eigvalsh(symmetric(in[0]), "L"); }, {general()});
  check_gradients([](const auto& in) { return linalg_eigh(symmetric(in[0]), "L").second; }, {general()});
}

TEST_CASE("svd: descending singular values, reduced and full matrices, wide and tall") {
  for (Tensor a : {general(), tall(), wide()}) {
    auto [U, S, Vh] = linalg_svd(a, false);
    check_close(matmul(mul(U, unsqueeze(S, 0)), Vh), a);
    std::vector<double> s = values(S);
    for (size_t i = 1; i < s.size(); ++i) CHECK(s[i - 1] >= s[i]);
    auto [Uf, Sf, Vhf] = linalg_svd(a, true);
    const int64_t m = a.shape()[0], n = a.shape()[1];
    CHECK(Uf.shape() == Shape{m, m});
    CHECK(Vhf.shape() == Shape{n, n});
    check_close(matmul(transpose(Uf, 0, 1), Uf), eye(m, m, DType::Float64));
    check_close(matmul(Vhf, transpose(Vhf, 0, 1)), eye(n, n, DType::Float64));
    check_gradients([](const auto& in) { return linalg_svdvals(in[0]); }, {a});
    check_gradients([](const auto& in) { return std::get<0>(linalg_svd(in[0], false)); }, {a});
    check_gradients([](const auto& in) { return std::get<2>(linalg_svd(in[0], false)); }, {a});
  }
  check_close(linalg_svdvals(f64({3, 0, 0, -4}, {2, 2})), f64({4, 3}, {2}));
}

TEST_CASE("matrix norms: every order, over chosen dims, kept or not") {
  Tensor a = f64({1, -2, 3, -4, 5, -6}, {2, 3});
  CHECK(values(linalg_matrix_norm(a, "fro", {-2, -1}, false))[0] == doctest::Approx(std::sqrt(91.0)));
  CHECK(values(linalg_matrix_norm(a, 1, {-2, -1}, false)) == std::vector<double>{9});
  CHECK(values(linalg_matrix_norm(a, -1, {-2, -1}, false)) == std::vector<double>{5});
  CHECK(values(linalg_matrix_norm(a, INFINITY, {-2, -1}, false)) == std::vector<double>{15});
  CHECK(values(linalg_matrix_norm(a, -INFINITY, {-2, -1}, false)) == std::vector<double>{6});
  Tensor s = linalg_svdvals(a);
  CHECK(values(linalg_matrix_norm(a, 2, {-2, -1}, false))[0] == doctest::Approx(values(s)[0]));
  CHECK(values(linalg_matrix_norm(a, "nuc", {-2, -1}, false))[0] == doctest::Approx(values(s)[0] + values(s)[1]));
  CHECK(linalg_matrix_norm(iota({2, 3, 4}), 1, {2, 0}, true).shape() == Shape{1, 3, 1});
  CHECK(linalg_matrix_norm(iota({2, 3, 4}), "nuc", {0, 2}, false).shape() == Shape{3});
  CHECK(message_of([&] { linalg_matrix_norm(a, 3, {-2, -1}, false); }) == "linalg.matrix_norm: Order 3 not supported.");
  CHECK(message_of([&] { linalg_vector_norm(ones({2}, DType::Int64), 2, {}, false); }) ==
        "linalg.vector_norm: Expected a floating point or complex tensor as input. Got Long");
  check_gradients([](const auto& in) { return linalg_matrix_norm(in[0], "nuc", {-2, -1}, false); }, {general()});
  check_gradients([](const auto& in) { return linalg_matrix_norm(in[0], "fro", {-2, -1}, false); }, {general()});
  check_gradients([](const auto& in) { return linalg_matrix_norm(in[0], 2, {-2, -1}, false); }, {general()});
  check_gradients([](const auto& in) { return linalg_vector_norm(in[0], 3, {1}, false); }, {general()});
}

TEST_CASE("grad_fn names are PyTorch's") {
  Tensor a = general();
  a.impl()->requires_grad = true;
  CHECK(linalg_inv(a).grad_fn()->name() == "LinalgInvExBackward0");
  CHECK(linalg_det(a).grad_fn()->name() == "LinalgDetBackward0");
  CHECK(linalg_slogdet(a).second.grad_fn()->name() == "LinalgSlogdetBackward0");
  CHECK(linalg_solve(a, a).grad_fn()->name() == "LinalgSolveExBackward0");
  CHECK(linalg_qr(a, "reduced").first.grad_fn()->name() == "LinalgQrBackward0");
  CHECK(std::get<1>(linalg_svd(a, true)).grad_fn()->name() == "LinalgSvdBackward0");
  CHECK(linalg_svdvals(a).grad_fn()->name() == "LinalgSvdBackward0");
  CHECK(linalg_eigh(a, "L").first.grad_fn()->name() == "LinalgEighBackward0");
  CHECK(linalg_vector_norm(a, 2, {}, false).grad_fn()->name() == "LinalgVectorNormBackward0");
  CHECK(linalg_matrix_norm(a, "nuc", {-2, -1}, false).grad_fn()->name() == "SumBackward1");
  CHECK(linalg_matrix_norm(a, 1, {-2, -1}, false).grad_fn()->name() == "AmaxBackward0");
  Tensor p = positive_definite(detach(a));
  p.impl()->requires_grad = true;
  CHECK(linalg_cholesky(p, false).grad_fn()->name() == "LinalgCholeskyExBackward0");
  CHECK(cholesky(p, false).grad_fn()->name() == "CholeskyBackward0");
}

TEST_CASE("pinv, lstsq and matrix_rank: the minimum-norm least-squares solution and the rank") {
  Tensor a = tall();
  Tensor P = linalg_pinv(a, 0, std::nullopt);
  CHECK(P.shape() == Shape{2, 4});
  check_close(matmul(matmul(a, P), a), a);
  check_close(linalg_pinv(f64({1, 1, 1, 1}, {2, 2}), 0, std::nullopt), f64({0.25, 0.25, 0.25, 0.25}, {2, 2}));
  std::vector<Tensor> result = linalg_lstsq(a, f64({1, 0, 2, 1}, {4}), std::nullopt);
  CHECK(result[0].shape() == Shape{2});
  check_close(result[0], matmul(P, f64({1, 0, 2, 1}, {4})));
  CHECK(result[1].shape() == Shape{0});
  CHECK(values(result[2]) == std::vector<double>{2});
  CHECK(result[2].dtype() == DType::Int64);
  CHECK(values(linalg_matrix_rank(ones({3, 3}, DType::Float32), 0, std::nullopt)) == std::vector<double>{1});
  CHECK(values(linalg_matrix_rank(general(), 0, std::nullopt)) == std::vector<double>{3});
  CHECK(message_of([] { linalg_pinv(ones({3}, DType::Int64), 0, std::nullopt); }) ==
        "linalg.pinv(Long{[3]}): expected a tensor with 2 or more dimensions of float, double, cfloat or cdouble types");
  CHECK(message_of([&] { linalg_lstsq(a, ones({2, 1}, DType::Float64), std::nullopt); }) ==
        "torch.linalg.lstsq: input.size(-2) should match other.size(-2)");
  for (Tensor m : {general(), tall(), wide()})
    check_gradients([](const auto& in) { return linalg_pinv(in[0], 0, std::nullopt); }, {m});
  check_gradients([](const auto& in) { return linalg_lstsq(in[0], in[1], std::nullopt)[0]; },
                  {tall(), f64({1, 0, 2, 1, -1, 3, 0.5, 2}, {4, 2})});
  Tensor x = tall();
  x.impl()->requires_grad = true;
  Tensor solution = linalg_lstsq(x, f64({1, 0, 2, 1}, {4}), std::nullopt)[0];
  CHECK(message_of([&] { backward({sum(solution)}, {}, false); }) ==
        "Dimension out of range (expected to be in range of [-1, 0], but got -2)");
}
