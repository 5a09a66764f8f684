#pragma once
// Every tensor op the engine offers. Each is differentiable where PyTorch's is: its
// definition records the backward formula next to the forward code. Families that the
// autograd core also calls are declared in their own headers, included here.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ops/arithmetic.h"
#include "ops/copy.h"
#include "ops/reduction.h"
#include "tensor/tensor.h"

namespace gb {

// ---- rounding divisions (ops/elementwise/binary.cpp)
Tensor floor_divide(const Tensor& a, const Tensor& b);  // a // b
Tensor remainder(const Tensor& a, const Tensor& b);     // a % b, Python's sign rule
Tensor fmod(const Tensor& a, const Tensor& b);
Tensor floor_divide_(const Tensor& self, const Tensor& other);
Tensor remainder_(const Tensor& self, const Tensor& other);

// ---- powers (ops/elementwise/binary.cpp); a Python number is a wrapped 0-dim tensor on either side
Tensor pow(const Tensor& base, const Tensor& exponent);
Tensor pow(const Tensor& base, double exponent);
Tensor xlogy(const Tensor& a, const Tensor& b);  // a·ln b, 0 where a = 0

// ---- elementwise functions of one tensor (ops/elementwise/unary.cpp)
enum class Unary : uint8_t {
  Abs, Neg, Sign, Floor, Ceil, Round, Trunc, Frac, Relu,
  Exp, Exp2, Expm1, Log, Log2, Log10, Log1p, Sqrt, Rsqrt, Reciprocal,
  Sin, Cos, Tan, Asin, Acos, Atan, Sinh, Cosh, Tanh, Sigmoid, Erf,
  Count
};
std::string_view unary_name(Unary op);  // "exp": the torch function's name
Tensor unary(Unary op, const Tensor& x);
Tensor unary_(Unary op, const Tensor& self);  // in place
Tensor round(const Tensor& x, int64_t decimals);
inline Tensor abs(const Tensor& x) { return unary(Unary::Abs, x); }
inline Tensor neg(const Tensor& x) { return unary(Unary::Neg, x); }
inline Tensor sign(const Tensor& x) { return unary(Unary::Sign, x); }
inline Tensor exp(const Tensor& x) { return unary(Unary::Exp, x); }
inline Tensor log(const Tensor& x) { return unary(Unary::Log, x); }
inline Tensor sqrt(const Tensor& x) { return unary(Unary::Sqrt, x); }
inline Tensor rsqrt(const Tensor& x) { return unary(Unary::Rsqrt, x); }
inline Tensor reciprocal(const Tensor& x) { return unary(Unary::Reciprocal, x); }
inline Tensor sin(const Tensor& x) { return unary(Unary::Sin, x); }
inline Tensor cos(const Tensor& x) { return unary(Unary::Cos, x); }
inline Tensor sinh(const Tensor& x) { return unary(Unary::Sinh, x); }
inline Tensor cosh(const Tensor& x) { return unary(Unary::Cosh, x); }

// ---- comparisons, logic, selection (ops/compare.cpp; those of two operands, and maximum/minimum, are
// rows of ops/elementwise/binary.cpp); comparisons and logic give bool
Tensor eq(const Tensor& a, const Tensor& b);
Tensor ne(const Tensor& a, const Tensor& b);
Tensor lt(const Tensor& a, const Tensor& b);
Tensor le(const Tensor& a, const Tensor& b);
Tensor gt(const Tensor& a, const Tensor& b);
Tensor ge(const Tensor& a, const Tensor& b);
Tensor logical_and(const Tensor& a, const Tensor& b);
Tensor logical_or(const Tensor& a, const Tensor& b);
Tensor logical_xor(const Tensor& a, const Tensor& b);
Tensor logical_not(const Tensor& a);
Tensor bitwise_and(const Tensor& a, const Tensor& b);  // & | ^ ~ on bool and integer tensors
Tensor bitwise_or(const Tensor& a, const Tensor& b);
Tensor bitwise_xor(const Tensor& a, const Tensor& b);
Tensor bitwise_not(const Tensor& a);
Tensor isnan(const Tensor& a);
Tensor isinf(const Tensor& a);
Tensor isfinite(const Tensor& a);
Tensor where(const Tensor& cond, const Tensor& a, const Tensor& b);
Tensor nonzero(const Tensor& t);  // [n, rank] int64 coordinates of the non-zero elements
Tensor maximum(const Tensor& a, const Tensor& b);
Tensor minimum(const Tensor& a, const Tensor& b);
// Either bound may be undefined (absent); bounds that are Python numbers are wrapped tensors.
Tensor clamp(const Tensor& x, const Tensor& min, const Tensor& max);
Tensor clamp_(const Tensor& self, const Tensor& min, const Tensor& max);
Tensor clamp_min(const Tensor& x, const Tensor& min);
Tensor clamp_max(const Tensor& x, const Tensor& max);
Tensor clamp_min_(const Tensor& self, const Tensor& min);
Tensor clamp_max_(const Tensor& self, const Tensor& max);
Tensor isclose(const Tensor& a, const Tensor& b, double rtol, double atol, bool equal_nan);
bool equal(const Tensor& a, const Tensor& b);  // same shape and values

// ---- pointwise functions of three tensors (ops/elementwise/ternary.cpp): addcmul and addcdiv
// (self, tensor1, tensor2, value), lerp (self, end, weight; a Python number weight is a wrapped
// 0-dim tensor, and value is unused)
enum class Ternary : uint8_t { Addcmul, Addcdiv, Lerp, Count };
std::string_view ternary_name(Ternary op);
Tensor ternary(Ternary op, const Tensor& self, const Tensor& a, const Tensor& b, double value);
Tensor ternary_(Ternary op, const Tensor& self, const Tensor& a, const Tensor& b, double value);  // in place

// ---- nan and infinities replaced (ops/nan_to_num.cpp); absent: 0, the dtype's largest, its lowest
Tensor nan_to_num(const Tensor& self, std::optional<double> nan, std::optional<double> posinf,
                  std::optional<double> neginf);
Tensor nan_to_num_(const Tensor& self, std::optional<double> nan, std::optional<double> posinf,
                   std::optional<double> neginf);

// ---- max, min and their positions (ops/extremes.cpp)
Tensor max(const Tensor& t);
Tensor min(const Tensor& t);
std::pair<Tensor, Tensor> max(const Tensor& t, int64_t dim, bool keepdim);  // values, indices
std::pair<Tensor, Tensor> min(const Tensor& t, int64_t dim, bool keepdim);
Tensor amax(const Tensor& t, const std::vector<int64_t>& dims, bool keepdim);
Tensor amin(const Tensor& t, const std::vector<int64_t>& dims, bool keepdim);
Tensor argmax(const Tensor& t, std::optional<int64_t> dim, bool keepdim);  // no dim: index into the flattened t
Tensor argmin(const Tensor& t, std::optional<int64_t> dim, bool keepdim);

// ---- running sums (ops/scan.cpp)
Tensor cumsum(const Tensor& t, int64_t dim, std::optional<DType> dtype = {});
Tensor cumprod(const Tensor& t, int64_t dim, std::optional<DType> dtype = {});
Tensor logcumsumexp(const Tensor& t, int64_t dim);
std::pair<Tensor, Tensor> cummax(const Tensor& t, int64_t dim);  // values, indices
std::pair<Tensor, Tensor> cummin(const Tensor& t, int64_t dim);

// ---- ordering (ops/sorting.cpp): values and int64 indices along dim
std::pair<Tensor, Tensor> sort(const Tensor& t, int64_t dim, bool descending, bool stable);
std::pair<Tensor, Tensor> topk(const Tensor& t, int64_t k, int64_t dim, bool largest, bool sorted);
std::pair<Tensor, Tensor> kthvalue(const Tensor& t, int64_t k, int64_t dim, bool keepdim);
// The distinct values of the flattened t (sorted), each element's index among them (t's
// shape) and each value's count.
std::vector<Tensor> unique(const Tensor& t);
std::vector<Tensor> unique_consecutive(const Tensor& t);
// The same for the slices along dim (values [.., groups, ..], inverse [size(dim)], counts [groups]):
// sorted, or (consecutive) runs of equal neighbours.
std::vector<Tensor> unique_dim(const Tensor& t, int64_t dim, bool consecutive);

// ---- triangles and diagonals (ops/matrix_parts.cpp); logsumexp
Tensor tril(const Tensor& t, int64_t diagonal);
Tensor triu(const Tensor& t, int64_t diagonal);
Tensor diagonal(const Tensor& t, int64_t offset, int64_t dim1, int64_t dim2);  // a view
Tensor diag(const Tensor& t, int64_t offset);
Tensor diag_embed(const Tensor& t, int64_t offset, int64_t dim1, int64_t dim2);
Tensor trace(const Tensor& t);
Tensor logsumexp(const Tensor& t, const std::vector<int64_t>& dims, bool keepdim);

// ---- Einstein summation (ops/einsum.cpp)
Tensor einsum(const std::string& equation, std::vector<Tensor> operands);

// ---- spread and size (ops/moments.cpp, ops/norm.cpp)
Tensor var(const Tensor& t, const std::vector<int64_t>& dims, double correction, bool keepdim);
Tensor stddev(const Tensor& t, const std::vector<int64_t>& dims, double correction, bool keepdim);
// (var or std, mean), both from one Welford pass as PyTorch's var_mean/std_mean.
std::pair<Tensor, Tensor> var_mean(const Tensor& t, const std::vector<int64_t>& dims, double correction, bool keepdim);
std::pair<Tensor, Tensor> std_mean(const Tensor& t, const std::vector<int64_t>& dims, double correction, bool keepdim);
Tensor norm(const Tensor& t, double p, const std::vector<int64_t>& dims, bool keepdim);
// ops/distance.cpp: ‖x1 - x2 + eps‖_p over the last dim of their broadcast shape
Tensor pairwise_distance(const Tensor& x1, const Tensor& x2, double p, double eps, bool keepdim);

// ---- tensors from ranges (ops/creation.cpp)
Tensor arange(double start, double end, double step, DType dtype);
Tensor linspace(double start, double end, int64_t steps, DType dtype);
Tensor logspace(double start, double end, int64_t steps, double base, DType dtype);
Tensor eye(int64_t n, int64_t m, DType dtype);

// ---- shapes and views (ops/views.cpp); dims may be negative
Tensor expand(const Tensor& t, const Shape& shape);
Tensor view(const Tensor& t, const Shape& shape);
Tensor reshape(const Tensor& t, const Shape& shape);
Tensor unsafe_view(const Tensor& t, const Shape& shape);  // reshape a fresh result; not a view for autograd
Tensor alias(const Tensor& t);
// t.view(dtype): the same bytes read as another dtype (the last dim rescaled when the element
// sizes differ). Not differentiable: the result carries no history, as in PyTorch.
Tensor view_dtype(const Tensor& t, DType dtype);
Tensor transpose(const Tensor& t, int64_t dim0, int64_t dim1);
Tensor t(const Tensor& self);
Tensor permute(const Tensor& self, const std::vector<int64_t>& dims);
Tensor unsqueeze(const Tensor& t, int64_t dim);
Tensor squeeze(const Tensor& t);
Tensor squeeze(const Tensor& t, int64_t dim);
// In place (ops/inplace_views.cpp): self takes the view's shape and strides; returns self.
Tensor unsqueeze_(const Tensor& self, int64_t dim);
Tensor squeeze_(const Tensor& self);
Tensor squeeze_(const Tensor& self, int64_t dim);
Tensor t_(const Tensor& self);
Tensor transpose_(const Tensor& self, int64_t dim0, int64_t dim1);
Tensor select(const Tensor& t, int64_t dim, int64_t index);
Tensor slice(const Tensor& t, int64_t dim, int64_t start, int64_t end, int64_t step);
Tensor narrow(const Tensor& t, int64_t dim, int64_t start, int64_t length);
Tensor flatten(const Tensor& t, int64_t start_dim, int64_t end_dim);
Tensor unflatten(const Tensor& t, int64_t dim, const Shape& sizes);

// ---- joining and cutting (ops/joining.cpp); the pieces of split/chunk/unbind are views
Tensor cat(const std::vector<Tensor>& tensors, int64_t dim);
Tensor stack(const std::vector<Tensor>& tensors, int64_t dim);
Tensor repeat(const Tensor& t, const Shape& repeats);
std::vector<Tensor> split(const Tensor& t, int64_t split_size, int64_t dim);
std::vector<Tensor> split_with_sizes(const Tensor& t, const Shape& sizes, int64_t dim,
                                     const char* name = "SplitWithSizesBackward0");
std::vector<Tensor> chunk(const Tensor& t, int64_t chunks, int64_t dim);
std::vector<Tensor> unbind(const Tensor& t, int64_t dim);

// ---- indexing (ops/indexing.cpp)
// One item of a Python index expression x[a, b, ...]. A slice is Python's start:stop:step after
// unpacking (a missing stop is INT64_MAX).
struct TensorIndex {
  enum class Kind { Integer, Slice, None, Ellipsis, Boolean, Tensor };
  Kind kind = Kind::None;
  int64_t integer = 0;
  int64_t start = 0, stop = 0, step = 1;
  bool boolean = false;
  Tensor tensor;
};
// x[items] and x[items] = value; is_tuple: the items came as a tuple (x[a,] rather than x[a]).
Tensor get_item(const Tensor& self, const std::vector<TensorIndex>& items, bool is_tuple);
void set_item(const Tensor& self, const std::vector<TensorIndex>& items, const Tensor& value, bool is_tuple);
// Advanced indexing by int64 or bool tensors, one per leading dim (undefined: the whole dim).
Tensor index(const Tensor& self, const std::vector<Tensor>& indices);
Tensor index_put_(const Tensor& self, const std::vector<Tensor>& indices, const Tensor& values, bool accumulate);
Tensor index_select(const Tensor& self, int64_t dim, const Tensor& index);
Tensor gather(const Tensor& self, int64_t dim, const Tensor& index);
Tensor masked_select(const Tensor& self, const Tensor& mask);
// value: a 0-dim tensor; value_is_tensor tells a Python number (MaskedFillBackward0) from a
// tensor (MaskedFillBackward1), as for scatter's src.
Tensor masked_fill(const Tensor& self, const Tensor& mask, const Tensor& value, bool value_is_tensor);
Tensor masked_fill_(const Tensor& self, const Tensor& mask, const Tensor& value, bool value_is_tensor);
Tensor scatter(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src, bool src_is_tensor);
Tensor scatter_(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src, bool src_is_tensor);
Tensor scatter_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src);
Tensor scatter_add_(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src);
Tensor flip(const Tensor& self, const std::vector<int64_t>& dims);
// ops/index_writes.cpp: writes into the slices along dim that index picks (or where mask holds)
Tensor index_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source, double alpha);
Tensor index_add_(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source, double alpha);
Tensor index_copy(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source);
Tensor index_copy_(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source);
// value: a 0-dim tensor; value_is_tensor tells a Python number (IndexFillBackward0) from a tensor (IndexFillBackward1)
Tensor index_fill(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& value, bool value_is_tensor);
Tensor index_fill_(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& value, bool value_is_tensor);
Tensor masked_scatter(const Tensor& self, const Tensor& mask, const Tensor& source);
Tensor masked_scatter_(const Tensor& self, const Tensor& mask, const Tensor& source);
// ops/rotation.cpp: no dims rolls the flattened tensor (one shift)
Tensor roll(const Tensor& self, const std::vector<int64_t>& shifts, const std::vector<int64_t>& dims);
Tensor rot90(const Tensor& self, int64_t k, const std::vector<int64_t>& dims);

