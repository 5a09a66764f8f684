"""Gradbook's pictures of what PyTorch computes: rich display, the computational graph, the
chain rule with numbers, a function's landscape and line charts.

    display(value, ...)                       show values as a cell's result would be shown
    graph(t)                                  the graph behind t, with the gradients that flowed
    explain(x)                                the chain rule for x.grad, written out with numbers
    step_backward(loss, gradient=None)        the backward pass node by node, in the engine's order
    landscape(f, x_range, y_range, path=None) a two-parameter function as a contour map
    decision_boundary(model, X, labels)       a classifier's regions in the plane, with its data
    plot(...)                                 line charts (loss curves)
    show_images(images, labels=None, nrow=8)  a batch of images as one picture, with labels
    check(value, expected, tol=1e-05, name=)  an exercise's check: value must equal expected
    check_grad(name, mine, tensor, tol=1e-05) a hand-written gradient against tensor.grad
    interact(fn, lr=(0.001, 1.0), ...)        live controls that re-run fn when moved
    slider / dropdown / checkbox              controls for interact, with a label of their own
"""
from ._check import CheckFailed, check, check_grad
from ._controls import checkbox, dropdown, interact, slider
from ._display import display
from ._explain import explain
from ._figure import Figure
from ._graph import graph
from ._images import show_images
from ._landscape import decision_boundary, landscape
from ._plot import plot
from ._step_backward import step_backward

__all__ = ["CheckFailed", "Figure", "check", "check_grad", "checkbox", "decision_boundary", "display", "dropdown", "explain", "graph", "interact", "landscape", "plot", "show_images", "slider", "step_backward"]
