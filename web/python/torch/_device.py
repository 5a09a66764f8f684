"""torch.device: everything runs on the CPU, so 'cpu' is the one device there is."""


class device:
    __slots__ = ("type", "index")
    __module__ = "torch"

    def __init__(self, type, index=None):
        if isinstance(type, device):
            type, index = type.type, type.index
        kind, _, number = str(type).partition(":")
        if kind not in ("cpu", "cuda", "mps", "meta"):
            raise RuntimeError(
                "Expected one of cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, ort, xla, "
                f"lazy, vulkan, mps, meta, hpu, privateuseone device type at start of device string: {type}"
            )
        self.type = kind
        self.index = int(number) if number else index

    def __repr__(self):
        index = "" if self.index is None else f", index={self.index}"
        return f"device(type='{self.type}'{index})"

    def __str__(self):
        return self.type if self.index is None else f"{self.type}:{self.index}"

    def __eq__(self, other):
        return isinstance(other, device) and (self.type, self.index) == (other.type, other.index)

    def __hash__(self):
        return hash((self.type, self.index))


def parse_device(spec):
    """The device a `device=` argument names; only the CPU can hold tensors here."""
    d = spec if isinstance(spec, device) else device("cuda" if isinstance(spec, int) else spec, spec if isinstance(spec, int) else None)
    if d.type != "cpu":
        raise AssertionError("Torch not compiled with CUDA enabled")
    return d
