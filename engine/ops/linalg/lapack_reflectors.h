#pragma once
// Householder reflectors as LAPACK 3.11 forms, stores and applies them (unblocked, as LAPACK
// runs them for the matrix sizes an SVD here sees): H = I - tau·v·vᵀ with v[0] = 1, stored below
// (or right of) the entry it reduces. Reduction to bidiagonal form (xGEBD2), QR and LQ (xGEQR2,
// xGELQ2), forming Q (xORG2R, xORGL2) and applying it (xORM2R, xORML2). The products run in the
// order of the reference BLAS's xGEMV and xGER, whose roundings they reproduce.
#include <vector>

#include "ops/linalg/lapack_scalars.h"

namespace gb::linalg::lapack {

// The reflector that maps [alpha; x] (n values, x with stride inc) to [beta; 0], beta =
// -sign(alpha)·‖[alpha; x]‖ (xLARFG): x becomes v[1:], alpha becomes beta.
template <class T>
void make_reflector(int64_t n, T& alpha, T* x, int64_t inc, T& tau) {
  tau = 0;
  if (n <= 1) return;
  T xnorm = nrm2(n - 1, x, inc);
  if (xnorm == 0) return;
  T beta = -sign(lapy2(alpha, xnorm), alpha);
  const T safmin = Machine<T>::safe_min / Machine<T>::roundoff;
  int knt = 0;
  if (std::abs(beta) < safmin) {
    // beta may be inaccurate: scale x up and recompute it.
    const T rsafmn = 1 / safmin;
    do {
      ++knt;
      for (int64_t i = 0; i < n - 1; ++i) x[i * inc] = rsafmn * x[i * inc];
      beta = beta * rsafmn;
      alpha = alpha * rsafmn;
    } while (std::abs(beta) < safmin && knt < 20);
    xnorm = nrm2(n - 1, x, inc);
    beta = -sign(lapy2(alpha, xnorm), alpha);
  }
  tau = (beta - alpha) / beta;
  const T scale = 1 / (alpha - beta);
  for (int64_t i = 0; i < n - 1; ++i) x[i * inc] = scale * x[i * inc];
  for (int j = 0; j < knt; ++j) beta = beta * safmin;
  alpha = beta;
}

// C (m × n) := H·C (from the left: v has m values) or C·H (from the right: v has n values), v
// with stride inc (xLARF: w = Cᵀv or C·v as xGEMV sums it, then the rank-1 update as xGER).
template <class T>
void apply_reflector(bool left, int64_t m, int64_t n, const T* v, int64_t inc, T tau, View<T> c) {
  if (tau == 0 || m <= 0 || n <= 0) return;
  if (left) {
    std::vector<T> w(size_t(n), 0);
    for (int64_t j = 0; j < n; ++j) {
      T sum = 0;
      for (int64_t i = 0; i < m; ++i) sum += c(i, j) * v[i * inc];
      w[size_t(j)] = sum;
    }
    for (int64_t j = 0; j < n; ++j)
      if (w[size_t(j)] != 0) {
        const T t = -tau * w[size_t(j)];
        for (int64_t i = 0; i < m; ++i) c(i, j) += v[i * inc] * t;
      }
  } else {
    std::vector<T> w(size_t(m), 0);
    for (int64_t j = 0; j < n; ++j) {
      const T t = v[j * inc];
      for (int64_t i = 0; i < m; ++i) w[size_t(i)] += t * c(i, j);
    }
    for (int64_t j = 0; j < n; ++j)
      if (v[j * inc] != 0) {
        const T t = -tau * v[j * inc];
        for (int64_t i = 0; i < m; ++i) c(i, j) += w[size_t(i)] * t;
      }
  }
}

// The reflector stored at a with its leading 1 put in place for the call (LAPACK's idiom).
template <class T, class Apply>
void with_unit_head(T& head, Apply apply) {
  const T saved = head;
  head = 1;
  apply();
  head = saved;
}

// Qᵀ·A·P = B (xGEBD2): upper bidiagonal when m ≥ n, lower when m < n. d (min(m,n)) and e
// (min(m,n) - 1) receive B; Q's reflectors stay below the diagonal (or subdiagonal), P's right
// of the superdiagonal (or diagonal).
template <class T>
struct Bidiagonal {
  std::vector<T> d, e, tauq, taup;
};

template <class T>
Bidiagonal<T> bidiagonalize(int64_t m, int64_t n, View<T> a) {
  const int64_t k = std::min(m, n);
  Bidiagonal<T> b{std::vector<T>(size_t(k)), std::vector<T>(size_t(std::max<int64_t>(k - 1, 0))),
                  std::vector<T>(size_t(k)), std::vector<T>(size_t(k))};
  for (int64_t i = 0; i < k; ++i) {
    if (m >= n) {
      make_reflector(m - i, a(i, i), &a(std::min(i + 1, m - 1), i), 1, b.tauq[size_t(i)]);
      b.d[size_t(i)] = a(i, i);
      if (i < n - 1)
        with_unit_head(a(i, i), [&] { apply_reflector(true, m - i, n - i - 1, &a(i, i), 1, b.tauq[size_t(i)], a.at(i, i + 1)); });
      if (i < n - 1) {
        make_reflector(n - i - 1, a(i, i + 1), &a(i, std::min(i + 2, n - 1)), a.ld, b.taup[size_t(i)]);
        b.e[size_t(i)] = a(i, i + 1);
        with_unit_head(a(i, i + 1), [&] {
          apply_reflector(false, m - i - 1, n - i - 1, &a(i, i + 1), a.ld, b.taup[size_t(i)], a.at(i + 1, i + 1));
        });
      } else {
        b.taup[size_t(i)] = 0;
      }
    } else {
      make_reflector(n - i, a(i, i), &a(i, std::min(i + 1, n - 1)), a.ld, b.taup[size_t(i)]);
      b.d[size_t(i)] = a(i, i);
      if (i < m - 1)
        with_unit_head(a(i, i), [&] { apply_reflector(false, m - i - 1, n - i, &a(i, i), a.ld, b.taup[size_t(i)], a.at(i + 1, i)); });
      if (i < m - 1) {
        make_reflector(m - i - 1, a(i + 1, i), &a(std::min(i + 2, m - 1), i), 1, b.tauq[size_t(i)]);
        b.e[size_t(i)] = a(i + 1, i);
        with_unit_head(a(i + 1, i), [&] {
          apply_reflector(true, m - i - 1, n - i - 1, &a(i + 1, i), 1, b.tauq[size_t(i)], a.at(i + 1, i + 1));
        });
      } else {
        b.tauq[size_t(i)] = 0;
      }
    }
  }
  return b;
}

// A = Q·R (xGEQR2, m ≥ n): R on and above the diagonal, Q's reflectors below it.
template <class T>
std::vector<T> qr_reflectors(int64_t m, int64_t n, View<T> a) {
  const int64_t k = std::min(m, n);
  std::vector<T> tau(static_cast<size_t>(k));
  for (int64_t i = 0; i < k; ++i) {
    make_reflector(m - i, a(i, i), &a(std::min(i + 1, m - 1), i), 1, tau[size_t(i)]);
    if (i < n - 1)
      with_unit_head(a(i, i), [&] { apply_reflector(true, m - i, n - i - 1, &a(i, i), 1, tau[size_t(i)], a.at(i, i + 1)); });
  }
  return tau;
}

// A = L·Q (xGELQ2, m ≤ n): L on and below the diagonal, Q's reflectors right of it.
template <class T>
std::vector<T> lq_reflectors(int64_t m, int64_t n, View<T> a) {
  const int64_t k = std::min(m, n);
  std::vector<T> tau(static_cast<size_t>(k));
  for (int64_t i = 0; i < k; ++i) {
    make_reflector(n - i, a(i, i), &a(i, std::min(i + 1, n - 1)), a.ld, tau[size_t(i)]);
    if (i < m - 1)
      with_unit_head(a(i, i), [&] { apply_reflector(false, m - i - 1, n - i, &a(i, i), a.ld, tau[size_t(i)], a.at(i + 1, i)); });
  }
  return tau;
}

// The first n columns of Q = H(1)···H(k) (m × n), formed in place of the reflectors (xORG2R).
template <class T>
void form_q_columns(int64_t m, int64_t n, int64_t k, View<T> a, const std::vector<T>& tau) {
  for (int64_t j = k; j < n; ++j) {
    for (int64_t l = 0; l < m; ++l) a(l, j) = 0;
    a(j, j) = 1;
  }
  for (int64_t i = k - 1; i >= 0; --i) {
    if (i < n - 1) {
      a(i, i) = 1;
      apply_reflector(true, m - i, n - i - 1, &a(i, i), 1, tau[size_t(i)], a.at(i, i + 1));
    }
    for (int64_t l = i + 1; l < m; ++l) a(l, i) = -tau[size_t(i)] * a(l, i);
    a(i, i) = 1 - tau[size_t(i)];
    for (int64_t l = 0; l < i; ++l) a(l, i) = 0;
  }
}

// The first m rows of Q = H(k)···H(1) (m × n), formed in place of the reflectors (xORGL2).
template <class T>
void form_q_rows(int64_t m, int64_t n, int64_t k, View<T> a, const std::vector<T>& tau) {
  if (k < m)
    for (int64_t j = 0; j < n; ++j) {
      for (int64_t l = k; l < m; ++l) a(l, j) = 0;
      if (j >= k && j < m) a(j, j) = 1;
    }
  for (int64_t i = k - 1; i >= 0; --i) {
    if (i < n - 1) {
      if (i < m - 1) {
        a(i, i) = 1;
        apply_reflector(false, m - i - 1, n - i, &a(i, i), a.ld, tau[size_t(i)], a.at(i + 1, i));
      }
      for (int64_t l = i + 1; l < n; ++l) a(i, l) = -tau[size_t(i)] * a(i, l);
    }
    a(i, i) = 1 - tau[size_t(i)];
    for (int64_t l = 0; l < i; ++l) a(i, l) = 0;
  }
}

// C (m × n) := H(1)···H(k)·C for the column reflectors stored in a (xORM2R, side L, no transpose).
template <class T>
void apply_q_left(int64_t m, int64_t n, int64_t k, View<T> a, const T* tau, View<T> c) {
  for (int64_t i = k - 1; i >= 0; --i)
    with_unit_head(a(i, i), [&] { apply_reflector(true, m - i, n, &a(i, i), 1, tau[i], c.at(i, 0)); });
}

// C (m × n) := C·H(k)···H(1) for the row reflectors stored in a (xORML2, side R, no transpose).
template <class T>
void apply_q_right(int64_t m, int64_t n, int64_t k, View<T> a, const T* tau, View<T> c) {
  for (int64_t i = k - 1; i >= 0; --i)
    with_unit_head(a(i, i), [&] { apply_reflector(false, m, n - i, &a(i, i), a.ld, tau[i], c.at(0, i)); });
}

}  // namespace gb::linalg::lapack
