# The training split of Fashion-MNIST, batched by a shuffling DataLoader with a seeded generator.
import torch
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

train_set = datasets.FashionMNIST(root="data", train=True, download=True, transform=transforms.ToTensor())
print(train_set)
print(train_set.data.shape, train_set.targets[:10], train_set.targets.bincount())

torch.manual_seed(0)
loader = DataLoader(train_set, batch_size=64, shuffle=True)
images, labels = next(iter(loader))
print(len(loader), images.shape, images.dtype, labels.dtype)
print(labels)
print(images.mean(), images[3, 0, 14, 8:14])
