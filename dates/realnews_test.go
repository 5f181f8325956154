package dates

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/arnews/arnews/internal/shared"
)

// blindLabel is one hand-labelled expression of testdata/realnews_*.tsv.
type blindLabel struct {
	id, span   string
	occ        int
	from, to   time.Time
	grain      string
	mode, note string
	start, end int // byte offsets in the article, set once it is read
}

// blindSample is a hand-labelled sample and the floors its scores must
// keep (percentages, a little under the figures measured when it landed).
type blindSample struct {
	file                                   string
	floorRightExact, floorRight, floorPrec float64
	// missesEnv, when set, names the environment variable that logs
	// this sample's misses instead of blindMissesEnv: a sample still
	// blind gets its own, so that reading the older samples' misses does
	// not spend it.
	missesEnv string
}

// The samples are labelled by hand before any code ran over their articles
// (see the header of each file). Floors: a little under the figures of the
// code they landed with, so that a regression fails.
var blindSamples = []blindSample{
	{file: "testdata/realnews_blind.tsv", floorRightExact: 95, floorRight: 96, floorPrec: 97},
	{file: "testdata/realnews_blind2.tsv", floorRightExact: 93, floorRight: 93, floorPrec: 97},
	{file: "testdata/realnews_blind3.tsv", floorRightExact: 90, floorRight: 95, floorPrec: 95},
	{file: "testdata/realnews_blind4.tsv", floorRightExact: 92, floorRight: 92, floorPrec: 92},
	{file: "testdata/realnews_blind5.tsv", floorRightExact: 89, floorRight: 92, floorPrec: 96},
	{file: "testdata/realnews_blind6.tsv", floorRightExact: 89, floorRight: 94, floorPrec: 96, missesEnv: "DATES_BLIND6_MISSES"},
}

// blindMissesEnv names the environment variable that makes TestRealNewsBlind
// log every miss, not only the figures. Reading the misses of a sample
// spends it: a rule written after them is no longer measured blind.
const blindMissesEnv = "DATES_BLIND_MISSES"

func parseBlindTime(s string) (time.Time, error) {
	if strings.Contains(s, "T") {
		return time.Parse("2006-01-02T15:04", s)
	}
	return time.Parse("2006-01-02", s)
}

func readBlindLabels(t *testing.T, file string) []blindLabel {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var out []blindLabel
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 8 {
			t.Fatalf("%s:%d: %d fields, want 8", file, n+1, len(f))
		}
		l := blindLabel{id: f[0], span: f[1], grain: f[5], mode: f[6], note: f[7]}
		if l.mode == "none" {
			out = append(out, l)
			continue
		}
		if l.occ, err = strconv.Atoi(f[2]); err != nil || l.occ < 1 {
			t.Fatalf("%s:%d: bad occurrence %q", file, n+1, f[2])
		}
		if l.from, err = parseBlindTime(f[3]); err != nil {
			t.Fatalf("%s:%d: %v", file, n+1, err)
		}
		if l.to, err = parseBlindTime(f[4]); err != nil {
			t.Fatalf("%s:%d: %v", file, n+1, err)
		}
		switch l.mode {
		case "exact", "within", "past", "future", "opt":
		default:
			t.Fatalf("%s:%d: unknown mode %q", file, n+1, l.mode)
		}
		out = append(out, l)
	}
	return out
}

