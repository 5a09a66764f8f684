"""Tensors in a few characters, for labels in pictures: PyTorch's own digits, without the
``tensor(...)`` wrapper, or just the shape when there are too many values to read."""
import re

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
    text = repr(t.detach())
    body = text[len("tensor("):-1]
    body = _SUFFIX.sub("", body)
    lines = [(line[len("tensor("):] if i else line).rstrip() for i, line in enumerate(body.split("\n"))]
    if max(len(line) for line in lines) > MAX_LINE_LENGTH:
        return f"{list(t.shape)} tensor"
    return "\n".join(lines)
