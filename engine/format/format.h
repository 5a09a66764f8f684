#pragma once
// PyTorch's text form of a tensor: `tensor([1., 2.], requires_grad=True)`, with its choice of
// integer/fixed/scientific notation, column alignment, line wrapping and summarization.
#include <cstdint>
#include <optional>
#include <string>

#include "tensor/tensor.h"

namespace gb {

struct PrintOptions {
  int precision = 4;
  int64_t threshold = 1000;
  int64_t edgeitems = 3;
  int64_t linewidth = 80;
  std::optional<bool> sci_mode;  // unset: chosen from the values
};

const PrintOptions& print_options();
void set_print_options(const PrintOptions& options);

// repr(t) / str(t).
std::string format_tensor(const Tensor& t);

}  // namespace gb
