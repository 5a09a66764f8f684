"""The unpickler torch.load reads data.pkl with. It runs no code a file names: the only
globals it takes are those PyTorch 1.13's ``torch.load(weights_only=True)`` admits (rebuild
functions for tensors and parameters, storage and tensor types, dtypes, torch.Size,
OrderedDict), and it builds nothing but those and plain data. A pickle asking for anything
else (os.system, builtins.eval, a user's class) is refused before anything is called.

With ``weights_only=True`` it reads exactly the opcodes PyTorch 1.13's weights-only unpickler
reads (which, in 1.13, leaves out floats); otherwise it also reads the other data opcodes
Python's pickler writes (floats, bytes, sets, protocol 4 framing).
"""
import pickle
import pickletools
import struct
from collections import OrderedDict


class Refused(RuntimeError):
    """A pickle asked for something outside what the unpickler builds."""


def _allowed_globals():
    import torch
    from . import _utils
    from ._storage import LEGACY_STORAGE_TYPES

    from .nn.modules.module import StateDict

    allowed = {
        "collections.OrderedDict": StateDict,  # an OrderedDict printed as PyTorch's Python prints one
        "torch.nn.parameter.Parameter": torch.nn.Parameter,
        "torch.Size": torch.Size,
        "torch.Tensor": torch.Tensor,
    }
    # The dtypes 1.13's list names (it leaves out bool, uint8 and bfloat16).
    for d in (torch.float16, torch.float32, torch.float64, torch.int8, torch.int16, torch.int32, torch.int64):
        allowed[str(d)] = d
    for cls in (torch.DoubleTensor, torch.FloatTensor, torch.HalfTensor, torch.BFloat16Tensor, torch.LongTensor,
                torch.IntTensor, torch.ShortTensor, torch.CharTensor, torch.ByteTensor, torch.BoolTensor):
        allowed[f"torch.{cls.__name__}"] = cls
    for storage_type in LEGACY_STORAGE_TYPES.values():
        allowed[f"torch.{storage_type.__name__}"] = storage_type
    for function in (_utils._rebuild_parameter, _utils._rebuild_tensor, _utils._rebuild_tensor_v2):
        allowed[f"torch._utils.{function.__name__}"] = function
    return allowed


class Unpickler:
    def __init__(self, data, persistent_load, weights_only):
        self._data = memoryview(data)
        self._position = 0
        self._persistent_load = persistent_load
        self._opcodes = _WEIGHTS_ONLY_OPCODES if weights_only else _OPCODES
        self._allowed = _allowed_globals()
        self._allowed_values = list(self._allowed.values())
        self._memo = {}
        self._stack = []
        self._marks = []

    def load(self):
        while True:
            if self._position == len(self._data):
                raise EOFError("Ran out of input")
            code = self._read(1)[0]
            handler = self._opcodes.get(code)
            if handler is None:
                self._refuse_opcode(code)
            if handler is _stop:
                return self._pop()
            handler(self)

    def _refuse_opcode(self, code):
        # Python's pickle names a byte that is no opcode; PyTorch's weights-only unpickler and
        # this one name an opcode they leave out (INST, OBJ, the text forms of protocol 0).
        if self._opcodes is _WEIGHTS_ONLY_OPCODES or bytes([code]) in _PICKLE_OPCODES:
            raise Refused(f"Unsupported operand {code}")
        shown = chr(code) if 0x20 <= code <= 0x7E and chr(code) not in "'\\" else f"\\x{code:02x}"
        raise pickle.UnpicklingError(f"invalid load key, '{shown}'.")

    # ---- reading
    def _read(self, n):
        end = self._position + n
        if end > len(self._data):
            raise pickle.UnpicklingError("pickle data was truncated")
        chunk = self._data[self._position:end]
        self._position = end
        return bytes(chunk)

    def _readline(self):
        end = bytes(self._data[self._position:]).find(b"\n")
        if end < 0:
            raise pickle.UnpicklingError("pickle data was truncated")
        line = self._read(end + 1)
        return line[:-1].decode("utf-8")

    def _unpack(self, fmt):
        return struct.unpack(fmt, self._read(struct.calcsize(fmt)))[0]

    # ---- the stack
    def _push(self, value):
        self._stack.append(value)

    def _pop(self):
        if not self._stack:
            raise pickle.UnpicklingError("unpickling stack underflow")
        return self._stack.pop()

    def _top(self):
        if not self._stack:
            raise pickle.UnpicklingError("unpickling stack underflow")
        return self._stack[-1]

    def _pop_mark(self):
        if not self._marks:
            raise pickle.UnpicklingError("could not find MARK")
        items = self._stack
        self._stack = self._marks.pop()
        return items

    def _global(self, module, name):
        path = f"{module}.{name}"
        if path not in self._allowed:
            raise Refused(f"Unsupported class {path}")
        self._push(self._allowed[path])


