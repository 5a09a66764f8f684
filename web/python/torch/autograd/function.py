"""torch.autograd.Function: an op whose forward and backward are Python static methods.

``apply`` runs forward with gradient recording off, then records one engine node behind the
outputs (engine/autograd/function_node.h); the engine calls back into ``backward`` through
torch._host. The context object ``ctx`` is an instance of the Function's backward class
(``MyFnBackward``), the class PyTorch gives the node; the node's grad_fn object reads ctx's
attributes."""
from .. import _host
from .._engine import ops
from .._tensor import Tensor, wrap
from .grad_mode import no_grad
from .graph import Node


def _handle(node):
    """The engine handle of a grad_fn object (0 for a ctx, which has none)."""
    try:
        return Node._h.__get__(node, type(node))
    except AttributeError:
        return 0


class FunctionCtx:
    def save_for_backward(self, *tensors):
        for i, t in enumerate(tensors):
            if t is not None and not isinstance(t, Tensor):
                raise TypeError(
                    f"save_for_backward can only save variables, but argument {i} is of type {type(t).__name__}"
                )
        self._to_save = tensors

    def mark_non_differentiable(self, *tensors):
        self._non_differentiable = tensors

    def mark_dirty(self, *tensors):
        self._dirty = tensors

    def set_materialize_grads(self, value):
        self._materialize_grads = bool(value)


class BackwardCFunction(FunctionCtx, Node):
    """The class of a custom Function's ctx, and of its node's grad_fn object (which has a
    handle and reads the rest from ctx)."""

    _forward_cls = None

    def __getattr__(self, name):
        handle = _handle(self) if name != "_h" else 0
        ctx = _host.get(ops.function_host_object(handle)) if handle else None
        if ctx is None or ctx is self:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
        return getattr(ctx, name)

    @property
    def saved_tensors(self):
        handle = _handle(self)
        if handle:
            return self._restore_saved([int(h) for h in ops.function_saved(handle)])
        return self.__dict__.get("_saved", getattr(self, "_to_save", ()))

    def _restore_saved(self, handles):
        tensors = iter(wrap(h) for h in handles)
        return tuple(None if t is None else next(tensors) for t in self._saved_template)

    def __repr__(self):
        return f"<torch.autograd.function.{type(self).__name__} object at {id(self):#x}>"

    def run_backward(self, grads, saved):
        """Called by the engine: the gradients of the node's outputs → one per tensor input."""
        tensors = iter(saved)
        self._saved = tuple(None if t is None else next(tensors) for t in self._saved_template)
        try:
            grads = iter(grads)
            per_output = [next(grads) if differentiable else None for differentiable in self._output_kinds]
            results = self._forward_cls.backward(self, *per_output)
        finally:
            del self._saved
        return self._check_gradients(results)

    def _check_gradients(self, results):
        name = type(self).__name__
        if not isinstance(results, tuple):
            results = (results,)
        expected = len(self._input_kinds)
        if len(results) > expected and all(r is None for r in results[expected:]):
            results = results[:expected]
        if len(results) != expected:
            raise RuntimeError(
                f"function {name} returned an incorrect number of gradients (expected {expected}, got {len(results)})"
            )
        grads = []
        for position, (result, is_tensor) in enumerate(zip(results, self._input_kinds), start=1):
            if not is_tensor:
                if result is not None:
                    raise RuntimeError(
                        f"function {name} returned a gradient different than None at position {position}, but the "
                        "corresponding forward input was not a Variable"
                    )
                continue
            if result is not None and not isinstance(result, Tensor):
                raise RuntimeError(f"expected Variable or None (got {type(result).__name__})")
            grads.append(result)
        return grads


class _FunctionMeta(type):
    """Gives every Function subclass its backward class, named like PyTorch's."""

    def __init__(cls, name, bases, attrs):
        cls._backward_cls = type(name + "Backward", (BackwardCFunction,), {"_forward_cls": cls})
        super().__init__(name, bases, attrs)


class Function(metaclass=_FunctionMeta):
    def __init__(self, *args, **kwargs):
        pass

    @staticmethod
    def forward(ctx, *args, **kwargs):
        raise NotImplementedError("You must implement the forward function for custom autograd.Function.")

    @staticmethod
    def backward(ctx, *grad_outputs):
        raise NotImplementedError(
            "You must implement either the backward or vjp method for your custom autograd.Function to use it with "
            "backward mode AD."
        )

    @classmethod
    def apply(cls, *args):
        ctx = cls._backward_cls()
        inputs = [a for a in args if isinstance(a, Tensor)]
        ctx.needs_input_grad = tuple(isinstance(a, Tensor) and a.requires_grad for a in args)
        with no_grad():
            outputs = cls.forward(ctx, *args)
        if not (ops.grad_enabled() and any(t.requires_grad for t in inputs)):
            return outputs
        return _record(cls, ctx, args, inputs, outputs)


def _record(cls, ctx, args, inputs, outputs):
    is_tuple = isinstance(outputs, tuple)
    outputs = list(outputs) if is_tuple else [outputs]
    non_differentiable = getattr(ctx, "_non_differentiable", ())
    differentiable = []
    for i, out in enumerate(outputs):
        if not isinstance(out, Tensor):
            continue
        if any(out is t for t in inputs):
            outputs[i] = out = out.detach()  # an input returned as is becomes a new tensor
        if out.dtype.is_floating_point and not any(out is t for t in non_differentiable):
            differentiable.append(out)
    ctx._input_kinds = tuple(isinstance(a, Tensor) for a in args)
    ctx._output_kinds = tuple(any(out is d for d in differentiable) for out in outputs)
    saved = getattr(ctx, "_to_save", ())
    ctx._saved_template = tuple(None if t is None else True for t in saved)
    ops.function_record(
        cls._backward_cls.__name__,
        [t._h for t in inputs],
        [t._h for t in differentiable],
        [t._h for t in saved if t is not None],
        getattr(ctx, "_materialize_grads", True),
        _host.keep(ctx),
    )
    ctx.__dict__.pop("_to_save", None)  # the engine keeps them now (with their version checks)
    return tuple(outputs) if is_tuple else outputs[0]
