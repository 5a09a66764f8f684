"""torchvision: the datasets, transforms and utilities lessons use, over our torch package."""
from . import datasets, transforms, utils

# The version of the torchvision outputs are recorded from (Debian's python3-torchvision).
__version__ = "0.14.1a0"
