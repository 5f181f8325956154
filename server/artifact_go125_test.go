//go:build !go1.26

package server

import "testing"

// artifactDir is where a test keeps its screenshots: before Go 1.26 (no
// t.ArtifactDir) a temporary folder, removed after the test.
func artifactDir(t *testing.T) string { return t.TempDir() }
