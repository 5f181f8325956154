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
//	                             `annotate -jsonl` writes it (package jsonl):
//	                             one shard per input file, in input order (with
//	                             Config.Reshuffle: Config.Shards shards, in file
//	                             and line order within a shard)
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
	"bytes"
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
	// Shards is the number of docs-*.jsonl files with Reshuffle; 0 means
	// 4. Without Reshuffle there is one shard per input file.
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

// A Line is one input line with its position, for Config.Reshuffle.
type Line struct {
	File string
	No   int
	Text []byte
}

func init() {
	beam.RegisterType(reflect.TypeOf((*Line)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*FileJob)(nil)).Elem())
	register.DoFn7x1[context.Context, FileJob, func(int, []byte), func(string, int), func(string, int), func(string, int), func(int), error](&fileFn{})
	register.Emitter1[int]()
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Line), error](&splitLinesFn{})
	register.DoFn7x0[Line, func(int, []byte), func(int, []byte), func(string, int), func(string, int), func(string, int), func(int)](&annotateFn{})
	register.Emitter1[Line]()
	register.Emitter2[int, []byte]()
	register.Emitter2[string, int]()
	register.Emitter2[string, string]()
	register.Emitter1[string]()
	register.DoFn4x1[context.Context, int, func(*[]byte) bool, func(*[]byte) bool, error](&writeFn{})
	register.Iter1[[]byte]()
	register.Function2x1[int, int, int](sum)
	register.Function2x1[string, string, bool](lessCount)
	register.Function3x0[string, int, func(string, string)](byOutlet)
	register.Function3x0[string, []string, func(string)](formatTop)
	register.Function3x0[string, int, func(string)](formatCount)
	register.Function2x0[int, func(int, []byte)](seedKey)
	register.Function2x0[string, func(int, []byte)](fixedKey)
}

// Outputs are PCollections of a built pipeline, for tests and for callers
// that add their own steps.
type Outputs struct {
	// Lines holds, per piece of work, the number of input lines it handled
	// (documents written plus dead letters): they add up to the input's
	// line count.
	Lines beam.PCollection
	// Errors holds KV<0, dead-letter line>, each prefixed by its sort key.
	Errors beam.PCollection
}

// A FileJob is one input file and the docs shard it is written to.
type FileJob struct {
	Path         string
	Shard, Total int
}

// Build adds the pipeline to s.
//
// By default every input file is one piece of work: a worker reads it,
// annotates its lines on all its cores and writes them, in order, to the
// docs shard of that file (docs-SSSSS-of-NNNNN.jsonl with NNNNN the number
// of input files); only the dead letters and the aggregates' counts (summed
// per file first) are shuffled. The globs are expanded when the pipeline is
// built, so a glob that matches nothing is an error then. With
// Config.Reshuffle the lines are spread over the workers and gathered into
// Config.Shards shards instead.
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
	write := func(name string, shards int, keyed beam.PCollection, strip bool) {
		s := s.Scope("write " + name)
		keys := make([]int, max(shards, 1))
		for i := range keys {
			keys[i] = i
		}
		seeds := beam.ParDo(s, seedKey, beam.CreateList(s, keys))
		beam.ParDo0(s, &writeFn{Dir: cfg.Output, Name: name, Shards: shards, StripKey: strip}, beam.CoGroupByKey(s, seeds, keyed))
	}

	var errs, entityDays, outletEntities, warnings, lines beam.PCollection
	if cfg.Reshuffle {
		var matches []beam.PCollection
		for _, g := range cfg.Inputs {
			matches = append(matches, fileio.MatchFiles(s, g, fileio.MatchEmptyDisallow()))
		}
		// Raw bytes: jsonl.EachLine recognizes gzip by its magic bytes.
		files := fileio.ReadMatches(s, beam.Flatten(s, matches...), fileio.ReadUncompressed())
		spread := beam.Reshuffle(s, beam.ParDo(s, &splitLinesFn{}, files))
		var docs beam.PCollection
		docs, errs, entityDays, outletEntities, warnings, lines = beam.ParDo6(s, &annotateFn{Shards: cfg.Shards, OmitTokens: cfg.OmitTokens}, spread)
		write("docs", cfg.Shards, docs, true)
	} else {
		paths, err := expand(cfg.Inputs)
		if err != nil {
			return Outputs{}, err
		}
		jobs := make([]FileJob, len(paths))
		for i, p := range paths {
			jobs[i] = FileJob{Path: p, Shard: i, Total: len(paths)}
		}
		errs, entityDays, outletEntities, warnings, lines = beam.ParDo5(s, &fileFn{Dir: cfg.Output, OmitTokens: cfg.OmitTokens}, beam.Reshuffle(s, beam.CreateList(s, jobs)))
	}
	write("errors", 1, errs, true)

	// Aggregates, each summed with a combiner.
	perDay := beam.CombinePerKey(s, sum, entityDays)
	write("entity-days.tsv", 0, beam.ParDo(s, fixedKey, beam.ParDo(s, formatCount, perDay)), false)

	perOutlet := beam.ParDo(s, byOutlet, beam.CombinePerKey(s, sum, outletEntities))
	topN := top.LargestPerKey(s, perOutlet, cfg.Top, lessCount)
	write("top-entities.tsv", 0, beam.ParDo(s, fixedKey, beam.ParDo(s, formatTop, topN)), false)

	warned := beam.CombinePerKey(s, sum, warnings)
	write("date-warnings.tsv", 0, beam.ParDo(s, fixedKey, beam.ParDo(s, formatCount, warned)), false)
	return Outputs{Lines: lines, Errors: errs}, nil
}

