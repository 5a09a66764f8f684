# pad_sequence: sequences of different lengths padded into one tensor, sequence- or batch-first.
import torch
from torch.nn.utils.rnn import pad_sequence

a, b, c = torch.ones(4, 2), 2 * torch.ones(1, 2), torch.arange(6.0).view(3, 2)
print(pad_sequence([a, b, c]))
print(pad_sequence([a, b, c], batch_first=True, padding_value=-1.0).shape)
print(pad_sequence([torch.tensor([1, 2, 3]), torch.tensor([4])], batch_first=True))
w = torch.randn(2, 3, requires_grad=True)
padded = pad_sequence([w, w[:1] * 2])
print(padded.grad_fn.name())
padded.sum().backward()
print(w.grad)
try:
    pad_sequence([])
except RuntimeError as e:
    print("RuntimeError:", e)
