"""Binomial and Poisson counts as NumPy draws them from uniform doubles: inversion or BTPE
(Kachitvichyanukul and Schmeiser) for the binomial, multiplication of uniforms or PTRS
(Hörmann's transformed rejection) for the Poisson. The logs and exps here only decide whether a
candidate is accepted, so the values are NumPy's whichever libm computes them."""
import math

from ._log import log
from ._output import count_of, result, shape_of

LOGGAM_COEFFICIENTS = (8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
                       -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
                       6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01,
                       -1.39243221690590e+00)
POISSON_LAM_MAX = 9.223372006484771e18  # NumPy's bound: larger means would overflow int64


def _loggam(x):
    """log Γ(x) by the Stirling series, shifting small x up to 7 first."""
    if x == 1.0 or x == 2.0:
        return 0.0
    n = int(7 - x) if x <= 7.0 else 0
    x0 = x + n
    x2 = 1.0 / (x0 * x0)
    series = LOGGAM_COEFFICIENTS[9]
    for coefficient in LOGGAM_COEFFICIENTS[8::-1]:
        series = series * x2 + coefficient
    value = series / x0 + 0.5 * log(2 * math.pi) + (x0 - 0.5) * log(x0) - x0
    for _ in range(n):
        value -= log(x0 - 1.0)
        x0 -= 1.0
    return value


def _poisson_mult(next_double, lam):
    limit = math.exp(-lam)
    count = 0
    product = 1.0
    while True:
        product *= next_double()
        if product <= limit:
            return count
        count += 1


def _poisson_ptrs(next_double, lam):
    slam = math.sqrt(lam)
    loglam = log(lam)
    b = 0.931 + 2.53 * slam
    a = -0.059 + 0.02483 * b
    invalpha = 1.1239 + 1.1328 / (b - 3.4)
    vr = 0.9277 - 3.6224 / (b - 2)
    while True:
        u = next_double() - 0.5
        v = next_double()
        us = 0.5 - abs(u)
        k = math.floor((2 * a / us + b) * u + lam + 0.43)
        if us >= 0.07 and v <= vr:
            return k
        if k < 0 or (us < 0.013 and v > us):
            continue
        log_v = log(v) if v > 0.0 else -math.inf
        if log_v + log(invalpha) - log(a / (us * us) + b) <= -lam + k * loglam - _loggam(k + 1):
            return k


def poisson(next_double, lam):
    if lam >= 10:
        return _poisson_ptrs(next_double, lam)
    if lam == 0:
        return 0
    return _poisson_mult(next_double, lam)


def _binomial_inversion(next_double, n, p):
    q = 1.0 - p
    qn = math.exp(n * log(q))
    np_ = n * p
    bound = int(min(n, np_ + 10.0 * math.sqrt(np_ * q + 1)))
    x = 0
    px = qn
    u = next_double()
    while u > px:
        x += 1
        if x > bound:
            x = 0
            px = qn
            u = next_double()
        else:
            u -= px
            px = ((n - x + 1) * p * px) / (x * q)
    return x


