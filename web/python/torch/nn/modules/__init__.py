from .activation import LeakyReLU, LogSoftmax, PReLU, ReLU, Sigmoid, Softmax, Tanh
from .attention import MultiheadAttention
from .batchnorm import BatchNorm1d, BatchNorm2d, BatchNorm3d, LazyBatchNorm1d, LazyBatchNorm2d, LazyBatchNorm3d
from .conv import Conv1d, Conv2d, ConvTranspose1d, ConvTranspose2d
from .conv import LazyConv1d, LazyConv2d, LazyConvTranspose1d, LazyConvTranspose2d
from .distance import CosineSimilarity, PairwiseDistance
from .container import ModuleDict, ModuleList, Sequential
from .dropout import Dropout, Dropout1d, Dropout2d
from .embedding import Embedding, EmbeddingBag
from .flatten import Flatten, Unflatten
from .instancenorm import InstanceNorm1d, InstanceNorm2d
from .linear import Identity, LazyLinear, Linear
from .lazy import LazyModuleMixin
from .loss import BCELoss, BCEWithLogitsLoss, CrossEntropyLoss, L1Loss, MSELoss, NLLLoss
from .loss import HuberLoss, SmoothL1Loss
from .loss import KLDivLoss
from .module import Module
from .normalization import GroupNorm, LayerNorm
from .rnn import GRU, GRUCell, LSTM, LSTMCell, RNN, RNNBase, RNNCell, RNNCellBase
from .pooling import AdaptiveAvgPool2d, AvgPool1d, AvgPool2d, MaxPool1d, MaxPool2d
from .pooling import AdaptiveAvgPool1d, AdaptiveMaxPool1d, AdaptiveMaxPool2d
from .padding import (ConstantPad1d, ConstantPad2d, ConstantPad3d, ReflectionPad1d, ReflectionPad2d, ReflectionPad3d,
                      ReplicationPad1d, ReplicationPad2d, ReplicationPad3d, ZeroPad2d)
from .upsampling import Upsample, UpsamplingBilinear2d, UpsamplingNearest2d
from .fold import Fold, Unfold
from .pixelshuffle import PixelShuffle, PixelUnshuffle
from .pointwise_activation import CELU, ELU, GELU, SELU, Hardsigmoid, Hardswish, Hardtanh, Mish, ReLU6, SiLU, Softplus
