import torch.nn as nn


class Stack(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(2, 2) for _ in range(3)])
        self.heads = nn.ModuleDict({"a": nn.Linear(2, 1), "b": nn.Linear(2, 1, bias=False)})


s = Stack()
print(s)
print(len(s.layers), len(s.heads))
print([name for name, _ in s.named_parameters()])
s.layers.append(nn.Tanh())
print(len(s.layers), s.layers[-1])
print(list(s.heads.keys()))
