#include "autograd/backward_trace.h"

namespace gb {

namespace {
bool g_enabled = false;
std::vector<TracedEdge> g_trace;
}  // namespace

void set_backward_trace(bool enabled) { g_enabled = enabled; }

bool backward_trace_enabled() { return g_enabled; }

const std::vector<TracedEdge>& last_backward_trace() { return g_trace; }

void begin_traced_backward() { g_trace.clear(); }

void trace_edge(TracedEdge edge) { g_trace.push_back(std::move(edge)); }

void clear_backward_trace() { g_trace.clear(); }

}  // namespace gb
