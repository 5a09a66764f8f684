"""An axis's view limits fitted to its data as matplotlib's autoscaling fits them: the data's
extent widened by a 5% margin on each side (on a log axis, 5% of the decades), except past a
"sticky" edge such as a bar's baseline; a single value is widened to a range first."""
import math

MARGIN = 0.05


def fitted(values, sticky=(), log=False):
    """(low, high) for ``values`` (finite numbers; on a log axis the positive ones count)."""
    values = [v for v in values if math.isfinite(v) and (v > 0 or not log)]
    if not values:
        return (1.0, 10.0) if log else (0.0, 1.0)
    low, high = min(values), max(values)
    if log:
        low, high = _nonsingular(math.log10(low), math.log10(high))
        span = high - low
        return 10 ** (low - MARGIN * span), 10 ** (high + MARGIN * span)
    low, high = _nonsingular(low, high)
    span = high - low
    wide_low, wide_high = low - MARGIN * span, high + MARGIN * span
    # A margin never crosses a sticky edge the data touch (bars stand on their baseline).
    touching = [s for s in sticky if low <= s <= high]
    if any(wide_low < s <= low for s in touching):
        wide_low = max(s for s in touching if wide_low < s <= low)
    if any(high <= s < wide_high for s in touching):
        wide_high = min(s for s in touching if high <= s < wide_high)
    return wide_low, wide_high


def _nonsingular(low, high):
    """One value becomes a range around it: ±5% of it, or ±0.05 around zero."""
    if low != high:
        return low, high
    if low == 0:
        return -0.05, 0.05
    return low - 0.05 * abs(low), high + 0.05 * abs(high)
