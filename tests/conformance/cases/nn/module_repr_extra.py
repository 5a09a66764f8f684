import torch.nn as nn


class Gate(nn.Module):
    def __init__(self, size):
        super().__init__()
        self.size = size

    def extra_repr(self):
        return f"size={self.size}"


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Dropout(0.25), nn.Linear(8, 8))
        self.gate = Gate(8)
        self.classifier = nn.Sequential(nn.LeakyReLU(0.2), nn.Linear(8, 3), nn.LogSoftmax(dim=1))


print(Model())
print(Gate(3))
print(nn.Softmax(dim=-1), nn.Sigmoid(), nn.Identity(), nn.Flatten(), nn.ReLU(inplace=True))
