import torch.nn as nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = nn.Linear(2, 2)
        self.act = nn.Tanh()


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.first = Block()
        self.second = Block()
        self.head = nn.Linear(2, 1, bias=False)


net = Net()
print([name for name, _ in net.named_parameters()])
print([name for name, _ in net.named_modules()])
print([name for name, _ in net.named_children()])
print(len(list(net.modules())), len(list(net.children())), len(list(net.parameters())))
print(net)
