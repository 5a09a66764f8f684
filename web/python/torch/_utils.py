"""The functions a saved file names to rebuild its tensors and parameters (PyTorch's
torch._utils names, which the pickles torch.save writes refer to)."""
from ._storage import Storage


def _rebuild_tensor(storage, storage_offset, size, stride):
    if not isinstance(storage, Storage):
        raise TypeError(f"expected a storage to rebuild a tensor from, but got {type(storage).__name__}")
    return storage.tensor(storage_offset, size, stride)


def _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks):
    # backward_hooks: PyTorch always writes an empty OrderedDict (hooks are never saved).
    tensor = _rebuild_tensor(storage, storage_offset, size, stride)
    tensor.requires_grad = requires_grad
    return tensor


def _rebuild_parameter(data, requires_grad, backward_hooks):
    from .nn.parameter import Parameter

    return Parameter(data, requires_grad)
