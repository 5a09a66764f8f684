#include "ops/selection_gradient.h"

#include "autograd/record.h"
#include "ops/ops.h"

namespace gb {

void record_selection(const char* name, const Tensor& values, const Tensor& input, const Tensor& indices, int64_t dim,
                      bool keepdim) {
  record(name, values, {input}, {indices}, [shape = input.shape(), dim, keepdim](const BackwardContext& c) {
    Tensor g = c.grad(), idx = c.saved(0);
    if (shape.empty()) return Grads{reshape(g, {})};
    if (!keepdim) g = unsqueeze(g, dim), idx = unsqueeze(idx, dim);
    return Grads{scatter(zeros(shape, g.dtype()), dim, idx, g, true)};
  });
}

}  // namespace gb
