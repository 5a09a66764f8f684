"""torch.autograd.backward and torch.autograd.grad."""
import warnings

from .._engine import ops
from .._tensor import Tensor, tensor_method, wrap


def _tensors(value, name):
    if isinstance(value, Tensor):
        return [value]
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        raise TypeError(f"{name} must be a Tensor or a sequence of Tensors, not {type(value).__name__}")
    return list(value)


def _gradients(grad_tensors, outputs):
    grads = _tensors(grad_tensors, "grad_tensors")
    if grads and len(grads) != len(outputs):
        raise RuntimeError(f"got {len(grads)} tensors and {len(outputs)} gradients")
    grads += [None] * (len(outputs) - len(grads))
    return [0 if g is None else g._h for g in grads]


def backward(tensors, grad_tensors=None, retain_graph=None, create_graph=False, grad_variables=None, inputs=None):
    """Accumulates the gradients of ``tensors`` into the leaves' .grad (or only ``inputs``')."""
    if create_graph:
        warnings.warn(
            "Using backward() with create_graph=True will create a reference cycle between the parameter and its "
            "gradient which can cause a memory leak. We recommend using autograd.grad when creating the graph to "
            "avoid this. If you have to use this function, make sure to reset the .grad fields of your parameters "
            "to None after use to break the cycle and avoid the leak. (Triggered internally at  "
            "./torch/csrc/autograd/engine.cpp:1059.)", UserWarning, stacklevel=2)
    outputs = _tensors(tensors, "tensors")
    if inputs is not None and not isinstance(inputs, Tensor) and len(inputs) == 0:
        raise RuntimeError("'inputs' argument to backward() cannot be empty.")
    if retain_graph is None:
        retain_graph = create_graph
    grads = _gradients(grad_variables if grad_tensors is None else grad_tensors, outputs)
    ops.backward_inputs([t._h for t in outputs], grads, bool(retain_graph), [t._h for t in _tensors(inputs, "inputs")],
                        bool(create_graph))


@tensor_method("backward")
def _tensor_backward(self, gradient=None, retain_graph=None, create_graph=False, inputs=None):
    backward(self, gradient, retain_graph, create_graph, inputs=inputs)


def grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, only_inputs=True,
         allow_unused=False, is_grads_batched=False):
    """The gradients of ``outputs`` with respect to ``inputs``, as a tuple; .grad is left alone."""
    outputs = _tensors(outputs, "outputs")
    inputs = _tensors(inputs, "inputs")
    if not inputs:  # else the engine would run an ordinary backward into every leaf's .grad
        raise ValueError("grad requires non-empty inputs.")
    if retain_graph is None:
        retain_graph = create_graph
    grads = _gradients(grad_outputs, outputs)
    result = ops.autograd_grad([t._h for t in outputs], grads, [t._h for t in inputs], bool(retain_graph),
                               bool(allow_unused), bool(create_graph))
    return tuple(wrap(int(h)) for h in result)
