import torch

torch.manual_seed(0)
x = torch.randn(2, 3, 4)
for dim in range(3):
    print(torch.softmax(x, dim).tolist())
    print(torch.log_softmax(x, dim).tolist())
