import torch

w = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
def name(t):
    return type(t.grad_fn).__name__
for code in ["y[0] = 5", "y[:] = 5", "y[0:2] = 5", "y[...] = 5", "y[0, 0] = 7", "y[[0]] = 7",
             "y[0, [0]] = 7", "y[0] += 1", "y[True] = 1", "y[torch.tensor([True, False])] = 0.0"]:
    y = w * 1
    exec(code)
    print(code, name(y))
