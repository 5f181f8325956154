// Command annotate-archive annotates a whole news archive with arnews on
// Apache Beam: locally on the embedded prism runner by default, or on
// Flink, Spark or Google Cloud Dataflow with Beam's own flags.
//
//	go run ./cmd/annotate-archive --input 'corpus/*.jsonl.gz' --output out/
//
// Inputs are JSON-lines files (plain or gzip), one {"id","date","text",…}
// article a line; --input takes globs separated by commas. The outputs are
// described in package archive. Beam's flags (--runner, --endpoint,
// --project, --region, --staging_location, --worker_binary, …) pass
// through. Fatal errors are printed on stderr and the exit status is 1.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/arnews/arnews/beam/archive"
)

// Our flags have names that Beam does not register on the global flag set.
var (
	input     = flag.String("input", "", "input JSON-lines files: globs separated by commas (plain or .gz)")
	output    = flag.String("output", "", "output folder (local, or gs:// on Dataflow)")
	shards    = flag.Int("shards", 4, "with --reshuffle: number of docs-*.jsonl output files (otherwise one per input file)")
	topN      = flag.Int("top", 20, "entities kept per outlet in top-entities.tsv")
	noTokens  = flag.Bool("notokens", false, "leave the tokens out of the document JSON")
	reshuffle = flag.Bool("reshuffle", false, "spread each file's lines over the cluster's workers (for a few big files on a cluster)")
)

func main() {
	flag.Parse()
	// Annotation allocates much short-lived memory: collect garbage less
	// often, as annotate -jsonl does, unless the user set GOGC.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	beam.Init()
	if err := run(context.Background()); err != nil {
		// Not through package log: at Beam's default log level it may not show.
		fmt.Fprintf(os.Stderr, "annotate-archive: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context) error {
	if *input == "" || *output == "" {
		flag.Usage()
		return fmt.Errorf("--input and --output are required")
	}
	var globs []string
	for _, g := range strings.Split(*input, ",") {
		if g = strings.TrimSpace(g); g != "" {
			globs = append(globs, g)
		}
	}
	if !strings.Contains(*output, "://") {
		if err := os.MkdirAll(*output, 0o755); err != nil {
			return err
		}
	}
	p, s := beam.NewPipelineWithRoot()
	if _, err := archive.Build(s, archive.Config{Inputs: globs, Output: *output, Shards: *shards, Top: *topN, OmitTokens: *noTokens, Reshuffle: *reshuffle}); err != nil {
		return err
	}
	start := time.Now()
	if err := beamx.Run(ctx, p); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "annotate-archive: done in %s; outputs in %s\n", time.Since(start).Round(time.Millisecond), *output)
	return nil
}
