#include "autograd/grad_mode.h"

namespace gb {

namespace {
bool g_grad_enabled = true;  // the engine runs on one thread, like a Python interpreter
}

bool grad_enabled() { return g_grad_enabled; }
void set_grad_enabled(bool enabled) { g_grad_enabled = enabled; }

}  // namespace gb
