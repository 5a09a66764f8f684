#pragma once
// The scalar steps of LAPACK 3.11's SVD path (and of the reference BLAS 3.11 it calls), each
// rounded as the reference rounds it, in T = float (LAPACK's s* routines) or double (d*), so that
// the SVD built on them (gesdd.h) reproduces PyTorch 1.13's bits and, above all, its signs.
// Column-major views with 0-based indices mirror LAPACK's storage, so each loop runs in the
// reference's order (the order of every sum decides its rounding).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace gb::linalg::lapack {

// LAPACK's machine parameters (xLAMCH): 'E' the unit roundoff, 'P' eps·base, 'S' the safe minimum.
template <class T>
struct Machine {
  static constexpr T roundoff = std::numeric_limits<T>::epsilon() / 2;
  static constexpr T precision = std::numeric_limits<T>::epsilon();
  static constexpr T safe_min = std::numeric_limits<T>::min();
  static constexpr T safe_max = 1 / std::numeric_limits<T>::min();
};

// A column-major matrix in someone's storage: element (i, j) at p[i + j·ld].
template <class T>
struct View {
  T* p;
  int64_t ld;
  T& operator()(int64_t i, int64_t j) const { return p[i + j * ld]; }
  View at(int64_t i, int64_t j) const { return {&(*this)(i, j), ld}; }
};

// Fortran's SIGN(a, b): |a| with b's sign (a negative zero b gives a negative result, as gfortran's).
template <class T>
T sign(T a, T b) {
  return std::copysign(std::abs(a), b);
}

// The 2-norm of n values x[0], x[inc], ... as reference BLAS 3.11's xNRM2 (Blue's algorithm:
// three accumulators so that neither tiny nor huge values over- or underflow; in the middle
// range it is the square root of the plain running sum of squares).
template <class T>
T nrm2(int64_t n, const T* x, int64_t inc) {
  if (n <= 0) return 0;
  constexpr int digits = std::numeric_limits<T>::digits;
  constexpr int min_exp = std::numeric_limits<T>::min_exponent, max_exp = std::numeric_limits<T>::max_exponent;
  const T tsml = T(std::ldexp(1.0, int(std::ceil((min_exp - 1) * 0.5))));
  const T tbig = T(std::ldexp(1.0, int(std::floor((max_exp - digits + 1) * 0.5))));
  const T ssml = T(std::ldexp(1.0, -int(std::floor((min_exp - digits) * 0.5))));
  const T sbig = T(std::ldexp(1.0, -int(std::ceil((max_exp + digits - 1) * 0.5))));
  bool notbig = true;
  T asml = 0, amed = 0, abig = 0;
  for (int64_t i = 0; i < n; ++i) {
    T ax = std::abs(x[i * inc]);
    if (ax > tbig) {
      abig += (ax * sbig) * (ax * sbig);
      notbig = false;
    } else if (ax < tsml) {
      if (notbig) asml += (ax * ssml) * (ax * ssml);
    } else {
      amed += ax * ax;
    }
  }
  T scl = 1, sumsq;
  if (abig > 0) {
    if (amed > 0 || amed != amed) abig += (amed * sbig) * sbig;
    scl = 1 / sbig;
    sumsq = abig;
  } else if (asml > 0) {
    if (amed > 0 || amed != amed) {
      amed = std::sqrt(amed);
      asml = std::sqrt(asml) / ssml;
      T ymin = asml > amed ? amed : asml, ymax = asml > amed ? asml : amed;
      sumsq = ymax * ymax * (1 + (ymin / ymax) * (ymin / ymax));
    } else {
      scl = 1 / ssml;
      sumsq = asml;
    }
  } else {
    sumsq = amed;
  }
  return scl * std::sqrt(sumsq);
}

// sqrt(x² + y²) without needless overflow (xLAPY2).
template <class T>
T lapy2(T x, T y) {
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return y;
  T xa = std::abs(x), ya = std::abs(y), w = std::max(xa, ya), z = std::min(xa, ya);
  if (z == 0 || w > std::numeric_limits<T>::max()) return w;
  return w * std::sqrt(1 + (z / w) * (z / w));
}

// The plane rotation [c s; -s c]·[f; g] = [r; 0] of xLARTG (LAPACK 3.10+): r takes f's sign.
template <class T>
void lartg(T f, T g, T& c, T& s, T& r) {
  const T rtmin = std::sqrt(Machine<T>::safe_min), rtmax = std::sqrt(Machine<T>::safe_max / 2);
  const T f1 = std::abs(f), g1 = std::abs(g);
  if (g == 0) {
    c = 1;
    s = 0;
    r = f;
  } else if (f == 0) {
    c = 0;
    s = sign(T(1), g);
    r = g1;
  } else if (f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax) {
    T d = std::sqrt(f * f + g * g);
    c = f1 / d;
    r = sign(d, f);
    s = g / r;
  } else {
    T u = std::min(Machine<T>::safe_max, std::max(Machine<T>::safe_min, std::max(f1, g1)));
    T fs = f / u, gs = g / u;
    T d = std::sqrt(fs * fs + gs * gs);
    c = std::abs(fs) / d;
    r = sign(d, f);
    s = gs / r;
    r = r * u;
  }
}

// Multiplies n values by cto/cfrom in steps that neither over- nor underflow (xLASCL, type 'G').
template <class T>
void lascl(T cfrom, T cto, int64_t n, T* x) {
  const T small = Machine<T>::safe_min, big = 1 / small;
  T cfromc = cfrom, ctoc = cto;
  bool done = false;
  while (!done) {
    T cfrom1 = cfromc * small, mul;
    if (cfrom1 == cfromc) {  // cfromc is an infinity
      mul = ctoc / cfromc;
      done = true;
    } else {
      T cto1 = ctoc / big;
      if (cto1 == ctoc) {  // ctoc is zero or an infinity
        mul = ctoc;
        done = true;
        cfromc = 1;
      } else if (std::abs(cfrom1) > std::abs(ctoc) && ctoc != 0) {
        mul = small;
        cfromc = cfrom1;
      } else if (std::abs(cto1) > std::abs(cfromc)) {
        mul = big;
        ctoc = cto1;
      } else {
        mul = ctoc / cfromc;
        done = true;
      }
    }
    for (int64_t i = 0; i < n; ++i) x[i] *= mul;
  }
}

}  // namespace gb::linalg::lapack
