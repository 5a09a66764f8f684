"""choice for RandomState and Generator: checks the population and the probabilities with NumPy's
messages (which the two APIs word differently), draws indices the way each API does, then
indexes the population with them."""
import bisect
import math
import operator

from ._output import array, count_of, shape_of

LEGACY_TEXT = {
    "not_int": "a must be 1-dimensional or an integer",
    "not_positive": "a must be greater than 0 unless no samples are taken",
    "empty": "'a' cannot be empty unless no samples are taken",
    "p_ndim": "'p' must be 1-dimensional",
    "p_size": "'a' and 'p' must have same size",
    "p_nan": "probabilities contain NaN",
    "p_negative": "probabilities are not non-negative",
    "p_sum": "probabilities do not sum to 1",
    "too_many": "Cannot take a larger sample than population when 'replace=False'",
}
GENERATOR_TEXT = {
    "not_positive": "a must be a positive integer unless no samples are taken",
    "empty": "a cannot be empty unless no samples are taken",
    "p_ndim": "p must be 1-dimensional",
    "p_size": "a and p must have same size",
    "p_nan": "probabilities contain NaN",
    "p_negative": "probabilities are not non-negative",
    "p_sum": "probabilities do not sum to 1",
    "too_many": "Cannot take a larger sample than population when replace is False",
}

FLOAT_EPSILON = {"float16": 2.0 ** -10, "float32": 2.0 ** -23, "float64": 2.0 ** -52}


def _kahan_sum(values):
    total = 0.0
    carry = 0.0
    for value in values:
        y = value - carry
        t = total + y
        carry = (t - total) - y
        total = t
    return total


def _population(a, size, text, legacy):
    """(the population as an array or None for an int population, its size)."""
    taken = 1 if size is None else count_of(shape_of(size))
    if isinstance(a, int):  # the common case needs no array
        if a <= 0 and (size is None or taken != 0):
            raise ValueError(text["not_positive"])
        return None, a
    import numpy
    values = numpy.asarray(a)
    if values.ndim == 0:
        try:
            pop_size = operator.index(values.item())
        except TypeError:
            if legacy:
                raise ValueError(text["not_int"]) from None
            raise ValueError(f"a must be a sequence or an integer, not {type(a)}") from None
        if pop_size <= 0 and (size is None or taken != 0):
            raise ValueError(text["not_positive"])
        return None, pop_size
    if legacy and values.ndim != 1:
        raise ValueError("a must be 1-dimensional")
    pop_size = values.shape[0]
    if pop_size == 0 and (size is None or taken != 0):
        raise ValueError(text["empty"])
    return values, pop_size


def _probability_list(p):
    """p's values as floats when it is a flat list or tuple of numbers, else None."""
    if isinstance(p, (list, tuple)) and all(isinstance(value, (int, float)) for value in p):
        return [float(value) for value in p]
    return None


def _tolerance(p):
    """How far from 1 the probabilities may sum: the square root of the machine epsilon of p's
    dtype when p is a float array of lower precision, of float64's otherwise (as NumPy allows)."""
    epsilon = FLOAT_EPSILON.get(getattr(getattr(p, "dtype", None), "name", None), FLOAT_EPSILON["float64"])
    return math.sqrt(max(epsilon, FLOAT_EPSILON["float64"]))


def _probabilities(p, pop_size, text):
    values = _probability_list(p)
    if values is None:
        import numpy
        probabilities = numpy.asarray(p, dtype="float64")
        if probabilities.ndim != 1:
            raise ValueError(text["p_ndim"])
        values = [float(value) for value in probabilities.tolist()]
    if len(values) != pop_size:
        raise ValueError(text["p_size"])
    total = _kahan_sum(values)
    if math.isnan(total):
        raise ValueError(text["p_nan"])
    if any(value < 0 for value in values):
        raise ValueError(text["p_negative"])
    if abs(total - 1.0) > _tolerance(p):
        raise ValueError(text["p_sum"])
    return values


def _cdf(probabilities):
    cdf = []
    running = 0.0
    for value in probabilities:
        running += value
        cdf.append(running)
    return [value / running for value in cdf]


def _weighted_distinct(probabilities, count, uniforms):
    """Distinct indices drawn with weights: each round draws one uniform per missing index, keeps
    the first of each new index in draw order, and zeroes the weights already taken."""
    weights = list(probabilities)
    found = []
    while len(found) < count:
        draws = uniforms(count - len(found))
        for index in found:
            weights[index] = 0.0
        cdf = _cdf(weights)
        new = []
        for u in draws:
            index = bisect.bisect_right(cdf, u)
            if index not in new:
                new.append(index)
        found += new
    return found


def choose(sampler, a, size, replace, p, legacy, distinct):
    """The shared body of RandomState.choice and Generator.choice: `sampler` gives uniforms and
    indices with replacement its own way, `distinct(pop_size, count)` indices without."""
    text = LEGACY_TEXT if legacy else GENERATOR_TEXT
    population, pop_size = _population(a, size, text, legacy)
    probabilities = None if p is None else _probabilities(p, pop_size, text)
    shape = () if size is None else shape_of(size)
    count = count_of(shape)
    uniforms = sampler._uniform_values
    if replace:
        if probabilities is not None:
            cdf = _cdf(probabilities)
            indices = [bisect.bisect_right(cdf, u) for u in uniforms(count)]
        else:
            indices = sampler._index_values(pop_size, count)
    else:
        if count > pop_size:
            raise ValueError(text["too_many"])
        if probabilities is not None:
            if sum(1 for value in probabilities if value > 0) < count:
                raise ValueError("Fewer non-zero entries in p than size")
            indices = _weighted_distinct(probabilities, count, uniforms)
        else:
            indices = distinct(pop_size, count)
    if size is None:
        index = indices[0]
        return index if population is None else population[index]
    if population is None:
        return array(indices, shape, "int64")
    if shape == () and population.ndim == 1:
        return array([population[indices[0]]], (), population.dtype.name)
    return population[array(indices, shape, "int64")]
