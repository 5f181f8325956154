package procstat_test

import (
	"fmt"

	"github.com/arnews/arnews/bleve/internal/procstat"
)

// A program's summary line: the CPU time and the peak memory the process
// used so far. Both depend on the machine and the run, so this example has
// no fixed output and is compiled, not run.
func Example() {
	n := 0
	for i := range 1_000_000 {
		n += i % 7
	}
	fmt.Printf("sum %d in %v of CPU, peak memory %s\n", n, procstat.CPU(), procstat.Peak())
	if b, ok := procstat.PeakBytes(); ok {
		fmt.Printf("peak resident set: %d bytes\n", b)
	}
}
