"""torch.autograd.functional: Jacobians, Hessians and their products with vectors, built from
autograd.grad. Products that need forward mode (jvp, hvp) use the double-backward trick, as
PyTorch 1.13 does: the gradient of a backward pass with respect to its (zero) grad_outputs."""
import torch

__all__ = ["vjp", "jvp", "jacobian", "hessian", "vhp", "hvp"]


def _as_tuple(value, arg_name, fn_name):
    """(whether value was a tuple, value as a tuple of tensors)."""
    is_tuple = isinstance(value, tuple)
    items = value if is_tuple else (value,)
    for index, item in enumerate(items):
        if not isinstance(item, torch.Tensor):
            where = f"the value at index {index}" if is_tuple else f"the given {arg_name}"
            raise TypeError(f"The {arg_name} given to {fn_name} must be either a Tensor or a tuple of Tensors but "
                            f"{where} has type {type(item)}.")
    return is_tuple, items


def _untuple(result, was_tuple):
    """Undoes _as_tuple on a result; was_tuple may be a pair (outer, inner) for nested results."""
    if isinstance(was_tuple, tuple):
        outer, inner = was_tuple
        if not inner:
            result = tuple(row[0] for row in result)
        return result if outer else result[0]
    return result if was_tuple else result[0]


def _differentiable_copies(tensors, create_graph, need_graph):
    # Always new tensor objects, so that the function's inputs are told apart from the same
    # tensors captured by the function from outside.
    return tuple(t.view_as(t) if create_graph and t.requires_grad else t.detach().requires_grad_(need_graph)
                 for t in tensors)


def _detached_unless(tensors, create_graph):
    if create_graph:
        return tensors
    if isinstance(tensors[0], torch.Tensor):
        return tuple(t.detach() for t in tensors)
    return tuple(_detached_unless(row, create_graph) for row in tensors)


def _check_v(v, other, other_is_tuple):
    if len(v) != len(other):
        if other_is_tuple:
            raise RuntimeError(f"v is a tuple of invalid length: should be {len(other)} but got {len(v)}.")
        raise RuntimeError("The given v should contain a single Tensor.")
    for index, (given, expected) in enumerate(zip(v, other)):
        if given.size() != expected.size():
            prefix = f"Entry {index} in " if other_is_tuple else ""
            raise RuntimeError(f"{prefix}v has invalid size: should be {expected.size()} but got {given.size()}.")


_STRICT_REQUIRES_GRAD = {
    "outputs": "Output {} of the user-provided function does not require gradients. The outputs must be computed in "
               "a differentiable manner from the input when running in strict mode.",
    "grad_inputs": "The gradient with respect to input {} is independent of the inputs of the user-provided "
                   "function. This is not allowed in strict mode.",
    "jacobian": "While computing the hessian, found that the jacobian of the user-provided function with respect to "
                "input {} is independent of the input. This is not allowed in strict mode. You should ensure that "
                "your function is twice differentiable and that the jacobian depends on the inputs (this would be "
                "violated by a linear function for example).",
    "hessian": "The hessian of the user-provided function with respect to input {} is independent of the input. "
               "This is not allowed in strict mode. You should ensure that your function is thrice differentiable "
               "and that the hessian depends on the inputs.",
}


def _check_requires_grad(tensors, kind, strict):
    if not strict:
        return
    for index, t in enumerate(tensors):
        if t is None:
            raise RuntimeError(f"The output of the user-provided function is independent of input {index}. This is "
                               "not allowed in strict mode.")
        if not t.requires_grad:
            raise RuntimeError(_STRICT_REQUIRES_GRAD[kind].format(index))


def _grad(outputs, inputs, grad_outputs=None, create_graph=False, retain_graph=None):
    """autograd.grad over the outputs that require grad; None for every input when none does."""
    if grad_outputs is None:
        grad_outputs = (None,) * len(outputs)
    pairs = [(out, g) for out, g in zip(outputs, grad_outputs) if out is not None and out.requires_grad]
    if not pairs:
        return (None,) * len(inputs)
    outs, grads = zip(*pairs)
    return torch.autograd.grad(outs, inputs, grads, allow_unused=True, create_graph=create_graph,
                               retain_graph=retain_graph)


_STRICT_INDEPENDENT = {
    "back": "The output of the user-provided function is independent of input {}. This is not allowed in strict "
            "mode.",
    "back_trick": "The gradient with respect to the input is independent of entry {} in the grad_outputs when using "
                  "the double backward trick to compute forward mode gradients. This is not allowed in strict mode.",
    "double_back": "The jacobian of the user-provided function is independent of input {}. This is not allowed in "
                   "strict mode.",
    "double_back_trick": "The hessian of the user-provided function is independent of entry {} in the grad_jacobian. "
                         "This is not allowed in strict mode as it prevents from using the double backward trick to "
                         "replace forward mode AD.",
}


