"""torch.nn: modules, parameters, functional forms and initialisation."""
from .._unsupported import package_getattr
from . import functional, init, utils
from .modules import (BCELoss, BCEWithLogitsLoss, CrossEntropyLoss, Dropout, Flatten, Identity, L1Loss, LeakyReLU,
                      Linear, LogSoftmax, Module, ModuleDict, ModuleList, MSELoss, NLLLoss, ReLU, Sequential, Sigmoid,
                      Softmax, Tanh)
from .modules import MultiheadAttention
from .modules import GRU, GRUCell, LSTM, LSTMCell, RNN, RNNBase, RNNCell, RNNCellBase
from .modules import (AdaptiveAvgPool2d, AvgPool1d, AvgPool2d, Conv1d, Conv2d, ConvTranspose1d, ConvTranspose2d,
                      MaxPool1d, MaxPool2d)
from .parameter import Parameter, UninitializedBuffer, UninitializedParameter
from .modules import LazyLinear, Unflatten
from .modules import Dropout1d, Dropout2d, Embedding, HuberLoss, SmoothL1Loss
from .modules import CELU, ELU, GELU, SELU, Hardsigmoid, Hardswish, Hardtanh, Mish, ReLU6, SiLU, Softplus
from .modules import LazyConv1d, LazyConv2d, LazyConvTranspose1d, LazyConvTranspose2d
from .modules import PReLU
from .modules import CosineSimilarity, PairwiseDistance
from .modules import KLDivLoss
from .modules import EmbeddingBag
from .modules import (BatchNorm1d, BatchNorm2d, BatchNorm3d, GroupNorm, LayerNorm, LazyBatchNorm1d,
                      LazyBatchNorm2d, LazyBatchNorm3d)
from .modules import InstanceNorm1d, InstanceNorm2d
from .modules import AdaptiveAvgPool1d, AdaptiveMaxPool1d, AdaptiveMaxPool2d
from .modules import (ConstantPad1d, ConstantPad2d, ConstantPad3d, ReflectionPad1d, ReflectionPad2d, ReflectionPad3d,
                      ReplicationPad1d, ReplicationPad2d, ReplicationPad3d, ZeroPad2d)
from .modules import Fold, Unfold, Upsample, UpsamplingBilinear2d, UpsamplingNearest2d
from .modules import PixelShuffle, PixelUnshuffle
from . import utils


__getattr__ = package_getattr(__name__)
