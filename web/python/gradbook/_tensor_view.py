"""A tensor as the page's table: its values (summarized as PyTorch's printing summarizes big
tensors) with shape, dtype and autograd state for the badges, plus PyTorch's text."""

TENSOR_MIME = "application/vnd.gradbook.tensor+json"

# PyTorch's default print options: past THRESHOLD elements, show EDGE_ITEMS at each end of a dim.
THRESHOLD = 1000
EDGE_ITEMS = 3
# Beyond this many elements the table is left out and the text form alone is shown.
MAX_TABLE_ELEMENTS = 200_000


def tensor_bundle(t):
    text = repr(t)
    grad_fn = t.grad_fn
    info = {
        "shape": list(t.shape),
        "dtype": str(t.dtype),
        "requires_grad": t.requires_grad,
        "grad_fn": type(grad_fn).__name__ if grad_fn is not None else None,
        "is_leaf": t.is_leaf,
        "text": text,
    }
    if t.numel() <= MAX_TABLE_ELEMENTS:
        values = t.detach().tolist()
        if t.numel() > THRESHOLD:
            info["index"] = [_kept_indices(size) for size in t.shape]
            values = _select(values, info["index"])
        info["values"] = values
    return {TENSOR_MIME: info, "text/plain": text}


def _kept_indices(size):
    """The indices a summarized dim shows; None marks the gap PyTorch prints as '...'."""
    if size <= 2 * EDGE_ITEMS:
        return list(range(size))
    return list(range(EDGE_ITEMS)) + [None] + list(range(size - EDGE_ITEMS, size))


def _select(values, index):
    if not index:
        return values
    return [None if i is None else _select(values[i], index[1:]) for i in index[0]]
