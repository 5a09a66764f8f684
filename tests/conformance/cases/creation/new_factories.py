import warnings

import torch

x = torch.ones(2, dtype=torch.float64)
i = torch.ones(2, dtype=torch.int64)
r = torch.ones(2, requires_grad=True)
print(x.new_tensor([1, 2]), i.new_tensor([1.7, 2]), x.new_tensor(3), i.new_tensor(True))
print(x.new_tensor([[1, 2], [3, 4]], dtype=torch.int32), r.new_tensor([1.0]).requires_grad)
print(x.new_tensor([1.0], requires_grad=True))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(x.new_tensor(torch.tensor([1, 2])))
print([str(c.message) for c in caught])
print(x.new_zeros(2, 3), x.new_zeros((2,)), x.new_zeros([]), i.new_ones([2]))
print(x.new_full((2,), 7), i.new_full((2,), 2.5), x.new_full([1, 2], torch.tensor(3.0)))
print(x.new_empty(0).shape, x.new_empty(2, 3).dtype, x.new_zeros(2, dtype=torch.int32))
print(x.new_ones(2, requires_grad=True), r.new_zeros(1).requires_grad, r.new_ones(2).is_leaf)
for call in [lambda: x.new_full(2, 1), lambda: x.new_zeros(2.0), lambda: i.new_ones(2, requires_grad=True),
             lambda: x.new_zeros(-1), lambda: x.new_tensor([[1], [1, 2]])]:
    try:
        call()
    except (TypeError, RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
