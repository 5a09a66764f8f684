import torch

print(torch.tensor([-8.0, 2.0]) ** (1 / 3))
print(torch.tensor([0.0, 2.0]) ** -1, torch.tensor([0.0, 4.0]) ** -0.5)
print(torch.tensor([0.0, 0.0]) ** torch.tensor([0.0, -1.0]))
