"""torch.cuda: there is no GPU in the browser, so programs that ask take their CPU path."""


def is_available():
    return False


def device_count():
    return 0
