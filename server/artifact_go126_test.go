//go:build go1.26

package server

import "testing"

// artifactDir is where a test keeps its screenshots: t.ArtifactDir, kept
// with go test -artifacts (Go 1.26 on).
func artifactDir(t *testing.T) string { return t.ArtifactDir() }
