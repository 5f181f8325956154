//go:build unix

package server

import "syscall"

// cpuNanos returns the CPU time (user + system) the process has used so
// far. On a shared machine it is a steadier measure than wall time, since
// time spent waiting for a core is not counted.
func cpuNanos() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
