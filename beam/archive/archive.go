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
	register.DoFn5x1[context.Context, FileJob, func(int, []byte), func(string, string), func(int), error](&fileFn{})
	register.Emitter1[int]()
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Line), error](&splitLinesFn{})
	register.DoFn5x0[Line, func(int, []byte), func(int, []byte), func(string, string), func(int)](&annotateFn{})
	beam.RegisterType(reflect.TypeOf((*counts)(nil)).Elem())
	beam.RegisterCoder(reflect.TypeOf((*counts)(nil)).Elem(), encodeCounts, decodeCounts)
	register.Combiner3[counts, string, string](&countsFn{})
	register.Function5x0[string, string, func(int, []byte), func(int, []byte), func(int, []byte)](routeAggregate)
	register.Emitter1[Line]()
	register.Emitter2[int, []byte]()
	register.Emitter2[string, int]()
	register.Emitter2[string, string]()
	register.Emitter1[string]()
	register.DoFn4x1[context.Context, int, func(*[]byte) bool, func(*[]byte) bool, error](&writeFn{})
	register.Iter1[[]byte]()
	register.Function2x0[int, func(int, []byte)](seedKey)
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

	var errs, aggs, lines beam.PCollection
	if cfg.Reshuffle {
		var matches []beam.PCollection
		for _, g := range cfg.Inputs {
			matches = append(matches, fileio.MatchFiles(s, g, fileio.MatchEmptyDisallow()))
		}
		// Raw bytes: jsonl.EachLine recognizes gzip by its magic bytes.
		files := fileio.ReadMatches(s, beam.Flatten(s, matches...), fileio.ReadUncompressed())
		spread := beam.Reshuffle(s, beam.ParDo(s, &splitLinesFn{}, files))
		var docs beam.PCollection
		docs, errs, aggs, lines = beam.ParDo4(s, &annotateFn{Shards: cfg.Shards, OmitTokens: cfg.OmitTokens}, spread)
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
		errs, aggs, lines = beam.ParDo3(s, &fileFn{Dir: cfg.Output, OmitTokens: cfg.OmitTokens}, beam.Reshuffle(s, beam.CreateList(s, jobs)))
	}
	write("errors", 1, errs, true)

	// Aggregates: each worker sums its counts per file and sends them in
	// aggShards blobs per aggregate; a combiner (CombinePerKey) merges the
	// blobs of each shard key and formats the shard's rows (for
	// top-entities, the top rows of each outlet: a shard holds whole
	// outlets).
	rows := beam.CombinePerKey(s, &countsFn{Top: cfg.Top}, aggs)
	dayRows, topRows, warnRows := beam.ParDo3(s, routeAggregate, rows)
	write("entity-days.tsv", 0, dayRows, false)
	write("top-entities.tsv", 0, topRows, false)
	write("date-warnings.tsv", 0, warnRows, false)
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

func (c *collector) finish(aggs func(string, string), lines func(int)) {
	c.flushBatch()
	lines(c.lines)
	emitCounts(aggs, 'd', c.entityDays, false)
	emitCounts(aggs, 'o', c.outletEntities, true)
	emitCounts(aggs, 'w', c.warnings, true)
}

// aggShards is the number of shard keys of each aggregate.
const aggShards = 8

// emitCounts sends the counts of one aggregate as one blob per shard key
// ("d03"): the aggregate's letter on a line, then lines "key\tcount". byOutlet shards by the key's first field,
// so that a shard holds all the rows of an outlet.
func emitCounts(emit func(string, string), kind byte, m map[string]int, byOutlet bool) {
	var blobs [aggShards][]byte
	for k, n := range m {
		h := fnv.New32a()
		if f, _, ok := strings.Cut(k, "\t"); byOutlet && ok {
			io.WriteString(h, f)
		} else {
			io.WriteString(h, k)
		}
		i := h.Sum32() % aggShards
		blobs[i] = append(blobs[i], k...)
		blobs[i] = append(blobs[i], '\t')
		blobs[i] = strconv.AppendInt(blobs[i], int64(n), 10)
		blobs[i] = append(blobs[i], '\n')
	}
	for i, b := range blobs {
		if len(b) > 0 {
			emit(fmt.Sprintf("%c%02d", kind, i), string(kind)+"\n"+string(b))
		}
	}
}

// counts is the accumulator of countsFn: the summed counts of one shard key,
// and which aggregate it belongs to.
type counts struct {
	Kind byte
	M    map[string]int
}

func encodeCounts(c counts) []byte {
	b := []byte{c.Kind}
	for k, n := range c.M {
		b = append(b, k...)
		b = append(b, '\t')
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, '\n')
	}
	return b
}

func decodeCounts(b []byte) counts {
	c := counts{M: map[string]int{}}
	if len(b) == 0 {
		return c
	}
	c.Kind = b[0]
	addCounts(c.M, string(b[1:]))
	return c
}

