#include "ops/half_kernels.h"

#include <algorithm>
#include <iterator>

#include "tensor/error.h"

namespace gb {

namespace {

struct MissingKernel {
  std::string_view op, kernel;
};

// Found by running each elementwise op on a float16 tensor in PyTorch 1.13 (CPU).
constexpr MissingKernel kMissing[] = {
    {"floor", "floor_vml_cpu"}, {"ceil", "ceil_vml_cpu"},   {"round", "round_vml_cpu"}, {"trunc", "trunc_vml_cpu"},
    {"relu", "clamp_min_cpu"},  {"exp", "exp_vml_cpu"},     {"expm1", "expm1_vml_cpu"}, {"log", "log_vml_cpu"},
    {"log2", "log2_vml_cpu"},   {"log10", "log10_vml_cpu"}, {"log1p", "log1p_vml_cpu"}, {"sqrt", "sqrt_vml_cpu"},
    {"rsqrt", "rsqrt_cpu"},     {"sin", "sin_vml_cpu"},     {"cos", "cos_vml_cpu"},     {"tan", "tan_vml_cpu"},
    {"asin", "asin_vml_cpu"},   {"acos", "acos_vml_cpu"},   {"atan", "atan_vml_cpu"},   {"sinh", "sinh_cpu"},
    {"cosh", "cosh_cpu"},       {"tanh", "tanh_vml_cpu"},   {"sigmoid", "sigmoid_cpu"}, {"erf", "erf_vml_cpu"},
    {"hypot", "hypot_cpu"},
};

}  // namespace

void check_half_kernel(std::string_view op, DType t) {
  if (t != DType::Float16) return;
  auto it = std::find_if(std::begin(kMissing), std::end(kMissing), [op](const MissingKernel& m) { return m.op == op; });
  if (it != std::end(kMissing)) fail("\"", it->kernel, "\" not implemented for 'Half'");
}

}  // namespace gb
