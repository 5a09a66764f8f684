import torch

x = torch.zeros(3, 4)
print(x[1].storage_offset(), x[:, 2].storage_offset(), x[1:, 1:].storage_offset())
print(x[:, ::2].stride(), x[::2].stride(), x[1].stride())
print(x.unsqueeze(0).stride(), x.expand(2, 3, 4).stride())
