import torch

x = torch.tensor([-1.5, 2.0])
print(torch.absolute(x), torch.negative(x), torch.multiply(x, 2), torch.subtract(x, 1), torch.divide(x, 2))
print(torch.fix(x), x.absolute())
