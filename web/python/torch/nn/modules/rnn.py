"""nn.RNN, nn.LSTM, nn.GRU and their one-step cells.

Each step is composed from engine ops in the order PyTorch's CPU kernels use
(aten/src/ATen/native/RNN.cpp), so outputs and gradients carry PyTorch's bits and its node
names: a layer first projects the whole sequence through weight_ih in one linear, then for each
step adds linear(h, weight_hh, bias_hh) and applies the gates; the step outputs are stacked, the
directions concatenated, and the final hidden states of all layers stacked."""
import math
import numbers
import warnings

import torch

from .. import functional as F
from .. import init
from ..parameter import Parameter
from ..utils.rnn import PackedSequence
from .module import Module

_GATES = {"RNN_TANH": 1, "RNN_RELU": 1, "LSTM": 4, "GRU": 3}


# ---- one step of each cell; `x_gates` is linear(x, weight_ih, bias_ih) already


def _simple_step(activation):
    def step(x_gates, h, w_hh, b_hh, w_hr=None):
        return activation(F.linear(h, w_hh, b_hh) + x_gates)

    return step


def _lstm_step(x_gates, hidden, w_hh, b_hh, w_hr=None):
    h, c = hidden
    in_gate, forget_gate, cell_gate, out_gate = (F.linear(h, w_hh, b_hh) + x_gates).chunk(4, 1)
    c = forget_gate.sigmoid() * c + in_gate.sigmoid() * cell_gate.tanh()
    h = out_gate.sigmoid() * c.tanh()
    if w_hr is not None:
        h = h.matmul(w_hr.t())
    return h, c


def _gru_step(x_gates, h, w_hh, b_hh, w_hr=None):
    x_reset, x_update, x_new = x_gates.chunk(3, 1)
    h_reset, h_update, h_new = F.linear(h, w_hh, b_hh).chunk(3, 1)
    reset = (h_reset + x_reset).sigmoid()
    update = (h_update + x_update).sigmoid()
    new = (x_new + h_new * reset).tanh()
    return (h - new) * update + new


_STEPS = {"RNN_TANH": _simple_step(torch.tanh), "RNN_RELU": _simple_step(torch.relu), "LSTM": _lstm_step,
          "GRU": _gru_step}


def _output_of(hidden):
    return hidden[0] if isinstance(hidden, tuple) else hidden


# ---- whole layers over a padded sequence [seq, batch, features]


def _run_direction(step, x_gates, hidden, weights, reverse):
    """Runs `step` over the precomputed input gates; returns the stacked outputs (in
    sequence order) and the final hidden state."""
    steps = x_gates.unbind(0)
    if not steps:
        raise RuntimeError("Expected sequence length to be larger than 0 in RNN")
    outputs = []
    for x in reversed(steps) if reverse else steps:
        hidden = step(x, hidden, weights.hh, weights.b_hh, weights.hr)
        outputs.append(_output_of(hidden))
    if reverse:
        outputs.reverse()
    return torch.stack(outputs, 0), hidden


def _hidden_narrow(hidden, start, end):
    if isinstance(hidden, tuple):
        return tuple(h.narrow(0, start, end - start) for h in hidden)
    return hidden.narrow(0, start, end - start)


def _hidden_cat(hiddens):
    if isinstance(hiddens[0], tuple):
        return tuple(torch.cat(parts, 0) for parts in zip(*hiddens))
    return torch.cat(hiddens, 0)



def _packed_direction(step, data, batch_sizes, hidden, weights, reverse):
    """One direction of one layer over packed `data`: the whole input is projected through
    weight_ih at once; a sequence that has ended leaves the batch with its hidden state, which
    becomes its final state (reverse: sequences join as their last step comes up)."""
    x_gates = F.linear(data, weights.ih, weights.b_ih)
    sizes = batch_sizes.tolist()
    outputs = []
    if not reverse:
        finished = []
        offset, previous = 0, sizes[0]
        for size in sizes:
            x = x_gates.narrow(0, offset, size)
            offset += size
            if size < previous:
                finished.append(_hidden_narrow(hidden, size, previous))
                hidden = _hidden_narrow(hidden, 0, size)
            previous = size
            hidden = step(x, hidden, weights.hh, weights.b_hh, weights.hr)
            outputs.append(_output_of(hidden))
        finished.append(hidden)
        finished.reverse()
        return torch.cat(outputs, 0), _hidden_cat(finished)
    initial = hidden
    offset, previous = data.size(0), sizes[-1]
    hidden = _hidden_narrow(initial, 0, previous)
    for size in reversed(sizes):
        if size > previous:
            hidden = _hidden_cat([hidden, _hidden_narrow(initial, previous, size)])
        x = x_gates.narrow(0, offset - size, size)
        offset -= size
        previous = size
        hidden = step(x, hidden, weights.hh, weights.b_hh, weights.hr)
        outputs.append(_output_of(hidden))
    outputs.reverse()
    return torch.cat(outputs, 0), hidden