// ---- matrix products (ops/linalg.cpp)
Tensor mm(const Tensor& a, const Tensor& b);
Tensor bmm(const Tensor& a, const Tensor& b);
Tensor mv(const Tensor& m, const Tensor& v);
Tensor dot(const Tensor& a, const Tensor& b);
Tensor outer(const Tensor& a, const Tensor& b);
Tensor matmul(const Tensor& a, const Tensor& b);

// ---- vector and Kronecker products (ops/products.cpp); cross without a dim: a's first dim of size 3
Tensor linalg_cross(const Tensor& a, const Tensor& b, int64_t dim);
Tensor cross(const Tensor& a, const Tensor& b, std::optional<int64_t> dim);
Tensor kron(const Tensor& a, const Tensor& b);

// ---- counting (ops/histograms.cpp); weights may be undefined. Not differentiable.
Tensor bincount(const Tensor& self, const Tensor& weights, int64_t minlength);
Tensor histc(const Tensor& self, int64_t bins, double min, double max);

// ---- activations (ops/activation.cpp)
Tensor softmax(const Tensor& x, int64_t dim);
Tensor log_softmax(const Tensor& x, int64_t dim);
Tensor leaky_relu(const Tensor& x, double negative_slope);
Tensor prelu(const Tensor& x, const Tensor& weight);  // ops/prelu.cpp: slopes per channel (dim 1) or one
// ops/pointwise_activation.cpp: torch.nn.functional's parametrised elementwise activations
enum class Activation : uint8_t { Gelu, GeluTanh, Silu, Elu, Softplus, Mish, Hardtanh, Hardswish, Hardsigmoid, Celu, Count };
// elu: alpha, scale, input_scale; softplus: beta, threshold; hardtanh: min, max; celu: alpha
struct ActivationParams {
  double a = 0, b = 0, c = 0;
};
std::string_view activation_name(Activation op);  // "gelu", "gelu_tanh", ...
Tensor activation(Activation op, const Tensor& x, const ActivationParams& p = {});

