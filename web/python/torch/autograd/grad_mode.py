"""torch.no_grad / enable_grad / set_grad_enabled: context managers and decorators."""
import functools

from .._engine import ops


def is_grad_enabled():
    return ops.grad_enabled()


class _GradMode:
    enabled = True

    def __enter__(self):
        self._previous = ops.grad_enabled()
        ops.set_grad_enabled(self.enabled)

    def __exit__(self, *exc):
        ops.set_grad_enabled(self._previous)
        return False

    def __call__(self, function):
        @functools.wraps(function)
        def run(*args, **kwargs):
            with type(self)():
                return function(*args, **kwargs)

        return run


class no_grad(_GradMode):
    enabled = False


class enable_grad(_GradMode):
    enabled = True


class set_grad_enabled:
    """Switches grad mode at once; used with ``with`` it restores the old mode on exit."""

    def __init__(self, mode):
        self._previous = ops.grad_enabled()
        ops.set_grad_enabled(bool(mode))

    def __enter__(self):
        return None

    def __exit__(self, *exc):
        ops.set_grad_enabled(self._previous)
        return False


_inference = [False]


def is_inference_mode_enabled():
    return _inference[0]


class inference_mode(_GradMode):
    """Like no_grad (this engine has no separate inference tensors)."""

    def __init__(self, mode=True):
        self.mode = bool(mode)
        self.enabled = not self.mode

    def __enter__(self):
        super().__enter__()
        self._previous_inference = _inference[0]
        _inference[0] = self.mode

    def __exit__(self, *exc):
        _inference[0] = self._previous_inference
        return super().__exit__(*exc)

    def __call__(self, function):
        @functools.wraps(function)
        def run(*args, **kwargs):
            with inference_mode(self.mode):
                return function(*args, **kwargs)

        return run
