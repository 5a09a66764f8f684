import torch

i = torch.tensor([-3, 0, 2])
print(i.abs(), i.neg(), i.sign(), i.relu(), i.floor(), i.square())
