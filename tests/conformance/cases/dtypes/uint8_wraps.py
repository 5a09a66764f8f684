import torch

u = torch.tensor([200, 100], dtype=torch.uint8)
print(u, u.dtype, u.type())
print(u + 100, u * 2, -u, u // 3, u / 3)
print(u.sum(), u.max(), u.float().mean(), torch.tensor([1, 2]).byte())
print(torch.tensor([300.7, -1.5, 255.9]).to(torch.uint8), torch.ByteTensor([1, 2]))
print((u + torch.tensor([1], dtype=torch.int32)).dtype, (u + 1.5).dtype)
