import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
t = x.t()
try:
    t.view(6)
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.reshape(6))
print(t.contiguous().view(6))
print(t.contiguous().is_contiguous(), x.contiguous() is x)
