// embedding_bag: the rows of a weight table picked by indices, reduced bag by bag (sum, mean or
// max) without building the [L, D] lookup in between.
//
// Shapes: weight [N, D]; indices [L]; offsets [B] (bag b starts at offsets[b] and ends where the
// next starts, the last at L), or [B + 1] with include_last_offset (the last entry ends bag B-1);
// per_sample_weights [L] (sum only) or undefined → [B, D]. Indices equal to padding_idx (-1 for
// none) are skipped and not counted. An empty bag gives zeros.
//
// Rounded as PyTorch's CPU kernels round: rows are added in index order, a weighted one as one
// fused multiply-add (its axpy); the mean divides the sum by the bag's size. Backward
// (EmbeddingBagBackward0) is a kernel of its own, as PyTorch's (whose own derivative is not
// implemented): the weight gradient adds, index by index in the order of libstdc++'s unstable
// sort of the indices, scale·grad[bag] with one fused multiply-add, scale being the sample's
// weight or 1/bag size (computed in double); max sends each column's gradient to the row that
// won it; the per-sample weights' gradient is the dot product of grad[bag] and the row.
#include <vector>

#include "autograd/record.h"
#include "kernels/fused_multiply_add.h"
#include "ops/elementwise.h"
#include "ops/floating_dispatch.h"
#include "ops/ops.h"

namespace gb {

namespace {

enum Mode : int32_t { kSum = 0, kMean = 1, kMax = 2 };  // PyTorch's mode codes

// Which bag each index falls in, and each bag's size without the padding indices.
struct Bags {
  Tensor rows;                 // [L] the indices, as int64
  std::vector<int64_t> index;  // [L] the same rows
  std::vector<int64_t> of;     // [L] their bags
  std::vector<int64_t> size;   // [B]
};

std::vector<int64_t> int64_values(const Tensor& t) {
  const Tensor v = contiguous_copy(as_dtype(t, DType::Int64));
  return {v.data<int64_t>(), v.data<int64_t>() + v.numel()};
}

Bags bags_of(const Tensor& indices, const Tensor& offsets, bool include_last_offset, int64_t padding_idx,
             int64_t rows) {
  Bags b{contiguous_copy(as_dtype(detach(indices), DType::Int64)), int64_values(indices), {}, {}};
  const std::vector<int64_t> starts = int64_values(offsets);
  const int64_t length = int64_t(b.index.size());
  const int64_t count = int64_t(starts.size()) - (include_last_offset ? 1 : 0);
  if (!starts.empty() && starts[0] != 0)
    fail("offsets[0] has to be 0, i.e., the first sequence in the mini-batch has to start from position 0. However, "
         "got ", starts[0], "\n[ ", legacy_type_name(offsets.dtype()), "{} ]");  // PyTorch prints offsets[0]'s type
  if (!starts.empty() && starts.back() > length)
    fail("offsets[-1] can not be greater than input's length ", length, ", but got ", starts.back());
  for (int64_t row : b.index)
    if (row < 0 || row >= rows) fail("index out of range in self");
  b.of.assign(size_t(length), 0);
  b.size.assign(size_t(std::max<int64_t>(count, 0)), 0);
  for (int64_t bag = 0, i = 0; i < length; ++i) {
    while (bag + 1 < int64_t(starts.size()) && starts[size_t(bag + 1)] <= i) ++bag;
    b.of[size_t(i)] = bag;
    if (bag < count && b.index[size_t(i)] != padding_idx) ++b.size[size_t(bag)];
  }
  return b;
}

struct Forward {
  Tensor output;
  std::vector<int64_t> winners;  // max: [B, D] the row each output element came from
};

Forward reduce_bags(const Tensor& weight, const Bags& b, int32_t mode, const Tensor& sample_weights,
                    int64_t padding_idx) {
  const int64_t count = int64_t(b.size.size()), width = weight.size(1);
  Forward f{zeros({count, width}, weight.dtype()), {}};
  if (mode == kMax) f.winners.assign(size_t(count * width), -1);
  const Tensor w = contiguous_copy(weight);
  const Tensor s = sample_weights.defined() ? contiguous_copy(as_dtype(sample_weights, weight.dtype())) : Tensor{};
  dispatch_floating(weight.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* out = f.output.template data<T>();
    const T* table = w.template data<T>();
    std::vector<bool> filled(size_t(count), false);
    for (size_t i = 0; i < b.index.size(); ++i) {
      const int64_t bag = b.of[i], row = b.index[i];
      if (row == padding_idx || bag >= count) continue;
      T* o = out + bag * width;
      const T* r = table + row * width;
      for (int64_t d = 0; d < width; ++d) {
        if (mode == kMax) {
          if (!filled[size_t(bag)] || r[d] > o[d]) o[d] = r[d], f.winners[size_t(bag * width + d)] = row;
        } else if (s.defined()) {
          o[d] = fused_multiply_add(s.template data<T>()[i], r[d], o[d]);
        } else {
          o[d] += r[d];
        }
      }
      filled[size_t(bag)] = true;
    }
    if (mode == kMean)
      for (int64_t bag = 0; bag < count; ++bag)
        for (int64_t d = 0; d < width; ++d) out[bag * width + d] /= T(std::max<int64_t>(b.size[size_t(bag)], 1));
  });
  return f;
}

Tensor weight_grad(const Tensor& grad_in, const Bags& b, int32_t mode, const Tensor& sample_weights,
                   const std::vector<int64_t>& winners, int64_t padding_idx, int64_t rows) {
  const Tensor grad = contiguous_copy(grad_in);
  const int64_t width = grad.size(1), count = grad.size(0);
  Tensor out = zeros({rows, width}, grad.dtype());
  std::vector<int64_t> order;
  if (mode != kMax && !b.index.empty()) order = int64_values(sort(b.rows, 0, false, false).second);
  dispatch_floating(grad.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* g = grad.template data<T>();
    T* o = out.template data<T>();
    if (mode == kMax) {
      for (int64_t bag = 0; bag < count; ++bag)
        for (int64_t d = 0; d < width; ++d)
          if (b.size[size_t(bag)] > 0) o[winners[size_t(bag * width + d)] * width + d] += g[bag * width + d];
      return;
    }
    const Tensor s = sample_weights.defined() ? contiguous_copy(sample_weights) : Tensor{};
    for (int64_t i : order) {
      const int64_t row = b.index[size_t(i)], bag = b.of[size_t(i)];
      if (row == padding_idx || bag >= count) continue;
      double scale = s.defined() ? double(s.template data<T>()[i]) : 1.0;
      if (mode == kMean && b.size[size_t(bag)] != 0) scale /= double(b.size[size_t(bag)]);
      for (int64_t d = 0; d < width; ++d)
        o[row * width + d] = fused_multiply_add(T(scale), g[bag * width + d], o[row * width + d]);
    }
  });
  return out;
}

