// Sums, means, products and all/any (engine/ops/reduction.cpp): over all elements, or over
// chosen dims (the _dim exports, as PyTorch names those overloads). A dtype is a code, or -1
// for the one PyTorch infers.
#include "common.h"

EMSCRIPTEN_BINDINGS(reduction) {
  using namespace gb;
  using namespace gb::bind;
  using Dims = const std::vector<int64_t>&;
  GB_EXPORT("sum", overload<Tensor(const Tensor&, std::optional<DType>)>(&sum));
  GB_EXPORT("sum_dim", overload<Tensor(const Tensor&, Dims, bool, std::optional<DType>)>(&sum));
  GB_EXPORT("mean", overload<Tensor(const Tensor&, std::optional<DType>)>(&mean));
  GB_EXPORT("mean_dim", overload<Tensor(const Tensor&, Dims, bool, std::optional<DType>)>(&mean));
  GB_EXPORT("prod", overload<Tensor(const Tensor&, std::optional<DType>)>(&prod));
  GB_EXPORT("prod_dim", overload<Tensor(const Tensor&, int64_t, bool, std::optional<DType>)>(&prod));
  GB_EXPORT("all", overload<Tensor(const Tensor&)>(&all));
  GB_EXPORT("all_dim", overload<Tensor(const Tensor&, int64_t, bool)>(&all));
  GB_EXPORT("any", overload<Tensor(const Tensor&)>(&any));
  GB_EXPORT("any_dim", overload<Tensor(const Tensor&, int64_t, bool)>(&any));
}
