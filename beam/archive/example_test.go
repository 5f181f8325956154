package archive_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/arnews/arnews/beam/archive"
)

// Build adds the annotation of an archive to a pipeline; run it with any
// Beam runner (here the test runner, in-process). Each input file gives one
// docs shard, with one output line per input line, plus the dead letters
// and three aggregate tables.
func ExampleBuild() {
	outDir, err := os.MkdirTemp("", "archive-example")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(outDir)

	p, s := beam.NewPipelineWithRoot()
	if _, err := archive.Build(s, archive.Config{
		Inputs: []string{"testdata/small.jsonl"},
		Output: outDir,
	}); err != nil {
		panic(err)
	}
	if err := ptest.Run(p); err != nil {
		panic(err)
	}

	files, _ := filepath.Glob(filepath.Join(outDir, "*"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
		if strings.HasSuffix(f, ".tsv") {
			fmt.Printf("%s: %s\n", filepath.Base(f), lines[0]) // the header
		} else {
			fmt.Printf("%s: %d lines\n", filepath.Base(f), len(lines))
		}
	}
	// Output:
	// date-warnings.tsv: outlet	warnings
	// docs-00000-of-00001.jsonl: 3 lines
	// entity-days.tsv: entity_id	name	type	day	mentions
	// errors-00000-of-00001.jsonl: 2 lines
	// top-entities.tsv: outlet	rank	entity_id	name	type	mentions
}
