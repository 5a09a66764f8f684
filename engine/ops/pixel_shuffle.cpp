// pixel_shuffle: [*, C·r², H, W] → [*, C, H·r, W·r], out[c, h·r + i, w·r + j] = in[c·r² + i·r + j, h, w];
// pixel_unshuffle is its inverse. Both are a copy through a permuted view, as PyTorch's
// reference computes them, and each is the other's backward (recorded), for every dtype.
#include "autograd/grad_mode.h"
#include "autograd/record.h"
#include "ops/copy.h"
#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

namespace {

// x viewed as `split`, permuted by `order`, copied, and shaped `out` (no history).
Tensor rearranged(const Tensor& x, const Shape& split, const std::vector<int64_t>& order, const Shape& out) {
  GradModeGuard no_grad(false);
  return reshape(contiguous_copy(permute(reshape(x, split), order)), out);
}

void check_factor(const Tensor& input, int64_t factor, const char* name, const char* factor_name) {
  if (input.dim() < 3)
    fail(name, " expects input to have at least 3 dimensions, but got input with ", input.dim(), " dimension(s)");
  if (factor <= 0) fail(name, " expects a positive ", factor_name, ", but got ", factor);
}

int64_t leading(const Tensor& t) {
  int64_t n = 1;
  for (int64_t d = 0; d + 3 < t.dim(); ++d) n *= t.size(d);
  return n;
}

}  // namespace

Tensor pixel_shuffle(const Tensor& input, int64_t upscale_factor) {
  const int64_t r = upscale_factor;
  check_factor(input, r, "pixel_shuffle", "upscale_factor");
  const int64_t c = input.size(-3), h = input.size(-2), w = input.size(-1);
  if (c % (r * r) != 0)
    fail("pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of upscale_factor, "
         "but input.size(-3)=", c, " is not divisible by ", r * r);
  Shape out = input.shape();
  out[out.size() - 3] = c / (r * r);
  out[out.size() - 2] = h * r;
  out[out.size() - 1] = w * r;
  Tensor result = rearranged(input, {leading(input), c / (r * r), r, r, h, w}, {0, 1, 4, 2, 5, 3}, out);
  if (needs_grad(input))
    record("PixelShuffleBackward0", result, {input}, {}, [r](const BackwardContext& ctx) {
      return Grads{pixel_unshuffle(ctx.grad(), r)};
    });
  return result;
}

Tensor pixel_unshuffle(const Tensor& input, int64_t downscale_factor) {
  const int64_t r = downscale_factor;
  check_factor(input, r, "pixel_unshuffle", "downscale_factor");
  const int64_t c = input.size(-3), h = input.size(-2), w = input.size(-1);
  if (h % r != 0)
    fail("pixel_unshuffle expects height to be divisible by downscale_factor, but input.size(-2)=", h,
         " is not divisible by ", r);
  if (w % r != 0)
    fail("pixel_unshuffle expects width to be divisible by downscale_factor, but input.size(-1)=", w,
         " is not divisible by ", r);
  Shape out = input.shape();
  out[out.size() - 3] = c * r * r;
  out[out.size() - 2] = h / r;
  out[out.size() - 1] = w / r;
  Tensor result = rearranged(input, {leading(input), c, h / r, r, w / r, r}, {0, 1, 3, 5, 2, 4}, out);
  if (needs_grad(input))
    record("PixelUnshuffleBackward0", result, {input}, {}, [r](const BackwardContext& ctx) {
      return Grads{pixel_shuffle(ctx.grad(), r)};
    });
  return result;
}

}  // namespace gb
