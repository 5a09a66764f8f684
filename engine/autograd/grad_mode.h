#pragma once
// Whether ops record a graph (torch.no_grad / torch.enable_grad / set_grad_enabled).

namespace gb {

bool grad_enabled();
void set_grad_enabled(bool enabled);

// Restores the previous mode when it goes out of scope.
class GradModeGuard {
 public:
  explicit GradModeGuard(bool enabled) : previous_(grad_enabled()) { set_grad_enabled(enabled); }
  ~GradModeGuard() { set_grad_enabled(previous_); }
  GradModeGuard(const GradModeGuard&) = delete;
  GradModeGuard& operator=(const GradModeGuard&) = delete;

 private:
  bool previous_;
};

}  // namespace gb
