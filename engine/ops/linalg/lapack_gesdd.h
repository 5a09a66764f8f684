#pragma once
// A = U·diag(S)·VT along LAPACK 3.11's xGESDD (JOBZ 'S' or 'A', PyTorch 1.13's CPU call), in T:
// the same paths, in the same order, with the same roundings, so that the singular vectors come
// out with LAPACK's signs (a pair (u, v) is defined only up to a common sign; which one LAPACK
// returns is a consequence of every step below, not a rule that could be applied afterwards).
//   m ≥ n: when m ≥ ⌊11·n/6⌋, QR first (xGEQRF, Q formed by xORGQR) and the SVD of R;
//          otherwise bidiagonalise A itself. Then the bidiagonal SVD (bidiagonal_svd), and
//          U = Q_B·U_B, VT = VT_B·P_Bᵀ by xORMBR, times the QR's Q where there was one.
//   m < n: the transposed story: LQ first when n ≥ ⌊11·m/6⌋, else a lower bidiagonal form.
// Scaling into the safe range as xGESDD does. For min(m, n) > 25 LAPACK's xBDSDC divides and
// conquers, which this does not: the values then agree to rounding, the signs may differ.
#include <vector>

#include "ops/linalg/lapack_bidiagonal_svd.h"
#include "ops/linalg/lapack_reflectors.h"

