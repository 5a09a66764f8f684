"""Stand-in for matplotlib.pyplot while recording lesson outputs: every call draws nothing."""


class _Axes:
    def __getattr__(self, name):
        return lambda *args, **kwargs: None


def subplots(*args, **kwargs):
    return object(), _Axes()


def __getattr__(name):
    return lambda *args, **kwargs: None
