// Package archive is an Apache Beam pipeline that annotates a whole news
// archive with arnews: JSON-lines files (plain or gzip), one article a line
// ({"id","date","text",…}), in; per-document annotations, a dead-letter
// output and aggregates out.
//
// The same pipeline runs locally on Beam's embedded prism runner and on
// Flink, Spark or Google Cloud Dataflow (see the command
// cmd/annotate-archive and the README's "Scaling out" section).
//
// Output layout under Config.Output:
//
//	docs-SSSSS-of-NNNNN.jsonl    one line per good input line, exactly as
//	                             `annotate -jsonl` writes it (package jsonl),
//	                             in file and line order within a shard
//	errors-00000-of-00001.jsonl  one line per bad input line: file, line, error
//	entity-days.tsv              entity id, name, type, day, mentions
//	top-entities.tsv             outlet, rank, entity id, name, type, mentions
//	date-warnings.tsv            outlet, date expressions that carried a Warning
//
// Every input line ends in exactly one docs or errors line: documents in =
// documents out + errors. Every docs shard and the errors file are written
// even when empty.
//
// Files are read with fileio.MatchFiles and fileio.ReadMatches and split
// into lines by jsonl.EachLine, not with textio.Read, which stops early on
// gzip files in this SDK version; the outputs are written shard by shard by
// DoFns of this package, not with textio.Write, which funnels everything
// through one worker.
package archive

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"path"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"   // gs:// paths on Dataflow
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/top"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/jsonl"
)

// Config describes one run.
type Config struct {
	// Inputs are file globs (local paths, or gs:// on Dataflow).
	Inputs []string
	// Output is the folder the outputs are written to.
	Output string
	// Shards is the number of docs-*.jsonl files; 0 means 4.
	Shards int
	// Top is how many entities top-entities.tsv keeps per outlet; 0 means 20.
	Top int
	// OmitTokens leaves the tokens out of the document JSON.
	OmitTokens bool
	// Reshuffle spreads the lines of each file over the cluster's workers
	// before annotating them. Without it one worker annotates a whole file,
	// on all of its cores, which is fastest locally and when there are many
	// files.
	Reshuffle bool
}

// A Line is one input line with its position.
type Line struct {
	File string
	No   int
	Text []byte
}

// A Result is what annotating one line gives.
type Result struct {
	File string
	No   int
	// JSON is the output line (package jsonl), without newline.
	JSON []byte
	// Err is true for a dead-letter line.
	Err bool
	// Day is the document's publication day, YYYY-MM-DD.
	Day string
	// Outlet is the "outlet" field of the input, or "unknown".
	Outlet string
	// Entities are "id\tname\ttype" of each entity mentioned, with Counts
	// their mentions.
	Entities []string
	Counts   []int
	// Warnings counts the date expressions that carried a Warning.
	Warnings int
}

func init() {
	beam.RegisterType(reflect.TypeOf((*Line)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Result)(nil)).Elem())
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Result), error](&readFn{})
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Line), error](&splitLinesFn{})
	register.DoFn2x0[Line, func(Result)](&annotateFn{})
	register.Emitter1[Result]()
	register.Emitter1[Line]()
	register.DoFn6x0[Result, func(int, string), func(int, string), func(string, int), func(string, int), func(string, int)](&fanOutFn{})
	register.Emitter2[int, string]()
	register.Emitter2[string, int]()
	register.Emitter2[string, string]()
	register.Emitter1[string]()
	register.DoFn4x1[context.Context, int, func(*string) bool, func(*string) bool, error](&writeFn{})
	register.Iter1[string]()
	register.Function2x1[int, int, int](sum)
	register.Function2x1[string, string, bool](lessCount)
	register.Function3x0[string, int, func(string, string)](byOutlet)
	register.Function3x0[string, []string, func(string)](formatTop)
	register.Function3x0[string, int, func(string)](formatCount)
	register.Function2x0[int, func(int, string)](seedKey)
	register.Function2x0[string, func(int, string)](fixedKey)
}

// Outputs are PCollections of a built pipeline, for tests and for callers
// that add their own steps.
type Outputs struct {
	// Results holds one Result per input line.
	Results beam.PCollection
}

