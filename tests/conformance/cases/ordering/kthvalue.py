import torch

x = torch.tensor([3.0, 1.0, 2.0, 1.0, 5.0, 1.0])
print(torch.kthvalue(x, 2), x.kthvalue(6))
m = torch.tensor([[3.0, 1.0], [2.0, 5.0]])
print(torch.kthvalue(m, 1, dim=0, keepdim=True), m.kthvalue(2, 1))
try:
    x.kthvalue(7)
except RuntimeError as e:
    print("RuntimeError:", e)
