import torch

x = torch.tensor([1, 2, 3, 4, 5, 6])
print(x.view(2, -1))
print(x.view(-1, 2).shape, x.view((3, 2)).shape)
for shape in [(4, -1), (-1, -1), (-2, 3), (5, 2)]:
    try:
        x.view(*shape)
    except RuntimeError as e:
        print("RuntimeError:", e)
