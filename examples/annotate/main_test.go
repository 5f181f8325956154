package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The README's main command: no arguments and nothing on stdin annotates
// the embedded sample article.
func TestSampleReport(t *testing.T) {
	devnull, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer devnull.Close()
	var out, errb bytes.Buffer
	require.NoError(t, run(nil, devnull, &out, &errb))
	r := out.String()
	assert.Contains(t, r, "sample article")
	assert.Contains(t, r, "published 2021-04-06 (Tuesday)")
	assert.Contains(t, r, "أمس الأحد")
	assert.Contains(t, r, "2021-04-04")
	assert.Contains(t, r, "warning")
	assert.Contains(t, r, "القاهرة")
	assert.Contains(t, r, "Top stems")
}

func TestFileJSON(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	require.NoError(t, os.WriteFile(p, []byte("قال وزير الخارجية الإيراني محمد جواد ظريف أمس الأحد في طهران"), 0o644))
	var out, errb bytes.Buffer
	require.NoError(t, run([]string{"-date", "2020-10-06", "-json", p}, nil, &out, &errb))
	var doc map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &doc))
	assert.Contains(t, doc, "mentions")
	assert.Contains(t, doc, "dates")
	assert.True(t, strings.HasPrefix(doc["published"].(string), "2020-10-06"))
}

func TestBadFlags(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Error(t, run([]string{"-weekstart", "funday"}, nil, &out, &errb))
	assert.Error(t, run([]string{"-date", "yesterday", "x"}, nil, &out, &errb))
}
