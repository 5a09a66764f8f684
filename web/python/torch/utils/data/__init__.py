"""torch.utils.data: datasets, samplers and the (single-process) DataLoader."""
from ..._unsupported import package_getattr
from .dataloader import DataLoader, default_collate
from .dataset import ConcatDataset, Dataset, Subset, TensorDataset, random_split
from .sampler import BatchSampler, RandomSampler, Sampler, SequentialSampler, SubsetRandomSampler


__getattr__ = package_getattr(__name__)
