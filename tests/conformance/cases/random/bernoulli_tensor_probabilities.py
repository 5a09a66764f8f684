import torch

torch.manual_seed(3)
x = torch.rand(2, 4)
print(x.bernoulli_(torch.tensor([0.1, 0.5, 0.9, 1.0])))
print(x.bernoulli_(torch.tensor([[0.2], [0.8]], dtype=torch.float64)))
y = torch.randint(0, 5, (6,))
print(y.bernoulli_(torch.rand(6)))
try:
    torch.rand(3).bernoulli_(torch.tensor([0.5, 1.5, 0.1]))
except RuntimeError as e:
    print("RuntimeError:", e)
