"""torchvision.datasets: MNIST and Fashion-MNIST from their IDX files."""
from .mnist import MNIST, FashionMNIST
from .vision import VisionDataset
