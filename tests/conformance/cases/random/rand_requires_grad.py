import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
print(w)
loss = (w * w).sum()
loss.backward()
print(w.grad)
try:
    w.normal_()
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    w.uniform_(-1, 1)
print(w)
