"""DataLoader: batches of a dataset, in the sampler's order, collated into tensors.

Loading runs in the calling thread (num_workers is accepted and ignored). Each pass draws
the same random numbers from the default generator as PyTorch's loader does, so a seeded
program shuffles (and later samples) identically.
"""
import collections.abc

from ... import _dtype
from ..._tensor import Tensor
from .sampler import BatchSampler, RandomSampler, SequentialSampler, draw_seed


def default_collate(batch):
    """Stacks a list of samples into a batch: tensors along a new first dim, numbers into
    tensors, and tuples, lists and dicts element by element."""
    import torch

    elem = batch[0]
    if isinstance(elem, Tensor):
        return torch.stack(batch, 0)
    if isinstance(elem, float):
        return torch.tensor(batch, dtype=_dtype.float64)
    if isinstance(elem, bool) or isinstance(elem, int):
        return torch.tensor(batch)
    if isinstance(elem, str):
        return batch
    if isinstance(elem, collections.abc.Mapping):
        return {key: default_collate([d[key] for d in batch]) for key in elem}
    if isinstance(elem, tuple) and hasattr(elem, "_fields"):
        return type(elem)(*(default_collate(samples) for samples in zip(*batch)))
    if isinstance(elem, collections.abc.Sequence):
        size = len(elem)
        if any(len(e) != size for e in batch):
            raise RuntimeError("each element in list of batch should be of equal size")
        transposed = list(zip(*batch))
        if isinstance(elem, tuple):
            return [default_collate(samples) for samples in transposed]
        try:
            return type(elem)([default_collate(samples) for samples in transposed])
        except TypeError:
            return [default_collate(samples) for samples in transposed]
    raise TypeError(f"default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; "
                    f"found {type(elem)}")


class DataLoader:
    def __init__(self, dataset, batch_size=1, shuffle=None, sampler=None, batch_sampler=None, num_workers=0,
                 collate_fn=None, pin_memory=False, drop_last=False, timeout=0, worker_init_fn=None,
                 multiprocessing_context=None, generator=None, *, prefetch_factor=2, persistent_workers=False,
                 pin_memory_device=""):
        if num_workers < 0:
            raise ValueError("num_workers option should be non-negative; use num_workers=0 to disable "
                             "multiprocessing.")
        if timeout < 0:
            raise ValueError("timeout option should be non-negative")
        shuffle = bool(shuffle)
        if sampler is not None and shuffle:
            raise ValueError("sampler option is mutually exclusive with shuffle")
        if batch_sampler is not None:
            if batch_size != 1 or shuffle or sampler is not None or drop_last:
                raise ValueError("batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and "
                                 "drop_last")
            batch_size, drop_last = None, False
        elif batch_size is None and drop_last:
            raise ValueError("batch_size=None option disables auto-batching and is mutually exclusive with drop_last")
        if sampler is None:
            sampler = RandomSampler(dataset, generator=generator) if shuffle else SequentialSampler(dataset)
        if batch_size is not None and batch_sampler is None:
            batch_sampler = BatchSampler(sampler, batch_size, drop_last)
        self.dataset = dataset
        self.batch_size = batch_size
        self.drop_last = drop_last
        self.sampler = sampler
        self.batch_sampler = batch_sampler
        self.generator = generator
        self.num_workers = num_workers
        self.collate_fn = collate_fn or (default_collate if batch_sampler is not None else (lambda sample: sample))

    def __iter__(self):
        indices = iter(self.batch_sampler if self.batch_sampler is not None else self.sampler)
        draw_seed(self.generator)  # the seed PyTorch hands its worker processes, drawn by iter()
        return self._batches(indices)

    def _batches(self, indices):
        if self.batch_sampler is not None:
            for batch in indices:
                yield self.collate_fn([self.dataset[i] for i in batch])
        else:
            for i in indices:
                yield self.collate_fn(self.dataset[i])

    def __len__(self):
        return len(self.batch_sampler if self.batch_sampler is not None else self.sampler)
