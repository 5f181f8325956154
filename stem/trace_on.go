//go:build stemtrace

package stem

// Built with -tags stemtrace (tests only), Arabic records the rules each word exercises,
// which is how testdata/arabic.tsv was chosen (see TestGenerateRuleTable).

const tracing = true

// traced collects "rule" or "rule!" (condition failed) for one call; the
// trace build is single-threaded.
var traced []string

func traceRule(name string, ok bool) {
	if !ok {
		name += "!"
	}
	traced = append(traced, name)
}