// Build adds the pipeline to s.
func Build(s beam.Scope, cfg Config) (Outputs, error) {
	if len(cfg.Inputs) == 0 {
		return Outputs{}, fmt.Errorf("archive: no input")
	}
	if cfg.Output == "" {
		return Outputs{}, fmt.Errorf("archive: no output folder")
	}
	if cfg.Shards <= 0 {
		cfg.Shards = 4
	}
	if cfg.Top <= 0 {
		cfg.Top = 20
	}
	var matches []beam.PCollection
	for _, g := range cfg.Inputs {
		matches = append(matches, fileio.MatchFiles(s, g, fileio.MatchEmptyDisallow()))
	}
	// Read raw bytes: jsonl.EachLine recognizes gzip by its magic bytes, as
	// annotate -jsonl does.
	files := fileio.ReadMatches(s, beam.Flatten(s, matches...), fileio.ReadUncompressed())

	var results beam.PCollection
	if cfg.Reshuffle {
		lines := beam.ParDo(s, &splitLinesFn{}, files)
		results = beam.ParDo(s, &annotateFn{OmitTokens: cfg.OmitTokens}, beam.Reshuffle(s, lines))
	} else {
		results = beam.ParDo(s, &readFn{OmitTokens: cfg.OmitTokens}, files)
	}
	docs, errs, entityDays, outletEntities, warnings := beam.ParDo5(s, &fanOutFn{Shards: cfg.Shards}, results)

	write := func(name string, shards int, keyed beam.PCollection, strip bool) {
		s := s.Scope("write " + name)
		keys := make([]int, max(shards, 1))
		for i := range keys {
			keys[i] = i
		}
		seeds := beam.ParDo(s, seedKey, beam.CreateList(s, keys))
		beam.ParDo0(s, &writeFn{Dir: cfg.Output, Name: name, Shards: shards, StripKey: strip}, beam.CoGroupByKey(s, seeds, keyed))
	}
	write("docs", cfg.Shards, docs, true)
	write("errors", 1, errs, true)

	// Aggregates, each summed with a combiner.
	perDay := beam.CombinePerKey(s, sum, entityDays)
	write("entity-days.tsv", 0, beam.ParDo(s, fixedKey, beam.ParDo(s, formatCount, perDay)), false)

	perOutlet := beam.ParDo(s, byOutlet, beam.CombinePerKey(s, sum, outletEntities))
	topN := top.LargestPerKey(s, perOutlet, cfg.Top, lessCount)
	write("top-entities.tsv", 0, beam.ParDo(s, fixedKey, beam.ParDo(s, formatTop, topN)), false)

	warned := beam.CombinePerKey(s, sum, warnings)
	write("date-warnings.tsv", 0, beam.ParDo(s, fixedKey, beam.ParDo(s, formatCount, warned)), false)
	return Outputs{Results: results}, nil
}

// analyzer is one Analyzer per worker process, shared by every DoFn.
var analyzer = sync.OnceValues(func() (*arnews.Analyzer, error) { return arnews.New() })

// readFn reads one file and annotates its lines on every core of the
// worker, emitting the results in line order.
type readFn struct {
	OmitTokens bool
}

func (fn *readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Result)) error {
	an, err := analyzer()
	if err != nil {
		return err
	}
	rc, err := f.Open(ctx)
	if err != nil {
		return err
	}
	defer rc.Close()
	return jsonl.AnnotateEach(an, rc, f.Metadata.Path, 0, arnews.JSONOptions{OmitTokens: fn.OmitTokens}, func(o jsonl.Output) error {
		emit(result(o))
		return nil
	})
}

// splitLinesFn emits the lines of one file, for Config.Reshuffle.
type splitLinesFn struct{}

func (fn *splitLinesFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Line)) error {
	rc, err := f.Open(ctx)
	if err != nil {
		return err
	}
	defer rc.Close()
	return jsonl.EachLine(rc, func(n int, line []byte) error {
		emit(Line{File: f.Metadata.Path, No: n, Text: append([]byte(nil), line...)})
		return nil
	})
}

// annotateFn annotates one line, for Config.Reshuffle.
type annotateFn struct {
	OmitTokens bool
}

func (fn *annotateFn) ProcessElement(l Line, emit func(Result)) {
	an, err := analyzer()
	pos := jsonl.Position{File: l.File, Line: l.No}
	var o jsonl.Output
	o.Position = pos
	if err != nil {
		o.JSON, o.Err = jsonl.AppendError(nil, pos, nil, err), err
	} else {
		o.JSON, o.Record, o.Document, o.Err = jsonl.Annotate(nil, an, pos, l.Text, arnews.JSONOptions{OmitTokens: fn.OmitTokens})
	}
	emit(result(o))
}

