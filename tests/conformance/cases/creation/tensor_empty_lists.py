import torch

print(torch.tensor([]), torch.tensor([]).shape)
print(torch.tensor([[]]), torch.tensor([[], []]).shape)
