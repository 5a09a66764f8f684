#pragma once
// Engine errors carry the Python exception type PyTorch would raise, so the bindings can
// hand the user the same `RuntimeError` / `IndexError` / ... with the same text.
#include <sstream>
#include <stdexcept>
#include <string>

namespace gb {

enum class ErrorKind { Runtime, Index, Type, Value, NotImplemented };

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind(kind) {}
  ErrorKind kind;
};

// Concatenates anything streamable: cat("got ", n, " dims").
template <class... Parts>
std::string cat(const Parts&... parts) {
  std::ostringstream s;
  (s << ... << parts);
  return s.str();
}

template <class... Parts>
[[noreturn]] void fail(const Parts&... parts) { throw Error(ErrorKind::Runtime, cat(parts...)); }
template <class... Parts>
[[noreturn]] void fail_index(const Parts&... parts) { throw Error(ErrorKind::Index, cat(parts...)); }
template <class... Parts>
[[noreturn]] void fail_type(const Parts&... parts) { throw Error(ErrorKind::Type, cat(parts...)); }
template <class... Parts>
[[noreturn]] void fail_value(const Parts&... parts) { throw Error(ErrorKind::Value, cat(parts...)); }

}  // namespace gb
