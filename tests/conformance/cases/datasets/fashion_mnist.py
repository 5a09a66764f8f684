# Fashion-MNIST's test split: the dataset's printed form, its tensors, the first items through
# ToTensor and Normalize, and the images a transform is given.
import torch
import torch.utils.data
from torchvision import datasets, transforms

transform = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.5,), (0.5,))])
test_set = datasets.FashionMNIST("data", train=False, download=True, transform=transform)
print(test_set)
print(len(test_set), test_set.data.shape, test_set.data.dtype, test_set.targets.dtype)
print(test_set.targets[:20])
print(test_set.classes)
print(test_set.class_to_idx["Sneaker"])
print(test_set.data[0, 10:14, 8:20])
print(test_set.data.float().mean(), test_set.targets.bincount())

image, label = test_set[0]
print(image.shape, image.dtype, label, test_set.classes[label])
print(image[0, 12, 5:15])
print(image.sum(), image.min(), image.max())

raw = datasets.FashionMNIST("data", train=False)
picture, label = raw[1]
print(picture.mode, picture.size, label)
to_tensor = transforms.ToTensor()(picture)
print(to_tensor.dtype, to_tensor.shape, to_tensor[0, 14, 10:16])
print(to_tensor[0, 14, 10:16].tolist())  # every bit of ToTensor's float32 values
print(torch.equal(to_tensor, raw.data[1].float().div(255).unsqueeze(0)))
print(datasets.FashionMNIST("data", train=False, target_transform=lambda y: y + 100)[2][1])
print(type(picture))
try:
    next(iter(torch.utils.data.DataLoader(raw, batch_size=2)))  # images need ToTensor to be batched
except TypeError as e:
    print(e)
