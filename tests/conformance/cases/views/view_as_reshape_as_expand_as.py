import torch

a = torch.tensor([1.0, 2.0, 3.0, 4.0])
b = torch.zeros(2, 2)
print(a.view_as(b))
print(a.reshape_as(b))
c = torch.tensor([[1.0], [2.0]])
print(c.expand_as(b))
try:
    a.view_as(torch.zeros(3))
except RuntimeError as e:
    print("RuntimeError:", e)