// ---- losses (ops/loss.cpp); weight and pos_weight may be undefined
enum class Reduction : int32_t { None = 0, Mean = 1, Sum = 2 };  // PyTorch's enum values
Tensor apply_reduction(const Tensor& loss, Reduction r);  // the mean, the sum, or loss itself
Tensor mse_loss(const Tensor& input, const Tensor& target, Reduction r);
Tensor nll_loss(const Tensor& input, const Tensor& target, const Tensor& weight, Reduction r, int64_t ignore_index);
// input [N, C, H, W], target [N, H, W]
Tensor nll_loss2d(const Tensor& input, const Tensor& target, const Tensor& weight, Reduction r, int64_t ignore_index);
// cross entropy against class probabilities (target shaped like input; class dim 1, or 0 if 1-D)
Tensor cross_entropy_probabilities(const Tensor& input, const Tensor& target, const Tensor& weight, Reduction r);
Tensor binary_cross_entropy(const Tensor& input, const Tensor& target, const Tensor& weight, Reduction r);
Tensor binary_cross_entropy_with_logits(const Tensor& input, const Tensor& target, const Tensor& weight,
                                        const Tensor& pos_weight, Reduction r);
// ops/regression_loss.cpp: quadratic below beta (delta), linear beyond
Tensor smooth_l1_loss(const Tensor& input, const Tensor& target, Reduction r, double beta);
Tensor huber_loss(const Tensor& input, const Tensor& target, Reduction r, double delta);