def _run_layers(step, input, hiddens, weights, num_layers, dropout, train, directions, run_direction):
    """The layer stack: each layer's (concatenated) output feeds the next, through dropout
    between layers while training."""
    finals = []
    for layer in range(num_layers):
        outputs = []
        for d in range(directions):
            index = layer * directions + d
            out, final = run_direction(step, input, hiddens[index], weights[index], d == 1)
            outputs.append(out)
            finals.append(final)
        input = outputs[0] if directions == 1 else torch.cat(outputs, outputs[0].dim() - 1)
        if dropout != 0 and train and layer < num_layers - 1:
            input = F.dropout(input, dropout, True)
    return input, finals


def _padded_direction(step, input, hidden, weights, reverse):
    return _run_direction(step, F.linear(input, weights.ih, weights.b_ih), hidden, weights, reverse)


class _LayerWeights:
    def __init__(self, params, has_bias, has_projection):
        params = list(params)
        self.ih, self.hh = params[0], params[1]
        self.b_ih, self.b_hh = (params[2], params[3]) if has_bias else (None, None)
        self.hr = params[-1] if has_projection else None


class RNNBase(Module):
    def __init__(self, mode, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0,
                 bidirectional=False, proj_size=0, device=None, dtype=None):
        super().__init__()
        self.mode = mode
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bias = bias
        self.batch_first = batch_first
        self.dropout = float(dropout)
        self.bidirectional = bidirectional
        self.proj_size = proj_size
        directions = 2 if bidirectional else 1
        if not isinstance(dropout, numbers.Number) or not 0 <= dropout <= 1 or isinstance(dropout, bool):
            raise ValueError("dropout should be a number in range [0, 1] representing the probability of an element "
                             "being zeroed")
        if dropout > 0 and num_layers == 1:
            warnings.warn("dropout option adds dropout after all but last recurrent layer, so non-zero dropout "
                          f"expects num_layers greater than 1, but got dropout={dropout} and num_layers={num_layers}")
        if proj_size < 0:
            raise ValueError("proj_size should be a positive integer or zero to disable projections")
        if proj_size >= hidden_size:
            raise ValueError("proj_size has to be smaller than hidden_size")
        if mode not in _GATES:
            raise ValueError("Unrecognized RNN mode: " + mode)
        gate_size = _GATES[mode] * hidden_size
        real_hidden_size = proj_size if proj_size > 0 else hidden_size
        self._flat_weights_names = []
        self._all_weights = []
        for layer in range(num_layers):
            for direction in range(directions):
                layer_input_size = input_size if layer == 0 else real_hidden_size * directions
                shapes = {"weight_ih": (gate_size, layer_input_size), "weight_hh": (gate_size, real_hidden_size)}
                if bias:
                    shapes.update(bias_ih=(gate_size,), bias_hh=(gate_size,))
                if proj_size > 0:
                    shapes["weight_hr"] = (proj_size, hidden_size)
                suffix = "_reverse" if direction == 1 else ""
                names = []
                for kind, shape in shapes.items():
                    name = f"{kind}_l{layer}{suffix}"
                    setattr(self, name, Parameter(torch.empty(shape, dtype=dtype)))
                    names.append(name)
                self._flat_weights_names.extend(names)
                self._all_weights.append(names)
        self.reset_parameters()

    @property
    def _flat_weights(self):
        return [getattr(self, name, None) for name in self._flat_weights_names]

    @property
    def all_weights(self):
        return [[getattr(self, name) for name in names] for names in self._all_weights]

    def flatten_parameters(self):
        """Packs weights for cuDNN in PyTorch; nothing to do on the CPU."""

    def reset_parameters(self):
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    def check_input(self, input, batch_sizes):
        expected_input_dim = 2 if batch_sizes is not None else 3
        if input.dim() != expected_input_dim:
            raise RuntimeError(f"input must have {expected_input_dim} dimensions, got {input.dim()}")
        if self.input_size != input.size(-1):
            raise RuntimeError(f"input.size(-1) must be equal to input_size. Expected {self.input_size}, "
                               f"got {input.size(-1)}")

    def _mini_batch(self, input, batch_sizes):
        if batch_sizes is not None:
            return int(batch_sizes[0])
        return input.size(0) if self.batch_first else input.size(1)

    def get_expected_hidden_size(self, input, batch_sizes):
        size = self.proj_size if self.proj_size > 0 else self.hidden_size
        return (self.num_layers * self._directions(), self._mini_batch(input, batch_sizes), size)

    def check_hidden_size(self, hx, expected_hidden_size, msg="Expected hidden size {}, got {}"):
        if hx.size() != expected_hidden_size:
            raise RuntimeError(msg.format(expected_hidden_size, list(hx.size())))

    def check_forward_args(self, input, hidden, batch_sizes):
        self.check_input(input, batch_sizes)
        self.check_hidden_size(hidden, self.get_expected_hidden_size(input, batch_sizes))

    def permute_hidden(self, hx, permutation):
        if permutation is None:
            return hx
        return hx.index_select(1, permutation)

    def _directions(self):
        return 2 if self.bidirectional else 1

    def _zero_hidden(self, input, batch, size):
        return torch.zeros(self.num_layers * self._directions(), batch, size, dtype=input.dtype)

    def _layer_weights(self):
        has_projection = self.proj_size > 0
        return [_LayerWeights([getattr(self, n) for n in names], self.bias, has_projection)
                for names in self._all_weights]

    def _compute(self, input, hiddens, batch_sizes):
        """PyTorch's _VF.rnn_tanh/rnn_relu/lstm/gru: (output, final hiddens of each layer and
        direction); `hiddens` holds one initial state per layer and direction."""
        step = _STEPS[self.mode]
        weights = self._layer_weights()
        if batch_sizes is not None:

            def run_direction(step, data, hidden, w, reverse):
                return _packed_direction(step, data, batch_sizes, hidden, w, reverse)

            return _run_layers(step, input, hiddens, weights, self.num_layers, self.dropout, self.training,
                               self._directions(), run_direction)
        if self.batch_first:
            input = input.transpose(0, 1)
        return _run_layers(step, input, hiddens, weights, self.num_layers, self.dropout, self.training,
                           self._directions(), _padded_direction)

    def extra_repr(self):
        s = "{input_size}, {hidden_size}"
        if self.proj_size != 0:
            s += ", proj_size={proj_size}"
        if self.num_layers != 1:
            s += ", num_layers={num_layers}"
        if self.bias is not True:
            s += ", bias={bias}"
        if self.batch_first is not False:
            s += ", batch_first={batch_first}"
        if self.dropout != 0:
            s += ", dropout={dropout}"
        if self.bidirectional is not False:
            s += ", bidirectional={bidirectional}"
        return s.format(**self.__dict__)


