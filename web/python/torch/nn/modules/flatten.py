"""nn.Flatten merges dims start_dim..end_dim (by default all but the batch dim); nn.Unflatten
splits one dim into several."""
from .module import Module


class Flatten(Module):
    def __init__(self, start_dim=1, end_dim=-1):
        super().__init__()
        self.start_dim = start_dim
        self.end_dim = end_dim

    def forward(self, input):
        return input.flatten(self.start_dim, self.end_dim)

    def extra_repr(self):
        return f"start_dim={self.start_dim}, end_dim={self.end_dim}"


class Unflatten(Module):
    def __init__(self, dim, unflattened_size):
        super().__init__()
        if isinstance(dim, int):
            _require_tuple_of(int, "ints", unflattened_size)
        elif isinstance(dim, str):
            _require_tuple_of(tuple, "tuples", unflattened_size)
        else:
            raise TypeError("invalid argument type for dim parameter")
        self.dim = dim
        self.unflattened_size = unflattened_size

    def forward(self, input):
        return input.unflatten(self.dim, self.unflattened_size)

    def extra_repr(self):
        return f"dim={self.dim}, unflattened_size={self.unflattened_size}"


def _require_tuple_of(kind, plural, size):
    if not isinstance(size, (tuple, list)):
        raise TypeError(f"unflattened_size must be a tuple of {plural}, but found type {type(size).__name__}")
    for pos, element in enumerate(size):
        if not isinstance(element, kind):
            raise TypeError(f"unflattened_size must be tuple of {plural}, "
                            f"but found element of type {type(element).__name__} at pos {pos}")
