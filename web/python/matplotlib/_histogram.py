"""A histogram's bins and counts as numpy.histogram gives them (which matplotlib's hist uses):
``bins`` equal bins from the least value to the greatest (widened by ½ on each side when they
are equal), every bin half-open but the last, which holds its right edge too."""
import bisect
import math


def histogram(values, bins=10, range=None, weights=None, density=False):
    """(counts, edges) of ``values``, a list of floats."""
    if weights is not None and len(weights) != len(values):
        raise ValueError("weights should have the same shape as a.")
    if isinstance(bins, str):
        raise NotImplementedError(f"hist(bins={bins!r}): this notebook's matplotlib takes a number of bins or their edges")
    if isinstance(bins, (int, float)) and not isinstance(bins, bool):
        edges = _equal_edges(values, int(bins), range)
    else:
        edges = [float(e) for e in bins]
        if any(b < a for a, b in zip(edges, edges[1:])):
            raise ValueError("`bins` must increase monotonically, when an array")
    counts = [0.0] * (len(edges) - 1)
    for i, v in enumerate(values):
        if not edges[0] <= v <= edges[-1]:
            continue
        # The bin whose left edge is the last one at or below v; v on the last edge counts in the last bin.
        k = min(bisect.bisect_right(edges, v) - 1, len(counts) - 1)
        counts[k] += 1.0 if weights is None else weights[i]
    if density:
        total = sum(counts)
        counts = [c / (total * (b - a)) for c, a, b in zip(counts, edges, edges[1:])]
    return counts, edges


def _equal_edges(values, n, bounds):
    if n < 1:
        raise ValueError("`bins` must be positive, when an integer")
    if bounds is not None:
        first, last = (float(v) for v in bounds)
        if first > last:
            raise ValueError("max must be larger than min in range parameter.")
    elif values:
        first, last = min(values), max(values)
    else:
        first, last = 0.0, 1.0
    if not (math.isfinite(first) and math.isfinite(last)):
        raise ValueError(f"autodetected range of [{first}, {last}] is not finite")
    if first == last:
        first, last = first - 0.5, last + 0.5
    # numpy.linspace in float64: i * step + first, the last edge exactly last.
    step = (last - first) / n
    return [i * step + first for i in range(n)] + [last]

