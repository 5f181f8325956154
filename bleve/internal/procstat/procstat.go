// Package procstat reports the peak memory and the CPU time of the running
// process, for the summaries of the module's programs and measurements.
package procstat

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// PeakBytes returns the peak resident set size of the process (VmHWM of
// /proc/self/status) and true, or, where there is no /proc, the memory the
// Go runtime obtained from the system and false.
func PeakBytes() (int64, bool) {
	if f, err := os.Open("/proc/self/status"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
				kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
				if err == nil {
					return kb << 10, true
				}
			}
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.Sys), false
}

// Peak returns PeakBytes as text: "412 MB peak RSS" or "380 MB from the Go
// runtime".
func Peak() string {
	n, rss := PeakBytes()
	what := "peak RSS"
	if !rss {
		what = "from the Go runtime"
	}
	return fmt.Sprintf("%d MB %s", (n+500_000)/1_000_000, what)
}

// CPU returns the user and system CPU time the process has used, or 0
// where the platform does not say.
func CPU() time.Duration { return cpuTime() }
