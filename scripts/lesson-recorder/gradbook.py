"""Stand-in for gradbook while recording under real PyTorch: every picture is a Picture,
which has no text of PyTorch's to record."""


class Picture:
    pass


def _picture(*args, **kwargs):
    return Picture()


graph = explain = landscape = decision_boundary = plot = _picture


def display(*values):
    pass