class _Batch:
    """A layer's input as the layers take it (packed data, or a 3-D batch with unbatched input
    given a batch of one), and how to hand the results back in the input's form."""

    def __init__(self, input, batch_first):
        self.packed = isinstance(input, PackedSequence)
        if self.packed:
            self.data, self.batch_sizes, self.sorted_indices, self.unsorted_indices = input
            self.is_batched = True
            self.max_batch_size = int(self.batch_sizes[0])
            return
        self.batch_sizes = self.sorted_indices = self.unsorted_indices = None
        self.is_batched = input.dim() == 3
        self.batch_dim = 0 if batch_first else 1
        self.data = input if self.is_batched else input.unsqueeze(self.batch_dim)
        self.max_batch_size = self.data.size(self.batch_dim)

    def packed_result(self, output, hidden, permute_hidden):
        return PackedSequence(output, self.batch_sizes, self.sorted_indices, self.unsorted_indices), \
            permute_hidden(hidden, self.unsorted_indices)


class _SingleHiddenRNN(RNNBase):
    """RNN and GRU: one hidden-state tensor."""

    def forward(self, input, hx=None):
        batch = _Batch(input, self.batch_first)
        if hx is not None and not batch.packed:
            if not batch.is_batched:
                if hx.dim() != 2:
                    raise RuntimeError(f"For unbatched 2-D input, hx should also be 2-D but got {hx.dim()}-D tensor")
                hx = hx.unsqueeze(1)
            elif hx.dim() != 3:
                raise RuntimeError(f"For batched 3-D input, hx should also be 3-D but got {hx.dim()}-D tensor")
        if hx is None:
            hx = self._zero_hidden(batch.data, batch.max_batch_size, self.hidden_size)
        else:
            hx = self.permute_hidden(hx, batch.sorted_indices)
        self.check_forward_args(batch.data, hx, batch.batch_sizes)
        output, finals = self._compute(batch.data, hx.unbind(0), batch.batch_sizes)
        hidden = torch.stack(finals, 0)
        if batch.packed:
            return batch.packed_result(output, hidden, self.permute_hidden)
        if self.batch_first:
            output.transpose_(0, 1)
        if not batch.is_batched:
            output = output.squeeze(batch.batch_dim)
            hidden = hidden.squeeze(1)
        return output, hidden