func result(o jsonl.Output) Result {
	r := Result{File: o.File, No: o.Line, JSON: o.JSON, Err: o.Err != nil}
	if o.Err != nil || o.Document == nil {
		return r
	}
	r.Day = o.Record.Published.Format("2006-01-02")
	r.Outlet = o.Record.Field("outlet")
	if r.Outlet == "" {
		r.Outlet = "unknown"
	}
	for _, ec := range o.Document.Entities {
		r.Entities = append(r.Entities, ec.Entity.ID+"\t"+ec.Entity.Name+"\t"+ec.Entity.Type.String())
		r.Counts = append(r.Counts, ec.Count)
	}
	for _, e := range o.Document.Dates {
		if e.Warning != "" {
			r.Warnings++
		}
	}
	return r
}

// fanOutFn sends each result to its outputs: documents keyed by shard,
// dead letters, and the per-key counts of the aggregates.
type fanOutFn struct {
	Shards int
}

func (fn *fanOutFn) ProcessElement(r Result, docs, errs func(int, string), entityDays, outletEntities, warnings func(string, int)) {
	line := sortKey(r.File, r.No) + string(r.JSON)
	if r.Err {
		errs(0, line)
		return
	}
	h := fnv.New32a()
	io.WriteString(h, r.File)
	docs(int((h.Sum32()+uint32(r.No))%uint32(fn.Shards)), line)
	for i, e := range r.Entities {
		entityDays(e+"\t"+r.Day, r.Counts[i])
		outletEntities(r.Outlet+"\t"+e, r.Counts[i])
	}
	warnings(r.Outlet, r.Warnings)
}

// sortKey prefixes a line so that sorting restores file and line order;
// writeFn strips it.
func sortKey(file string, no int) string {
	return file + "\x00" + fmt.Sprintf("%012d", no) + "\x00"
}

func sum(a, b int) int { return a + b }

func seedKey(k int, emit func(int, string)) { emit(k, "") }

func fixedKey(s string, emit func(int, string)) { emit(0, s) }

// byOutlet turns "outlet\tid\tname\ttype" → n into outlet → "n\tid\tname\ttype".
func byOutlet(k string, n int, emit func(string, string)) {
	outlet, rest, _ := strings.Cut(k, "\t")
	emit(outlet, strconv.Itoa(n)+"\t"+rest)
}

// lessCount orders "n\t…" values by n, then by the rest, for top.
func lessCount(a, b string) bool {
	na, ra, _ := strings.Cut(a, "\t")
	nb, rb, _ := strings.Cut(b, "\t")
	x, _ := strconv.Atoi(na)
	y, _ := strconv.Atoi(nb)
	if x != y {
		return x < y
	}
	return ra > rb
}

func formatTop(outlet string, best []string, emit func(string)) {
	for i, v := range best {
		n, rest, _ := strings.Cut(v, "\t")
		emit(fmt.Sprintf("%s\t%03d\t%s\t%s", outlet, i+1, rest, n))
	}
}

func formatCount(k string, n int, emit func(string)) {
	emit(k + "\t" + strconv.Itoa(n))
}

// writeFn writes one output file from the lines grouped under one key:
// Name-SSSSS-of-NNNNN.jsonl when Shards > 0, else Name itself. The lines
// are sorted first; StripKey removes the sortKey prefix.
type writeFn struct {
	Dir      string
	Name     string
	Shards   int
	StripKey bool
}

var headers = map[string]string{
	"entity-days.tsv":   "entity_id\tname\ttype\tday\tmentions",
	"top-entities.tsv":  "outlet\trank\tentity_id\tname\ttype\tmentions",
	"date-warnings.tsv": "outlet\twarnings",
}

func (fn *writeFn) ProcessElement(ctx context.Context, key int, _ func(*string) bool, lines func(*string) bool) error {
	var all []string
	var l string
	for lines(&l) {
		all = append(all, l)
	}
	sort.Strings(all)
	name := fn.Name
	if fn.Shards > 0 {
		name = fmt.Sprintf("%s-%05d-of-%05d.jsonl", fn.Name, key, fn.Shards)
	}
	p := path.Join(fn.Dir, name)
	if strings.Contains(fn.Dir, "://") {
		p = strings.TrimSuffix(fn.Dir, "/") + "/" + name
	}
	fs, err := filesystem.New(ctx, p)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, p)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	if h, ok := headers[fn.Name]; ok {
		bw.WriteString(h + "\n")
	}
	for _, l := range all {
		if fn.StripKey {
			if i := strings.IndexByte(l, 0); i >= 0 {
				if j := strings.IndexByte(l[i+1:], 0); j >= 0 {
					l = l[i+1+j+1:]
				}
			}
		}
		bw.WriteString(l)
		bw.WriteString("\n")
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
