//go:build !unix

package server

func cpuNanos() int64 { return 0 }
