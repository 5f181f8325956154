//go:build !unix

package normalize

func cpuNanos() int64 { return 0 }