// addCounts adds the "key\tcount" lines of blob to m.
func addCounts(m map[string]int, blob string) {
	for blob != "" {
		line, rest, _ := strings.Cut(blob, "\n")
		blob = rest
		i := strings.LastIndexByte(line, '\t')
		if i < 0 {
			continue
		}
		n, _ := strconv.Atoi(line[i+1:])
		m[line[:i]] += n
	}
}

// countsFn sums the blobs of one shard key and formats its rows.
type countsFn struct {
	Top int
}

func (fn *countsFn) CreateAccumulator() counts { return counts{M: map[string]int{}} }

func (fn *countsFn) AddInput(a counts, blob string) counts {
	if a.M == nil {
		a.M = map[string]int{}
	}
	if len(blob) >= 2 {
		a.Kind = blob[0]
		addCounts(a.M, blob[2:])
	}
	return a
}

func (fn *countsFn) MergeAccumulators(a, b counts) counts {
	if a.M == nil {
		a.M = map[string]int{}
	}
	for k, n := range b.M {
		a.M[k] += n
	}
	if a.Kind == 0 {
		a.Kind = b.Kind
	}
	return a
}

// ExtractOutput gives the shard's rows, one a line, without a final
// newline. The kind of rows is told by the first byte of the output: d, o
// or w.
func (fn *countsFn) ExtractOutput(a counts) string {
	return string(a.Kind) + "\n" + strings.Join(rows(a.Kind, a.M, fn.Top), "\n")
}

// rows formats the rows of one shard of an aggregate.
func rows(kind byte, m map[string]int, top int) []string {
	var out []string
	switch kind {
	case 'o': // top entities per outlet: "outlet\trank\tid\tname\ttype\tcount"
		per := map[string][]string{}
		for k := range m {
			outlet, _, _ := strings.Cut(k, "\t")
			per[outlet] = append(per[outlet], k)
		}
		for outlet, ks := range per {
			sort.Slice(ks, func(i, j int) bool {
				if m[ks[i]] != m[ks[j]] {
					return m[ks[i]] > m[ks[j]]
				}
				return ks[i] < ks[j]
			})
			for r, k := range ks[:min(len(ks), top)] {
				_, rest, _ := strings.Cut(k, "\t")
				out = append(out, fmt.Sprintf("%s\t%03d\t%s\t%d", outlet, r+1, rest, m[k]))
			}
		}
	default: // "key\tcount"
		for k, n := range m {
			out = append(out, k+"\t"+strconv.Itoa(n))
		}
	}
	return out
}

// routeAggregate sends the rows of a shard key to the file of its aggregate.
func routeAggregate(_, out string, days, tops, warns func(int, []byte)) {
	if len(out) < 2 {
		return
	}
	body := []byte(out[2:])
	switch out[0] {
	case 'd':
		days(0, body)
	case 'o':
		tops(0, body)
	case 'w':
		warns(0, body)
	}
}

// fileFn reads one input file, annotates its lines on every core of the
// worker and writes them, in order, to the file's docs shard.
type fileFn struct {
	Dir        string
	OmitTokens bool
}

func (fn *fileFn) ProcessElement(ctx context.Context, job FileJob, errs func(int, []byte), aggs func(string, string), lines func(int)) error {
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
	err = jsonl.AnnotateEach(rc, job.Path, jsonl.Config{Analyzer: an, JSON: arnews.JSONOptions{OmitTokens: fn.OmitTokens}}, func(o jsonl.Output) error {
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
	c.finish(aggs, lines)
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

func (fn *annotateFn) ProcessElement(l Line, docs, errs func(int, []byte), aggs func(string, string), lines func(int)) {
	pos := jsonl.Position{File: l.File, Line: l.No}
	o := jsonl.Output{Position: pos}
	if an, err := analyzer(); err != nil {
		o.JSON, o.Err = jsonl.AppendError(nil, pos, nil, err), err
	} else {
		o.JSON, o.Record, o.Document, o.Err = jsonl.Annotate(nil, pos, l.Text, jsonl.Config{Analyzer: an, JSON: arnews.JSONOptions{OmitTokens: fn.OmitTokens}})
	}
	c := newCollector(l.File, fn.Shards, docs, errs)
	c.batchNo = l.No
	c.add(o)
	c.finish(aggs, lines)
}

// sortKey prefixes a line so that sorting restores file and line order;
// writeFn strips it.
func sortKey(file string, no int) string {
	return file + "\x00" + fmt.Sprintf("%012d", no) + "\x00"
}

func seedKey(k int, emit func(int, []byte)) { emit(k, nil) }

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
		if fn.StripKey {
			all = append(all, it)
			continue
		}
		for _, l := range bytes.Split(it, []byte{'\n'}) { // aggregate rows: sort line by line
			if len(l) > 0 {
				all = append(all, l)
			}
		}
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
