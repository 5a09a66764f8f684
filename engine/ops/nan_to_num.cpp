// nan_to_num: nan, +inf and −inf replaced by finite numbers (by default 0 and the dtype's
// largest and lowest values). Integer and bool tensors have none of them and are copied.
//
// Backward: the gradient flows where self was finite, grad·isfinite(self), recorded.
#include <limits>

#include "ops/elementwise.h"

namespace gb {

namespace {

// out = self with the replacements, in self's dtype (the numbers converted to it, so a
// replacement too large for float32 becomes inf, as in PyTorch).
void replace_into(const Tensor& out, const Tensor& self, std::optional<double> nan, std::optional<double> posinf,
                  std::optional<double> neginf) {
  dispatch(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      const T n = T(nan.value_or(0)), hi = posinf ? T(*posinf) : std::numeric_limits<T>::max(),
              lo = neginf ? T(*neginf) : std::numeric_limits<T>::lowest();
      unary_kernel(out.data<T>(), out.shape(), out.strides(), self.data<T>(), self.strides(), [=](T v) {
        return v != v ? n : v == std::numeric_limits<T>::infinity() ? hi : v == -std::numeric_limits<T>::infinity() ? lo : v;
      });
    } else {
      if (!out.is_same(self)) copy_values(out, self);
    }
  });
}

void record_nan_to_num(const Tensor& out, const Tensor& self_saved, const Tensor& self) {
  record("NanToNumBackward0", out, {self}, {self_saved},
         [](const BackwardContext& c) { return Grads{mul(c.grad(), isfinite(c.saved(0)))}; });
}

}  // namespace

Tensor nan_to_num(const Tensor& self, std::optional<double> nan, std::optional<double> posinf,
                  std::optional<double> neginf) {
  Tensor out = empty(self.shape(), self.dtype());
  replace_into(out, self, nan, posinf, neginf);
  if (needs_grad(self)) record_nan_to_num(out, self, self);
  return out;
}

Tensor nan_to_num_(const Tensor& self, std::optional<double> nan, std::optional<double> posinf,
                   std::optional<double> neginf) {
  check_inplace(self);
  check_no_internal_overlap(self);
  const bool grad = needs_grad(self);
  Tensor before = grad ? clone(self) : Tensor{};  // recorded: self's old history
  replace_into(self, self, nan, posinf, neginf);
  bump_version(self);
  if (grad) record_nan_to_num(self, before, self);
  return self;
}

}  // namespace gb
