import torch
import torch.nn as nn


class Broken(nn.Module):
    def __init__(self):
        self.w = nn.Parameter(torch.tensor([1.0]))
        super().__init__()


try:
    Broken()
except AttributeError as e:
    print("AttributeError:", e)


class Forgot(nn.Module):
    pass


try:
    Forgot()(torch.tensor([1.0]))
except NotImplementedError as e:
    print("NotImplementedError:", e)
