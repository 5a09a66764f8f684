// The op fuzzer: random programs over the engine's ops (random_program.h), one per seed, run
// forward and backward. A finding is a crash or sanitizer report, an exception that is not the
// engine's gb::Error, or (for float64 programs) a first or second derivative that disagrees with
// finite differences.
// The engine refusing a call with gb::Error is expected: that is PyTorch's error path.
//
//   engine_fuzz [--first-seed=N] [--sequences=N] [--seconds=S] [--trace] [doctest options]
// runs seeds N, N+1, ... until `sequences` have run or `seconds` have passed (whichever is set;
// 200 sequences if neither). Every failure names its seed; `--first-seed=N --sequences=1` replays it.
// --trace names each seed on stderr before it runs: an UndefinedBehaviorSanitizer report ends the
// process without any callback of ours, so the last name is the seed that ran into it.
#define DOCTEST_CONFIG_IMPLEMENT
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "autograd/grad_mode.h"
#include "helpers.h"
#include "random_program.h"
#include "tensor/error.h"

#if defined(__SANITIZE_ADDRESS__)
#define GRADBOOK_FUZZ_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GRADBOOK_FUZZ_SANITIZED 1
#endif
#endif
#ifdef GRADBOOK_FUZZ_SANITIZED
#include <sanitizer/common_interface_defs.h>
#endif

using namespace gb;
using namespace gb::fuzz;

namespace {

struct Options {
  uint64_t first_seed = 1;
  int64_t sequences = 0;  // 0: no limit by count
  double seconds = 0;     // 0: no limit by time
  bool trace = false;
} options;

// What is running now, for a sanitizer's report, which ends the process without returning to
// doctest (whose own crash report prints the INFO context instead).
uint64_t current_seed = 0;
bool running = false;  // a sequence is under way
const Program* current_program = nullptr;

#ifdef GRADBOOK_FUZZ_SANITIZED
void report_crash() {
  auto seed = static_cast<unsigned long long>(current_seed);
  if (!running) {
    std::fprintf(stderr, "\nfuzz: the sanitizer stopped the process after the last sequence (seed %llu)\n", seed);
    return;
  }
  std::fprintf(stderr, "\nfuzz: seed %llu crashed; replay with --first-seed=%llu --sequences=1\n", seed, seed);
  if (current_program) std::fprintf(stderr, "%s", current_program->text().c_str());
}
#endif

// Fresh copies of a program's inputs, so no run sees another's gradients or in-place writes.
std::vector<Tensor> fresh(const std::vector<Tensor>& inputs) {
  std::vector<Tensor> out;
  for (const Tensor& t : inputs) {
    Tensor c = contiguous_copy(t);
    c.impl()->requires_grad = t.requires_grad();
    out.push_back(c);
  }
  return out;
}

// Everything a float64 program computed that carries a gradient, flattened into one tensor: a
// wrong gradient anywhere along the way shows, not only where it reaches the last value.
Tensor everything(const Program& program, const std::vector<Tensor>& inputs) {
  std::vector<Tensor> parts;
  for (const Tensor& v : program.run(inputs))
    if (v.dtype() == DType::Float64 && v.requires_grad()) parts.push_back(reshape(v, {-1}));
  return cat(parts, int64_t{0});
}

struct Counts {
  int64_t sequences = 0, gradient_checked = 0, second_order_checked = 0, steps = 0, refused = 0;
};

// Whether the second derivatives of sum(everything) are all finite. At a point where a formula
// is singular (a norm of zeros, whose gradient divides by it) they are nan, in PyTorch too, while
// finite differences of the first derivative, which the formula masks there, say 0.
bool finite_second_derivatives(const Program& program) {
  std::vector<Tensor> inputs = fresh(program.inputs);
  for (Tensor& t : inputs) t.impl()->requires_grad = true;
  std::vector<Tensor> g = grad({sum(everything(program, inputs))}, {}, inputs, true, true, true);
  Tensor s = wrapped_scalar(0, DType::Float64);
  for (const Tensor& d : g)
    if (d.defined()) s = add(s, sum(d));
  if (!s.requires_grad()) return true;
  for (const Tensor& d : grad({s}, {}, inputs, false, true))
    if (d.defined())
      for (double v : test::values(d))
        if (!std::isfinite(v)) return false;
  return true;
}

void run_gradient(const Program& program, Counts& counts) {
  auto f = [&](const std::vector<Tensor>& inputs) { return everything(program, inputs); };
  try {
    if (!program.moderate) return;
    // First and second derivatives: every backward formula the programs reach is recorded
    // (docs/double-backward.md).
    const bool second = finite_second_derivatives(program);
    test::check_gradients(f, fresh(program.inputs), 1e-4, second ? test::Order::Second : test::Order::First);
    ++counts.gradient_checked;
    counts.second_order_checked += second;
  } catch (const Error&) {
    ++counts.refused;  // e.g. backward through a value an in-place op changed, as PyTorch refuses too
  }
}

void run_forward(const Program& program, Counts& counts) {
  try {
    std::vector<Tensor> outputs, gradients;
    for (const Tensor& v : program.run(fresh(program.inputs)))
      if (is_floating(v.dtype()) && v.grad_fn()) {
        outputs.push_back(v);
        gradients.push_back(ones_like(v));
      }
    if (!outputs.empty()) backward(outputs, gradients, false);
  } catch (const Error&) {
    ++counts.refused;
  }
  try {
    GradModeGuard no_grad(false);
    program.run(fresh(program.inputs));
  } catch (const Error&) {
    ++counts.refused;
  }
}

}  // namespace

