// Padding the last dims of a tensor, as torch.nn.functional.pad's modes compute it. `pad` is
// PyTorch's list: (left, right) of the last dim first, then of the dim before it, ...; a
// negative entry crops.
//   constant_pad_nd: a tensor full of `value` with the input copied into its middle; backward
//     is the same op with the pads negated (it crops the gradient), so it records itself.
//   reflection / replication: every output position reads one input position (the index
//     mirrored at the edge without repeating it, or clamped to the edge); backward adds each
//     gradient onto that position in output order (a recorded scatter_add), as PyTorch's
//     kernels do.
// Circular padding is built from slices and copies in torch.nn.functional, as in PyTorch.
#include <algorithm>

#include "autograd/record.h"
#include "ops/copy.h"
#include "ops/floating_dispatch.h"
#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

Tensor constant_pad_nd(const Tensor& input, const std::vector<int64_t>& pad, double value) {
  if (pad.size() % 2 != 0) fail("Length of pad must be even but instead it equals ", pad.size());
  const int64_t dims = int64_t(pad.size() / 2), first = input.dim() - dims;
  if (first < 0)
    fail("Length of pad should be no more than twice the number of dimensions of the input. Pad length is ",
         pad.size(), " while the input has ", input.dim(), " dimensions.");
  // The cropped part of the input first (PyTorch narrows it dim by dim), then the grown output.
  Tensor kept = input;
  Shape out_shape = input.shape();
  for (int64_t i = 0; i < dims; ++i) {
    const int64_t d = first + i, before = pad[size_t(2 * (dims - 1 - i))], after = pad[size_t(2 * (dims - 1 - i) + 1)];
    if (before < 0) kept = narrow(kept, d, -before, kept.size(d) + before);
    if (after < 0) kept = narrow(kept, d, 0, kept.size(d) + after);
    out_shape[size_t(d)] += before + after;
    if (out_shape[size_t(d)] < 0)
      fail("The input size ", input.size(d), ", plus negative padding ", before, " and ", after,
           " resulted in a negative output size, which is invalid. Check dimension ", d, " of your input.");
  }
  Tensor out = full(out_shape, value, input.dtype()), inside = out;
  for (int64_t i = 0; i < dims; ++i) {
    const int64_t d = first + i, before = pad[size_t(2 * (dims - 1 - i))];
    inside = narrow(inside, d, std::max<int64_t>(before, 0), kept.size(d));
  }
  copy_values(inside, kept);
  if (needs_grad(input))
    record("ConstantPadNdBackward0", out, {input}, {}, [pad](const BackwardContext& c) {
      std::vector<int64_t> crop(pad.size());
      std::transform(pad.begin(), pad.end(), crop.begin(), [](int64_t p) { return -p; });
      return Grads{constant_pad_nd(c.grad(), crop, 0)};
    });
  return out;
}