def _binomial_btpe(next_double, n, p):
    r = min(p, 1.0 - p)
    q = 1.0 - r
    fm = n * r + r
    m = math.floor(fm)
    p1 = math.floor(2.195 * math.sqrt(n * r * q) - 4.6 * q) + 0.5
    xm = m + 0.5
    xl = xm - p1
    xr = xm + p1
    c = 0.134 + 20.5 / (15.3 + m)
    a = (fm - xl) / (fm - xl * r)
    laml = a * (1.0 + a / 2.0)
    a = (xr - fm) / (xr * q)
    lamr = a * (1.0 + a / 2.0)
    p2 = p1 * (1.0 + 2.0 * c)
    p3 = p2 + c / laml
    p4 = p3 + c / lamr
    nrq = n * r * q
    while True:
        u = next_double() * p4
        v = next_double()
        if u <= p1:  # the triangle in the middle: accepted at once
            y = math.floor(xm - p1 * v + u)
            break
        if u <= p2:  # the parallelograms
            x = xl + (u - p1) / c
            v = v * c + 1.0 - abs(m - x + 0.5) / p1
            if v > 1.0:
                continue
            y = math.floor(x)
        elif u <= p3:  # the left exponential tail
            if v == 0.0:
                continue
            y = math.floor(xl + log(v) / laml)
            if y < 0:
                continue
            v = v * (u - p2) * laml
        else:  # the right exponential tail
            if v == 0.0:
                continue
            y = math.floor(xr - log(v) / lamr)
            if y > n:
                continue
            v = v * (u - p3) * lamr
        k = abs(y - m)
        if not (k > 20 and k < nrq / 2.0 - 1):
            # the density ratio f(y)/f(m), built by its recurrence
            s = r / q
            a = s * (n + 1)
            f = 1.0
            if m < y:
                for i in range(m + 1, y + 1):
                    f *= a / i - s
            elif m > y:
                for i in range(y + 1, m + 1):
                    f /= a / i - s
            if v > f:
                continue
            break
        # squeezes on log(v), then the bound from Stirling's formula
        rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5)
        t = -k * k / (2 * nrq)
        big_a = log(v) if v > 0.0 else -math.inf
        if big_a < t - rho:
            break
        if big_a > t + rho:
            continue
        x1 = y + 1
        f1 = m + 1
        z = n + 1 - m
        w = n - y + 1
        x2 = x1 * x1
        f2 = f1 * f1
        z2 = z * z
        w2 = w * w
        bound = (xm * log(f1 / x1) + (n - m + 0.5) * log(z / w) + (y - m) * log(w * r / (x1 * q))
                 + (13680. - (462. - (132. - (99. - 140. / f2) / f2) / f2) / f2) / f1 / 166320.
                 + (13680. - (462. - (132. - (99. - 140. / z2) / z2) / z2) / z2) / z / 166320.
                 + (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) / x1 / 166320.
                 + (13680. - (462. - (132. - (99. - 140. / w2) / w2) / w2) / w2) / w / 166320.)
        if big_a > bound:
            continue
        break
    return n - y if p > 0.5 else y


def binomial(next_double, n, p, legacy):
    """A count of successes in n trials. The legacy sampler draws even when n or p is 0."""
    if not legacy and (n == 0 or p == 0.0):
        return 0
    if p <= 0.5:
        return (_binomial_inversion if p * n <= 30.0 else _binomial_btpe)(next_double, n, p)
    q = 1.0 - p
    return n - (_binomial_inversion if q * n <= 30.0 else _binomial_btpe)(next_double, n, q)


def _check_probability(p, is_array):
    if not 0.0 <= p <= 1.0:
        raise ValueError("p < 0, p > 1 or p contains NaNs" if is_array else "p < 0, p > 1 or p is NaN")


def _check_lam(lam, is_array):
    if not lam >= 0:
        raise ValueError("lam < 0 or lam contains NaNs" if is_array else "lam < 0 or lam is NaN")
    if lam > POISSON_LAM_MAX:
        raise ValueError("lam value too large")


def _flat_parameters(values, shape):
    """Each parameter's values broadcast to `shape`, flattened in C order (lists of Python numbers)."""
    from ._parameters import broadcast_values
    return [broadcast_values(value, shape) for value in values]


def sample_binomial(next_double, n, p, size, legacy):
    from ._parameters import as_array, broadcast_shape, is_scalar
    if is_scalar(n) and is_scalar(p):
        p = float(p)
        _check_probability(p, False)
        n = int(n)
        if n < 0:
            raise ValueError("n < 0")
        shape = shape_of(size)
        values = [binomial(next_double, n, p, legacy) for _ in range(1 if shape is None else count_of(shape))]
        return result(values, shape, "int64", int)
    n_array, p_array = as_array(n), as_array(p)
    shape = shape_of(size) or broadcast_shape(n_array.shape, p_array.shape)
    ns, ps = _flat_parameters([n_array, p_array], shape)
    for p_value in ps:
        _check_probability(p_value, True)
    if any(n_value < 0 for n_value in ns):
        raise ValueError("n < 0")
    return result([binomial(next_double, int(n_value), p_value, legacy) for n_value, p_value in zip(ns, ps)],
                  shape, "int64")


def sample_poisson(next_double, lam, size):
    from ._parameters import as_array, is_scalar
    if is_scalar(lam):
        lam = float(lam)
        _check_lam(lam, False)
        shape = shape_of(size)
        values = [poisson(next_double, lam) for _ in range(1 if shape is None else count_of(shape))]
        return result(values, shape, "int64", int)
    lam_array = as_array(lam)
    shape = shape_of(size) or tuple(lam_array.shape)
    (lams,) = _flat_parameters([lam_array], shape)
    for value in lams:
        _check_lam(value, True)
    return result([poisson(next_double, value) for value in lams], shape, "int64")