// ---- embedding lookup (ops/embedding.cpp): weight [N, D], indices [..S] → [..S, D];
// padding_idx -1 for none
Tensor embedding(const Tensor& weight, const Tensor& indices, int64_t padding_idx);
// ops/embedding_bag.cpp: indices [L] cut into bags by offsets, each bag's rows reduced by mode
// (0 sum, 1 mean, 2 max, PyTorch's codes) → [bags, D]; per_sample_weights [L] or undefined.
Tensor embedding_bag(const Tensor& weight, const Tensor& indices, const Tensor& offsets, int32_t mode,
                     const Tensor& per_sample_weights, bool include_last_offset, int64_t padding_idx);

// ---- linear layers (ops/linear.cpp): bias + mat1 · mat2
Tensor addmm(const Tensor& bias, const Tensor& mat1, const Tensor& mat2);
Tensor baddbmm(const Tensor& bias, const Tensor& batch1, const Tensor& batch2);

// ---- convolutions (ops/convolution.cpp): input [N, C, W] or [N, C, H, W]; weight
// [out, in/groups, (kh,) kw], transposed: [in, out/groups, (kh,) kw]; bias may be undefined.
// One stride/padding/dilation (/output_padding) entry per spatial dim.
struct ConvolutionOptions {
  std::vector<int64_t> stride, padding, dilation, output_padding;
  bool transposed = false;
  int64_t groups = 1;
};
Tensor convolution(const Tensor& input, const Tensor& weight, const Tensor& bias, const ConvolutionOptions& o);

