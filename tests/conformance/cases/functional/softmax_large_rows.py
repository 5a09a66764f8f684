import torch

torch.manual_seed(1)
x = torch.randn(4, 37) * 5
print(torch.softmax(x, 1).tolist()[0][:10])
print(torch.log_softmax(x, 1).tolist()[3][-10:])
print(torch.softmax(x, 0).tolist()[2][:12])
