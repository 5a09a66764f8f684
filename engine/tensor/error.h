#pragma once
// Engine errors carry the Python exception type PyTorch would raise, so the bindings can
// hand the user the same `RuntimeError` / `IndexError` / ... with the same text.
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

namespace gb {

// Host: an exception raised by host code the engine called back (a Python hook or a custom
// Function's backward); the host keeps the exception and re-raises it. LinAlg: PyTorch's
// torch.linalg.LinAlgError (a RuntimeError) for a singular or not positive-definite input.
enum class ErrorKind { Runtime, Index, Type, Value, NotImplemented, Host, LinAlg };

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind(kind) {}
  ErrorKind kind;
};

// One part of a message, written as an ostream would write it (numbers in "%g" form), but
// without iostreams: their locale machinery is a large share of the WebAssembly binary.
template <class T>
void append_part(std::string& s, const T& part) {
  if constexpr (std::is_same_v<T, char>) {
    s += part;
  } else if constexpr (std::is_same_v<T, bool>) {
    s += part ? '1' : '0';
  } else if constexpr (std::is_integral_v<T>) {
    s += std::to_string(part);
  } else if constexpr (std::is_floating_point_v<T>) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", double(part));
    s += buffer;
  } else {
    s += std::string_view(part);
  }
}

// Concatenates strings and numbers: cat("got ", n, " dims").
template <class... Parts>
std::string cat(const Parts&... parts) {
  std::string s;
  (append_part(s, parts), ...);
  return s;
}

template <class... Parts>
[[noreturn]] void fail(const Parts&... parts) { throw Error(ErrorKind::Runtime, cat(parts...)); }
template <class... Parts>
[[noreturn]] void fail_index(const Parts&... parts) { throw Error(ErrorKind::Index, cat(parts...)); }
template <class... Parts>
[[noreturn]] void fail_type(const Parts&... parts) { throw Error(ErrorKind::Type, cat(parts...)); }
template <class... Parts>
[[noreturn]] void fail_value(const Parts&... parts) { throw Error(ErrorKind::Value, cat(parts...)); }
template <class... Parts>
[[noreturn]] void fail_linalg(const Parts&... parts) { throw Error(ErrorKind::LinAlg, cat(parts...)); }

}  // namespace gb