// PyTorch computes embedding_bag's gradients with kernels that have no derivative: in a
// recording backward each is the output of a NotImplemented node (edges to the
// incoming gradient and the other differentiable operand) that raises PyTorch's error.
Tensor not_differentiable(const char* backward_op, const Tensor& result, const Tensor& grad, const Tensor& other) {
  if (needs_grad(grad) || (other.defined() && needs_grad(other)))
    record("NotImplemented", result, {grad, other}, {}, [backward_op](const BackwardContext&) -> Grads {
      fail("derivative for ", backward_op, " is not implemented");
    });
  return result;
}

Tensor sample_weights_grad(const Tensor& grad_in, const Tensor& weight_in, const Bags& b, int64_t padding_idx) {
  const Tensor grad = contiguous_copy(grad_in), weight = contiguous_copy(weight_in);
  const int64_t width = grad.size(1);
  Tensor out = zeros({int64_t(b.index.size())}, grad.dtype());
  dispatch_floating(grad.dtype(), [&](auto tag) {
    using T = decltype(tag);
    for (size_t i = 0; i < b.index.size(); ++i) {
      if (b.index[i] == padding_idx || b.of[i] >= grad.size(0)) continue;
      const T *g = grad.template data<T>() + b.of[i] * width, *r = weight.template data<T>() + b.index[i] * width;
      T dot = 0;
      for (int64_t d = 0; d < width; ++d) dot += g[d] * r[d];
      out.template data<T>()[i] = dot;
    }
  });
  return out;
}

}  // namespace

Tensor embedding_bag(const Tensor& weight, const Tensor& indices, const Tensor& offsets, int32_t mode,
                     const Tensor& per_sample_weights, bool include_last_offset, int64_t padding_idx) {
  for (const Tensor* t : {&indices, &offsets})
    if (t->dtype() != DType::Int64 && t->dtype() != DType::Int32)
      fail("Expected tensor for argument #", t == &indices ? 1 : 2, " '", t == &indices ? "indices" : "offsets",
           "' to have one of the following scalar types: Long, Int; but got ", legacy_type_name(t->dtype()),
           " instead (while checking arguments for embedding_bag)");
  if (indices.dim() != 1) fail("input has to be a 1D or 2D Tensor, but got Tensor of dimension ", indices.dim());
  if (weight.dim() != 2) fail("weight has to be a 2D Tensor, but got Tensor of dimension ", weight.dim());
  if (!is_floating(weight.dtype()))
    fail("\"embedding_bag_cpu_impl\" not implemented for '", scalar_type_name(weight.dtype()), "'");
  const Bags b = bags_of(indices, offsets, include_last_offset, padding_idx, weight.size(0));
  Forward f = reduce_bags(detach(weight), b, mode, per_sample_weights, padding_idx);
  const bool weighted = per_sample_weights.defined();
  if (needs_grad(weight) || (weighted && needs_grad(per_sample_weights))) {
    const Tensor samples = weighted ? detach(per_sample_weights) : Tensor{};
    auto formula = [b, mode, samples, winners = std::move(f.winners), padding_idx, rows = weight.size(0)](
                       const BackwardContext& c) {
      // saved: weight and per_sample_weights, with their histories, when weighted.
      const Tensor weight = samples.defined() ? c.saved(0) : Tensor{}, weights = samples.defined() ? c.saved(1) : Tensor{};
      Grads grads{c.needs(0) ? not_differentiable("_embedding_bag_dense_backward",
                                                   weight_grad(c.grad(), b, mode, samples, winners, padding_idx, rows),
                                                   c.grad(), weights)
                             : Tensor{}};
      if (samples.defined())
        grads.push_back(c.needs(1) ? not_differentiable("aten::_embedding_bag_per_sample_weights_backward",
                                                        sample_weights_grad(c.grad(), weight, b, padding_idx), c.grad(),
                                                        weight)
                                   : Tensor{});
      return grads;
    };
    if (weighted)
      record("EmbeddingBagBackward0", f.output, {weight, per_sample_weights}, {weight, per_sample_weights}, formula);
    else record("EmbeddingBagBackward0", f.output, {weight}, {}, formula);
  }
  return f.output;
}

}  // namespace gb
