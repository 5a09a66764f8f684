import torch

i = torch.tensor([1, 4, 9])
print(i.sqrt(), i.exp(), i.sigmoid(), i.log())
print(torch.tensor([True, False]).exp())