def _zeros_for_missing(grads, refs, strict, create_graph, stage):
    result = []
    for index, g in enumerate(grads):
        if g is None:
            if strict:
                raise RuntimeError(_STRICT_INDEPENDENT[stage].format(index))
            g = torch.zeros_like(refs[index])
        elif strict and create_graph and not g.requires_grad:
            what = "hessian" if "double" in stage else "jacobian"
            raise RuntimeError(f"The {what} of the user-provided function is independent of input {index}. This is "
                               "not allowed in strict mode when create_graph=True.")
        result.append(g)
    return tuple(result)


def _inputs_and_v(fn_name, inputs, v, create_graph, single_message):
    inputs_are_tuple, inputs = _as_tuple(inputs, "inputs", fn_name)
    inputs = _differentiable_copies(inputs, create_graph, need_graph=True)
    if v is not None:
        _, v = _as_tuple(v, "v", fn_name)
        v = _differentiable_copies(v, create_graph, need_graph=False)
        _check_v(v, inputs, inputs_are_tuple)
    elif len(inputs) != 1 or inputs[0].nelement() != 1:
        raise RuntimeError(single_message)
    return inputs_are_tuple, inputs, v


def _scalar_output(fn_name, func, inputs, strict):
    outputs_are_tuple, outputs = _as_tuple(func(*inputs), "outputs of the user-provided function", fn_name)
    _check_requires_grad(outputs, "outputs", strict)
    if outputs_are_tuple:
        raise RuntimeError(f"The function given to {fn_name} should return a single Tensor")
    if outputs[0].nelement() != 1:
        raise RuntimeError(f"The Tensor returned by the function given to {fn_name} should contain a single element")
    return outputs


def vjp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), v · J): the vector-Jacobian product at inputs."""
    inputs_are_tuple, inputs = _as_tuple(inputs, "inputs", "vjp")
    inputs = _differentiable_copies(inputs, create_graph, need_graph=True)
    outputs_are_tuple, outputs = _as_tuple(func(*inputs), "outputs of the user-provided function", "vjp")
    _check_requires_grad(outputs, "outputs", strict)
    if v is not None:
        _, v = _as_tuple(v, "v", "vjp")
        v = _differentiable_copies(v, create_graph, need_graph=False)
        _check_v(v, outputs, outputs_are_tuple)
    elif len(outputs) != 1 or outputs[0].nelement() != 1:
        raise RuntimeError("The vector v can only be None if the user-provided function returns a single Tensor "
                           "with a single element.")
    grads = _zeros_for_missing(_grad(outputs, inputs, v, create_graph), inputs, strict, create_graph, "back")
    return (_untuple(_detached_unless(outputs, create_graph), outputs_are_tuple),
            _untuple(_detached_unless(grads, create_graph), inputs_are_tuple))


def jvp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), J · v): the Jacobian-vector product at inputs."""
    inputs_are_tuple, inputs, v = _inputs_and_v(
        "jvp", inputs, v, create_graph, "The vector v can only be None if the input to the user-provided function "
        "is a single Tensor with a single element.")
    outputs_are_tuple, outputs = _as_tuple(func(*inputs), "outputs of the user-provided function", "jvp")
    _check_requires_grad(outputs, "outputs", strict)
    # A backward pass is linear in its grad_outputs, so their values never reach the result.
    grad_outputs = tuple(torch.zeros_like(out, requires_grad=True) for out in outputs)
    grad_inputs = _grad(outputs, inputs, grad_outputs, create_graph=True)
    _check_requires_grad(grad_inputs, "grad_inputs", strict)
    products = _grad(grad_inputs, grad_outputs, v, create_graph)
    products = _zeros_for_missing(products, outputs, strict, create_graph, "back_trick")
    return (_untuple(_detached_unless(outputs, create_graph), outputs_are_tuple),
            _untuple(_detached_unless(products, create_graph), outputs_are_tuple))


def _check_strategy(strategy, vectorize, name):
    if strategy not in ("forward-mode", "reverse-mode"):
        raise AssertionError('Expected strategy to be either "forward-mode" or "reverse-mode". Hint: If your '
                             'function has more outputs than inputs, "forward-mode" tends to be more performant. '
                             'Otherwise, prefer to use "reverse-mode".')
    if strategy == "forward-mode" and not vectorize:
        raise NotImplementedError("Computing Jacobian using forward-AD or forward-over-reverse Hessian isonly "
                                  "implemented for `vectorize=True`.")
    if vectorize:
        raise NotImplementedError(f"torch.autograd.functional.{name}(vectorize=True) is not supported yet")