class RNN(_SingleHiddenRNN):
    def __init__(self, *args, **kwargs):
        if "proj_size" in kwargs:
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        self.nonlinearity = kwargs.pop("nonlinearity", "tanh")
        if self.nonlinearity == "tanh":
            mode = "RNN_TANH"
        elif self.nonlinearity == "relu":
            mode = "RNN_RELU"
        else:
            raise ValueError(f"Unknown nonlinearity '{self.nonlinearity}'")
        super().__init__(mode, *args, **kwargs)


class GRU(_SingleHiddenRNN):
    def __init__(self, *args, **kwargs):
        if "proj_size" in kwargs:
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        super().__init__("GRU", *args, **kwargs)


class LSTM(RNNBase):
    def __init__(self, *args, **kwargs):
        super().__init__("LSTM", *args, **kwargs)

    def get_expected_cell_size(self, input, batch_sizes):
        return (self.num_layers * self._directions(), self._mini_batch(input, batch_sizes), self.hidden_size)

    def check_forward_args(self, input, hidden, batch_sizes):
        self.check_input(input, batch_sizes)
        self.check_hidden_size(hidden[0], self.get_expected_hidden_size(input, batch_sizes),
                               "Expected hidden[0] size {}, got {}")
        self.check_hidden_size(hidden[1], self.get_expected_cell_size(input, batch_sizes),
                               "Expected hidden[1] size {}, got {}")

    def permute_hidden(self, hx, permutation):
        if permutation is None:
            return hx
        return hx[0].index_select(1, permutation), hx[1].index_select(1, permutation)

    def forward(self, input, hx=None):
        batch = _Batch(input, self.batch_first)
        if hx is None:
            h_size = self.proj_size if self.proj_size > 0 else self.hidden_size
            hx = (self._zero_hidden(batch.data, batch.max_batch_size, h_size),
                  self._zero_hidden(batch.data, batch.max_batch_size, self.hidden_size))
        else:
            if not batch.packed:
                if batch.is_batched:
                    if hx[0].dim() != 3 or hx[1].dim() != 3:
                        raise RuntimeError("For batched 3-D input, hx and cx should also be 3-D but got "
                                           f"({hx[0].dim()}-D, {hx[1].dim()}-D) tensors")
                else:
                    if hx[0].dim() != 2 or hx[1].dim() != 2:
                        raise RuntimeError("For unbatched 2-D input, hx and cx should also be 2-D but got "
                                           f"({hx[0].dim()}-D, {hx[1].dim()}-D) tensors")
                    hx = (hx[0].unsqueeze(1), hx[1].unsqueeze(1))
            hx = self.permute_hidden(hx, batch.sorted_indices)
        self.check_forward_args(batch.data, hx, batch.batch_sizes)
        output, finals = self._compute(batch.data, list(zip(hx[0].unbind(0), hx[1].unbind(0))), batch.batch_sizes)
        hidden = torch.stack([h for h, _ in finals], 0), torch.stack([c for _, c in finals], 0)
        if batch.packed:
            return batch.packed_result(output, hidden, self.permute_hidden)
        if self.batch_first:
            output = output.transpose(0, 1)
        if not batch.is_batched:
            output = output.squeeze(batch.batch_dim)
            hidden = (hidden[0].squeeze(1), hidden[1].squeeze(1))
        return output, hidden


# ---- single-step cells


