package main

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Why, last bullet: the tool installs with go install from the module, and
// the module asks for no newer Go than the older supported release (1.25).
func TestInstallable(t *testing.T) {
	mod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^go 1\.(\d+)(\.\d+)?$`).FindSubmatch(mod)
	if m == nil {
		t.Fatalf("no go line in go.mod")
	}
	if minor, _ := strconv.Atoi(string(m[1])); minor > 25 {
		t.Errorf("go.mod asks for go 1.%d: users of Go 1.25, still supported, cannot build", minor)
	}
	if !strings.Contains(string(mod), "module github.com/arnews/arnews\n") {
		t.Fatal("module path changed: the go install line below is wrong")
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var cmds []string
	for _, l := range strings.Split(string(readme), "\n") {
		if strings.HasPrefix(l, "go run ") || strings.HasPrefix(l, "go test ") {
			cmds = append(cmds, strings.Fields(l)[0]+" "+strings.Fields(l)[1]+" "+strings.Fields(l)[2])
		}
	}
	if len(cmds) < 2 || cmds[0] != "go run ./cmd/arnews" || cmds[1] != "go test ./..." {
		t.Errorf("README's first commands %q: want the main job (go run ./cmd/arnews) then the tests", cmds)
	}
	if !strings.Contains(string(readme), "go install github.com/arnews/arnews/cmd/arnews@latest") {
		t.Error("README does not say how to install the tool")
	}
}