// blindArticles reads the articles with the given ids from both corpus
// files (a cheap byte test before decoding keeps this to about a second).
func blindArticles(t *testing.T, ids map[string]bool) map[string]shared.Article {
	t.Helper()
	got := map[string]shared.Article{}
	for _, rel := range shared.CorpusFiles {
		f, err := os.Open(shared.Path(t, rel))
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(zr)
		sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
		for sc.Scan() && len(got) < len(ids) {
			line := sc.Bytes()
			i := bytes.Index(line, []byte(`"id": "`))
			if i < 0 {
				continue
			}
			rest := line[i+7:]
			j := bytes.IndexByte(rest, '"')
			if j < 0 || !ids[string(rest[:j])] {
				continue
			}
			var a shared.Article
			if err := json.Unmarshal(line, &a); err != nil {
				t.Fatalf("%s: %v", rel, err)
			}
			got[a.ID] = a
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	return got
}

// resolvedRight says whether e resolves to what l labels.
func resolvedRight(e Expression, l blindLabel, anchor time.Time) bool {
	from, to := e.From.UTC(), e.To.UTC()
	dayEnd := anchor.AddDate(0, 0, 1)
	switch l.mode {
	case "exact":
		return from.Equal(l.from) && to.Equal(l.to)
	case "within":
		return !from.Before(l.from) && !to.After(l.to) && from.Before(to)
	case "past":
		return from.Before(anchor) && !to.Before(anchor) && !to.After(dayEnd)
	case "future":
		return !from.Before(anchor) && !from.After(dayEnd) && to.After(dayEnd)
	}
	return false
}

func overlaps(s1, e1, s2, e2 int) bool { return s1 < e2 && s2 < e1 }

// blindScore is the outcome of one sample.
type blindScore struct {
	gold, found, rightExact, right int // labels, labels overlapped, right with the exact span, right with an overlapping span
	preds, predsOnGold, predsRight int // expressions scored (those on an opt label left out), those on a label, those on a label and resolved right
	misses                         []string
}

func (s blindScore) pct(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}

// TestRealNewsBlind scores Find against hand-labelled real news that no
// rule was tuned on. An expression is right when Find gives an expression
// over its span (exactly the span, or, more leniently, overlapping it)
// that resolves to the labelled interval. Precision counts Find's
// expressions that fall on a label; those on a debatable (opt) label are
// left out of both sides. The figures are logged (go test -run
// TestRealNewsBlind -v ./dates/); the test fails when a figure drops
// under the sample's floor. Only the figures are logged unless
// DATES_BLIND_MISSES is set (DATES_BLIND_MISSES=1 go test -run
// TestRealNewsBlind -v ./dates/), so that running the test does not spend
// the samples' blindness; the newest sample's misses need their own
// variable (DATES_BLIND6_MISSES).
func TestRealNewsBlind(t *testing.T) {
	all := map[string]bool{}
	sampleLabels := make([][]blindLabel, len(blindSamples))
	for i, smp := range blindSamples {
		sampleLabels[i] = readBlindLabels(t, smp.file)
		for _, l := range sampleLabels[i] {
			all[l.id] = true
		}
	}
	allArts := blindArticles(t, all) // both corpus files are read once
	for si, smp := range blindSamples {
		t.Run(strings.TrimSuffix(strings.TrimPrefix(smp.file, "testdata/"), ".tsv"), func(t *testing.T) {
			labels := sampleLabels[si]
			ids := map[string]bool{}
			arts := map[string]shared.Article{}
			for _, l := range labels {
				ids[l.id] = true
				if a, ok := allArts[l.id]; ok {
					arts[l.id] = a
				}
			}
			for id := range ids {
				if _, ok := arts[id]; !ok {
					t.Fatalf("article %s is not in the corpus", id)
				}
			}
			byID := map[string][]*blindLabel{}
			for i := range labels {
				l := &labels[i]
				if l.mode == "none" {
					byID[l.id] = append(byID[l.id], nil)
					continue
				}
				text := arts[l.id].Text
				at := -1
				for k, from := 0, 0; k < l.occ; k++ {
					j := strings.Index(text[from:], l.span)
					if j < 0 {
						t.Fatalf("%s: occurrence %d of %q not in the article", l.id, l.occ, l.span)
					}
					at = from + j
					from = at + len(l.span)
				}
				l.start, l.end = at, at+len(l.span)
				byID[l.id] = append(byID[l.id], l)
			}
			var s blindScore
			order := make([]string, 0, len(byID))
			for id := range byID {
				order = append(order, id)
			}
			sort.Strings(order)
			for _, id := range order {
				var ls []*blindLabel
				for _, l := range byID[id] {
					if l != nil {
						ls = append(ls, l)
					}
				}
				a := arts[id]
				anchor, err := time.Parse("2006-01-02", a.Date)
				if err != nil {
					t.Fatalf("%s: date %q: %v", id, a.Date, err)
				}
				exprs := Find(a.Text, anchor)
				show := func(e Expression) string {
					return fmt.Sprintf("%q [%s, %s) %s", e.Text, e.From.UTC().Format("2006-01-02T15:04"), e.To.UTC().Format("2006-01-02T15:04"), e.Grain)
				}
				for _, l := range ls {
					if l.mode == "opt" {
						var g []string
						for _, e := range exprs {
							if overlaps(e.Start, e.End, l.start, l.end) {
								g = append(g, show(e))
							}
						}
						s.misses = append(s.misses, fmt.Sprintf("opt (not scored) %s: %q #%d (%s) got %v", id, l.span, l.occ, l.note, g))
						continue
					}
					s.gold++
					var over []Expression
					exact, right := false, false
					for _, e := range exprs {
						if !overlaps(e.Start, e.End, l.start, l.end) {
							continue
						}
						over = append(over, e)
						if resolvedRight(e, *l, anchor) {
							right = true
							if e.Start == l.start && e.End == l.end {
								exact = true
							}
						}
					}
					if len(over) > 0 {
						s.found++
					}
					if exact {
						s.rightExact++
					}
					if right {
						s.right++
					}
					want := fmt.Sprintf("%s: %q #%d want [%s, %s) %s (%s)", id, l.span, l.occ, l.from.Format("2006-01-02T15:04"), l.to.Format("2006-01-02T15:04"), l.grain, l.mode)
					switch {
					case len(over) == 0:
						s.misses = append(s.misses, "missing    "+want)
					case !right:
						var g []string
						for _, e := range over {
							g = append(g, show(e))
						}
						s.misses = append(s.misses, "wrong      "+want+" got "+strings.Join(g, "; "))
					case !exact:
						var g []string
						for _, e := range over {
							g = append(g, show(e))
						}
						s.misses = append(s.misses, "span       "+want+" got "+strings.Join(g, "; "))
					}
				}
				for _, e := range exprs {
					onGold, onOpt, ok := false, false, false
					for _, l := range ls {
						if !overlaps(e.Start, e.End, l.start, l.end) {
							continue
						}
						if l.mode == "opt" {
							onOpt = true
							continue
						}
						onGold = true
						if resolvedRight(e, *l, anchor) {
							ok = true
						}
					}
					if onOpt && !onGold {
						continue
					}
					s.preds++
					if onGold {
						s.predsOnGold++
					}
					if ok {
						s.predsRight++
					}
					if !onGold {
						s.misses = append(s.misses, "false-pos  "+id+": "+show(e))
					}
				}
			}
			env := blindMissesEnv
			if smp.missesEnv != "" {
				env = smp.missesEnv
			}
			if os.Getenv(env) != "" {
				for _, m := range s.misses {
					t.Log(m)
				}
			}
			rightExact, right, found := s.pct(s.rightExact, s.gold), s.pct(s.right, s.gold), s.pct(s.found, s.gold)
			prec, precRight := s.pct(s.predsOnGold, s.preds), s.pct(s.predsRight, s.preds)
			t.Logf("%d articles, %d labelled expressions, %d found by Find (%d on no label)", len(arts), s.gold, s.preds, s.preds-s.predsOnGold)
			t.Logf("right, exact span: %d/%d = %.1f%%; right, overlapping span: %d/%d = %.1f%%; found (overlap, any reading): %.1f%%",
				s.rightExact, s.gold, rightExact, s.right, s.gold, right, found)
			t.Logf("precision: %d/%d = %.1f%% on a label, %d/%d = %.1f%% on a label and right",
				s.predsOnGold, s.preds, prec, s.predsRight, s.preds, precRight)
			if rightExact < smp.floorRightExact || right < smp.floorRight || prec < smp.floorPrec {
				t.Errorf("under the floors (right exact %.1f%% < %.1f%%, right %.1f%% < %.1f%% or precision %.1f%% < %.1f%%)",
					rightExact, smp.floorRightExact, right, smp.floorRight, prec, smp.floorPrec)
			}
		})
	}
}
