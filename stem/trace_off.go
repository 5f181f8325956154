//go:build !stemtrace

package stem

// tracing is false in normal builds, so the compiler drops every trace call.
const tracing = false

func traceRule(string, bool) {}
