package server

import (
	"bytes"
	"encoding/json"
	"html"
	"io"
	"net/url"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/arnews/arnews"
)

// FuzzDecodeRequest feeds request bodies, content types and query strings
// from outside to the decoding of /v1/analyze and /v1/dates: it never
// panics, every refusal names a field with a 4xx status, and what it
// accepts is a UTF-8 text with a publication time.
func FuzzDecodeRequest(f *testing.F) {
	f.Add([]byte(`{"text":"وصل أمس الأحد","published":"2020-10-06","tz":"Asia/Beirut","weekstart":"mon"}`), "application/json", "")
	f.Add([]byte("وصل أمس"), "text/plain; charset=utf-8", "published=2020-10-06T12:00&tz=%2B03:00&omit_tokens=1")
	f.Add([]byte("text=%D8%A3%D9%85%D8%B3&published=2020-10-06"), "application/x-www-form-urlencoded", "weekstart=sat")
	f.Add([]byte(`{"text":"x","omit_text":true,"published":"2020-10-06T12:00:00.5-04:30"}`), "", "tz=UTC%2B3")
	f.Add([]byte("\xff\xfe"), "text/plain; charset=windows-1256", "")
	f.Add([]byte(`{"text":null}`), "application/json", "tz=../../x")
	s, err := New(Config{Logger: quietLogger()})
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte(`{"text":"\u0623\u0645\u0633 \"x\"\\","omit_tokens":true,"omit_text":false} `), "application/json", "")
	f.Add([]byte(`{"TEXT":"a","t\u0065xt":"b","text":"c"}`), "application/json", "")
	f.Add([]byte(`{"text":"\ud83c\udf89 \ud800x \udc00\ud800\u0041 \/\b\f\n\r\t\u00e9"}`), "application/json", "")
	f.Fuzz(func(t *testing.T, body []byte, ctype, rawQuery string) {
		// The fast reader of JSON bodies agrees with encoding/json.
		var fast, slow Request
		if utf8.Valid(body) && fastJSON(body, &fast) {
			d := json.NewDecoder(bytes.NewReader(body))
			d.DisallowUnknownFields()
			if err := d.Decode(&slow); err != nil {
				t.Fatalf("fastJSON accepted what encoding/json refuses (%v): %q", err, body)
			}
			if _, err := d.Token(); err != io.EOF {
				t.Fatalf("fastJSON accepted trailing data: %q", body)
			}
			if !reflect.DeepEqual(fast, slow) {
				t.Fatalf("fastJSON %+v, encoding/json %+v: %q", fast, slow, body)
			}
		}
		q, err := url.ParseQuery(rawQuery)
		if err != nil {
			return // the HTTP server refuses such a query before us
		}
		p, aerr := s.decodeRequest(body, ctype, q)
		if aerr != nil {
			if aerr.field == "" || aerr.status < 400 || aerr.status > 499 {
				t.Fatalf("refusal without a field or with status %d: %v", aerr.status, aerr)
			}
			if !strings.HasPrefix(aerr.Error(), aerr.field+": ") {
				t.Fatalf("the message does not start with its field: %q", aerr.Error())
			}
			return
		}
		if !utf8.ValidString(p.text) {
			t.Fatalf("accepted a text that is not UTF-8: %q", p.text)
		}
		if p.published.IsZero() || p.published.Location() == nil {
			t.Fatalf("no publication time: %v", p.published)
		}
		if p.week < -1 || p.week > 6 {
			t.Fatalf("week %d", p.week)
		}
	})
}

var tags = regexp.MustCompile(`<[^>]*>`)

// FuzzWriteHTML renders any text: the page is UTF-8, runs nothing, and its
// annotated text, tags taken off and entities decoded, is the text itself
// (each invalid byte or NUL as U+FFFD).
func FuzzWriteHTML(f *testing.F) {
	f.Add("قال الرئيس الإيراني حسن روحاني أمس الأحد في طهران <script>alert(1)</script>")
	f.Add("\xff<b>أمس</b>\x00 & \"اليوم\" 'غداً'\n\n\n" + strings.Repeat("سطر في موسكو\n", 30))
	f.Add("</article><script>x</script>")
	anchor := time.Date(2020, 10, 6, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		var b strings.Builder
		if err := WriteHTML(&b, arnews.Analyze(text, anchor), HTMLOptions{Title: text}); err != nil {
			t.Fatal(err)
		}
		page := b.String()
		if !utf8.ValidString(page) {
			t.Fatal("the page is not UTF-8")
		}
		if strings.Contains(strings.ToLower(page), "<script") {
			t.Fatal("the page holds a script element")
		}
		i := strings.Index(page, `<article id="doc" class="doc" lang="ar" dir="rtl">`)
		j := strings.LastIndex(page, "</article>")
		if i < 0 || j < i {
			t.Fatal("no article")
		}
		body := page[i+len(`<article id="doc" class="doc" lang="ar" dir="rtl">`) : j]
		got := html.UnescapeString(tags.ReplaceAllString(body, ""))
		var want strings.Builder
		for k := 0; k < len(text); {
			r, n := utf8.DecodeRuneInString(text[k:])
			if r == 0 {
				r = utf8.RuneError
			}
			want.WriteRune(r)
			k += n
		}
		if got != want.String() {
			t.Fatalf("the drawn text differs:\n got %q\nwant %q", got, want.String())
		}
	})
}
