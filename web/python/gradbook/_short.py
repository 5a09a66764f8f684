"""Tensors in a few characters, for labels in pictures: PyTorch's own digits, without the
``tensor(...)`` wrapper, or just the shape when there are too many values to read. A row too
long for a label wraps as PyTorch wraps rows longer than its line width, so a [1, 8] tensor
shows its values as an [8, 1] one does."""
import re
from contextlib import contextmanager

import torch

MAX_VALUES = 12
# A wider label would stretch a graph past the page, which then shrinks all of it unreadably.
MAX_LINE_LENGTH = 48
_SUFFIX = re.compile(r",\s*(requires_grad=True|grad_fn=<\w+>|dtype=torch\.\w+)")


def short(t):
    """'[ 6., 12., 18.]', '3.0000', or '[64, 2] tensor' for big or wide ones; rows of a matrix on separate lines."""
    if t is None:
        return "None"
    if t.numel() > MAX_VALUES:
        return f"{list(t.shape)} tensor"
    with _line_width(len("tensor(") + MAX_LINE_LENGTH):
        text = repr(t.detach())
    body = text[len("tensor("):-1]
    body = _SUFFIX.sub("", body)
    lines = [(line[len("tensor("):] if i else line).rstrip() for i, line in enumerate(body.split("\n"))]
    if max(len(line) for line in lines) > MAX_LINE_LENGTH:
        return f"{list(t.shape)} tensor"
    return "\n".join(lines)


@contextmanager
def _line_width(width):
    """PyTorch's print options with ``linewidth`` set to ``width``, then the learner's again."""
    options = torch._print_options
    learners = options.linewidth
    options.linewidth = width
    options.apply()
    try:
        yield
    finally:
        options.linewidth = learners
        options.apply()
