package archive

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/jsonl"
)

func TestMain(m *testing.M) {
	ptest.Main(m)
}

// run builds and runs the pipeline on the inputs and returns the output
// folder. It also checks, inside the pipeline, that there is one result per
// input line.
func run(t *testing.T, cfg Config, lines, errors int) string {
	t.Helper()
	cfg.Output = t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	out, err := Build(s, cfg)
	if err != nil {
		t.Fatal(err)
	}
	// In the pipeline: every input line is handled once.
	passert.Equals(s, stats.Sum(s, out.Lines), lines)
	passert.Count(s, out.Errors, "dead letters", errors)
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}
	return cfg.Output
}

func readLines(t *testing.T, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
			if l != "" {
				out = append(out, l)
			}
		}
	}
	return out
}

// expected annotates the input directly, line by line, with the functions
// annotate -jsonl uses, and computes the aggregates the pipeline should
// find.
type expected struct {
	docs, errs []string
	entityDays map[string]int // "id\tname\ttype\tday"
	warnings   map[string]int // outlet
	perOutlet  map[string]map[string]int
}

func expect(t *testing.T, file string) expected {
	t.Helper()
	an, err := arnews.New()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	e := expected{entityDays: map[string]int{}, warnings: map[string]int{}, perOutlet: map[string]map[string]int{}}
	err = jsonl.EachLine(f, func(n int, line []byte) error {
		out, rec, doc, err := jsonl.Annotate(nil, jsonl.Position{File: file, Line: n}, line, jsonl.Config{Analyzer: an})
		if err != nil {
			e.errs = append(e.errs, string(out))
			return nil
		}
		e.docs = append(e.docs, string(out))
		outlet := rec.Field("outlet")
		if e.perOutlet[outlet] == nil {
			e.perOutlet[outlet] = map[string]int{}
		}
		for _, ec := range doc.Entities {
			k := ec.Entity.ID + "\t" + ec.Entity.Name + "\t" + ec.Entity.Type.String()
			e.entityDays[k+"\t"+rec.Published.Format("2006-01-02")] += ec.Count
			e.perOutlet[outlet][k] += ec.Count
		}
		w := 0
		for _, d := range doc.Dates {
			if d.Warning != "" {
				w++
			}
		}
		e.warnings[outlet] += w
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestPipelineGzip(t *testing.T) {
	in := "testdata/small.jsonl.gz"
	want := expect(t, in)
	dir := run(t, Config{Inputs: []string{in}, Shards: 3}, 5, 2)

	// One input file, one docs shard, written in input order; every input
	// line comes out once: documents in = documents out + errors.
	docs := readLines(t, filepath.Join(dir, "docs-00000-of-00001.jsonl"))
	errs := readLines(t, filepath.Join(dir, "errors-*.jsonl"))
	if len(docs)+len(errs) != 5 || len(errs) != 2 {
		t.Fatalf("5 lines in, %d documents + %d errors out", len(docs), len(errs))
	}
	// The document lines are byte-identical to what annotate -jsonl
	// writes, in the same order.
	for i := range docs {
		if docs[i] != want.docs[i] {
			t.Errorf("document line %d differs from annotate -jsonl:\n got %.200s\nwant %.200s", i, docs[i], want.docs[i])
		}
	}
	for i, e := range want.errs {
		if errs[i] != e {
			t.Errorf("error line %d: got %s, want %s", i, errs[i], e)
		}
	}

	// Aggregates equal the counts computed directly with arnews.
	got := map[string]int{}
	for _, l := range readLines(t, filepath.Join(dir, "entity-days.tsv"))[1:] {
		i := strings.LastIndexByte(l, '\t')
		n, _ := strconv.Atoi(l[i+1:])
		got[l[:i]] = n
	}
	if len(got) == 0 || len(got) != len(want.entityDays) {
		t.Errorf("entity-days: %d rows, want %d", len(got), len(want.entityDays))
	}
	for k, n := range want.entityDays {
		if got[k] != n {
			t.Errorf("entity-days %q: %d, want %d", k, got[k], n)
		}
	}
	warn := readLines(t, filepath.Join(dir, "date-warnings.tsv"))[1:]
	for _, l := range warn {
		outlet, n, _ := strings.Cut(l, "\t")
		if strconv.Itoa(want.warnings[outlet]) != n {
			t.Errorf("date-warnings %s: %s, want %d", outlet, n, want.warnings[outlet])
		}
	}
	if want.warnings["arnews-test"] == 0 {
		t.Errorf("the test corpus has أمس الأحد on a Tuesday: a warning was expected")
	}
	top := readLines(t, filepath.Join(dir, "top-entities.tsv"))[1:]
	total := 0
	for _, m := range want.perOutlet {
		total += len(m)
	}
	if len(top) != min(total, 20) {
		t.Errorf("top-entities: %d rows, want %d", len(top), min(total, 20))
	}
	for _, l := range top {
		f := strings.Split(l, "\t")
		n, _ := strconv.Atoi(f[5])
		if want.perOutlet[f[0]][strings.Join(f[2:5], "\t")] != n {
			t.Errorf("top-entities row %q: want %d", l, want.perOutlet[f[0]][strings.Join(f[2:5], "\t")])
		}
	}
}

// The gzip and the plain file give the same documents (but for "file").
func TestGzipSameAsPlain(t *testing.T) {
	a := run(t, Config{Inputs: []string{"testdata/small.jsonl"}, Shards: 2}, 5, 2)
	b := run(t, Config{Inputs: []string{"testdata/small.jsonl.gz"}, Shards: 2, Reshuffle: true}, 5, 2)
	norm := func(dir string) []string {
		var out []string
		for _, l := range readLines(t, filepath.Join(dir, "*.jsonl")) {
			var m map[string]json.RawMessage
			if err := json.Unmarshal([]byte(l), &m); err != nil {
				t.Fatal(err)
			}
			delete(m, "file")
			c, _ := json.Marshal(m)
			out = append(out, string(c))
		}
		sort.Strings(out)
		return out
	}
	x, y := norm(a), norm(b)
	if len(x) != 5 || strings.Join(x, "\n") != strings.Join(y, "\n") {
		t.Errorf("plain and gzip inputs differ:\n%v\n%v", x, y)
	}
}

func TestNoInput(t *testing.T) {
	none := filepath.Join(t.TempDir(), "none-*.jsonl")
	_, s := beam.NewPipelineWithRoot()
	if _, err := Build(s, Config{Inputs: []string{none}, Output: t.TempDir()}); err == nil {
		t.Error("a glob that matches nothing must fail when the pipeline is built")
	}
	p, s := beam.NewPipelineWithRoot()
	if _, err := Build(s, Config{Inputs: []string{none}, Output: t.TempDir(), Reshuffle: true}); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err == nil {
		t.Error("with Reshuffle, a glob that matches nothing must fail the run")
	}
	if _, err := Build(s, Config{}); err == nil {
		t.Error("Build without inputs must fail")
	}
}

// Two input files give two docs shards, one per file.
func TestTwoFiles(t *testing.T) {
	dir := run(t, Config{Inputs: []string{"testdata/small.jsonl", "testdata/*.gz"}}, 10, 4)
	for i := 0; i < 2; i++ {
		got := readLines(t, filepath.Join(dir, "docs-0000"+strconv.Itoa(i)+"-of-00002.jsonl"))
		if len(got) != 3 {
			t.Errorf("shard %d: %d documents, want 3", i, len(got))
		}
	}
}

// Many lines: several document batches over several shards, still one
// output line per input line, identical to annotate -jsonl.
func TestManyLines(t *testing.T) {
	in := filepath.Join(t.TempDir(), "many.jsonl")
	var b strings.Builder
	texts := []string{
		"قال وزير الخارجية الإيراني محمد جواد ظريف أمس الأحد في طهران إن بلاده مستعدة للوساطة.",
		"أعلنت الحكومة التونسية الأسبوع الماضي عن خطة جديدة لدعم الفلاحين في القيروان.",
		"وصل الرئيس المصري عبد الفتاح السيسي اليوم الثلاثاء إلى الخرطوم في زيارة رسمية.",
	}
	n := 2400
	for i := 0; i < n; i++ {
		if i == 1234 {
			b.WriteString("{not json\n")
			continue
		}
		rec := map[string]string{"id": "m" + strconv.Itoa(i), "outlet": "out" + strconv.Itoa(i%3), "date": "2020-10-06",
			"text": strings.Repeat(texts[i%3]+" ", 1+i%5)}
		j, _ := json.Marshal(rec)
		b.Write(j)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	want := expect(t, in)
	dir := run(t, Config{Inputs: []string{in}, Shards: 3, Reshuffle: true}, n, 1)
	docs := readLines(t, filepath.Join(dir, "docs-*.jsonl"))
	errs := readLines(t, filepath.Join(dir, "errors-*.jsonl"))
	if len(docs) != n-1 || len(errs) != 1 {
		t.Fatalf("%d lines in: %d documents and %d errors out", n, len(docs), len(errs))
	}
	nonEmpty := 0
	for i := 0; i < 3; i++ {
		if st, err := os.Stat(filepath.Join(dir, "docs-0000"+strconv.Itoa(i)+"-of-00003.jsonl")); err == nil && st.Size() > 0 {
			nonEmpty++
		}
	}
	if nonEmpty < 2 {
		t.Errorf("the documents went to %d shard(s); several batches should spread over the shards", nonEmpty)
	}
	sort.Strings(docs)
	sort.Strings(want.docs)
	if strings.Join(docs, "\n") != strings.Join(want.docs, "\n") {
		t.Errorf("document lines differ from annotate -jsonl")
	}
	// Within a shard, lines are in input order.
	for i := 0; i < 3; i++ {
		prev := 0
		for _, l := range readLines(t, filepath.Join(dir, "docs-0000"+strconv.Itoa(i)+"-of-00003.jsonl")) {
			var x struct{ Line int }
			json.Unmarshal([]byte(l), &x)
			if x.Line <= prev {
				t.Fatalf("shard %d: line %d after %d", i, x.Line, prev)
			}
			prev = x.Line
		}
	}
}
