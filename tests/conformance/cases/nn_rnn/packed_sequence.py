# pack_padded_sequence / pad_packed_sequence, and recurrent layers run over packed batches.
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pack_sequence, pad_packed_sequence, pad_sequence

torch.manual_seed(0)
padded = torch.arange(24.0).view(4, 3, 2)
packed = pack_padded_sequence(padded, [4, 2, 1])
print(packed)
print(pad_packed_sequence(packed))
print(pad_packed_sequence(packed, batch_first=True, padding_value=-1.0, total_length=5)[0].shape)
unsorted = pack_padded_sequence(padded.transpose(0, 1), torch.tensor([2, 4, 1]), batch_first=True,
                                enforce_sorted=False)
print(unsorted.batch_sizes, unsorted.sorted_indices, unsorted.unsorted_indices)
print(pad_packed_sequence(unsorted, batch_first=True))

sequences = [torch.randn(5, 3), torch.randn(2, 3), torch.randn(3, 3)]
packed = pack_sequence(sequences, enforce_sorted=False)
for rnn in (nn.RNN(3, 4), nn.LSTM(3, 4, num_layers=2), nn.GRU(3, 4, bidirectional=True)):
    out, hidden = rnn(packed)
    h = hidden[0] if isinstance(hidden, tuple) else hidden
    print(type(out).__name__, out.data.shape, out.batch_sizes.tolist(), h.shape)
    print(out.data.flatten().tolist())
    print(h.flatten().tolist())
    padded_out, lengths = pad_packed_sequence(out, batch_first=True)
    print(padded_out.shape, lengths)
    (padded_out.sum() + h.sum()).backward()
    for name, p in rnn.named_parameters():
        print(name, p.grad.flatten().tolist())

for bad in ([3, 4, 1], [2, 1, 0], [3, 2]):
    try:
        pack_padded_sequence(padded, bad)
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    pad_packed_sequence(pack_padded_sequence(padded, [4, 2, 1]), total_length=3)
except ValueError as e:
    print("ValueError:", e)
