"""torch.nn: modules, parameters, functional forms and initialisation."""
from .._unsupported import package_getattr
from . import functional, init
from .modules import (BCELoss, BCEWithLogitsLoss, CrossEntropyLoss, Dropout, Flatten, Identity, L1Loss, LeakyReLU,
                      Linear, LogSoftmax, Module, ModuleDict, ModuleList, MSELoss, NLLLoss, ReLU, Sequential, Sigmoid,
                      Softmax, Tanh)
from .parameter import Parameter


__getattr__ = package_getattr(__name__)
