"""nn.InstanceNorm1d/2d: each channel of each sample normalised by its own statistics."""
from .. import functional as F
from .batchnorm import _dims_check, _NormBase


class _InstanceNorm(_NormBase):
    _no_batch_dim = None  # the input's rank without a batch dim

    def __init__(self, num_features, eps=1e-5, momentum=0.1, affine=False, track_running_stats=False, device=None,
                 dtype=None):
        super().__init__(num_features, eps, momentum, affine, track_running_stats, device, dtype)

    def _apply_instance_norm(self, input):
        return F.instance_norm(input, self.running_mean, self.running_var, self.weight, self.bias,
                               self.training or not self.track_running_stats, self.momentum, self.eps)

    def forward(self, input):
        self._check_input_dim(input)
        if input.dim() == self._no_batch_dim:
            return self._apply_instance_norm(input.unsqueeze(0)).squeeze(0)
        return self._apply_instance_norm(input)


class InstanceNorm1d(_InstanceNorm):
    _no_batch_dim = 2
    _check_input_dim = _dims_check("_check_input_dim", (2, 3), "expected 2D or 3D input (got {}D input)")


class InstanceNorm2d(_InstanceNorm):
    _no_batch_dim = 3
    _check_input_dim = _dims_check("_check_input_dim", (3, 4), "expected 3D or 4D input (got {}D input)")