def jacobian(func, inputs, create_graph=False, strict=False, vectorize=False, strategy="reverse-mode"):
    """The Jacobian of func at inputs, one backward pass per output element; J[i][j] has the
    shape of output i followed by the shape of input j."""
    _check_strategy(strategy, vectorize, "jacobian")
    inputs_are_tuple, inputs = _as_tuple(inputs, "inputs", "jacobian")
    inputs = _differentiable_copies(inputs, create_graph, need_graph=True)
    outputs_are_tuple, outputs = _as_tuple(func(*inputs), "outputs of the user-provided function", "jacobian")
    _check_requires_grad(outputs, "outputs", strict)
    rows_per_output = []
    for i, out in enumerate(outputs):
        rows = [[] for _ in inputs]
        flat = out.reshape(-1)
        for element in range(out.nelement()):
            grads = _grad((flat[element],), inputs, retain_graph=True, create_graph=create_graph)
            for j, (g, inp) in enumerate(zip(grads, inputs)):
                if g is None:
                    if strict:
                        raise RuntimeError(f"Output {i} of the user-provided function is independent of input {j}. "
                                           "This is not allowed in strict mode.")
                    g = torch.zeros_like(inp)
                elif strict and create_graph and not g.requires_grad:
                    raise RuntimeError(f"The jacobian of the user-provided function is independent of input {i}. "
                                       "This is not allowed in strict mode when create_graph=True.")
                rows[j].append(g)
        rows_per_output.append(tuple(torch.stack(r, dim=0).view(out.size() + inputs[j].size())
                                     for j, r in enumerate(rows)))
    result = _detached_unless(tuple(rows_per_output), create_graph)
    return _untuple(result, (outputs_are_tuple, inputs_are_tuple))


def hessian(func, inputs, create_graph=False, strict=False, vectorize=False, outer_jacobian_strategy="reverse-mode"):
    """The Hessian of a function with one output element: the Jacobian of its gradient."""
    _check_strategy(outer_jacobian_strategy, vectorize, "hessian")
    inputs_are_tuple, inputs = _as_tuple(inputs, "inputs", "hessian")

    def single_output(*inp):
        return _scalar_output("hessian", func, inp, strict)[0].squeeze()

    def gradient(*inp):
        jac = jacobian(single_output, inp, create_graph=True)
        _check_requires_grad(jac, "jacobian", strict)
        return jac

    result = jacobian(gradient, inputs, create_graph=create_graph, strict=strict)
    return _untuple(result, (inputs_are_tuple, inputs_are_tuple))


def _scalar_gradient(fn_name, func, inputs, v, create_graph, strict):
    """What vhp and hvp start from: the checked inputs and v, func's single-element output and
    its gradient, recorded so it can be differentiated again."""
    inputs_are_tuple, inputs, v = _inputs_and_v(
        fn_name, inputs, v, create_graph, "The vector v can only be None if the input to the user-provided "
        "function is a single Tensor with a single element.")
    outputs = _scalar_output(fn_name, func, inputs, strict)
    jac = _grad(outputs, inputs, create_graph=True)
    _check_requires_grad(jac, "jacobian", strict)
    return inputs_are_tuple, inputs, v, outputs, jac


def vhp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), v · H): the vector-Hessian product of a function with one output element."""
    inputs_are_tuple, inputs, v, outputs, jac = _scalar_gradient("vhp", func, inputs, v, create_graph, strict)
    products = _zeros_for_missing(_grad(jac, inputs, v, create_graph), inputs, strict, create_graph, "double_back")
    return (_untuple(_detached_unless(outputs, create_graph), False),
            _untuple(_detached_unless(products, create_graph), inputs_are_tuple))


def hvp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), H · v): the Hessian-vector product, by the double-backward trick."""
    inputs_are_tuple, inputs, v, outputs, jac = _scalar_gradient("hvp", func, inputs, v, create_graph, strict)
    grad_jac = tuple(torch.zeros_like(inp, requires_grad=True) for inp in inputs)
    double_back = _grad(jac, inputs, grad_jac, create_graph=True)
    _check_requires_grad(jac, "hessian", strict)
    products = _grad(double_back, grad_jac, v, create_graph)
    products = _zeros_for_missing(products, inputs, strict, create_graph, "double_back_trick")
    return (_untuple(_detached_unless(outputs, create_graph), False),
            _untuple(_detached_unless(products, create_graph), inputs_are_tuple))