// expand lists the files the globs match, sorted, each once; a glob that
// matches nothing is an error.
func expand(globs []string) ([]string, error) {
	ctx := context.Background()
	seen := map[string]bool{}
	var out []string
	for _, g := range globs {
		fs, err := filesystem.New(ctx, g)
		if err != nil {
			return nil, fmt.Errorf("archive: %s: %v", g, err)
		}
		ps, err := fs.List(ctx, g)
		fs.Close()
		if err != nil {
			return nil, fmt.Errorf("archive: %s: %v", g, err)
		}
		if len(ps) == 0 {
			return nil, fmt.Errorf("archive: %s matches no file", g)
		}
		for _, p := range ps {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

// analyzer is one Analyzer per worker process, shared by every DoFn.
var analyzer = sync.OnceValues(func() (*arnews.Analyzer, error) { return arnews.New() })

const batchBytes = 1 << 20

// collector turns the outputs of annotated lines into the pipeline's
// outputs: document batches, dead letters and per-key counts.
type collector struct {
	w              *bufio.Writer // documents go here when set, else in batches to docs
	lines          int           // input lines handled
	shards         int
	file           string
	batch          []byte
	batchNo        int
	docs, errs     func(int, []byte)
	entityDays     map[string]int
	outletEntities map[string]int
	warnings       map[string]int
}

func newCollector(file string, shards int, docs, errs func(int, []byte)) *collector {
	return &collector{shards: shards, file: file, docs: docs, errs: errs,
		entityDays: map[string]int{}, outletEntities: map[string]int{}, warnings: map[string]int{}}
}

func (c *collector) add(o jsonl.Output) {
	c.lines++
	if o.Err != nil {
		c.errs(0, append([]byte(sortKey(o.File, o.Line)), o.JSON...))
		return
	}
	if c.w != nil {
		c.w.Write(o.JSON)
		c.w.WriteByte('\n')
	} else {
		if len(c.batch) == 0 {
			c.batch = append(c.batch, sortKey(o.File, o.Line)...)
		}
		c.batch = append(c.batch, o.JSON...)
		c.batch = append(c.batch, '\n')
		if len(c.batch) >= batchBytes {
			c.flushBatch()
		}
	}
	day := o.Record.Published.Format("2006-01-02")
	outlet := o.Record.Field("outlet")
	if outlet == "" {
		outlet = "unknown"
	}
	for _, ec := range o.Document.Entities {
		e := ec.Entity.ID + "\t" + ec.Entity.Name + "\t" + ec.Entity.Type.String()
		c.entityDays[e+"\t"+day] += ec.Count
		c.outletEntities[outlet+"\t"+e] += ec.Count
	}
	w := 0
	for _, e := range o.Document.Dates {
		if e.Warning != "" {
			w++
		}
	}
	c.warnings[outlet] += w
}

func (c *collector) flushBatch() {
	if len(c.batch) == 0 {
		return
	}
	h := fnv.New32a()
	io.WriteString(h, c.file)
	c.docs(int((h.Sum32()+uint32(c.batchNo))%uint32(c.shards)), c.batch)
	c.batch = nil
	c.batchNo++
}

func (c *collector) finish(entityDays, outletEntities, warnings func(string, int), lines func(int)) {
	c.flushBatch()
	lines(c.lines)
	for k, n := range c.entityDays {
		entityDays(k, n)
	}
	for k, n := range c.outletEntities {
		outletEntities(k, n)
	}
	for k, n := range c.warnings {
		warnings(k, n)
	}
}

// fileFn reads one input file, annotates its lines on every core of the
// worker and writes them, in order, to the file's docs shard.
type fileFn struct {
	Dir        string
	OmitTokens bool
}

func (fn *fileFn) ProcessElement(ctx context.Context, job FileJob, errs func(int, []byte), entityDays, outletEntities, warnings func(string, int), lines func(int)) error {
	an, err := analyzer()
	if err != nil {
		return err
	}
	in, err := filesystem.New(ctx, job.Path)
	if err != nil {
		return err
	}
	defer in.Close()
	rc, err := in.OpenRead(ctx, job.Path)
	if err != nil {
		return err
	}
	defer rc.Close()
	name := fmt.Sprintf("docs-%05d-of-%05d.jsonl", job.Shard, job.Total)
	p := outPath(fn.Dir, name)
	out, err := filesystem.New(ctx, p)
	if err != nil {
		return err
	}
	defer out.Close()
	w, err := out.OpenWrite(ctx, p)
	if err != nil {
		return err
	}
	c := newCollector(job.Path, 1, nil, errs)
	c.w = bufio.NewWriterSize(w, 1<<20)
	err = jsonl.AnnotateEach(an, rc, job.Path, 0, arnews.JSONOptions{OmitTokens: fn.OmitTokens}, func(o jsonl.Output) error {
		c.add(o)
		return nil
	})
	if err == nil {
		err = c.w.Flush()
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %v", job.Path, err)
	}
	c.finish(entityDays, outletEntities, warnings, lines)
	return nil
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
	Shards     int
	OmitTokens bool
}

func (fn *annotateFn) ProcessElement(l Line, docs, errs func(int, []byte), entityDays, outletEntities, warnings func(string, int), lines func(int)) {
	pos := jsonl.Position{File: l.File, Line: l.No}
	o := jsonl.Output{Position: pos}
	if an, err := analyzer(); err != nil {
		o.JSON, o.Err = jsonl.AppendError(nil, pos, nil, err), err
	} else {
		o.JSON, o.Record, o.Document, o.Err = jsonl.Annotate(nil, an, pos, l.Text, arnews.JSONOptions{OmitTokens: fn.OmitTokens})
	}
	c := newCollector(l.File, fn.Shards, docs, errs)
	c.batchNo = l.No
	c.add(o)
	c.finish(entityDays, outletEntities, warnings, lines)
}

// sortKey prefixes a line so that sorting restores file and line order;
// writeFn strips it.
func sortKey(file string, no int) string {
	return file + "\x00" + fmt.Sprintf("%012d", no) + "\x00"
}

func sum(a, b int) int { return a + b }

func seedKey(k int, emit func(int, []byte)) { emit(k, nil) }

func fixedKey(s string, emit func(int, []byte)) { emit(0, []byte(s)) }

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

func (fn *writeFn) ProcessElement(ctx context.Context, key int, _ func(*[]byte) bool, items func(*[]byte) bool) error {
	var all [][]byte
	var it []byte
	for items(&it) {
		all = append(all, it)
	}
	sort.Slice(all, func(i, j int) bool { return bytes.Compare(all[i], all[j]) < 0 })
	name := fn.Name
	if fn.Shards > 0 {
		name = fmt.Sprintf("%s-%05d-of-%05d.jsonl", fn.Name, key, fn.Shards)
	}
	p := outPath(fn.Dir, name)
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
	for _, it := range all {
		if fn.StripKey {
			if i := bytes.IndexByte(it, 0); i >= 0 {
				if j := bytes.IndexByte(it[i+1:], 0); j >= 0 {
					it = it[i+1+j+1:]
				}
			}
		}
		bw.Write(it)
		if len(it) > 0 && it[len(it)-1] != '\n' {
			bw.WriteByte('\n')
		}
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

// outPath joins an output folder (local, or a URL such as gs://…) and a
// file name.
func outPath(dir, name string) string {
	if strings.Contains(dir, "://") {
		return strings.TrimSuffix(dir, "/") + "/" + name
	}
	return path.Join(dir, name)
}