def _check_cell_input(input, input_size):
    if input.size(1) != input_size:
        raise RuntimeError(f"input has inconsistent input_size: got {input.size(1)} expected {input_size}")


def _check_cell_hidden(input, hx, hidden_size, label=0):
    if input.size(0) != hx.size(0):
        raise RuntimeError(f"Input batch size {input.size(0)} doesn't match hidden{label} batch size {hx.size(0)}")
    if hx.size(1) != hidden_size:
        raise RuntimeError(f"hidden{label} has inconsistent hidden_size: got {hx.size(1)}, expected {hidden_size}")


class RNNCellBase(Module):
    def __init__(self, input_size, hidden_size, bias, num_chunks, device=None, dtype=None):
        super().__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.bias = bias
        self.weight_ih = Parameter(torch.empty((num_chunks * hidden_size, input_size), dtype=dtype))
        self.weight_hh = Parameter(torch.empty((num_chunks * hidden_size, hidden_size), dtype=dtype))
        if bias:
            self.bias_ih = Parameter(torch.empty(num_chunks * hidden_size, dtype=dtype))
            self.bias_hh = Parameter(torch.empty(num_chunks * hidden_size, dtype=dtype))
        else:
            self.register_parameter("bias_ih", None)
            self.register_parameter("bias_hh", None)
        self.reset_parameters()

    def extra_repr(self):
        s = "{input_size}, {hidden_size}"
        if "bias" in self.__dict__ and self.bias is not True:
            s += ", bias={bias}"
        if "nonlinearity" in self.__dict__ and self.nonlinearity != "tanh":
            s += ", nonlinearity={nonlinearity}"
        return s.format(**self.__dict__)

    def reset_parameters(self):
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    def _batched(self, input):
        assert input.dim() in (1, 2), \
            f"{type(self).__name__}: Expected input to be 1-D or 2-D but received {input.dim()}-D tensor"
        return input.dim() == 2

    def _zeros(self, input):
        return torch.zeros(input.size(0), self.hidden_size, dtype=input.dtype)

    def _step(self, step, input, hidden):
        x_gates = F.linear(input, self.weight_ih, self.bias_ih)
        return step(x_gates, hidden, self.weight_hh, self.bias_hh)


class RNNCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, bias=True, nonlinearity="tanh", device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=1, dtype=dtype)
        self.nonlinearity = nonlinearity

    def forward(self, input, hx=None):
        is_batched = self._batched(input)
        if not is_batched:
            input = input.unsqueeze(0)
        hx = self._zeros(input) if hx is None else hx if is_batched else hx.unsqueeze(0)
        if self.nonlinearity not in ("tanh", "relu"):
            raise RuntimeError(f"Unknown nonlinearity: {self.nonlinearity}")
        _check_cell_input(input, self.weight_ih.size(1))
        _check_cell_hidden(input, hx, self.weight_hh.size(1))
        ret = self._step(_STEPS["RNN_" + self.nonlinearity.upper()], input, hx)
        return ret if is_batched else ret.squeeze(0)


class LSTMCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, bias=True, device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=4, dtype=dtype)

    def forward(self, input, hx=None):
        is_batched = self._batched(input)
        if not is_batched:
            input = input.unsqueeze(0)
        if hx is None:
            zeros = self._zeros(input)
            hx = (zeros, zeros)
        elif not is_batched:
            hx = (hx[0].unsqueeze(0), hx[1].unsqueeze(0))
        if len(hx) != 2:
            raise RuntimeError("lstm_cell expects two hidden states")
        _check_cell_input(input, self.weight_ih.size(1))
        _check_cell_hidden(input, hx[0], self.weight_hh.size(1))
        _check_cell_hidden(input, hx[1], self.weight_hh.size(1))
        h, c = self._step(_lstm_step, input, tuple(hx))
        return (h, c) if is_batched else (h.squeeze(0), c.squeeze(0))


class GRUCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, bias=True, device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=3, dtype=dtype)

    def forward(self, input, hx=None):
        is_batched = self._batched(input)
        if not is_batched:
            input = input.unsqueeze(0)
        hx = self._zeros(input) if hx is None else hx if is_batched else hx.unsqueeze(0)
        _check_cell_input(input, self.weight_ih.size(1))
        _check_cell_hidden(input, hx, self.weight_hh.size(1))
        ret = self._step(_gru_step, input, hx)
        return ret if is_batched else ret.squeeze(0)