namespace {

// For each position of the padded plane (the last `dims` dims, row-major), the flat index of the
// input position it reads.
std::vector<int64_t> source_positions(const Shape& in, const Shape& out, const std::vector<int64_t>& pad,
                                      EdgeMode mode) {
  const size_t dims = in.size();
  int64_t count = 1;
  for (int64_t s : out) count *= s;
  std::vector<int64_t> sources(static_cast<size_t>(count));
  std::vector<int64_t> at(dims, 0);  // the output position, as coordinates
  for (int64_t& source : sources) {
    source = 0;
    for (size_t d = 0; d < dims; ++d) {
      const int64_t size = in[d];
      int64_t i = at[d] - pad[2 * (dims - 1 - d)];
      if (mode == EdgeMode::Reflect)
        i = i < 0 ? -i : i >= size ? 2 * (size - 1) - i : i;
      else
        i = std::clamp<int64_t>(i, 0, size - 1);
      source = source * size + i;
    }
    for (size_t d = dims; d-- > 0;)
      if (++at[d] < out[d]) break;
      else at[d] = 0;
  }
  return sources;
}

const char* edge_kernel_name(EdgeMode mode, size_t dims) {
  static const char* const names[2][3] = {{"reflection_pad1d", "reflection_pad2d", "reflection_pad3d_cpu"},
                                          {"replication_pad1d_cpu", "replication_pad2d_cpu", "replication_pad3d_cpu"}};
  return names[mode == EdgeMode::Reflect ? 0 : 1][dims - 1];
}

// PyTorch's checks of reflection_pad{1,2,3}d and replication_pad{1,2,3}d, in their order.
void check_edge_pad(const Tensor& input, const std::vector<int64_t>& pad, EdgeMode mode, const Shape& in,
                    const Shape& out) {
  const size_t dims = in.size();
  const int64_t first = input.dim() - int64_t(dims);
  if (mode == EdgeMode::Reflect) {
    // Argument #4 is the last dim's pair, #6 the one before it, #8 the depth's.
    for (size_t k = 0; k < dims; ++k) {
      const int64_t before = pad[2 * k], after = pad[2 * k + 1], size = in[dims - 1 - k];
      if (before >= size || after >= size) {
        const std::string input_text = dims == 2 ? std::to_string(input.dim()) : shape_str(input.shape());
        fail("Argument #", 4 + 2 * k, ": Padding size should be less than the corresponding input dimension, but got: "
             "padding (", before, ", ", after, ") at dimension ", first + int64_t(dims - 1 - k), " of input ", input_text);
      }
    }
  }
  // Only the 1-D kernels check the output width; wider ones fail when the output is made.
  if (dims == 1 && out[0] < 1) {
    if (mode == EdgeMode::Reflect)
      fail(first, "input (W: ", in[0], ")is too small. Calculated output W: ", out[0]);
    fail("input (W: ", in[0], ") is too small. Calculated output W: ", out[0]);
  }
  if (!is_floating(input.dtype()))
    fail("\"", edge_kernel_name(mode, dims), "\" not implemented for '", scalar_type_name(input.dtype()), "'");
}

}  // namespace

Tensor edge_pad(const Tensor& input, const std::vector<int64_t>& pad, EdgeMode mode) {
  const size_t dims = pad.size() / 2;
  if (pad.size() % 2 != 0 || dims < 1 || dims > 3 || input.dim() < int64_t(dims) + 1 || input.dim() > int64_t(dims) + 2)
    fail("Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now");
  const int64_t first = input.dim() - int64_t(dims);
  for (int64_t d = input.dim() == int64_t(dims) + 2 ? 1 : 0; d < input.dim(); ++d)
    if (input.size(d) == 0)
      fail("Expected ", dims + 1, "D or ", dims + 2, "D (batch mode) tensor with possibly 0 batch size and other "
           "non-zero dimensions for input, but got: ", shape_str(input.shape()));
  Shape in(input.shape().begin() + first, input.shape().end()), out = in;
  for (size_t d = 0; d < dims; ++d) out[d] += pad[2 * (dims - 1 - d)] + pad[2 * (dims - 1 - d) + 1];
  check_edge_pad(input, pad, mode, in, out);
  Shape out_shape = input.shape();
  std::copy(out.begin(), out.end(), out_shape.begin() + first);
  Tensor result = empty(out_shape, input.dtype());

  const std::vector<int64_t> sources = source_positions(in, out, pad, mode);
  int64_t in_plane = 1;
  for (int64_t s : in) in_plane *= s;
  const int64_t out_plane = int64_t(sources.size()), planes = input.numel() / in_plane;
  Tensor x = contiguous_copy(input);
  dispatch_floating(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* src = x.data<T>();
    T* dst = result.data<T>();
    for (int64_t p = 0; p < planes; ++p, src += in_plane)
      for (int64_t o = 0; o < out_plane; ++o) *dst++ = src[sources[size_t(o)]];
  });
  if (needs_grad(input)) {
    Tensor index = empty({out_plane}, DType::Int64);
    std::copy(sources.begin(), sources.end(), index.data<int64_t>());
    static const char* const names[2][3] = {
        {"ReflectionPad1DBackward0", "ReflectionPad2DBackward0", "ReflectionPad3DBackward0"},
        {"ReplicationPad1DBackward0", "ReplicationPad2DBackward0", "ReplicationPad3DBackward0"}};
    record(names[mode == EdgeMode::Reflect ? 0 : 1][dims - 1], result, {input}, {},
           [index, planes, in_plane, out_plane, shape = input.shape()](const BackwardContext& c) {
             Tensor spread = scatter_add(zeros({planes, in_plane}, c.grad().dtype()), 1,
                                         expand(index, {planes, out_plane}), reshape(c.grad(), {planes, out_plane}));
             return Grads{reshape(spread, shape)};
           });
  }
  return result;
}

}  // namespace gb
