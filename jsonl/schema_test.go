package jsonl

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"testing"
	"time"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/internal/jsonschema"
	"github.com/arnews/arnews/internal/shared"
)

// Every output line follows schema/jsonl-line-v1.json: document lines
// (whose "document" follows document-v1.json) and error lines, for bad
// lines, dateless lines, too long lines and damage alike.
func TestOutputSchema(t *testing.T) {
	schema, err := jsonschema.Load("../schema/jsonl-line-v1.json")
	if err != nil {
		t.Fatal(err)
	}
	check := func(out []byte, what string) (docs, errs int) {
		t.Helper()
		sc := bufio.NewScanner(bytes.NewReader(out))
		sc.Buffer(nil, 64<<20)
		for n := 1; sc.Scan(); n++ {
			if err := schema.ValidateJSON(sc.Bytes()); err != nil {
				t.Fatalf("%s, line %d: %v\n%.300s", what, n, err, sc.Bytes())
			}
			if bytes.Contains(sc.Bytes(), []byte(`"document":{`)) {
				docs++
			} else {
				errs++
			}
		}
		return docs, errs
	}
	small, err := os.ReadFile("testdata/small.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	in := append(bytes.Clone(small), `{"id":"nodate","text":"قال الوزير أمس"}`+"\n"+`{"id":"long","date":"2021-04-06","text":"`+string(bytes.Repeat([]byte("x"), 3000))+`"}`+"\n"...)
	gz := gzipOf(t, in)
	for _, tc := range []struct {
		what  string
		input []byte
		cfg   Config
	}{
		{"small archive", small, Config{}},
		{"dated by Config.Date, a line too long", in, Config{Date: time.Date(2021, 4, 6, 12, 0, 0, 0, time.UTC), MaxLine: 2000}},
		{"gzip cut short", gz[:len(gz)*2/3], Config{JSON: arnews.JSONOptions{OmitTokens: true}}},
	} {
		var out bytes.Buffer
		tc.cfg.Stdin = bytes.NewReader(tc.input)
		sum, err := Run(nil, &out, tc.cfg)
		if err != nil {
			t.Fatal(err)
		}
		docs, errs := check(out.Bytes(), tc.what)
		if docs != sum.Documents || errs != sum.Errors || errs == 0 {
			t.Errorf("%s: %d document lines, %d error lines; summary %+v", tc.what, docs, errs, sum)
		}
	}
	var out bytes.Buffer
	f, err := os.Open(shared.Path(t, shared.CorpusFiles[1]))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines bytes.Buffer
	n := 0
	EachLine(f, func(_ int, l []byte) error {
		lines.Write(l)
		lines.WriteByte('\n')
		if n++; n == 200 {
			return io.EOF // enough
		}
		return nil
	})
	if _, err := Run(nil, &out, Config{Stdin: &lines}); err != nil {
		t.Fatal(err)
	}
	if docs, _ := check(out.Bytes(), "multisource corpus"); docs != 200 {
		t.Errorf("%d documents of 200 corpus lines", docs)
	}
}