TEST_CASE("random op sequences run without crashes, and their float64 first and second derivatives match finite differences") {
  Counts counts;
  auto started = std::chrono::steady_clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(); };
  for (uint64_t seed = options.first_seed;; ++seed) {
    if (options.sequences && counts.sequences >= options.sequences) break;
    if (options.seconds && elapsed() >= options.seconds) break;
    current_seed = seed;
    running = true;
    if (options.trace) std::fprintf(stderr, "fuzz: running seed %llu\n", static_cast<unsigned long long>(seed));
    const int64_t live = TensorImpl::live_count;
    Mode mode = seed % 3 == 0 ? Mode::Forward : Mode::Gradient;
    INFO("fuzz seed ", seed, " (replay with --first-seed=", seed, " --sequences=1)");
    try {
      Program program = random_program(seed, mode);
      current_program = &program;
      INFO("program:\n", program.text());
      counts.steps += int64_t(program.steps.size());
      counts.refused += program.rejected;
      if (mode == Mode::Gradient) run_gradient(program, counts);
      else run_forward(program, counts);
    } catch (const Error&) {
      throw;  // the driver only calls ops in try blocks; an Error here is a fuzzer bug
    } catch (const std::exception& e) {
      FAIL_CHECK("an exception that is not gb::Error: ", e.what());
    }
    current_program = nullptr;
    running = false;
    // Nothing lost: every tensor of the program is gone with it (a reference cycle would keep
    // a graph alive for good).
    CHECK_MESSAGE(TensorImpl::live_count == live, "tensors left alive: ", TensorImpl::live_count - live);
    ++counts.sequences;
  }
  MESSAGE(counts.sequences, " sequences from seed ", options.first_seed, " (", counts.gradient_checked,
          " gradient-checked, ", counts.second_order_checked, " of them to second order, ", counts.steps, " op calls kept, ", counts.refused, " refused with gb::Error) in ",
          elapsed(), " s");
  CHECK(counts.sequences > 0);
}

int main(int argc, char** argv) {
  std::vector<char*> rest{argv[0]};
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](const char* name) -> const char* {
      size_t n = std::strlen(name);
      return arg.compare(0, n, name) == 0 ? argv[i] + n : nullptr;
    };
    if (const char* v = value("--first-seed=")) options.first_seed = std::strtoull(v, nullptr, 10);
    else if (const char* v = value("--sequences=")) options.sequences = std::strtoll(v, nullptr, 10);
    else if (const char* v = value("--seconds=")) options.seconds = std::strtod(v, nullptr);
    else if (arg == "--trace") options.trace = true;
    else rest.push_back(argv[i]);
  }
  if (!options.sequences && !options.seconds) options.sequences = 200;
#ifdef GRADBOOK_FUZZ_SANITIZED
  __sanitizer_set_death_callback(report_crash);
#endif
  doctest::Context context;
  context.applyCommandLine(int(rest.size()), rest.data());
  return context.run();
}
