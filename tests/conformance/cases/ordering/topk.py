import torch

s = torch.tensor([0.2, -1.5, 3.0, 0.7, 3.0, -0.1])
print(torch.topk(s, 3))
print(s.topk(2, largest=False), s.topk(0))
m = torch.tensor([[1, 3, 3, 2, 3, 1], [5, 4, 4, 6, 0, 4]])
print(m.topk(3, dim=1), torch.topk(m, 1, dim=0))
long = torch.tensor([(i * 5) % 4 for i in range(300)]).float()
print(long.topk(4).indices, long.topk(4, largest=False).indices, long[:30].topk(6).indices)
print(torch.topk(torch.tensor([1.0, float('nan'), 2.0]), 2))
try:
    s.topk(7)
except RuntimeError as e:
    print("RuntimeError:", e)
