"""Rich output: any value as a mime bundle, and publishing bundles to the page mid-cell.

A bundle maps mime types to data, as in Jupyter; ``text/plain`` is always there. Our own
types (``application/vnd.gradbook.*+json``) are plain data that the page draws.
"""
import base64
import json
import math
import sys
import traceback

import torch

from ._errors import describe_error

# Jupyter's rich-repr methods, richest first: the mime type each gives and the data it must be.
_REPR_METHODS = (
    ("_repr_html_", "text/html", str),
    ("_repr_svg_", "image/svg+xml", str),
    ("_repr_png_", "image/png", (bytes, str)),
    ("_repr_jpeg_", "image/jpeg", (bytes, str)),
    ("_repr_markdown_", "text/markdown", str),
    ("_repr_latex_", "text/latex", str),
    ("_repr_json_", "application/json", (dict, list)),
)

_cell_end_hooks = []
_reset_hooks = []


def mime_bundle(value):
    """The bundle that shows ``value``: a tensor's table, its _repr_mimebundle_ or its _repr_*_
    forms, and always text/plain. As in IPython, a rich form that raises or returns what a page
    cannot take is reported on stderr and left out: the value still shows, as text."""
    from ._tensor_view import tensor_bundle

    if isinstance(value, torch.Tensor):
        bundle = tensor_bundle(value)
    elif hasattr(value, "_repr_mimebundle_"):
        bundle = dict(_rich_form(value, "_repr_mimebundle_", dict) or {})
    else:
        bundle = {}
        for method, mime, kind in _REPR_METHODS:
            data = _rich_form(value, method, kind)
            if data is not None:
                bundle[mime] = base64.b64encode(data).decode() if isinstance(data, bytes) else data
    bundle.setdefault("text/plain", repr(value))
    return bundle


def _rich_form(value, method, kind):
    """What ``value.<method>()`` gives, if it is data of ``kind`` that JSON can carry; else None."""
    function = getattr(value, method, None)
    if function is None or isinstance(value, type):
        return None
    try:
        data = function()
    except Exception as error:  # noqa: BLE001 — the learner's bug, shown; the value still shows
        sys.stderr.write(describe_error(error)["traceback"])
        return None
    if isinstance(data, tuple) and data:  # (data, metadata)
        data = data[0]
    if data is None:
        return None
    if not isinstance(data, kind):
        return _refuse(value, method, f"returned {_type_names(type(data))}, not {_type_names(kind)}")
    if not isinstance(data, bytes):
        try:
            to_json(data)
        except (TypeError, ValueError, RecursionError) as error:
            return _refuse(value, method, f"returned data that JSON cannot carry ({error})")
    return data


def _refuse(value, method, reason):
    sys.stderr.write(f"FormatterWarning: {type(value).__name__}.{method}() {reason}; showing repr() instead\n")


def _type_names(kinds):
    return " or ".join(kind.__name__ for kind in (kinds if isinstance(kinds, tuple) else (kinds,)))


def publish(bundle):
    """Shows a bundle in the running cell's output now (after what the cell printed so far)."""
    import _gradbook_host

    _gradbook_host.display(to_json(bundle))


def display(*values):
    """Shows each value as a cell's last expression would be shown."""
    for value in values:
        publish(mime_bundle(value))


def to_json(data):
    """JSON for the page. NaN and ±inf, which JSON lacks, become 'NaN', 'Infinity', '-Infinity'
    (strings JavaScript's Number() reads back)."""
    return json.dumps(_finite(data), allow_nan=False, separators=(",", ":"))


def _finite(data):
    if isinstance(data, float) and not math.isfinite(data):
        return "NaN" if math.isnan(data) else ("Infinity" if data > 0 else "-Infinity")
    if isinstance(data, dict):
        return {key: _finite(item) for key, item in data.items()}
    if isinstance(data, (list, tuple)):
        return [_finite(item) for item in data]
    return data


def on_cell_end(hook):
    """Registers ``hook()`` to run after every cell, as Jupyter's inline figures are shown."""
    _cell_end_hooks.append(hook)


def on_reset(hook):
    """Registers ``hook()`` to run when the namespace is reset (a fresh interpreter)."""
    _reset_hooks.append(hook)


def end_cell():
    for hook in _cell_end_hooks:
        try:
            hook()
        except Exception:  # noqa: BLE001 — shown to the learner, the cell's own result stands
            traceback.print_exc()


def reset():
    for hook in _reset_hooks:
        hook()