namespace gb::linalg::lapack {

template <class T>
struct Svd {
  int64_t m = 0, n = 0, ucols = 0, vtrows = 0;
  std::vector<T> u, s, vt;  // column-major: u m × ucols, vt vtrows × n
};

// Thrown for a NaN in A (xGESDD's info = -4).
struct NonFinite {};

namespace detail {

// C (m × n) = A (m × k)·B (k × n) in reference xGEMM's order.
template <class T>
void multiply(int64_t m, int64_t n, int64_t k, View<T> a, View<T> b, View<T> c) {
  for (int64_t j = 0; j < n; ++j) {
    for (int64_t i = 0; i < m; ++i) c(i, j) = 0;
    for (int64_t l = 0; l < k; ++l) {
      const T t = b(l, j);
      for (int64_t i = 0; i < m; ++i) c(i, j) += t * a(i, l);
    }
  }
}

// xORMBR('Q', 'L', 'N'): C (m × n) := Q·C, Q from bidiagonalising an nq × k matrix (nq = m).
template <class T>
void apply_bidiagonal_q(int64_t m, int64_t n, int64_t k, View<T> a, const std::vector<T>& tauq, View<T> c) {
  if (m >= k)
    apply_q_left(m, n, k, a, tauq.data(), c);
  else if (m > 1)
    apply_q_left(m - 1, n, m - 1, a.at(1, 0), tauq.data(), c.at(1, 0));
}

// xORMBR('P', 'R', 'T'): C (m × n) := C·Pᵀ, P from bidiagonalising a k × nq matrix (nq = n).
template <class T>
void apply_bidiagonal_pt(int64_t m, int64_t n, int64_t k, View<T> a, const std::vector<T>& taup, View<T> c) {
  if (n > k)
    apply_q_right(m, n, k, a, taup.data(), c);
  else if (n > 1)
    apply_q_right(m, n - 1, n - 1, a.at(0, 1), taup.data(), c.at(0, 1));
}

template <class T>
void copy(int64_t m, int64_t n, View<T> from, View<T> to) {
  for (int64_t j = 0; j < n; ++j)
    for (int64_t i = 0; i < m; ++i) to(i, j) = from(i, j);
}

}  // namespace detail

// a: m × n column-major (overwritten). full: JOBZ 'A' (U m × m, VT n × n), else 'S'.
template <class T>
Svd<T> gesdd(int64_t m, int64_t n, std::vector<T> a, bool full) {
  using namespace detail;
  const int64_t k = std::min(m, n);
  Svd<T> r;
  r.m = m;
  r.n = n;
  r.ucols = full ? m : k;
  r.vtrows = full ? n : k;
  r.u.assign(size_t(m * r.ucols), 0);
  r.vt.assign(size_t(r.vtrows * n), 0);
  r.s.assign(size_t(k), 0);
  View<T> A{a.data(), std::max<int64_t>(m, 1)}, U{r.u.data(), std::max<int64_t>(m, 1)},
      VT{r.vt.data(), std::max<int64_t>(r.vtrows, 1)};
  if (k == 0) {
    for (int64_t i = 0; i < r.ucols && i < m; ++i) U(i, i) = 1;
    for (int64_t i = 0; i < r.vtrows && i < n; ++i) VT(i, i) = 1;
    return r;
  }
  // Scale A into the range where no step over- or underflows.
  T anrm = 0;
  for (T x : a) {
    if (std::isnan(x)) throw NonFinite{};
    anrm = std::max(anrm, std::abs(x));
  }
  const T smlnum = std::sqrt(Machine<T>::safe_min) / Machine<T>::precision, bignum = 1 / smlnum;
  T scaled_to = 0;
  if (anrm > 0 && anrm < smlnum) scaled_to = smlnum;
  else if (anrm > bignum) scaled_to = bignum;
  if (scaled_to != 0) lascl(anrm, scaled_to, int64_t(a.size()), a.data());

  const int64_t mnthr = int64_t(double(k) * 11.0 / 6.0);
  if (m >= n) {
    if (m >= mnthr) {
      // A = Q·R, then the SVD of R (n × n).
      std::vector<T> tau = qr_reflectors(m, n, A);
      std::vector<T> rbuf(size_t(n * n), 0), ubuf(size_t(n * n), 0);
      View<T> R{rbuf.data(), n}, UB{ubuf.data(), n};
      for (int64_t j = 0; j < n; ++j)
        for (int64_t i = 0; i <= j; ++i) R(i, j) = A(i, j);
      View<T> Q = A;
      if (full) {
        // Q (m × m) formed in U; the first n columns are then replaced.
        for (int64_t j = 0; j < n; ++j)
          for (int64_t i = j; i < m; ++i) U(i, j) = A(i, j);
        form_q_columns(m, m, n, U, tau);
        Q = U;
      } else {
        form_q_columns(m, n, n, A, tau);
      }
      Bidiagonal<T> b = bidiagonalize(n, n, R);
      bidiagonal_svd(true, n, b.d.data(), b.e.data(), UB, VT);
      apply_bidiagonal_q(n, n, n, R, b.tauq, UB);
      apply_bidiagonal_pt(n, n, n, R, b.taup, VT);
      std::vector<T> product(size_t(m * n));
      View<T> P{product.data(), m};
      multiply(m, n, n, Q, UB, P);
      copy(m, n, P, U);
      r.s = b.d;
    } else {
      Bidiagonal<T> b = bidiagonalize(m, n, A);
      bidiagonal_svd(true, n, b.d.data(), b.e.data(), U, VT);
      if (full)
        for (int64_t i = n; i < m; ++i) U(i, i) = 1;
      apply_bidiagonal_q(m, r.ucols, n, A, b.tauq, U);
      apply_bidiagonal_pt(n, n, full ? m : n, A, b.taup, VT);
      r.s = b.d;
    }
  } else {
    if (n >= mnthr) {
      // A = L·Q, then the SVD of L (m × m).
      std::vector<T> tau = lq_reflectors(m, n, A);
      std::vector<T> lbuf(size_t(m * m), 0), vbuf(size_t(m * m), 0);
      View<T> L{lbuf.data(), m}, VB{vbuf.data(), m};
      for (int64_t j = 0; j < m; ++j)
        for (int64_t i = j; i < m; ++i) L(i, j) = A(i, j);
      View<T> Q = A;
      if (full) {
        // Q (n × n) formed in VT; its first m rows are then replaced.
        for (int64_t j = 0; j < n; ++j)
          for (int64_t i = 0; i <= std::min(j, m - 1); ++i) VT(i, j) = A(i, j);
        form_q_rows(n, n, m, VT, tau);
        Q = VT;
      } else {
        form_q_rows(m, n, m, A, tau);
      }
      Bidiagonal<T> b = bidiagonalize(m, m, L);
      bidiagonal_svd(true, m, b.d.data(), b.e.data(), U, VB);
      apply_bidiagonal_q(m, m, m, L, b.tauq, U);
      apply_bidiagonal_pt(m, m, m, L, b.taup, VB);
      std::vector<T> product(size_t(m * n));
      View<T> P{product.data(), m};
      multiply(m, n, m, VB, Q, P);
      copy(m, n, P, VT);
      r.s = b.d;
    } else {
      Bidiagonal<T> b = bidiagonalize(m, n, A);
      bidiagonal_svd(false, m, b.d.data(), b.e.data(), U, VT);
      if (full)
        for (int64_t i = m; i < n; ++i) VT(i, i) = 1;
      apply_bidiagonal_q(m, m, n, A, b.tauq, U);
      apply_bidiagonal_pt(r.vtrows, n, m, A, b.taup, VT);
      r.s = b.d;
    }
  }
  if (scaled_to != 0) lascl(scaled_to, anrm, k, r.s.data());
  return r;
}

}  // namespace gb::linalg::lapack
