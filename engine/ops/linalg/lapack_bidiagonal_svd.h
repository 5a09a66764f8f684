#pragma once
// The SVD of a bidiagonal matrix B = U·diag(d)·VTᵀ as LAPACK 3.11's xBDSDC computes it for the
// sizes where it does not divide and conquer (n ≤ 25, its SMLSIZ): a lower B is first turned
// upper by rotations from the left, then xLASDQ hands the upper one to xBDSQR, the implicit
// QR iteration (zero-shift QR of Demmel and Kahan when a shift would spoil relative accuracy,
// shifted QR otherwise, chasing the bulge from the larger end of the block towards the smaller,
// 2 × 2 blocks by xLASV2). Negative values are made positive by negating VT's rows, and the
// values are sorted in decreasing order, moving the vectors with them.
#include <vector>

#include "ops/linalg/lapack_scalars.h"

namespace gb::linalg::lapack {

// The singular values of [f g; 0 h] (xLAS2): ssmin, ssmax.
template <class T>
void singular_values_2x2(T f, T g, T h, T& ssmin, T& ssmax) {
  const T fa = std::abs(f), ga = std::abs(g), ha = std::abs(h);
  const T fhmn = std::min(fa, ha), fhmx = std::max(fa, ha);
  if (fhmn == 0) {
    ssmin = 0;
    if (fhmx == 0) {
      ssmax = ga;
    } else {
      T q = std::min(fhmx, ga) / std::max(fhmx, ga);
      ssmax = std::max(fhmx, ga) * std::sqrt(1 + q * q);
    }
  } else if (ga < fhmx) {
    T as = 1 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx, au = (ga / fhmx) * (ga / fhmx);
    T c = 2 / (std::sqrt(as * as + au) + std::sqrt(at * at + au));
    ssmin = fhmn * c;
    ssmax = fhmx / c;
  } else {
    T au = fhmx / ga;
    if (au == 0) {
      ssmin = (fhmn * fhmx) / ga;
      ssmax = ga;
    } else {
      T as = 1 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx;
      T c = 1 / (std::sqrt(1 + (as * au) * (as * au)) + std::sqrt(1 + (at * au) * (at * au)));
      ssmin = (fhmn * c) * au;
      ssmin = ssmin + ssmin;
      ssmax = ga / (c + c);
    }
  }
}

// The SVD of [f g; 0 h] (xLASV2): [csl snl; -snl csl]·[f g; 0 h]·[csr -snr; snr csr] =
// diag(ssmax, ssmin), |ssmax| ≥ |ssmin|, signs as LAPACK gives them.
template <class T>
void svd_2x2(T f, T g, T h, T& ssmin, T& ssmax, T& snr, T& csr, T& snl, T& csl) {
  T ft = f, fa = std::abs(ft), ht = h, ha = std::abs(h);
  int pmax = 1;  // which of f, g, h is largest in magnitude
  const bool swap = ha > fa;
  if (swap) {
    pmax = 3;
    std::swap(ft, ht);
    std::swap(fa, ha);
  }
  const T gt = g, ga = std::abs(gt);
  T clt, crt, slt, srt;
  if (ga == 0) {
    ssmin = ha;
    ssmax = fa;
    clt = 1;
    crt = 1;
    slt = 0;
    srt = 0;
  } else {
    bool gasmal = true;
    if (ga > fa) {
      pmax = 2;
      if (fa / ga < Machine<T>::roundoff) {
        gasmal = false;
        ssmax = ga;
        ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha;
        clt = 1;
        slt = ht / gt;
        srt = 1;
        crt = ft / gt;
      }
    }
    if (gasmal) {
      T d = fa - ha;
      T l = d == fa ? T(1) : d / fa;
      T m = gt / ft;
      T t = 2 - l;
      T mm = m * m, tt = t * t;
      T s = std::sqrt(tt + mm);
      T r = l == 0 ? std::abs(m) : std::sqrt(l * l + mm);
      T a = T(0.5) * (s + r);
      ssmin = ha / a;
      ssmax = fa * a;
      if (mm == 0) {
        t = l == 0 ? sign(T(2), ft) * sign(T(1), gt) : gt / sign(d, ft) + m / t;
      } else {
        t = (m / (s + t) + m / (r + l)) * (1 + a);
      }
      l = std::sqrt(t * t + 4);
      crt = 2 / l;
      srt = t / l;
      clt = (crt + srt * m) / a;
      slt = (ht / ft) * srt / a;
    }
  }
  if (swap) {
    csl = srt;
    snl = crt;
    csr = slt;
    snr = clt;
  } else {
    csl = clt;
    snl = slt;
    csr = crt;
    snr = srt;
  }
  T tsign = 1;
  if (pmax == 1) tsign = sign(T(1), csr) * sign(T(1), csl) * sign(T(1), f);
  if (pmax == 2) tsign = sign(T(1), snr) * sign(T(1), csl) * sign(T(1), g);
  if (pmax == 3) tsign = sign(T(1), snr) * sign(T(1), snl) * sign(T(1), h);
  ssmax = sign(ssmax, tsign);
  ssmin = sign(ssmin, tsign * sign(T(1), f) * sign(T(1), h));
}

// A sequence of plane rotations (c[j], s[j]) acting on the planes (j, j+1) (xLASR, pivot 'V'):
// from the left on rows of a (m × n) or from the right on its columns, forwards or backwards.
template <class T>
void rotate_planes(bool left, bool forward, int64_t m, int64_t n, const T* c, const T* s, View<T> a) {
  const int64_t count = left ? m - 1 : n - 1;
  for (int64_t step = 0; step < count; ++step) {
    const int64_t j = forward ? step : count - 1 - step;
    const T ct = c[j], st = s[j];
    if (ct == 1 && st == 0) continue;
    if (left) {
      for (int64_t i = 0; i < n; ++i) {
        const T t = a(j + 1, i);
        a(j + 1, i) = ct * t - st * a(j, i);
        a(j, i) = st * t + ct * a(j, i);
      }
    } else {
      for (int64_t i = 0; i < m; ++i) {
        const T t = a(i, j + 1);
        a(i, j + 1) = ct * t - st * a(i, j);
        a(i, j) = st * t + ct * a(i, j);
      }
    }
  }
}

// x ← c·x + s·y, y ← c·y - s·x over n pairs with strides (xROT).
template <class T>
void rotate_pair(int64_t n, T* x, int64_t incx, T* y, int64_t incy, T c, T s) {
  for (int64_t i = 0; i < n; ++i) {
    const T t = c * x[i * incx] + s * y[i * incy];
    y[i * incy] = c * y[i * incy] - s * x[i * incx];
    x[i * incx] = t;
  }
}

// Thrown when the QR iteration does not converge; unconverged is LAPACK's info > 0 (the number
// of superdiagonal entries not yet zero).
struct NoConvergence {
  int64_t unconverged;
};

// xBDSQR for an upper bidiagonal n × n matrix (d, e), updating VT (n × ncvt, rows rotated) and
// U (nru × n, columns rotated).
template <class T>
void bidiagonal_qr(int64_t n, T* d, T* e, int64_t ncvt, View<T> vt, int64_t nru, View<T> u) {
  if (n == 0) return;
  if (n > 1) {
    const int64_t nm1 = n - 1, nm12 = 2 * nm1, nm13 = 3 * nm1;
    std::vector<T> work(size_t(4 * n), 0);
    const T eps = Machine<T>::roundoff, unfl = Machine<T>::safe_min;
    const T tolmul = std::max(T(10), std::min(T(100), T(std::pow(eps, T(-0.125)))));
    const T tol = tolmul * eps;
    T smax = 0;
    for (int64_t i = 0; i < n; ++i) smax = std::max(smax, std::abs(d[i]));
    for (int64_t i = 0; i < n - 1; ++i) smax = std::max(smax, std::abs(e[i]));
    // An estimate of the smallest singular value, for the relative-accuracy threshold.
    T sminoa = std::abs(d[0]);
    if (sminoa != 0) {
      T mu = sminoa;
      for (int64_t i = 1; i < n; ++i) {
        mu = std::abs(d[i]) * (mu / (mu + std::abs(e[i - 1])));
        sminoa = std::min(sminoa, mu);
        if (sminoa == 0) break;
      }
    }
    sminoa = sminoa / std::sqrt(T(n));
    const T thresh = std::max(tol * sminoa, T(6) * (T(n) * (T(n) * unfl)));
    const int64_t maxitdivn = 6 * n;
    int64_t iterdivn = 0, iter = -1, oldll = -1, oldm = -1;
    int idir = 0;
    int64_t m = n - 1;  // the last row of the unconverged part (0-based)
    T smin = 0;
    while (m > 0) {
      if (iter >= n) {
        iter -= n;
        if (++iterdivn >= maxitdivn) throw NoConvergence{int64_t(std::count_if(e, e + n - 1, [](T x) { return x != 0; }))};
      }
      // Find the block to work on: e[ll] through e[m-1] nonzero, e[ll-1] zero.
      smax = std::abs(d[m]);
      int64_t ll = -1;
      for (int64_t lll = 1; lll <= m; ++lll) {
        const int64_t cand = m - lll;
        const T abss = std::abs(d[cand]), abse = std::abs(e[cand]);
        if (abse <= thresh || abse == 0) {
          ll = cand;
          break;
        }
        smax = std::max(smax, std::max(abss, abse));
      }
      if (ll >= 0) {
        e[ll] = 0;
        if (ll == m - 1) {  // the bottom value converged
          --m;
          continue;
        }
      }
      ++ll;
      if (ll == m - 1) {  // a 2 × 2 block
        T sigmn, sigmx, sinr, cosr, sinl, cosl;
        svd_2x2(d[m - 1], e[m - 1], d[m], sigmn, sigmx, sinr, cosr, sinl, cosl);
        d[m - 1] = sigmx;
        e[m - 1] = 0;
        d[m] = sigmn;
        if (ncvt > 0) rotate_pair(ncvt, &vt(m - 1, 0), vt.ld, &vt(m, 0), vt.ld, cosr, sinr);
        if (nru > 0) rotate_pair(nru, &u(0, m - 1), 1, &u(0, m), 1, cosl, sinl);
        m -= 2;
        continue;
      }
      // A new block: chase the bulge from its larger end towards its smaller one.
      if (ll > oldm || m < oldll) idir = std::abs(d[ll]) >= std::abs(d[m]) ? 1 : 2;
      // Convergence tests.
      bool split = false;
      if (idir == 1) {
        if (std::abs(e[m - 1]) <= std::abs(tol) * std::abs(d[m])) {
          e[m - 1] = 0;
          continue;
        }
        T mu = std::abs(d[ll]);
        smin = mu;
        for (int64_t lll = ll; lll < m; ++lll) {
          if (std::abs(e[lll]) <= tol * mu) {
            e[lll] = 0;
            split = true;
            break;
          }
          mu = std::abs(d[lll + 1]) * (mu / (mu + std::abs(e[lll])));
          smin = std::min(smin, mu);
        }
      } else {
        if (std::abs(e[ll]) <= std::abs(tol) * std::abs(d[ll])) {
          e[ll] = 0;
          continue;
        }
        T mu = std::abs(d[m]);
        smin = mu;
        for (int64_t lll = m - 1; lll >= ll; --lll) {
          if (std::abs(e[lll]) <= tol * mu) {
            e[lll] = 0;
            split = true;
            break;
          }
          mu = std::abs(d[lll]) * (mu / (mu + std::abs(e[lll])));
          smin = std::min(smin, mu);
        }
      }
      if (split) continue;
      oldll = ll;
      oldm = m;
      // The shift: zero when shifting would ruin relative accuracy, else from the 2 × 2 block at
      // the far end.
      T shift, r;
      if (T(n) * tol * (smin / smax) <= std::max(eps, T(0.01) * tol)) {
        shift = 0;
      } else {
        T sll;
        if (idir == 1) {
          sll = std::abs(d[ll]);
          singular_values_2x2(d[m - 1], e[m - 1], d[m], shift, r);
        } else {
          sll = std::abs(d[m]);
          singular_values_2x2(d[ll], e[ll], d[ll + 1], shift, r);
        }
        if (sll > 0 && (shift / sll) * (shift / sll) < eps) shift = 0;
      }
      iter += m - ll;
      T* w1 = &work[0];
      T* w2 = &work[size_t(nm1)];
      T* w3 = &work[size_t(nm12)];
      T* w4 = &work[size_t(nm13)];
      const int64_t rows = m - ll + 1;
      if (shift == 0) {
        if (idir == 1) {
          T cs = 1, sn, oldcs = 1, oldsn = 0;
          for (int64_t i = ll; i < m; ++i) {
            lartg(d[i] * cs, e[i], cs, sn, r);
            if (i > ll) e[i - 1] = oldsn * r;
            lartg(oldcs * r, d[i + 1] * sn, oldcs, oldsn, d[i]);
            w1[i - ll] = cs;
            w2[i - ll] = sn;
            w3[i - ll] = oldcs;
            w4[i - ll] = oldsn;
          }
          const T h = d[m] * cs;
          d[m] = h * oldcs;
          e[m - 1] = h * oldsn;
          if (ncvt > 0) rotate_planes(true, true, rows, ncvt, w1, w2, vt.at(ll, 0));
          if (nru > 0) rotate_planes(false, true, nru, rows, w3, w4, u.at(0, ll));
          if (std::abs(e[m - 1]) <= thresh) e[m - 1] = 0;
        } else {
          T cs = 1, sn, oldcs = 1, oldsn = 0;
          for (int64_t i = m; i > ll; --i) {
            lartg(d[i] * cs, e[i - 1], cs, sn, r);
            if (i < m) e[i] = oldsn * r;
            lartg(oldcs * r, d[i - 1] * sn, oldcs, oldsn, d[i]);
            w1[i - ll - 1] = cs;
            w2[i - ll - 1] = -sn;
            w3[i - ll - 1] = oldcs;
            w4[i - ll - 1] = -oldsn;
          }
          const T h = d[ll] * cs;
          d[ll] = h * oldcs;
          e[ll] = h * oldsn;
          if (ncvt > 0) rotate_planes(true, false, rows, ncvt, w3, w4, vt.at(ll, 0));
          if (nru > 0) rotate_planes(false, false, nru, rows, w1, w2, u.at(0, ll));
          if (std::abs(e[ll]) <= thresh) e[ll] = 0;
        }
      } else {
        if (idir == 1) {
          T f = (std::abs(d[ll]) - shift) * (sign(T(1), d[ll]) + shift / d[ll]);
          T g = e[ll];
          for (int64_t i = ll; i < m; ++i) {
            T cosr, sinr, cosl, sinl;
            lartg(f, g, cosr, sinr, r);
            if (i > ll) e[i - 1] = r;
            f = cosr * d[i] + sinr * e[i];
            e[i] = cosr * e[i] - sinr * d[i];
            g = sinr * d[i + 1];
            d[i + 1] = cosr * d[i + 1];
            lartg(f, g, cosl, sinl, r);
            d[i] = r;
            f = cosl * e[i] + sinl * d[i + 1];
            d[i + 1] = cosl * d[i + 1] - sinl * e[i];
            if (i < m - 1) {
              g = sinl * e[i + 1];
              e[i + 1] = cosl * e[i + 1];
            }
            w1[i - ll] = cosr;
            w2[i - ll] = sinr;
            w3[i - ll] = cosl;
            w4[i - ll] = sinl;
          }
          e[m - 1] = f;
          if (ncvt > 0) rotate_planes(true, true, rows, ncvt, w1, w2, vt.at(ll, 0));
          if (nru > 0) rotate_planes(false, true, nru, rows, w3, w4, u.at(0, ll));
          if (std::abs(e[m - 1]) <= thresh) e[m - 1] = 0;
        } else {
          T f = (std::abs(d[m]) - shift) * (sign(T(1), d[m]) + shift / d[m]);
          T g = e[m - 1];
          for (int64_t i = m; i > ll; --i) {
            T cosr, sinr, cosl, sinl;
            lartg(f, g, cosr, sinr, r);
            if (i < m) e[i] = r;
            f = cosr * d[i] + sinr * e[i - 1];
            e[i - 1] = cosr * e[i - 1] - sinr * d[i];
            g = sinr * d[i - 1];
            d[i - 1] = cosr * d[i - 1];
            lartg(f, g, cosl, sinl, r);
            d[i] = r;
            f = cosl * e[i - 1] + sinl * d[i - 1];
            d[i - 1] = cosl * d[i - 1] - sinl * e[i - 1];
            if (i > ll + 1) {
              g = sinl * e[i - 2];
              e[i - 2] = cosl * e[i - 2];
            }
            w1[i - ll - 1] = cosr;
            w2[i - ll - 1] = -sinr;
            w3[i - ll - 1] = cosl;
            w4[i - ll - 1] = -sinl;
          }
          e[ll] = f;
          if (std::abs(e[ll]) <= thresh) e[ll] = 0;
          if (ncvt > 0) rotate_planes(true, false, rows, ncvt, w3, w4, vt.at(ll, 0));
          if (nru > 0) rotate_planes(false, false, nru, rows, w1, w2, u.at(0, ll));
        }
      }
    }
  }
  // Make the values positive (negating VT's rows), then sort them decreasing.
  for (int64_t i = 0; i < n; ++i) {
    if (d[i] == 0) d[i] = 0;  // no negative zero
    if (d[i] < 0) {
      d[i] = -d[i];
      for (int64_t j = 0; j < ncvt; ++j) vt(i, j) = T(-1) * vt(i, j);
    }
  }
  for (int64_t i = 0; i < n - 1; ++i) {
    int64_t isub = 0;
    T smallest = d[0];
    const int64_t last = n - 1 - i;
    for (int64_t j = 1; j <= last; ++j)
      if (d[j] <= smallest) {
        isub = j;
        smallest = d[j];
      }
    if (isub != last) {
      d[isub] = d[last];
      d[last] = smallest;
      for (int64_t j = 0; j < ncvt; ++j) std::swap(vt(isub, j), vt(last, j));
      for (int64_t j = 0; j < nru; ++j) std::swap(u(j, isub), u(j, last));
    }
  }
}

// xBDSDC(uplo, 'I') for n ≤ 25: U (n × n) and VT (n × n) are set here.
template <class T>
void bidiagonal_svd(bool upper, int64_t n, T* d, T* e, View<T> u, View<T> vt) {
  if (n == 0) return;
  if (n == 1) {
    u(0, 0) = sign(T(1), d[0]);
    vt(0, 0) = 1;
    d[0] = std::abs(d[0]);
    return;
  }
  std::vector<T> cs(size_t(n - 1)), minus_sn(size_t(n - 1));
  if (!upper)
    for (int64_t i = 0; i < n - 1; ++i) {
      T c, s, r;
      lartg(d[i], e[i], c, s, r);
      d[i] = r;
      e[i] = s * d[i + 1];
      d[i + 1] = c * d[i + 1];
      cs[size_t(i)] = c;
      minus_sn[size_t(i)] = -s;
    }
  for (int64_t j = 0; j < n; ++j)
    for (int64_t i = 0; i < n; ++i) {
      u(i, j) = i == j ? 1 : 0;
      vt(i, j) = i == j ? 1 : 0;
    }
  bidiagonal_qr(n, d, e, n, vt, n, u);
  // xLASDQ sorts increasing, then xBDSDC decreasing: both only move vectors, but with equal
  // values the order of the moves decides which vector ends where.
  auto swap_vectors = [&](int64_t a, int64_t b) {
    std::swap(d[a], d[b]);
    for (int64_t j = 0; j < n; ++j) std::swap(vt(a, j), vt(b, j));
    for (int64_t j = 0; j < n; ++j) std::swap(u(j, a), u(j, b));
  };
  for (int64_t i = 0; i < n; ++i) {
    int64_t isub = i;
    for (int64_t j = i + 1; j < n; ++j)
      if (d[j] < d[isub]) isub = j;
    if (isub != i) swap_vectors(isub, i);
  }
  for (int64_t i = 0; i < n - 1; ++i) {
    int64_t kk = i;
    for (int64_t j = i + 1; j < n; ++j)
      if (d[j] > d[kk]) kk = j;
    if (kk != i) swap_vectors(kk, i);
  }
  if (!upper) rotate_planes(true, false, n, n, cs.data(), minus_sn.data(), u);
}

}  // namespace gb::linalg::lapack
