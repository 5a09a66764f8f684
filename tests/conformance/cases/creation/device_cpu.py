import torch

x = torch.zeros(2, device='cpu')
print(x.device, x.is_cuda, torch.device('cpu'))
print(torch.cuda.is_available())
device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
print(torch.ones(2).to(device), device)
