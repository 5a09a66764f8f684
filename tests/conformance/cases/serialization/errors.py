import io
import pickle
import zipfile
from collections import OrderedDict

import torch


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


def archive(pickled, records=()):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("archive/data.pkl", pickled)
        for name, data in records:
            z.writestr(f"archive/{name}", data)
        z.writestr("archive/version", "3\n")
    buffer.seek(0)
    return buffer


class Harmless:
    """Would print when unpickled by Python's pickle."""

    def __reduce__(self):
        return print, ("this ran",)


# Refused by weights_only=True (a file that would run code, a class outside the list, floats in 1.13)
show(lambda: torch.load(archive(pickle.dumps(Harmless(), protocol=2)), weights_only=True))
show(lambda: torch.load(archive(b"\x80\x02cos\nsystem\nX\x04\x00\x00\x00true\x85R."), weights_only=True))
show(lambda: torch.load(archive(b"\x80\x02ccollections\nOrderedDict\n)\x81."), weights_only=True))
show(lambda: torch.load(archive(b"\x80\x02X\x06\x00\x00\x00moduleK\x01\x86Q."), weights_only=True))
show(lambda: torch.load(archive(pickle.dumps([1, 2.5], protocol=2)), weights_only=True))
show(lambda: torch.load(archive(pickle.dumps((1, "a", None), protocol=4)), weights_only=True))
show(lambda: torch.load(archive(pickle.dumps(OrderedDict(a=[1, (2, "x")]), protocol=2)), weights_only=True))
show(lambda: torch.load(io.BytesIO(), weights_only=True, pickle_module=pickle))

# A file saved on a GPU, read where there is none
class Storage:
    pass


class Pickler(pickle.Pickler):
    def persistent_id(self, obj):
        return ("storage", torch.FloatStorage, "0", "cuda:0", 2) if isinstance(obj, Storage) else None


class OnGpu:
    def __reduce__(self):
        return torch._utils._rebuild_tensor_v2, (Storage(), 0, (2,), (1,), False, OrderedDict())


buffer = io.BytesIO()
Pickler(buffer, protocol=2).dump(OnGpu())
gpu_file = buffer.getvalue()
data = bytes.fromhex("0000003f000080bf")  # float32 0.5, -1.0
show(lambda: torch.load(archive(gpu_file, [("data/0", data)])))
show(lambda: torch.load(archive(gpu_file, [("data/0", data)]), map_location="cpu"))
show(lambda: torch.load(archive(gpu_file, [("data/0", data)]), map_location={"cuda:0": "cpu"}))
show(lambda: torch.load(archive(gpu_file, [("data/0", data)]), map_location=torch.device("cpu")))
show(lambda: torch.load(archive(gpu_file, [("data/0", data)]), map_location=lambda storage, location: storage))
show(lambda: torch.load(archive(gpu_file, [("data/0", data)]), weights_only=True))

# Not a .pt file, or no file
show(lambda: torch.load(io.BytesIO()))
show(lambda: torch.load(io.BytesIO(b"hello")))
show(lambda: torch.load(io.BytesIO(pickle.dumps(12345, protocol=2))))
show(lambda: torch.load(io.BytesIO(b"not a pickle")))
show(lambda: torch.load(io.BytesIO(b"\x00\x01")))
show(lambda: torch.save(torch.ones(1), ".pt"))
show(lambda: torch.save(torch.ones(1), "no_such_folder/x.pt"))

# A storage seen as two dtypes
x = torch.zeros(4)
show(lambda: torch.save([x, x.view(torch.int32)], io.BytesIO()))
