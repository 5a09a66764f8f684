# torchvision.utils.make_grid: rows, padding, pad_value, normalize, value_range and scale_each.
import torch
from torchvision.utils import make_grid

torch.manual_seed(1)
batch = torch.rand(5, 1, 3, 3)
grid = make_grid(batch, nrow=3, padding=1)
print(grid.shape)
print(grid[0])
print(make_grid(batch, nrow=2, padding=2, pad_value=0.5).shape)
print(make_grid(batch * 4 - 2, normalize=True, padding=0)[1])
print(make_grid(batch, normalize=True, value_range=(0.2, 0.8), padding=1, nrow=5)[2])
print(make_grid(batch * torch.arange(1.0, 6.0).view(5, 1, 1, 1), normalize=True, scale_each=True, padding=0)[0])
print(make_grid([torch.ones(3, 2, 2), torch.zeros(3, 2, 2)], padding=1))
print(make_grid(torch.ones(1, 2, 2)).shape, make_grid(torch.ones(2, 2)).shape)
for bad in [[torch.ones(1, 2, 2), 3], "images"]:
    try:
        make_grid(bad)
    except TypeError as e:
        print(e)
try:
    make_grid(batch, normalize=True, value_range=[0, 1])
except TypeError as e:
    print(e)
