# torchvision.transforms on tensors and images: their printed forms, Normalize's arithmetic and
# errors, RandomHorizontalFlip's draws from the default generator.
import torch
from torchvision import transforms

pipeline = transforms.Compose([
    transforms.ToTensor(),
    transforms.Normalize((0.1307,), (0.3081,)),
    transforms.Lambda(lambda x: x.view(-1)),
])
print(pipeline)
print(transforms.RandomHorizontalFlip(), transforms.RandomHorizontalFlip(p=0.25), transforms.Normalize(0.5, 0.5))

torch.manual_seed(3)
x = torch.rand(2, 3, 4)
normalize = transforms.Normalize(mean=[0.485, 0.456], std=[0.229, 0.224])
print(normalize(x))
print(x[0, 0])
transforms.Normalize(0.5, 0.25, inplace=True)(x)
print(x[1])

for bad in [torch.ones(3, 4, dtype=torch.uint8), torch.ones(3, 4)]:
    try:
        normalize(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    transforms.Normalize(0.0, 0.0)(torch.ones(1, 2, 2))
except ValueError as e:
    print(e)
try:
    transforms.Lambda(3)
except TypeError as e:
    print(e)
try:
    transforms.ToTensor()(torch.ones(2, 2))
except TypeError as e:
    print(e)

torch.manual_seed(0)
flip = transforms.RandomHorizontalFlip()
row = torch.arange(4.0).view(1, 1, 4)
print([flip(row)[0, 0, 0].item() for _ in range(8)])
print(torch.rand(1))
