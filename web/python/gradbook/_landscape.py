"""gradbook.landscape and gradbook.decision_boundary: functions of two parameters drawn as
contour maps. The landscape is the lesson's "mountain": its height, the downhill direction at
each point (the negative gradient, computed by autograd) and the path a descent took."""
import math

import torch
from torch.autograd.graph import _set_backward_trace

from ._figure import Figure, as_tensor, numbers
from ._series_colors import named_color

CLASS_COLORS = ["#2166ac", "#b2182b", "#1b9e77", "#d95f02", "#7570b3", "#e7298a"]


def landscape(f, x_range, y_range, path=None, *, resolution=60, arrows=13, levels=14,
              title=None, xlabel="x", ylabel="y"):
    """``f(x, y)`` over ``x_range`` × ``y_range`` as a contour map with downhill arrows.

    f takes two tensors of the same shape and returns one of that shape (write it with tensor
    operations, e.g. ``lambda x, y: x**2 + 3 * y**2``); a function of two numbers works too,
    evaluated point by point. ``path`` is a descent's points: (x, y) pairs, 2-element tensors
    or an [n, 2] tensor; or a dict of such paths by name, each drawn in its name's colour (the
    colour gradbook.plot gives a series of that name).
    """
    xs, ys = _grid_axis(x_range, resolution), _grid_axis(y_range, resolution)
    heights, _ = _evaluate(f, xs, ys, with_gradient=False)
    figure = Figure(title=title or "f(x, y) and the way downhill", xlabel=xlabel, ylabel=ylabel)
    figure.equal_aspect = True
    figure.field(_pair(x_range), _pair(y_range), heights, levels=levels, colormap="viridis")
    if arrows:
        ax, ay = _grid_axis(x_range, arrows, inset=True), _grid_axis(y_range, arrows, inset=True)
        _, gradients = _evaluate(f, ax, ay, with_gradient=True)
        if gradients is not None:
            points = [[x, y, -gx, -gy] for (x, y), (gx, gy) in zip(((x, y) for y in ay for x in ax), gradients)]
            figure.arrows(points, label="−∇f: downhill")
    paths = path if isinstance(path, dict) else {"descent path": path} if path is not None else {}
    for name, points in paths.items():
        px, py = _path_points(points)
        figure.path(px, py, label=str(name), color=named_color(str(name)))
    return figure


def decision_boundary(model, X, labels, *, x_range=None, y_range=None, resolution=70, title=None,
                      xlabel="x₁", ylabel="x₂"):
    """A classifier of points in the plane: the probability of class 1 it gives everywhere
    (its decision boundary is where that is ½), with the data points coloured by class.

    ``model`` maps an [n, 2] tensor to logits: [n] or [n, 1] for two classes (a sigmoid gives
    the probability), [n, k] for k classes (a softmax does).
    """
    X = as_tensor(X)
    points = X.detach().tolist()
    classes = [int(c) for c in numbers(labels)]
    x_range = x_range or _padded([p[0] for p in points])
    y_range = y_range or _padded([p[1] for p in points])
    xs, ys = _grid_axis(x_range, resolution), _grid_axis(y_range, resolution)
    grid = torch.tensor([[x, y] for y in ys for x in xs], dtype=X.dtype)
    with torch.no_grad():
        logits = model(grid).detach().tolist()
    probabilities = [_class_one_probability(row) for row in logits]
    rows = [probabilities[j * len(xs):(j + 1) * len(xs)] for j in range(len(ys))]
    figure = Figure(title=title or "decision boundary", xlabel=xlabel, ylabel=ylabel)
    figure.equal_aspect = True
    # Faded, as matplotlib's contourf(alpha=...) is in such plots, so the points stay visible on it.
    figure.field(_pair(x_range), _pair(y_range), rows, levels=10, colormap="rdbu", domain=(0, 1), opacity=0.6)
    for k in sorted(set(classes)):
        chosen = [p for p, c in zip(points, classes) if c == k]
        figure.scatter([p[0] for p in chosen], [p[1] for p in chosen], label=f"class {k}",
                       color=CLASS_COLORS[k % len(CLASS_COLORS)])
    return figure


def _class_one_probability(row):
    if not isinstance(row, list):
        row = [row]
    if len(row) == 1:
        return 1 / (1 + math.exp(-max(min(row[0], 700), -700)))
    top = max(row)
    weights = [math.exp(v - top) for v in row]
    return weights[1] / sum(weights)


def _evaluate(f, xs, ys, with_gradient):
    """Heights as rows (one per y) and, if asked, the gradient (df/dx, df/dy) at each point
    (row by row). Tries f on whole grids of tensors first, then point by point."""
    was_tracing = _set_backward_trace(False)  # the learner's latest backward stays the one shown
    try:
        result = _evaluate_grid(f, xs, ys, with_gradient)
        if result is None:
            result = _evaluate_points(f, xs, ys, with_gradient)
        return result
    finally:
        _set_backward_trace(was_tracing)


def _evaluate_grid(f, xs, ys, with_gradient):
    X = torch.tensor([list(xs) for _ in ys], requires_grad=with_gradient)
    Y = torch.tensor([[y] * len(xs) for y in ys], requires_grad=with_gradient)
    try:
        Z = f(X, Y)
    except Exception:  # noqa: BLE001 — not written for tensors: try point by point
        return None
    if not isinstance(Z, torch.Tensor) or Z.shape != X.shape:
        return None
    heights = Z.detach().tolist()
    if not with_gradient:
        return heights, None
    if not Z.requires_grad:
        return heights, None
    Z.sum().backward()  # each height depends on its own point only, so this gives every gradient
    gx, gy = X.grad.reshape(-1).tolist(), Y.grad.reshape(-1).tolist()
    return heights, list(zip(gx, gy))


def _evaluate_points(f, xs, ys, with_gradient):
    heights, gradients = [], []
    for y in ys:
        row = []
        for x in xs:
            xt = torch.tensor(float(x), requires_grad=with_gradient)
            yt = torch.tensor(float(y), requires_grad=with_gradient)
            z = f(xt, yt)
            row.append(float(z))
            if with_gradient:
                if isinstance(z, torch.Tensor) and z.requires_grad:
                    z.backward()
                    gradients.append((float(xt.grad), float(yt.grad)))
                else:
                    gradients = None
                    with_gradient = False
        heights.append(row)
    return heights, gradients


def _grid_axis(bounds, n, inset=False):
    low, high = _pair(bounds)
    if inset:  # arrows sit in the middle of n equal cells, away from the frame
        step = (high - low) / n
        return [low + (i + 0.5) * step for i in range(n)]
    return [low + (high - low) * i / (n - 1) for i in range(n)]


def _pair(bounds):
    low, high = (float(v) for v in bounds)
    if not low < high:
        raise ValueError(f"a range must go from low to high, got ({low}, {high})")
    return low, high


def _padded(values, margin=0.15):
    low, high = min(values), max(values)
    pad = (high - low) * margin or 1.0
    return low - pad, high + pad


def _path_points(path):
    path = as_tensor(path)
    if isinstance(path, torch.Tensor):
        path = path.detach().tolist()
    xs, ys = [], []
    for point in path:
        x, y = numbers(point) if isinstance(point, torch.Tensor) else (numbers([point[0]])[0], numbers([point[1]])[0])
        xs.append(x)
        ys.append(y)
    return xs, ys