def _opcode(code, table):
    def register(handler):
        for t in table:
            t[code[0]] = handler
        return handler

    return register


_PICKLE_OPCODES = {op.code.encode("latin-1") for op in pickletools.opcodes}
_WEIGHTS_ONLY_OPCODES = {}
_OPCODES = {}
_BOTH = (_WEIGHTS_ONLY_OPCODES, _OPCODES)
_FULL = (_OPCODES,)


@_opcode(pickle.STOP, _BOTH)
def _stop(u):
    pass  # load() returns the top of the stack


@_opcode(pickle.PROTO, _BOTH)
def _proto(u):
    u._read(1)


@_opcode(pickle.FRAME, _FULL)
def _frame(u):
    u._read(8)  # the frame's length: the data is read as one piece anyway


@_opcode(pickle.GLOBAL, _BOTH)
def _global(u):
    module = u._readline()
    name = u._readline()
    u._global(module, name)


@_opcode(pickle.STACK_GLOBAL, _FULL)
def _stack_global(u):
    name = u._pop()
    module = u._pop()
    if type(module) is not str or type(name) is not str:
        raise pickle.UnpicklingError("STACK_GLOBAL requires str")
    u._global(module, name)


@_opcode(pickle.REDUCE, _BOTH)
def _reduce(u):
    args = u._pop()
    function = u._top()
    if not any(function is allowed for allowed in u._allowed_values):
        raise Refused(f"Trying to call reduce for unrecognized function {function}")
    if type(args) is not tuple:
        raise pickle.UnpicklingError("REDUCE arguments must be a tuple")
    u._stack[-1] = function(*args)


@_opcode(pickle.NEWOBJ, _BOTH)
def _newobj(u):
    from .nn.parameter import Parameter

    args = u._pop()
    cls = u._pop()
    if cls is not Parameter:
        raise Refused(f"Trying to instantiate unsupported class {cls}")
    u._push(Parameter(*args))


@_opcode(pickle.BUILD, _BOTH)
def _build(u):
    state = u._pop()
    target = u._top()
    if not isinstance(target, OrderedDict) or not isinstance(state, dict):
        raise Refused(f"Can only build Tensor, parameter or dict objects, but got {type(target)}")
    target.__dict__.update(state)


@_opcode(pickle.BINPERSID, _BOTH)
def _binpersid(u):
    pid = u._pop()
    if type(pid) is not tuple or not pid or type(pid[0]) is not str or pid[0] != "storage":
        raise Refused(f"Only persistent_load of storage is allowed, but got {pid[0] if type(pid) is tuple and pid else pid}")
    u._push(u._persistent_load(pid))


@_opcode(pickle.MARK, _BOTH)
def _mark(u):
    u._marks.append(u._stack)
    u._stack = []


@_opcode(pickle.POP, _FULL)
def _pop(u):
    u._pop()


@_opcode(pickle.POP_MARK, _FULL)
def _pop_mark(u):
    u._pop_mark()


@_opcode(pickle.DUP, _FULL)
def _dup(u):
    u._push(u._top())


# ---- containers


@_opcode(pickle.EMPTY_TUPLE, _BOTH)
def _empty_tuple(u):
    u._push(())


@_opcode(pickle.TUPLE, _BOTH)
def _tuple(u):
    u._push(tuple(u._pop_mark()))


def _tuple_of(n):
    def handler(u):
        items = [u._pop() for _ in range(n)]
        u._push(tuple(reversed(items)))

    return handler


_opcode(pickle.TUPLE1, _BOTH)(_tuple_of(1))
_opcode(pickle.TUPLE2, _BOTH)(_tuple_of(2))
_opcode(pickle.TUPLE3, _BOTH)(_tuple_of(3))


@_opcode(pickle.EMPTY_LIST, _BOTH)
def _empty_list(u):
    u._push([])


@_opcode(pickle.APPEND, _BOTH)
def _append(u):
    item = u._pop()
    target = u._top()
    if type(target) is not list:
        raise Refused(f"Can only append to lists, but got {type(target)}")
    target.append(item)


@_opcode(pickle.APPENDS, _BOTH)
def _appends(u):
    items = u._pop_mark()
    target = u._top()
    if type(target) is not list:
        raise Refused(f"Can only extend lists, but got {type(target)}")
    target.extend(items)


