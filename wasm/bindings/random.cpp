// Generators (as handles; 0 means the default generator) and the sampling ops. 64-bit seeds
// and integer bounds cross as decimal strings, since a JS number holds only 53 bits.
#include <algorithm>
#include <string>

#include "common.h"
#include "ops/ops.h"
#include "random/generator.h"

namespace gb::bind {
namespace {

HandleTable<Generator>& generators() {
  static HandleTable<Generator> table;
  return table;
}

Generator& G(int32_t h) { return h ? *generators().get(h) : *default_generator(); }

int32_t generator_new() { return generators().acquire(std::make_shared<Generator>()); }
int32_t generator_default() { return generators().acquire(default_generator()); }
void generator_release(int32_t h) { generators().release(h); }
void generator_manual_seed(int32_t h, std::string seed) { G(h).manual_seed(std::stoull(seed)); }
std::string generator_initial_seed(int32_t h) { return std::to_string(G(h).initial_seed()); }
std::string generator_seed(int32_t h) {
  uint64_t seed = nondeterministic_seed();
  G(h).manual_seed(seed);
  return std::to_string(seed);
}

// get_rng_state's bytes as a uint8 tensor, and back.
int32_t generator_get_state(int32_t h) {
  const std::vector<uint8_t> bytes = G(h).get_state();
  Tensor t = empty({int64_t(bytes.size())}, DType::UInt8);
  std::copy(bytes.begin(), bytes.end(), t.data<uint8_t>());
  return H(t);
}
void generator_set_state(int32_t h, int32_t state) {
  const Tensor t = T(state);
  if (t.dtype() != DType::UInt8) fail_type("RNG state must be a torch.ByteTensor");
  const Tensor bytes = contiguous_copy(t);
  G(h).set_state(std::vector<uint8_t>(bytes.data<uint8_t>(), bytes.data<uint8_t>() + bytes.numel()));
}

int32_t uniform(int32_t t, double from, double to, int32_t g) { return H(uniform_(T(t), from, to, G(g))); }
int32_t normal(int32_t t, double mean, double std, int32_t g) { return H(normal_(T(t), mean, std, G(g))); }
int32_t random_range(int32_t t, std::string from, std::string to, int32_t g) {
  return H(random_(T(t), std::stoll(from), std::stoll(to), G(g)));
}
int32_t random_full(int32_t t, int32_t g) { return H(random_(T(t), G(g))); }
int32_t bernoulli_scalar(int32_t t, double p, int32_t g) { return H(bernoulli_(T(t), p, G(g))); }
int32_t bernoulli_tensor(int32_t p, int32_t g) { return H(bernoulli(T(p), G(g))); }
int32_t bernoulli_tensor_(int32_t t, int32_t p, int32_t g) { return H(bernoulli_(T(t), T(p), G(g))); }
int32_t randperm_(double n, int32_t dtype, int32_t g) { return H(randperm(int64_t(n), dtype_from(dtype), G(g))); }

}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(random) {
  using namespace gb::bind;
  GB_EXPORT("generator_new", &generator_new);
  GB_EXPORT("generator_default", &generator_default);
  GB_EXPORT("generator_release", &generator_release);
  GB_EXPORT("generator_manual_seed", &generator_manual_seed);
  GB_EXPORT("generator_initial_seed", &generator_initial_seed);
  GB_EXPORT("generator_seed", &generator_seed);
  GB_EXPORT("generator_get_state", &generator_get_state);
  GB_EXPORT("generator_set_state", &generator_set_state);
  GB_EXPORT("uniform_", &uniform);
  GB_EXPORT("normal_", &normal);
  GB_EXPORT("random_range_", &random_range);
  GB_EXPORT("random_full_", &random_full);
  GB_EXPORT("bernoulli_", &bernoulli_scalar);
  GB_EXPORT("bernoulli", &bernoulli_tensor);
  GB_EXPORT("bernoulli_tensor_", &bernoulli_tensor_);
  GB_EXPORT("randperm", &randperm_);
}
