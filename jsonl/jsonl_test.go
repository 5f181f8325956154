package jsonl

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/internal/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type outLine struct {
	ID       string          `json:"id"`
	File     string          `json:"file"`
	Line     int             `json:"line"`
	Date     string          `json:"date"`
	Outlet   string          `json:"outlet"`
	Title    string          `json:"title"`
	Error    string          `json:"error"`
	Document json.RawMessage `json:"document"`
}

func runOn(t *testing.T, files []string, workers int) []outLine {
	t.Helper()
	an, err := arnews.New()
	require.NoError(t, err)
	var out, stderr bytes.Buffer
	_, err = Run(files, &out, Config{Analyzer: an, Workers: workers, Progress: &stderr})
	require.NoError(t, err)
	var lines []outLine
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var l outLine
		require.NoError(t, json.Unmarshal(sc.Bytes(), &l), "output line is not JSON: %s", sc.Text())
		lines = append(lines, l)
	}
	return lines
}

func TestJSONLSmallCorpus(t *testing.T) {
	lines := runOn(t, []string{"testdata/small.jsonl"}, 3)
	require.Len(t, lines, 5, "one output line per input line")
	for i, l := range lines {
		assert.Equal(t, i+1, l.Line, "output in input order")
	}
	assert.Equal(t, "own-1", lines[0].ID)
	assert.Equal(t, "arnews-test", lines[0].Outlet, "other fields pass through")
	assert.NotEmpty(t, lines[0].Document)
	assert.Contains(t, lines[2].Error, "not a JSON object", "malformed line 3")
	assert.Contains(t, lines[3].Error, `"date"`, "line 4 has no date")
	assert.Equal(t, "own-3", lines[3].ID)
	assert.Empty(t, lines[4].Error)

	var doc struct {
		Dates []struct {
			Text    string `json:"text"`
			From    string `json:"from"`
			Warning string `json:"warning"`
		} `json:"dates"`
		Mentions []struct {
			Text string `json:"text"`
			Type string `json:"type"`
		} `json:"mentions"`
	}
	require.NoError(t, json.Unmarshal(lines[0].Document, &doc))
	var warned bool
	for _, d := range doc.Dates {
		if strings.HasPrefix(d.From, "2021-04-04") && d.Warning != "" {
			warned = true
		}
	}
	assert.True(t, warned, "أمس الأحد on Tuesday 2021-04-06 resolves to 04-04 with a warning: %+v", doc.Dates)
}

func TestJSONLGzipSameAsPlain(t *testing.T) {
	plain, err := os.ReadFile("testdata/small.jsonl")
	require.NoError(t, err)
	gz := filepath.Join(t.TempDir(), "small.jsonl.gz")
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(plain)
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(gz, buf.Bytes(), 0o644))

	a := runOn(t, []string{"testdata/small.jsonl"}, 1)
	b := runOn(t, []string{gz}, 2)
	require.Equal(t, len(a), len(b))
	for i := range a {
		assert.Equal(t, a[i].ID, b[i].ID)
		assert.Equal(t, a[i].Error, b[i].Error)
		assert.JSONEq(t, string(orNull(a[i].Document)), string(orNull(b[i].Document)))
	}
}

func orNull(b json.RawMessage) json.RawMessage {
	if len(b) == 0 {
		return json.RawMessage("null")
	}
	return b
}

// TestJSONLCorpusCount runs the whole Jawhara corpus file when the shared
// data is present: every input line gives exactly one output line.
func TestJSONLCorpusCount(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the corpus run in -short mode")
	}
	p := shared.Path(t, shared.CorpusFiles[0])
	lines := runOn(t, []string{p}, 0)
	assert.Equal(t, 9965, len(lines))
	for i, l := range lines {
		if l.Line != i+1 || l.Error != "" {
			t.Fatalf("line %d: %+v", i+1, l)
		}
	}
}

func TestParseAnchor(t *testing.T) {
	for in, want := range map[string]string{
		"2020-10-06":                "2020-10-06T12:00:00Z",
		"2020-10-06T09:00:00+03:00": "2020-10-06T09:00:00+03:00",
	} {
		got, err := ParseAnchor(in)
		require.NoError(t, err)
		assert.Equal(t, want, got.Format("2006-01-02T15:04:05Z07:00"))
	}
	_, err := ParseAnchor("06/10/2020")
	assert.Error(t, err)
}

func TestEachLine(t *testing.T) {
	var got []string
	err := EachLine(strings.NewReader("a\r\nb\n\nlast"), func(n int, l []byte) error {
		got = append(got, strconv.Itoa(n)+":"+string(l))
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"1:a", "2:b", "3:", "4:last"}, got)

	// A line longer than the reader's buffer comes whole.
	long := strings.Repeat("س", 3<<20)
	n := 0
	require.NoError(t, EachLine(strings.NewReader(long+"\nx\n"), func(_ int, l []byte) error {
		if n == 0 {
			assert.Equal(t, len(long), len(l))
		}
		n++
		return nil
	}))
	assert.Equal(t, 2, n)
}

// A gzip stream cut short is an error, not a silent early end (the textio
// pitfall this package avoids).
func TestEachLineTruncatedGzip(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	for i := 0; i < 20000; i++ {
		fmt.Fprintf(zw, `{"id":"%d","date":"2020-01-01","text":"نص رقم %d"}`+"\n", i, i)
	}
	require.NoError(t, zw.Close())
	whole := 0
	require.NoError(t, EachLine(bytes.NewReader(buf.Bytes()), func(int, []byte) error { whole++; return nil }))
	assert.Equal(t, 20000, whole)
	cut := buf.Bytes()[:buf.Len()/2]
	err := EachLine(bytes.NewReader(cut), func(int, []byte) error { return nil })
	assert.Error(t, err)
}

func TestAnnotateEachOrderAndStop(t *testing.T) {
	an, err := arnews.New()
	require.NoError(t, err)
	var in bytes.Buffer
	for i := 1; i <= 3000; i++ {
		fmt.Fprintf(&in, `{"id":"d%d","date":"2020-10-06","text":"قال ظريف أمس في طهران %d"}`+"\n", i, i)
	}
	next := 1
	require.NoError(t, AnnotateEach(bytes.NewReader(in.Bytes()), "x", Config{Analyzer: an, Workers: 4, JSON: arnews.JSONOptions{OmitTokens: true}}, func(o Output) error {
		require.Equal(t, next, o.Line)
		require.NoError(t, o.Err)
		require.Equal(t, "d"+strconv.Itoa(next), o.Record.ID)
		next++
		return nil
	}))
	assert.Equal(t, 3001, next)
	stopErr := fmt.Errorf("enough")
	seen := 0
	err = AnnotateEach(bytes.NewReader(in.Bytes()), "x", Config{Analyzer: an, Workers: 2}, func(o Output) error {
		seen++
		if seen == 10 {
			return stopErr
		}
		return nil
	})
	assert.Equal(t, stopErr, err)
	assert.Equal(t, 10, seen)
}