// ---- pooling (ops/pooling.cpp) over the last two dims of [C, H, W] or [N, C, H, W];
// kernel/stride/padding/dilation: (height, width)
struct PoolOptions {
  std::vector<int64_t> kernel, stride, padding, dilation;
  bool ceil_mode = false;
};
struct AvgOptions {
  bool count_include_pad = true;
  std::optional<int64_t> divisor_override;
};
std::pair<Tensor, Tensor> max_pool2d_with_indices(const Tensor& input, const PoolOptions& o);  // values, indices
Tensor avg_pool2d(const Tensor& input, const PoolOptions& o, const AvgOptions& a);  // dilation unused
Tensor adaptive_avg_pool2d(const Tensor& input, const Shape& output_size);
// adaptive_max_pool2d: values and their int64 positions in the input plane
std::pair<Tensor, Tensor> adaptive_max_pool2d(const Tensor& input, const Shape& output_size);

// ---- padding (ops/padding.cpp); pad: (before, after) of the last dim first, negative crops
Tensor constant_pad_nd(const Tensor& input, const std::vector<int64_t>& pad, double value);
enum class EdgeMode : uint8_t { Reflect, Replicate };
// 1 to 3 padded dims (pad.size() / 2) of an input with one or two more dims
Tensor edge_pad(const Tensor& input, const std::vector<int64_t>& pad, EdgeMode mode);

