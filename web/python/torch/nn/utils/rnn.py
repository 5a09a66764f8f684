"""Variable-length sequences for the recurrent layers: padding a list of sequences into one
tensor, and packing a padded batch so that an RNN runs each sequence only to its own length.

A PackedSequence stores the time steps one after another, each holding the sequences still
running at that step (longest first); batch_sizes[t] says how many that is."""
from collections import namedtuple
from collections.abc import Iterable

import torch

from ..._unsupported import package_getattr

__all__ = ["PackedSequence", "invert_permutation", "pack_padded_sequence", "pad_packed_sequence", "pad_sequence",
           "unpad_sequence", "pack_sequence", "unpack_sequence"]

_PackedSequenceFields = namedtuple("PackedSequence_", ["data", "batch_sizes", "sorted_indices", "unsorted_indices"])


class PackedSequence(_PackedSequenceFields):
    def __new__(cls, data, batch_sizes=None, sorted_indices=None, unsorted_indices=None):
        if unsorted_indices is None:
            unsorted_indices = invert_permutation(sorted_indices)
        if batch_sizes is None:
            assert isinstance(data, (list, tuple)) and len(data) == 2
            data, batch_sizes = data
        return super().__new__(cls, data, batch_sizes, sorted_indices, unsorted_indices)

    def to(self, *args, **kwargs):
        data = self.data.to(*args, **kwargs)
        if data is self.data:
            return self
        return type(self)(data, self.batch_sizes, self.sorted_indices, self.unsorted_indices)

    def double(self):
        return self.to(dtype=torch.double)

    def float(self):
        return self.to(dtype=torch.float)

    def long(self):
        return self.to(dtype=torch.long)

    def int(self):
        return self.to(dtype=torch.int)

    def cpu(self, *args, **kwargs):
        return self.to(*args, **kwargs)

    @property
    def is_cuda(self):
        return False


def invert_permutation(permutation):
    if permutation is None:
        return None
    inverse = [0] * permutation.numel()
    for position, index in enumerate(permutation.tolist()):
        inverse[index] = position
    return torch.tensor(inverse, dtype=permutation.dtype)


def _sorted_descending(lengths):
    """(lengths sorted longest first, the permutation that sorts them)."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    return [lengths[i] for i in order], torch.tensor(order, dtype=torch.int64)


def pack_padded_sequence(input, lengths, batch_first=False, enforce_sorted=True):
    lengths = torch.as_tensor(lengths, dtype=torch.int64).tolist()
    sorted_indices = None
    if not enforce_sorted:
        lengths, sorted_indices = _sorted_descending(lengths)
        input = input.index_select(0 if batch_first else 1, sorted_indices)
    data, batch_sizes = _pack_padded(input, lengths, batch_first)
    return PackedSequence(data, batch_sizes, sorted_indices, None)


def _pack_padded(input, lengths, batch_first):
    """PyTorch's _pack_padded_sequence: the padded [time, batch, *] input cut into blocks of
    steps over which the number of running sequences stays the same, then concatenated."""
    if batch_first:
        input = input.transpose(0, 1)
    batch = input.size(1)
    if input.numel() == 0:
        raise RuntimeError("Cannot pack empty tensors.")
    if len(lengths) != batch:
        raise RuntimeError(f"Expected `len(lengths)` to be equal to batch_size, but got {len(lengths)} "
                           f"(batch_size={batch})")
    if lengths[-1] <= 0:
        raise RuntimeError("Length of all samples has to be greater than 0, but found an element in 'lengths' that "
                           "is <= 0")
    if any(shorter > longer for longer, shorter in zip(lengths, lengths[1:])):
        raise RuntimeError("`lengths` array must be sorted in decreasing order when `enforce_sorted` is True. You "
                           "can pass `enforce_sorted=False` to pack_padded_sequence and/or pack_sequence to sidestep "
                           "this requirement if you do not need ONNX exportability.")
    blocks, batch_sizes, done = [], [], 0
    for running in range(batch, 0, -1):
        length = lengths[running - 1]
        if length > done:
            block = input[done:length, :running].contiguous()
            blocks.append(block.view(-1, *input.shape[2:]))
            batch_sizes += [running] * (length - done)
            done = length
    return torch.cat(blocks), torch.tensor(batch_sizes, dtype=torch.int64)


def pad_packed_sequence(sequence, batch_first=False, padding_value=0.0, total_length=None):
    batch_sizes = sequence.batch_sizes.tolist()
    max_seq_length = len(batch_sizes)
    if total_length is not None:
        if total_length < max_seq_length:
            raise ValueError("Expected total_length to be at least the length of the longest sequence in input, but "
                             f"got total_length={total_length} and max sequence length being {max_seq_length}")
        max_seq_length = total_length
    data = sequence.data
    output = torch.full([max_seq_length, batch_sizes[0], *data.shape[1:]], padding_value, dtype=data.dtype)
    lengths = [0] * batch_sizes[0]
    offset, start = 0, 0
    # Copies each block of steps that share one batch size in one go, as PyTorch does.
    for step, size in enumerate(batch_sizes + [0]):
        previous = batch_sizes[step - 1] if step > 0 else batch_sizes[0]
        if size != previous:
            count = previous * (step - start)
            block = data[offset:offset + count].view(step - start, previous, *data.shape[1:])
            output[start:step, :previous].copy_(block)
            offset += count
            start = step
            for i in range(size, previous):
                lengths[i] = step
    if batch_first:
        output = output.transpose(0, 1)
    lengths = torch.tensor(lengths, dtype=torch.int64)
    if sequence.unsorted_indices is not None:
        return output.index_select(0 if batch_first else 1, sequence.unsorted_indices), \
            lengths[sequence.unsorted_indices]
    return output, lengths


def pad_sequence(sequences, batch_first=False, padding_value=0.0):
    if not isinstance(sequences, Iterable):
        raise RuntimeError(
            f"pad_sequence: Expected iterable for input sequences, but got arg of type: {type(sequences)}")
    sequences = tuple(sequences)
    if not sequences:
        raise RuntimeError("received an empty list of sequences")
    max_len = max(s.size(0) for s in sequences)
    trailing = list(sequences[0].shape[1:])
    shape = [len(sequences), max_len] if batch_first else [max_len, len(sequences)]
    out = torch.full(shape + trailing, padding_value, dtype=sequences[0].dtype)
    for i, seq in enumerate(sequences):
        if batch_first:
            out.select(0, i).narrow(0, 0, seq.size(0)).copy_(seq)
        else:
            out.narrow(0, 0, seq.size(0)).select(1, i).copy_(seq)
    return out


def unpad_sequence(padded_sequences, lengths, batch_first=False):
    if not batch_first:
        padded_sequences = padded_sequences.transpose(0, 1)
    return [seq[:int(length)] for seq, length in zip(padded_sequences, lengths)]


def pack_sequence(sequences, enforce_sorted=True):
    lengths = torch.as_tensor([v.size(0) for v in sequences])
    return pack_padded_sequence(pad_sequence(sequences), lengths, enforce_sorted=enforce_sorted)


def unpack_sequence(packed_sequences):
    padded_sequences, lengths = pad_packed_sequence(packed_sequences, batch_first=True)
    return unpad_sequence(padded_sequences, lengths, batch_first=True)


# ---- running one RNN direction over packed data (PyTorch's PackedLayer / ReversedPackedLayer)


__getattr__ = package_getattr(__name__)
