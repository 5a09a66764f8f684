"""torchvision.transforms: the transforms lessons chain onto datasets."""
from .transforms import Compose, Lambda, Normalize, RandomHorizontalFlip, ToTensor