// ---- resizing (ops/upsample.cpp): [N, C, (D, H,) W] to output_size (one entry per spatial dim);
// scales: the scale_factor given per dim (none when the size was given)
enum class Interpolation : uint8_t { Nearest, NearestExact, Linear };  // Linear: (bi/tri)linear
struct ResampleOptions {
  Interpolation mode;
  Shape output_size;
  std::vector<std::optional<double>> scales;
  bool align_corners = false;
};
Tensor upsample(const Tensor& input, const ResampleOptions& o);
Tensor upsample_backward(const Tensor& grad, const Shape& input_shape, const ResampleOptions& o);

// ---- sliding blocks (ops/fold.cpp): kernel/dilation/padding/stride as (height, width)
struct BlockOptions {
  std::vector<int64_t> kernel, dilation, padding, stride;
};
// [(N,) C, H, W] → [(N,) C·kh·kw, L] (unfold) and back, overlaps added (fold, to output_size (H, W))
Tensor im2col(const Tensor& input, const BlockOptions& o);
Tensor col2im(const Tensor& input, const Shape& output_size, const BlockOptions& o);

// ---- sub-pixel rearrangement (ops/pixel_shuffle.cpp): [*, C·r², H, W] ↔ [*, C, H·r, W·r]
Tensor pixel_shuffle(const Tensor& input, int64_t upscale_factor);
Tensor pixel_unshuffle(const Tensor& input, int64_t downscale_factor);

// ---- optimizer steps (ops/optim.cpp): update param in place as PyTorch's optimizers do
struct SgdOptions {
  double lr, momentum, dampening, weight_decay;
  bool nesterov, maximize;
};
// Returns the momentum buffer (a new one on the first step with momentum).
Tensor sgd_step(const Tensor& param, const Tensor& grad, const Tensor& buffer, const SgdOptions& o);
struct AdamOptions {
  double lr, beta1, beta2, eps, weight_decay;
  double step_size, bias_correction2_sqrt;  // lr / (1 - β1^t) and √(1 - β2^t), computed by the caller
  bool amsgrad, maximize, decoupled;        // decoupled: AdamW's weight decay
};
void adam_step(const Tensor& param, const Tensor& grad, const Tensor& exp_avg, const Tensor& exp_avg_sq,
               const Tensor& max_exp_avg_sq, const AdamOptions& o);
struct RmspropOptions {
  double lr, alpha, eps, weight_decay, momentum;
  bool maximize;
};
// grad_avg (centered) and momentum_buffer may be undefined.
void rmsprop_step(const Tensor& param, const Tensor& grad, const Tensor& square_avg, const Tensor& grad_avg,
                  const Tensor& momentum_buffer, const RmspropOptions& o);

// Clears param's .grad (set_to_none) or zeroes it in place, detached from any graph.
void zero_grad(const Tensor& param, bool set_to_none);

}  // namespace gb