@_opcode(pickle.EMPTY_DICT, _BOTH)
def _empty_dict(u):
    u._push({})


def _set_items(u, items):
    target = u._top()
    if type(target) is not dict and not isinstance(target, OrderedDict):
        raise Refused(f"Can only set items of dicts, but got {type(target)}")
    for key, value in zip(items[::2], items[1::2]):
        target[key] = value


@_opcode(pickle.SETITEM, _BOTH)
def _setitem(u):
    value = u._pop()
    key = u._pop()
    _set_items(u, [key, value])


@_opcode(pickle.SETITEMS, _BOTH)
def _setitems(u):
    _set_items(u, u._pop_mark())


@_opcode(pickle.EMPTY_SET, _BOTH)
def _empty_set(u):
    u._push(set())


@_opcode(pickle.ADDITEMS, _FULL)
def _additems(u):
    items = u._pop_mark()
    target = u._top()
    if type(target) is not set:
        raise Refused(f"Can only add to sets, but got {type(target)}")
    target.update(items)


@_opcode(pickle.FROZENSET, _FULL)
def _frozenset(u):
    u._push(frozenset(u._pop_mark()))


# ---- numbers, strings, constants


@_opcode(pickle.NONE, _BOTH)
def _none(u):
    u._push(None)


@_opcode(pickle.NEWTRUE, _BOTH)
def _true(u):
    u._push(True)


@_opcode(pickle.NEWFALSE, _BOTH)
def _false(u):
    u._push(False)


@_opcode(pickle.BININT, _BOTH)
def _binint(u):
    u._push(u._unpack("<i"))


@_opcode(pickle.BININT1, _BOTH)
def _binint1(u):
    u._push(u._read(1)[0])


@_opcode(pickle.BININT2, _BOTH)
def _binint2(u):
    u._push(u._unpack("<H"))


@_opcode(pickle.LONG1, _BOTH)
def _long1(u):
    u._push(pickle.decode_long(u._read(u._read(1)[0])))


@_opcode(pickle.LONG4, _FULL)
def _long4(u):
    n = u._unpack("<i")
    if n < 0:
        raise pickle.UnpicklingError("LONG pickle has negative byte count")
    u._push(pickle.decode_long(u._read(n)))


@_opcode(pickle.BINFLOAT, _FULL)
def _binfloat(u):
    u._push(u._unpack(">d"))


def _text(u, length):
    u._push(str(u._read(length), "utf-8", "surrogatepass"))


@_opcode(pickle.BINUNICODE, _BOTH)
def _binunicode(u):
    _text(u, u._unpack("<I"))


@_opcode(pickle.SHORT_BINUNICODE, _FULL)
def _short_binunicode(u):
    _text(u, u._read(1)[0])


@_opcode(pickle.BINUNICODE8, _FULL)
def _binunicode8(u):
    _text(u, u._unpack("<Q"))


@_opcode(pickle.SHORT_BINSTRING, _BOTH)
def _short_binstring(u):
    # Python 2's str: torch.load reads it as text (its encoding= is utf-8), as a storage key may be.
    u._push(u._read(u._read(1)[0]).decode("utf-8"))


@_opcode(pickle.BINSTRING, _FULL)
def _binstring(u):
    u._push(u._read(u._unpack("<i")).decode("utf-8"))


@_opcode(pickle.SHORT_BINBYTES, _FULL)
def _short_binbytes(u):
    u._push(u._read(u._read(1)[0]))


@_opcode(pickle.BINBYTES, _FULL)
def _binbytes(u):
    u._push(u._read(u._unpack("<I")))


@_opcode(pickle.BINBYTES8, _FULL)
def _binbytes8(u):
    u._push(u._read(u._unpack("<Q")))


# ---- the memo


def _get(u, index):
    if index not in u._memo:
        raise pickle.UnpicklingError(f"Memo value not found at index {index}")
    u._push(u._memo[index])


@_opcode(pickle.BINGET, _BOTH)
def _binget(u):
    _get(u, u._read(1)[0])


@_opcode(pickle.LONG_BINGET, _BOTH)
def _long_binget(u):
    _get(u, u._unpack("<I"))


@_opcode(pickle.BINPUT, _BOTH)
def _binput(u):
    u._memo[u._read(1)[0]] = u._top()


@_opcode(pickle.LONG_BINPUT, _BOTH)
def _long_binput(u):
    u._memo[u._unpack("<I")] = u._top()


@_opcode(pickle.MEMOIZE, _FULL)
def _memoize(u):
    u._memo[len(u._memo)] = u._top()
