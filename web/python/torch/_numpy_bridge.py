"""torch.from_numpy and Tensor.numpy: the same storage seen from both sides, as in PyTorch (a
write through one shows in the other), with PyTorch's errors; and ``tensor <op> ndarray``.

PyTorch 1.13's operators do not take an ndarray: they give way, and NumPy's reflected operator
computes with the tensor read as an array (Tensor.__array__), its result handed back as a tensor
by Tensor.__array_wrap__ (a bool result as uint8). So ``float32_tensor * int32_array`` is
float64, by NumPy's promotion, as in PyTorch.
"""
from ._numpy_values import array_tensor
from ._tensor import Tensor, tensor_method


def from_numpy(ndarray):
    data = array_tensor(ndarray)
    if data is None:
        raise TypeError(f"expected np.ndarray (got {type(ndarray).__name__})")
    if ndarray._reversed:
        raise ValueError("At least one stride in the given numpy array is negative, and tensors with negative "
                         "strides are not currently supported. (You can probably work around this by making a copy "
                         "of your array  with array.copy().) ")
    return data.detach()


@tensor_method()
def numpy(self, *, force=False):
    if self.requires_grad and not force:
        raise RuntimeError("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.")
    from numpy._ndarray import wrap

    return wrap(self.detach())


def array_result(array):
    """Tensor.__array_wrap__: NumPy's result as a tensor (bool as uint8, as PyTorch 1.13 does)."""
    if array.dtype == "bool":
        array = array.astype("uint8")
    return from_numpy(array)


_UFUNC_NAMES = {"add": "add", "sub": "subtract", "mul": "multiply", "div": "true_divide",
                "floor_divide": "floor_divide", "remainder": "remainder", "pow": "power",
                "bitwise_and": "bitwise_and", "bitwise_or": "bitwise_or", "bitwise_xor": "bitwise_xor",
                "matmul": "matmul"}


def with_array(op_name, tensor, array):
    """``tensor <op> array`` as PyTorch and NumPy compute it together."""
    import numpy as np

    result = getattr(np, _UFUNC_NAMES[op_name])(np.asarray(tensor.numpy()), array)
    return array_result(np.asarray(result))


Tensor.__array_priority__ = 1000
