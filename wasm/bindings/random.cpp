// Generators (as handles; 0 means the default generator) and the sampling ops
// (engine/random/). 64-bit seeds and integer bounds cross as decimal strings, since a JS
// number holds only 53 bits.
#include <algorithm>
#include <string>

#include "common.h"
#include "random/generator.h"
#include "random/sampling.h"

namespace gb::bind {

namespace {
HandleTable<Generator>& generators() {
  static HandleTable<Generator> table;
  return table;
}
}  // namespace

template <>
struct Arg<Generator> {
  using Wire = int32_t;
  static Generator& from(int32_t h) { return h ? *generators().get(h) : *default_generator(); }
};

namespace {
int32_t generator_new() { return generators().acquire(std::make_shared<Generator>()); }
int32_t generator_default() { return generators().acquire(default_generator()); }
void generator_release(int32_t h) { generators().release(h); }
void generator_manual_seed(Generator& g, std::string seed) { g.manual_seed(std::stoull(seed)); }
std::string generator_initial_seed(Generator& g) { return std::to_string(g.initial_seed()); }
std::string generator_seed(Generator& g) {
  uint64_t seed = nondeterministic_seed();
  g.manual_seed(seed);
  return std::to_string(seed);
}

// get_rng_state's bytes as a uint8 tensor, and back.
Tensor generator_get_state(Generator& g) {
  const std::vector<uint8_t> bytes = g.get_state();
  Tensor t = empty({int64_t(bytes.size())}, DType::UInt8);
  std::copy(bytes.begin(), bytes.end(), t.data<uint8_t>());
  return t;
}
void generator_set_state(Generator& g, const Tensor& t) {
  if (t.dtype() != DType::UInt8) fail_type("RNG state must be a torch.ByteTensor");
  const Tensor bytes = contiguous_copy(t);
  g.set_state(std::vector<uint8_t>(bytes.data<uint8_t>(), bytes.data<uint8_t>() + bytes.numel()));
}

// The bounds arrive as decimal strings (see above).
void random_range(const Tensor& t, std::string from, std::string to, Generator& g) {
  random_(t, std::stoll(from), std::stoll(to), g);
}
}  // namespace

}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(random) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("generator_new", &generator_new);
  GB_EXPORT("generator_default", &generator_default);
  GB_EXPORT("generator_release", &generator_release);
  GB_EXPORT("generator_manual_seed", &generator_manual_seed);
  GB_EXPORT("generator_initial_seed", &generator_initial_seed);
  GB_EXPORT("generator_seed", &generator_seed);
  GB_EXPORT("generator_get_state", &generator_get_state);
  GB_EXPORT("generator_set_state", &generator_set_state);
  GB_EXPORT("uniform_", &uniform_);
  GB_EXPORT("normal_", &normal_);
  GB_EXPORT("random_range_", &random_range);
  GB_EXPORT("random_full_", overload<Tensor(const Tensor&, Generator&)>(&random_));
  GB_EXPORT("bernoulli_", overload<Tensor(const Tensor&, double, Generator&)>(&bernoulli_));
  GB_EXPORT("bernoulli_tensor_", overload<Tensor(const Tensor&, const Tensor&, Generator&)>(&bernoulli_));
  GB_EXPORT("bernoulli", &bernoulli);
  GB_EXPORT("randperm", &randperm);
  GB_EXPORT("exponential_", &exponential_);
  GB_EXPORT("geometric_", &geometric_);
  GB_EXPORT("log_normal_", &log_normal_);
  GB_EXPORT("cauchy_", &cauchy_);
  GB_EXPORT("poisson", &poisson);
  GB_EXPORT("multinomial", &multinomial);
}
