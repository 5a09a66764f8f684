"""torch.utils: data loading, and the handles hooks return."""
from . import data, hooks
