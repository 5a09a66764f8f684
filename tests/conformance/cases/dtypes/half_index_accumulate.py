import torch

# Accumulating index_put_ adds one value at a time, rounding each sum to the 16-bit type:
# float16 2048 + 1 is 2048 again, so repeated indices lose what a float32 sum would keep.
for dtype, big in [(torch.float16, 2048.0), (torch.bfloat16, 256.0)]:
    z = torch.zeros(3, dtype=dtype)
    z.index_put_((torch.tensor([0, 0, 0, 2]),), torch.tensor([big, 1.0, 1.0, 3.0], dtype=dtype), accumulate=True)
    print(z)
    z.index_put_((torch.tensor([1, 1]),), torch.tensor([0.1, 0.2], dtype=dtype))
    print(z)

    # The gradient of advanced indexing accumulates the same way.
    x = torch.zeros(3, dtype=dtype, requires_grad=True)
    y = x[torch.tensor([0, 0, 0, 2])]
    (y * torch.tensor([big, 1.0, 1.0, 5.0], dtype=dtype)).sum().backward()
    print(x.grad)
