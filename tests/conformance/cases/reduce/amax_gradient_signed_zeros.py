import torch

# amax's gradient is (grad / count) times the mask, so elements that lose get -0 for a
# negative incoming gradient; max() (no dim) fills them with +0.
x = torch.tensor([[1.0, 4.0, 4.0], [2.0, 5.0, 3.0]], requires_grad=True)
x.amax(dim=1).backward(torch.tensor([-2.0, -3.0]))
print(x.grad)
x.grad = None
x.max().backward(torch.tensor(-1.0))
print(x.grad)
