import torch

x = torch.tensor([float('nan'), float('inf'), -float('inf'), 0.0, -0.0])
print(x.sign(), x.relu(), x.abs())
print(x.exp(), x.sigmoid(), x.tanh())
print(torch.tensor([-1.0, 0.0]).log(), torch.tensor([-1.0, 0.0]).sqrt())
