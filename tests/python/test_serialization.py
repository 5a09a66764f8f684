"""torch.save and torch.load: PyTorch 1.13's .pt files load with their values, dtypes, strides,
storage sharing, requires_grad and parameters; what torch.save writes is byte for byte what
PyTorch writes; and no file can make torch.load run code."""
import io
import os
import pickle
import struct
import sys
import unittest
import zipfile
from collections import OrderedDict

import torch

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures", "pt")
sys.path.insert(0, FIXTURES)

from objects import build  # noqa: E402  (the objects the recorded files hold)


def fixture(name):
    return os.path.join(FIXTURES, f"{name}.pt")


def archive(pickled, records=()):
    """A .pt-shaped zip holding ``pickled`` as its data.pkl (for files PyTorch would not write)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("archive/data.pkl", pickled)
        for name, data in records:
            z.writestr(f"archive/{name}", data)
        z.writestr("archive/version", "3\n")
    buffer.seek(0)
    return buffer


def saved_tensor(location="cpu", size=(2,), stride=(1,), storage_offset=0):
    """A file holding a float32 tensor on the storage [1.5, -2], saved on ``location`` with the
    given geometry (as no PyTorch without a GPU, or no sane PyTorch, writes it)."""

    class Storage:
        pass

    storage = Storage()

    class Pickler(pickle.Pickler):
        def persistent_id(self, obj):
            return ("storage", torch.FloatStorage, "0", location, 2) if obj is storage else None

    class Tensor:
        def __reduce__(self):
            return torch._utils._rebuild_tensor_v2, (storage, storage_offset, size, stride, False, OrderedDict())

    buffer = io.BytesIO()
    Pickler(buffer, protocol=2).dump(Tensor())
    return archive(buffer.getvalue(), [("data/0", struct.pack("<2f", 1.5, -2.0))])


class Same(unittest.TestCase):
    def assertSameObject(self, loaded, built, where="object"):
        """``loaded`` holds what ``built`` holds: the same containers, and tensors of the same
        type, dtype, geometry, requires_grad and values."""
        self.assertIsInstance(loaded, type(built), where)
        self.assertEqual(type(loaded).__qualname__, type(built).__qualname__, where)
        if isinstance(built, torch.Tensor):
            self.assertEqual(loaded.dtype, built.dtype, where)
            self.assertEqual(loaded.shape, built.shape, where)
            self.assertEqual(loaded.stride(), built.stride(), where)
            self.assertEqual(loaded.storage_offset(), built.storage_offset(), where)
            self.assertEqual(loaded.requires_grad, built.requires_grad, where)
            self.assertEqual(loaded.tolist(), built.tolist(), where)
        elif isinstance(built, dict):
            self.assertEqual(list(loaded), list(built), where)
            for key in built:
                self.assertSameObject(loaded[key], built[key], f"{where}[{key!r}]")
        elif isinstance(built, (list, tuple)):
            self.assertEqual(len(loaded), len(built), where)
            for i, (a, b) in enumerate(zip(loaded, built)):
                self.assertSameObject(a, b, f"{where}[{i}]")
        else:
            self.assertEqual(loaded, built, where)


class LoadingPyTorchFiles(Same):
    def test_every_recorded_file_holds_what_its_object_holds(self):
        for name, built in build().items():
            with self.subTest(name):
                self.assertSameObject(torch.load(fixture(name)), built, name)

    def test_tensors_that_shared_a_storage_share_one_after_loading(self):
        base, middle, transposed, strided = torch.load(fixture("views"))
        middle[0] = 100.0
        transposed[0, 1] = 200.0  # base.view(3, 4)[1, 0], that is base[4]
        strided[3] = 300.0  # base[9]
        self.assertEqual(base[[2, 4, 9]].tolist(), [100.0, 200.0, 300.0])

    def test_a_view_loads_on_its_whole_storage(self):
        view = torch.load(fixture("view_alone"))
        self.assertEqual(view.storage_offset(), 3)
        self.assertEqual(view.tolist(), [3, 4, 5, 6])

    def test_one_tensor_saved_twice_loads_as_one_tensor(self):
        first, second = torch.load(fixture("same_tensor_twice"))
        self.assertIs(first, second)

    def test_parameters_load_as_parameters(self):
        parameter = torch.load(fixture("parameter"))
        self.assertIsInstance(parameter, torch.nn.Parameter)
        self.assertTrue(parameter.requires_grad)
        self.assertTrue(parameter.is_leaf)
        frozen = torch.load(fixture("frozen_parameter"))
        self.assertIsInstance(frozen, torch.nn.Parameter)
        self.assertFalse(frozen.requires_grad)

    def test_a_loaded_tensor_that_requires_grad_is_a_leaf_that_learns(self):
        x = torch.load(fixture("requires_grad"))
        (x * x).sum().backward()
        self.assertEqual(x.grad.tolist(), [2.0, 4.0])

    def test_a_state_dict_loads_into_a_fresh_model(self):
        model = torch.nn.Sequential(torch.nn.Linear(2, 4), torch.nn.ReLU(), torch.nn.BatchNorm1d(4),
                                    torch.nn.Linear(4, 1))
        model.load_state_dict(torch.load(fixture("state_dict")))
        self.assertSameObject(model.state_dict(), build()["state_dict"], "state_dict")

    def test_a_state_dict_gives_a_lazy_model_its_shapes(self):
        model = torch.nn.Sequential(torch.nn.LazyLinear(4), torch.nn.ReLU(), torch.nn.LazyBatchNorm1d(),
                                    torch.nn.LazyLinear(1))
        model.load_state_dict(torch.load(fixture("state_dict")))
        self.assertSameObject(model.state_dict(), build()["state_dict"], "state_dict")
        self.assertEqual(model(torch.ones(3, 2)).shape, (3, 1))

    def test_a_state_dict_keeps_the_metadata_pytorch_writes(self):
        state = torch.load(fixture("state_dict"))
        self.assertIsInstance(state, OrderedDict)
        self.assertEqual(dict(state._metadata), {"": {"version": 1}, "0": {"version": 1}, "1": {"version": 1},
                                                 "2": {"version": 2}, "3": {"version": 1}})
        self.assertEqual(repr(torch.load(fixture("containers"))["ordered"]), "OrderedDict([('b', 1), ('a', 2)])")

    def test_optimizer_states_load_and_go_on_training(self):
        for name, optimizer_class in (("sgd", torch.optim.SGD), ("adam", torch.optim.Adam)):
            with self.subTest(name):
                saved = torch.load(fixture(name))
                model = torch.nn.Linear(3, 2)
                model.load_state_dict(saved["model"])
                optimizer = optimizer_class(model.parameters(), lr=0.5)
                optimizer.load_state_dict(saved["optimizer"])
                self.assertEqual(optimizer.param_groups[0]["lr"], 0.01)
                model(torch.ones(1, 3)).sum().backward()
                optimizer.step()

    def test_adam_saves_its_step_count_as_a_tensor(self):
        state = torch.load(fixture("adam"))["optimizer"]["state"]
        self.assertEqual(sorted(state), [0, 1])
        self.assertSameObject(state[0]["step"], torch.tensor(2.0), "step")
        self.assertEqual(sorted(state[0]), ["exp_avg", "exp_avg_sq", "step"])

    def test_sgd_saves_its_momentum_buffers(self):
        state = torch.load(fixture("sgd"))["optimizer"]["state"]
        self.assertEqual([sorted(s) for s in state.values()], [["momentum_buffer"], ["momentum_buffer"]])


class MapLocation(unittest.TestCase):
    def test_every_form_of_map_location_puts_tensors_on_the_cpu(self):
        for map_location in ("cpu", torch.device("cpu"), {"cuda:0": "cpu"}, lambda storage, location: storage):
            with self.subTest(map_location=map_location):
                self.assertEqual(torch.load(fixture("float64"), map_location=map_location).tolist(),
                                 [1 / 3, -2.5e300])
                self.assertEqual(torch.load(saved_tensor("cuda:0"), map_location=map_location).tolist(), [1.5, -2.0])

    def test_a_function_giving_none_leaves_the_storage_where_it_was_saved(self):
        self.assertEqual(torch.load(saved_tensor("cpu"), map_location=lambda storage, location: None).tolist(),
                         [1.5, -2.0])

    def test_a_function_sees_each_storage_and_where_it_was_saved(self):
        seen = []
        torch.load(saved_tensor("cuda:1"), map_location=lambda storage, location: seen.append(
            (storage.dtype, storage.size(), location)) or storage)
        self.assertEqual(seen, [(torch.float32, 2, "cuda:1")])

    def test_a_file_saved_on_a_gpu_needs_a_map_location(self):
        with self.assertRaisesRegex(RuntimeError, r"^Attempting to deserialize object on a CUDA device"):
            torch.load(saved_tensor("cuda:0"))


class SavingPyTorchBytes(Same):
    def test_saved_files_are_the_bytes_pytorch_writes(self):
        os.makedirs("/tmp/saved", exist_ok=True)
        for name, built in build().items():
            with self.subTest(name):
                path = f"/tmp/saved/{name}.pt"
                torch.save(built, path)
                with open(path, "rb") as ours, open(fixture(name), "rb") as pytorchs:
                    self.assertEqual(ours.read(), pytorchs.read())

    def test_a_saved_object_loads_back_from_a_buffer_or_an_open_file(self):
        built = build()["containers"]
        buffer = io.BytesIO()
        torch.save(built, buffer)
        buffer.seek(0)
        self.assertSameObject(torch.load(buffer), built)
        with open("/tmp/containers.pt", "wb") as f:
            torch.save(built, f)
        with open("/tmp/containers.pt", "rb") as f:
            self.assertSameObject(torch.load(f), built)

    def test_records_sit_in_a_folder_named_after_the_file(self):
        os.makedirs("/tmp/runs", exist_ok=True)
        for path, folder in (("/tmp/runs/model.v2.pth", "model.v2"), ("/tmp/runs/weights", "weights"),
                             ("/tmp/runs/.hidden.pt", ".hidden")):
            torch.save(torch.ones(1), path)
            self.assertEqual(zipfile.ZipFile(path).namelist(), [f"{folder}/data.pkl", f"{folder}/data/0",
                                                                f"{folder}/version"])
        buffer = io.BytesIO()
        torch.save(torch.ones(1), buffer)
        self.assertEqual(zipfile.ZipFile(buffer).namelist()[0], "archive/data.pkl")

    def test_a_file_name_without_a_name_is_refused(self):
        with self.assertRaisesRegex(RuntimeError, "invalid file name: /tmp/.pt"):
            torch.save(torch.ones(1), "/tmp/.pt")

    def test_a_storage_seen_as_two_dtypes_cannot_be_saved(self):
        x = torch.zeros(2)
        with self.assertRaisesRegex(RuntimeError, "view the same data as different types"):
            torch.save([x, x.view(torch.int32)], io.BytesIO())

    def test_the_legacy_format_is_not_written(self):
        with self.assertRaisesRegex(NotImplementedError, "_use_new_zipfile_serialization=False"):
            torch.save(torch.ones(1), io.BytesIO(), _use_new_zipfile_serialization=False)

    def test_a_copied_tensor_shares_its_storage(self):
        import copy

        x = torch.zeros(3)
        y = copy.copy(x)
        y[1] = 5.0
        self.assertEqual(x.tolist(), [0.0, 5.0, 0.0])


class RefusingCode(unittest.TestCase):
    """Each of these pickles would run code if unpickled by Python's pickle; torch.load refuses
    them, with or without weights_only, before calling anything."""

    def setUp(self):
        import builtins

        builtins.RAN = False

    def tearDown(self):
        import builtins

        self.assertFalse(builtins.RAN, "the file's code ran")
        del builtins.RAN

    def assertRefused(self, pickled, message, weights_only_message=None):
        for weights_only in (False, True):
            with self.subTest(weights_only=weights_only):
                with self.assertRaises(pickle.UnpicklingError) as refusal:
                    torch.load(archive(pickled), weights_only=weights_only)
                text = str(refusal.exception)
                self.assertIn(weights_only_message or message if weights_only else message, text)
                if weights_only:
                    self.assertTrue(text.startswith("Weights only load failed."), text)
                else:
                    self.assertIn("never runs code a file names", text)

    def test_a_reduce_calling_exec(self):
        class Payload:
            def __reduce__(self):
                return exec, ("import builtins; builtins.RAN = True",)

        self.assertRefused(pickle.dumps(Payload(), protocol=2), "Unsupported class __builtin__.exec")

    def test_os_system_by_name(self):
        pickled = b"\x80\x02cos\nsystem\nq\x00X\x04\x00\x00\x00trueq\x01\x85q\x02Rq\x03."
        self.assertRefused(pickled, "Unsupported class os.system")

    def test_eval_through_protocol_4(self):
        class Payload:
            def __reduce__(self):
                return eval, ("__import__('builtins').__setattr__('RAN', True)",)

        # PyTorch 1.13's weights-only unpickler reads no protocol 4 frames, and says so.
        self.assertRefused(pickle.dumps(Payload(), protocol=4), "Unsupported class builtins.eval",
                           "Unsupported operand 149")

    def test_an_object_of_a_users_class(self):
        self.assertRefused(pickle.dumps(MapLocation(), protocol=2), f"Unsupported class {__name__}.MapLocation")

    def test_a_whole_module(self):
        buffer = io.BytesIO()
        torch.save(torch.nn.Linear(1, 1), buffer)
        with self.assertRaisesRegex(pickle.UnpicklingError, "Unsupported class torch.nn.modules.linear.Linear"):
            torch.load(io.BytesIO(buffer.getvalue()))

    def test_an_allowed_class_built_in_a_way_it_does_not_allow(self):
        # NEWOBJ of OrderedDict: only Parameter may be made that way.
        self.assertRefused(b"\x80\x02ccollections\nOrderedDict\n)\x81.", "Trying to instantiate unsupported class")

    def test_a_persistent_id_other_than_a_storage(self):
        self.assertRefused(b"\x80\x02X\x06\x00\x00\x00moduleK\x01\x86Q.",
                           "Only persistent_load of storage is allowed, but got module")

    def test_a_tensor_reaching_past_its_storage(self):
        with self.assertRaisesRegex(RuntimeError, "requiring a storage size of 24 are out of bounds for storage of "
                                                  "size 8"):
            torch.load(saved_tensor(size=(5,), storage_offset=1))
        with self.assertRaisesRegex(RuntimeError, "Negative strides are not supported"):
            torch.load(saved_tensor(stride=(-1,)))
        with self.assertRaisesRegex(RuntimeError, "Trying to create tensor with negative dimension -1"):
            torch.load(saved_tensor(size=(-1,)))
        with self.assertRaisesRegex(RuntimeError, "Storage size calculation overflowed"):
            torch.load(saved_tensor(size=(2**62, 4), stride=(4, 1)))
        with self.assertRaisesRegex(RuntimeError, "invalid storage offset -1"):
            torch.load(saved_tensor(storage_offset=-1))


class NotAPtFile(unittest.TestCase):
    def test_an_empty_buffer(self):
        with self.assertRaisesRegex(EOFError, "Ran out of input"):
            torch.load(io.BytesIO())

    def test_a_legacy_file(self):
        with self.assertRaisesRegex(NotImplementedError, "legacy format"):
            torch.load(io.BytesIO(pickle.dumps(0x1950A86A20F9469CFC6C, protocol=2)))

    def test_a_missing_file(self):
        with self.assertRaises(FileNotFoundError):
            torch.load("/tmp/no such file.pt")


if __name__ == "__main__":
    unittest.main()
