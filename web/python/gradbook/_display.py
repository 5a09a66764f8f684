"""Rich output: any value as a mime bundle, and publishing bundles to the page mid-cell.

A bundle maps mime types to data, as in Jupyter; ``text/plain`` is always there. Our own
types (``application/vnd.gradbook.*+json``) are plain data that the page draws.
"""
import base64
import json
import math
import traceback

import torch

# Jupyter's rich-repr methods, richest first.
_REPR_METHODS = (
    ("_repr_html_", "text/html"),
    ("_repr_svg_", "image/svg+xml"),
    ("_repr_png_", "image/png"),
    ("_repr_jpeg_", "image/jpeg"),
    ("_repr_markdown_", "text/markdown"),
    ("_repr_latex_", "text/latex"),
    ("_repr_json_", "application/json"),
)

_cell_end_hooks = []
_reset_hooks = []


def mime_bundle(value):
    """The bundle that shows ``value``: its _repr_mimebundle_, a tensor's table, or _repr_*_ forms."""
    from ._tensor_view import tensor_bundle

    if isinstance(value, torch.Tensor):
        bundle = tensor_bundle(value)
    elif hasattr(value, "_repr_mimebundle_"):
        bundle = value._repr_mimebundle_()
        if isinstance(bundle, tuple):  # (data, metadata)
            bundle = bundle[0]
        bundle = dict(bundle or {})
    else:
        bundle = {}
        for method, mime in _REPR_METHODS:
            data = _call_repr(value, method)
            if data is not None:
                bundle[mime] = base64.b64encode(data).decode() if isinstance(data, bytes) else data
    bundle.setdefault("text/plain", repr(value))
    return bundle


def _call_repr(value, method):
    function = getattr(value, method, None)
    if function is None or isinstance(value, type):
        return None
    data = function()
    return data[0] if isinstance(data, tuple) else data


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
