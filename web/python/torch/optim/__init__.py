"""torch.optim: optimizers with PyTorch's exact update arithmetic, and learning-rate schedules."""
from .._unsupported import package_getattr
from . import lr_scheduler
from .adam import Adam, AdamW
from .optimizer import Optimizer
from .rmsprop import RMSprop
from .sgd import SGD


__getattr__ = package_getattr(__name__)
