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
