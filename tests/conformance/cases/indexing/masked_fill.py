import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
mask = torch.tensor([True, False, True])
print(x.masked_fill(mask, 0.0))
print(torch.masked_fill(x, torch.tensor([[True], [False]]), -1))
print(x.masked_fill(mask, torch.tensor(9.0)))
x.masked_fill_(torch.tensor([[False, True, False], [True, False, False]]), 100.0)
print(x)
print(torch.tensor([1, 2]).masked_fill(torch.tensor([True, False]), 2.7))
print(x.masked_fill(torch.tensor([[[True, False, False]]]), 0.0).shape)
try:
    x.masked_fill(torch.tensor([True, False]), 0.0)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.masked_fill(mask, torch.tensor([1.0, 2.0]))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.masked_fill_(torch.tensor([[[True, False, False]]]), 0.0)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
