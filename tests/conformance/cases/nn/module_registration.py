import torch
import torch.nn as nn


class Scale(nn.Module):
    def __init__(self):
        super().__init__()
        self.gain = nn.Parameter(torch.tensor([2.0, 3.0]))
        self.register_buffer("offset", torch.tensor([0.5, -0.5]))
        self.note = "not a parameter"

    def forward(self, x):
        return x * self.gain + self.offset


m = Scale()
print([name for name, _ in m.named_parameters()])
print([name for name, _ in m.named_buffers()])
print(m.gain)
print(m.offset)
print(m(torch.tensor([1.0, 1.0])))
print(m.note)
