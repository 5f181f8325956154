package server

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/internal/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedPublished is the seed article's publication time (Al Mayadeen, Beirut).
const seedPublished = "2020-10-06T12:00:00+03:00"

func quietLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

func newServer(t testing.TB, cfg Config) *Server {
	t.Helper()
	if cfg.Logger == nil {
		cfg.Logger = quietLogger()
	}
	s, err := New(cfg)
	require.NoError(t, err)
	return s
}

// do runs one request against h and returns the recorder.
func do(h http.Handler, method, target, ctype string, body []byte) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, bytes.NewReader(body))
	if ctype != "" {
		r.Header.Set("Content-Type", ctype)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func jsonBody(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}

// docJSON is the part of the Document JSON the tests look at.
type docJSON struct {
	Text      string `json:"text"`
	Published string `json:"published"`
	UTF16     int    `json:"utf16"`
	Tokens    []any  `json:"tokens"`
	Dates     []struct {
		Text    string `json:"text"`
		Start16 int    `json:"start16"`
		End16   int    `json:"end16"`
		From    string `json:"from"`
		To      string `json:"to"`
		Grain   string `json:"grain"`
		Warning string `json:"warning"`
	} `json:"dates"`
	Mentions []struct {
		Text    string `json:"text"`
		Start16 int    `json:"start16"`
		End16   int    `json:"end16"`
		Type    string `json:"type"`
		Entity  struct {
			ID   string `json:"id"`
			Name string `json:"name"`
		} `json:"entity"`
	} `json:"mentions"`
	Entities []struct {
		ID    string `json:"id"`
		Name  string `json:"name"`
		Type  string `json:"type"`
		Count int    `json:"count"`
	} `json:"entities"`
}

// slice16 is text[start16:end16] in UTF-16 code units, as JavaScript sees it.
func slice16(text string, start, end int) string {
	u := utf16.Encode([]rune(text))
	return string(utf16.Decode(u[start:end]))
}

func TestAnalyzeSeedIsTheLibrarysDocument(t *testing.T) {
	seed := shared.Seed(t)
	s := newServer(t, Config{})
	w := do(s, "POST", "/v1/analyze", "application/json", jsonBody(t, map[string]any{"text": seed, "published": seedPublished}))
	require.Equal(t, 200, w.Code, w.Body.String())
	assert.Equal(t, "application/json; charset=utf-8", w.Header().Get("Content-Type"))
	assert.NotEmpty(t, w.Header().Get("X-Request-ID"))

	// The answer is exactly what the library gives in process.
	pub, err := time.Parse(time.RFC3339, seedPublished)
	require.NoError(t, err)
	want := append(arnews.Analyze(seed, pub).AppendJSON(nil, arnews.JSONOptions{}), '\n')
	assert.Equal(t, string(want), w.Body.String())

	// And it says what EXPECTED.md says, with UTF-16 offsets that a
	// browser can use.
	var doc docJSON
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &doc))
	found := false
	for _, d := range doc.Dates {
		assert.Equal(t, d.Text, slice16(doc.Text, d.Start16, d.End16))
		if d.Text == "أمس الأحد" {
			found = true
			assert.True(t, strings.HasPrefix(d.From, "2020-10-04T00:00:00"), d.From)
			assert.NotEmpty(t, d.Warning)
		}
	}
	assert.True(t, found, "أمس الأحد")
	names := map[string]bool{}
	for _, m := range doc.Mentions {
		assert.Equal(t, m.Text, slice16(doc.Text, m.Start16, m.End16))
		names[m.Entity.Name] = true
	}
	for _, n := range []string{"حسن روحاني", "سيرغي لافروف", "محمد جواد ظريف", "طهران", "موسكو", "أرمينيا"} {
		assert.True(t, names[n], n)
	}
}

func TestAnalyzePlainTextWithQueryEqualsJSON(t *testing.T) {
	seed := shared.Seed(t)
	s := newServer(t, Config{})
	a := do(s, "POST", "/v1/analyze", "application/json", jsonBody(t, map[string]any{
		"text": seed, "published": "2020-10-06T12:00", "tz": "Asia/Beirut", "weekstart": "monday", "omit_tokens": true}))
	b := do(s, "POST", "/v1/analyze?published=2020-10-06T12:00&tz=Asia/Beirut&weekstart=mon&omit_tokens=true", "text/plain; charset=utf-8", []byte(seed))
	require.Equal(t, 200, a.Code, a.Body.String())
	require.Equal(t, 200, b.Code, b.Body.String())
	assert.Equal(t, a.Body.String(), b.Body.String())
	var doc docJSON
	require.NoError(t, json.Unmarshal(b.Body.Bytes(), &doc))
	assert.Nil(t, doc.Tokens)
	assert.Equal(t, seedPublished, doc.Published)
	// الأسبوع الماضي with Monday weeks (EXPECTED.md): 2020-09-28 .. 2020-10-04.
	n := 0
	for _, d := range doc.Dates {
		if d.Text == "الأسبوع الماضي" {
			n++
			assert.Equal(t, "2020-09-28T00:00:00+03:00", d.From)
			assert.Equal(t, "2020-10-05T00:00:00+03:00", d.To)
		}
	}
	assert.Equal(t, 1, n) // the seed has it once
}

func TestAnalyzeDefaults(t *testing.T) {
	s := newServer(t, Config{})
	// A day is noon in the zone; the zone of an RFC 3339 time is kept
	// unless tz says otherwise.
	for _, c := range []struct{ body, want string }{
		{`{"text":"اليوم","published":"2020-10-06"}`, `"published":"2020-10-06T12:00:00Z"`},
		{`{"text":"اليوم","published":"2020-10-06","tz":"+03:00"}`, `"published":"2020-10-06T12:00:00+03:00"`},
		{`{"text":"اليوم","published":"2020-10-06T23:30:00Z","tz":"Asia/Riyadh"}`, `"published":"2020-10-07T02:30:00+03:00"`},
		{`{"text":"اليوم","published":"2020-10-06T12:00:00-05:00"}`, `"published":"2020-10-06T12:00:00-05:00"`},
	} {
		w := do(s, "POST", "/v1/analyze", "application/json", []byte(c.body))
		require.Equal(t, 200, w.Code, w.Body.String())
		assert.Contains(t, w.Body.String(), c.want, c.body)
	}
	// No published time: now, in the server's default zone.
	loc := time.FixedZone("X", 5*3600)
	s = newServer(t, Config{Location: loc})
	before := time.Now()
	w := do(s, "POST", "/v1/analyze?omit_tokens=1", "text/plain", []byte("وصل الوفد اليوم"))
	require.Equal(t, 200, w.Code, w.Body.String())
	var doc docJSON
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &doc))
	pub, err := time.Parse(time.RFC3339, doc.Published)
	require.NoError(t, err)
	assert.True(t, strings.HasSuffix(doc.Published, "+05:00"), doc.Published)
	assert.WithinDuration(t, before, pub, 5*time.Second)
	require.Len(t, doc.Dates, 1)
	assert.Equal(t, pub.In(loc).Format(time.DateOnly), doc.Dates[0].From[:10])
}

// errJSON is an error answer.
type errJSON struct {
	Error     string `json:"error"`
	Field     string `json:"field"`
	Status    int    `json:"status"`
	RequestID string `json:"request_id"`
}

func TestErrorsNameTheField(t *testing.T) {
	s := newServer(t, Config{MaxBodyBytes: 1 << 10})
	big := bytes.Repeat([]byte("ا"), 1<<10)
	cases := []struct {
		name, method, target, ctype string
		body                        []byte
		status                      int
		field, says                 string
	}{
		{"malformed JSON", "POST", "/v1/analyze", "application/json", []byte(`{"text": "أمس`), 400, "body", "ends too early"},
		{"broken JSON", "POST", "/v1/analyze", "application/json", []byte(`{"text" "x"}`), 400, "body", "malformed JSON"},
		{"not an object", "POST", "/v1/analyze", "application/json", []byte(`["x"]`), 400, "body", "JSON object"},
		{"two values", "POST", "/v1/analyze", "application/json", []byte(`{"text":"x"} {}`), 400, "body", "more than one"},
		{"empty JSON", "POST", "/v1/analyze", "application/json", nil, 400, "body", "empty"},
		{"no text", "POST", "/v1/analyze", "application/json", []byte(`{"published":"2020-10-06"}`), 400, "text", "missing"},
		{"text not a string", "POST", "/v1/analyze", "application/json", []byte(`{"text":42}`), 400, "text", "string"},
		{"flag not a bool", "POST", "/v1/analyze", "application/json", []byte(`{"text":"x","omit_tokens":"yes"}`), 400, "omit_tokens", "true or false"},
		{"misspelt field", "POST", "/v1/analyze", "application/json", []byte(`{"text":"x","pubished":"2020-10-06"}`), 400, "pubished", "unknown field"},
		{"bad published", "POST", "/v1/analyze", "application/json", []byte(`{"text":"x","published":"6/10/2020"}`), 400, "published", "6/10/2020"},
		{"bad tz", "POST", "/v1/dates", "application/json", []byte(`{"text":"x","tz":"Mars/Olympus"}`), 400, "tz", "Mars/Olympus"},
		{"tz path", "POST", "/v1/dates", "application/json", []byte(`{"text":"x","tz":"../../etc/passwd"}`), 400, "tz", "passwd"},
		{"bad offset", "POST", "/v1/dates", "application/json", []byte(`{"text":"x","tz":"+25:00"}`), 400, "tz", "offset"},
		{"bad weekstart", "POST", "/v1/analyze?weekstart=someday", "text/plain", []byte("x"), 400, "weekstart", "someday"},
		{"unknown query", "POST", "/v1/analyze?date=2020-10-06", "text/plain", []byte("x"), 400, "date", "unknown query parameter"},
		{"text in query", "POST", "/v1/analyze?text=x", "text/plain", nil, 400, "text", "body"},
		{"bad bool query", "POST", "/v1/analyze?omit_text=maybe", "text/plain", []byte("x"), 400, "omit_text", "maybe"},
		{"invalid UTF-8 text", "POST", "/v1/analyze", "text/plain", []byte("أمس \xc7\xe3\xd3 الأحد"), 400, "text", "offset 7"},
		{"invalid UTF-8 JSON", "POST", "/v1/dates", "application/json", []byte("{\"text\":\"\xff\"}"), 400, "body", "UTF-8"},
		{"windows-1256", "POST", "/v1/analyze", "text/plain; charset=windows-1256", []byte("\xc7\xe3\xd3"), 415, "Content-Type", "windows-1256"},
		{"oversize", "POST", "/v1/analyze", "text/plain", big, 413, "body", "1 KB"},
		{"oversize JSON", "POST", "/v1/dates", "application/json", append(append([]byte(`{"text":"`), big...), `"}`...), 413, "body", "limit"},
		{"wrong method", "GET", "/v1/analyze", "", nil, 405, "method", "POST"},
		{"wrong method dates", "PUT", "/v1/dates", "", nil, 405, "method", "POST"},
		{"post healthz", "POST", "/healthz", "", nil, 405, "method", "GET"},
		{"unknown path", "GET", "/v2/analyze", "", nil, 404, "path", "/v2/analyze"},
		{"unknown entity", "GET", "/v1/entities/p-nobody", "", nil, 404, "id", "p-nobody"},
		{"unknown static", "GET", "/static/server.go", "", nil, 404, "path", "server.go"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := do(s, c.method, c.target, c.ctype, c.body)
			require.Equal(t, c.status, w.Code, w.Body.String())
			assert.Equal(t, "application/json; charset=utf-8", w.Header().Get("Content-Type"))
			var e errJSON
			require.NoError(t, json.Unmarshal(w.Body.Bytes(), &e), w.Body.String())
			assert.Equal(t, c.field, e.Field)
			assert.Equal(t, c.status, e.Status)
			assert.True(t, strings.HasPrefix(e.Error, c.field+": "), e.Error)
			assert.Contains(t, e.Error, c.says)
			assert.Equal(t, w.Header().Get("X-Request-ID"), e.RequestID)
			if c.status == 405 {
				assert.Contains(t, w.Header().Get("Allow"), map[bool]string{true: "POST", false: "GET"}[strings.HasPrefix(c.target, "/v1/")])
			}
		})
	}
}

type dateJSON struct {
	Body    string `json:"body"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Start16 int    `json:"start16"`
	End16   int    `json:"end16"`
	Dim     string `json:"dim"`
	Value   struct {
		Type  string `json:"type"`
		Value string `json:"value"`
		Grain string `json:"grain"`
		From  struct {
			Value string `json:"value"`
		} `json:"from"`
		To struct {
			Value string `json:"value"`
		} `json:"to"`
	} `json:"value"`
	From    string `json:"from"`
	To      string `json:"to"`
	Grain   string `json:"grain"`
	Kind    string `json:"kind"`
	Warning string `json:"warning"`
}

func TestDatesSeed(t *testing.T) {
	seed := shared.Seed(t)
	s := newServer(t, Config{})
	w := do(s, "POST", "/v1/dates?published=2020-10-06T12:00&tz=Asia/Beirut", "text/plain", []byte(seed))
	require.Equal(t, 200, w.Code, w.Body.String())
	var ds []dateJSON
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &ds))
	// The same expressions as the Document's, in order.
	a := do(s, "POST", "/v1/analyze", "application/json", jsonBody(t, map[string]any{"text": seed, "published": seedPublished, "omit_tokens": true}))
	var doc docJSON
	require.NoError(t, json.Unmarshal(a.Body.Bytes(), &doc))
	require.Equal(t, len(doc.Dates), len(ds))
	byText := map[string]dateJSON{}
	for i, d := range ds {
		assert.Equal(t, doc.Dates[i].Text, d.Body)
		assert.Equal(t, doc.Dates[i].From, d.From)
		assert.Equal(t, doc.Dates[i].To, d.To)
		assert.Equal(t, seed[d.Start:d.End], d.Body)
		assert.Equal(t, d.Body, slice16(seed, d.Start16, d.End16))
		assert.Equal(t, "time", d.Dim)
		byText[d.Body] = d
	}
	y := byText["أمس الأحد"]
	assert.Equal(t, "value", y.Value.Type)
	assert.Equal(t, "2020-10-04T00:00:00+03:00", y.Value.Value)
	assert.Equal(t, "day", y.Value.Grain)
	assert.NotEmpty(t, y.Warning)
	w1 := byText["الأسبوع الماضي"]
	assert.Equal(t, "value", w1.Value.Type)
	assert.Equal(t, "2020-09-26T00:00:00+03:00", w1.Value.Value) // Saturday weeks
	assert.Equal(t, "week", w1.Value.Grain)
	st := byText["لليوم العاشر على التوالي"]
	assert.Equal(t, "interval", st.Value.Type)
	assert.Equal(t, "2020-09-27T00:00:00+03:00", st.Value.From.Value)
	assert.Equal(t, "2020-10-07T00:00:00+03:00", st.Value.To.Value)
}

func TestDatesUTF16OfInvalidAndAstral(t *testing.T) {
	// An emoji before the date is two UTF-16 units.
	s := newServer(t, Config{})
	w := do(s, "POST", "/v1/dates", "application/json", []byte(`{"text":"🇪🇬 وصل أمس","published":"2021-04-06"}`))
	require.Equal(t, 200, w.Code, w.Body.String())
	var ds []dateJSON
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &ds))
	require.Len(t, ds, 1)
	assert.Equal(t, "أمس", ds[0].Body)
	assert.Equal(t, 9, ds[0].Start16) // 4 units of flag, a space, وصل, a space
	assert.Equal(t, "2021-04-05T00:00:00Z", ds[0].Value.Value)
	// The counter of AppendDates counts an invalid byte as one unit, as
	// the Document JSON does.
	var u utf16Counter
	u.text = "a\xffب🇪x"
	assert.Equal(t, []int{1, 2, 3, 5}, []int{u.at(1), u.at(2), u.at(4), u.at(8)})
}

func TestEntity(t *testing.T) {
	s := newServer(t, Config{})
	doc := arnews.Analyze("قال الرئيس الإيراني حسن روحاني", time.Now())
	var id string
	for _, m := range doc.Mentions {
		if m.Text == "حسن روحاني" {
			id = m.Entity.ID
		}
	}
	require.NotEmpty(t, id)
	w := do(s, "GET", "/v1/entities/"+id, "", nil)
	require.Equal(t, 200, w.Code, w.Body.String())
	var e struct {
		ID, Name, Type, Country string
		Names, Surnames         []string
		Adjectives              []string
	}
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &e))
	assert.Equal(t, id, e.ID)
	assert.Equal(t, "حسن روحاني", e.Name)
	assert.Equal(t, "person", e.Type)
	assert.Equal(t, "IR", e.Country)
	assert.Contains(t, e.Surnames, "روحاني")
	assert.NotNil(t, e.Adjectives) // [] not null
	assert.Contains(t, w.Body.String(), `"adjectives":[]`)
}

// scriptGazetteer is user data whose names and IDs hold markup, merged onto
// the default gazetteer.
func scriptGazetteer(t testing.TB) *entities.Gazetteer {
	t.Helper()
	g, err := entities.Load(strings.NewReader("id\ttype\tnames\tdescription\n" +
		"o-script\torganization\tشركة <script>alert(1)</script> للنفط|شركة النفط الكبرى\t<b>bold</b>\n" +
		"p-quote\tperson\tزيد \"الكبير\" &amp; عمرو\t\n"))
	require.NoError(t, err)
	m, err := entities.Default().Merge(g)
	require.NoError(t, err)
	return m
}

func TestEntityWithMarkupIsJSONEscaped(t *testing.T) {
	s := newServer(t, Config{Gazetteer: scriptGazetteer(t)})
	w := do(s, "GET", "/v1/entities/o-script", "", nil)
	require.Equal(t, 200, w.Code, w.Body.String())
	assert.NotContains(t, w.Body.String(), "<script>")
	assert.NotContains(t, w.Body.String(), "<b>")
	var e struct{ ID, Name, Description string }
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &e))
	assert.Equal(t, "o-script", e.ID)
	assert.Equal(t, "شركة <script>alert(1)</script> للنفط", e.Name)
	assert.Equal(t, "<b>bold</b>", e.Description)
}

func TestHealthz(t *testing.T) {
	s := newServer(t, Config{})
	w := do(s, "GET", "/healthz", "", nil)
	require.Equal(t, 200, w.Code)
	var h struct {
		Status   string
		Entities int
		Running  int
	}
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &h))
	assert.Equal(t, "ok", h.Status)
	assert.Equal(t, entities.Default().Len(), h.Entities)
	assert.Equal(t, 0, h.Running)
	// HEAD too.
	assert.Equal(t, 200, do(s, "HEAD", "/healthz", "", nil).Code)
}

func TestPageAndStatic(t *testing.T) {
	s := newServer(t, Config{})
	w := do(s, "GET", "/", "", nil)
	require.Equal(t, 200, w.Code)
	assert.Equal(t, "text/html; charset=utf-8", w.Header().Get("Content-Type"))
	assert.Contains(t, w.Header().Get("Content-Security-Policy"), "default-src 'none'")
	page := w.Body.String()
	assert.Contains(t, page, `<html lang="ar" dir="rtl">`)
	assert.Contains(t, page, `<script src="static/page.js"></script>`)
	assert.NotContains(t, page, "http://")
	assert.NotContains(t, page, "https://")
	for _, f := range []struct{ path, ctype, has string }{
		{"/static/page.js", "text/javascript; charset=utf-8", "start16"},
		{"/static/page.css", "text/css; charset=utf-8", "mark.person"},
	} {
		w := do(s, "GET", f.path, "", nil)
		require.Equal(t, 200, w.Code, f.path)
		assert.Equal(t, f.ctype, w.Header().Get("Content-Type"))
		assert.Contains(t, w.Body.String(), f.has)
		assert.NotContains(t, w.Body.String(), "url(http")
		assert.NotContains(t, w.Body.String(), "@import")
	}
	// The script never turns text into markup.
	js := do(s, "GET", "/static/page.js", "", nil).Body.String()
	for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("} {
		assert.NotContains(t, js, bad)
	}
}

func TestPanicIsA500AndTheServerGoesOn(t *testing.T) {
	var logs bytes.Buffer
	s := newServer(t, Config{Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	mux := http.NewServeMux()
	mux.HandleFunc("/boom", func(http.ResponseWriter, *http.Request) { panic("boom") })
	mux.Handle("/", s)
	ts := httptest.NewServer(s.wrap(mux))
	defer ts.Close()
	res, err := http.Get(ts.URL + "/boom")
	require.NoError(t, err)
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	assert.Equal(t, 500, res.StatusCode)
	var e errJSON
	require.NoError(t, json.Unmarshal(b, &e), string(b))
	assert.Equal(t, 500, e.Status)
	assert.NotEmpty(t, e.RequestID)
	assert.Contains(t, logs.String(), `"msg":"panic"`)
	assert.Contains(t, logs.String(), `"id":"`+e.RequestID+`"`)
	// The same server still answers.
	res, err = http.Get(ts.URL + "/healthz")
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, 200, res.StatusCode)
}

func TestRequestIDInHeaderAndLog(t *testing.T) {
	var logs bytes.Buffer
	s := newServer(t, Config{Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	r := httptest.NewRequest("POST", "/v1/dates?published=2020-10-06", strings.NewReader("أمس"))
	r.Header.Set("X-Request-ID", "client-42")
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	assert.Equal(t, "client-42", w.Header().Get("X-Request-ID"))
	var line struct {
		Msg, ID, Method, Path string
		Status                int
	}
	require.NoError(t, json.Unmarshal(logs.Bytes(), &line), logs.String())
	assert.Equal(t, "request", line.Msg)
	assert.Equal(t, "client-42", line.ID)
	assert.Equal(t, "/v1/dates", line.Path)
	assert.Equal(t, 200, line.Status)

	// An ID that could break a log line or a header is replaced.
	logs.Reset()
	r = httptest.NewRequest("GET", "/healthz", nil)
	r.Header.Set("X-Request-ID", "a b\"c")
	w = httptest.NewRecorder()
	s.ServeHTTP(w, r)
	id := w.Header().Get("X-Request-ID")
	assert.NotEqual(t, "a b\"c", id)
	assert.Contains(t, logs.String(), `"id":"`+id+`"`)
	// Generated IDs differ.
	w2 := do(s, "GET", "/healthz", "", nil)
	assert.NotEqual(t, id, w2.Header().Get("X-Request-ID"))
}

func TestBusyIs503WithRetryAfter(t *testing.T) {
	s := newServer(t, Config{MaxConcurrent: 1, MaxQueue: -1, RetryAfter: 1500 * time.Millisecond})
	require.True(t, s.limit.acquire(t.Context())) // the one slot is taken
	w := do(s, "POST", "/v1/analyze", "text/plain", []byte("أمس"))
	assert.Equal(t, 503, w.Code)
	assert.Equal(t, "2", w.Header().Get("Retry-After"))
	var e errJSON
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &e))
	assert.Equal(t, 503, e.Status)
	w = do(s, "POST", "/v1/dates", "text/plain", []byte("أمس"))
	assert.Equal(t, 503, w.Code)
	// healthz and the page do not need a slot.
	assert.Equal(t, 200, do(s, "GET", "/healthz", "", nil).Code)
	s.limit.release()
	assert.Equal(t, 200, do(s, "POST", "/v1/analyze", "text/plain", []byte("أمس")).Code)
}

func TestQueueWaitsForASlot(t *testing.T) {
	s := newServer(t, Config{MaxConcurrent: 1, MaxQueue: 1, QueueTimeout: time.Minute})
	require.True(t, s.limit.acquire(t.Context()))
	done := make(chan int)
	go func() { done <- do(s, "POST", "/v1/dates", "text/plain", []byte("أمس")).Code }()
	// Wait until it is queued, then a second waiter is one too many.
	for s.limit.waiting.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	assert.Equal(t, 503, do(s, "POST", "/v1/dates", "text/plain", []byte("أمس")).Code)
	s.limit.release()
	assert.Equal(t, 200, <-done)

	// A waiter gives up after QueueTimeout.
	s = newServer(t, Config{MaxConcurrent: 1, QueueTimeout: 50 * time.Millisecond})
	require.True(t, s.limit.acquire(t.Context()))
	assert.Equal(t, 503, do(s, "POST", "/v1/dates", "text/plain", []byte("أمس")).Code)
}

func TestParsers(t *testing.T) {
	beirut, err := ParseTZ("Asia/Beirut")
	require.NoError(t, err)
	for _, c := range []struct {
		in      string
		want    string
		hasZone bool
	}{
		{"2020-10-06", "2020-10-06T12:00:00+03:00", false},
		{" 2020-10-06T08:15 ", "2020-10-06T08:15:00+03:00", false},
		{"2020-10-06 08:15:30", "2020-10-06T08:15:30+03:00", false},
		{"2020-10-06T08:15:30Z", "2020-10-06T08:15:30Z", true},
		{"2020-10-06T08:15:30.5+01:00", "2020-10-06T08:15:30+01:00", true},
	} {
		got, hz, err := ParsePublished(c.in, beirut)
		require.NoError(t, err, c.in)
		assert.Equal(t, c.want, got.Format(time.RFC3339), c.in)
		assert.Equal(t, c.hasZone, hz, c.in)
	}
	for _, bad := range []string{"", "yesterday", "2020-13-01", "06/10/2020", "2020-10-06T25:00"} {
		_, _, err := ParsePublished(bad, nil)
		assert.Error(t, err, bad)
	}
	for in, off := range map[string]int{"UTC": 0, "z": 0, "+03:00": 3 * 3600, "-0430": -(4*3600 + 1800), "UTC+3": 3 * 3600, "GMT-2": -2 * 3600, "+5:45": 5*3600 + 45*60} {
		loc, err := ParseTZ(in)
		require.NoError(t, err, in)
		_, o := time.Date(2020, 1, 1, 0, 0, 0, 0, loc).Zone()
		assert.Equal(t, off, o, in)
	}
	for _, bad := range []string{"", "Local", "+15:00", "+3:60", "+", "Asia/../etc", "/etc/passwd", "Nowhere/City", "+1:2:3"} {
		_, err := ParseTZ(bad)
		assert.Error(t, err, bad)
	}
	for in, d := range map[string]time.Weekday{"saturday": time.Saturday, "Sat": time.Saturday, "MONDAY": time.Monday, "الأحد": time.Sunday, " fri ": time.Friday} {
		got, err := ParseWeekday(in)
		require.NoError(t, err, in)
		assert.Equal(t, d, got)
	}
	_, err = ParseWeekday("weekend")
	assert.Error(t, err)
}

func TestNewRejectsABadConfig(t *testing.T) {
	bad := time.Weekday(9)
	_, err := New(Config{WeekStart: &bad, Logger: quietLogger()})
	assert.Error(t, err)
	_, err = New(Config{Options: []arnews.Option{arnews.WithStemmer(nil)}, Logger: quietLogger()})
	assert.Error(t, err)
	// A default week start applies to requests that name none.
	mon := time.Monday
	s := newServer(t, Config{WeekStart: &mon})
	w := do(s, "POST", "/v1/dates?published=2020-10-06", "text/plain", []byte("الأسبوع الماضي"))
	require.Equal(t, 200, w.Code)
	assert.Contains(t, w.Body.String(), `"from":"2020-09-28T00:00:00Z"`)
	w = do(s, "POST", "/v1/analyze?published=2020-10-06&omit_tokens=1", "text/plain", []byte("الأسبوع الماضي"))
	assert.Contains(t, w.Body.String(), `"from":"2020-09-28T00:00:00Z"`)
	w = do(s, "POST", "/v1/analyze?published=2020-10-06&omit_tokens=1&weekstart=sat", "text/plain", []byte("الأسبوع الماضي"))
	assert.Contains(t, w.Body.String(), `"from":"2020-09-26T00:00:00Z"`)
}

// sampleArticle returns the seed article, or the embedded sample of the
// arnews command when ../shared is absent, its publication time and the
// zone of its newsroom.
func sampleArticle(t testing.TB) (text, published, tz string) {
	if d := shared.Dir(); d != "" {
		if b, err := os.ReadFile(filepath.Join(d, shared.SeedPath)); err == nil {
			return string(b), seedPublished, "Asia/Beirut"
		}
	}
	b, err := os.ReadFile(filepath.Join("..", "cmd", "arnews", "sample.txt"))
	require.NoError(t, err)
	return string(b), "2021-04-06T12:00:00+02:00", "Africa/Cairo"
}

func TestDatesAgreeWithAnalyze(t *testing.T) {
	texts := []string{
		"وصل الوزير أمس الأحد إلى موسكو",                                 // written on Monday, says the text
		"قالت الخارجية اليوم الثلاثاء إن الوزير وصل أمس الأحد إلى موسكو", // the phrases disagree: a warning
		"ستعقد القمة الأسبوع المقبل، بعد لقاء جرى منذ ثلاثة أيام",
	}
	for _, trust := range []bool{false, true} {
		s := newServer(t, Config{TrustStamp: trust})
		for _, text := range texts {
			q := "?published=2020-10-06T12:00:00%2B03:00"
			d := do(s, "POST", "/v1/dates"+q, "text/plain", []byte(text))
			a := do(s, "POST", "/v1/analyze"+q+"&omit_tokens=1", "text/plain", []byte(text))
			require.Equal(t, 200, d.Code, d.Body.String())
			var ds []dateJSON
			var doc docJSON
			require.NoError(t, json.Unmarshal(d.Body.Bytes(), &ds))
			require.NoError(t, json.Unmarshal(a.Body.Bytes(), &doc))
			require.Equal(t, len(doc.Dates), len(ds), text)
			require.NotEmpty(t, ds, text)
			for i := range ds {
				assert.Equal(t, doc.Dates[i].From, ds[i].From, text)
				assert.Equal(t, doc.Dates[i].Warning, ds[i].Warning, text)
			}
			if text == texts[0] {
				// Trusting the stamp, Sunday is not yesterday: a warning.
				assert.Equal(t, trust, ds[0].Warning != "", text)
			}
		}
	}
}

func TestCurlAndFormBodies(t *testing.T) {
	s := newServer(t, Config{})
	want := do(s, "POST", "/v1/dates", "application/json", []byte(`{"text":"وصل أمس","published":"2020-10-06"}`))
	require.Equal(t, 200, want.Code)
	// curl -d sends JSON as a form.
	got := do(s, "POST", "/v1/dates", "application/x-www-form-urlencoded", []byte(`{"text":"وصل أمس","published":"2020-10-06"}`))
	assert.Equal(t, want.Body.String(), got.Body.String())
	// An HTML form, with the query as defaults.
	got = do(s, "POST", "/v1/dates?published=2020-10-06", "application/x-www-form-urlencoded", []byte("text=%D9%88%D8%B5%D9%84+%D8%A3%D9%85%D8%B3"))
	assert.Equal(t, want.Body.String(), got.Body.String())
	// No Content-Type: JSON when it looks like JSON, else the text itself.
	got = do(s, "POST", "/v1/dates", "", []byte(` {"text":"وصل أمس","published":"2020-10-06"}`))
	assert.Equal(t, want.Body.String(), got.Body.String())
	got = do(s, "POST", "/v1/dates?published=2020-10-06", "", []byte("وصل أمس"))
	assert.Equal(t, want.Body.String(), got.Body.String())
	// curl --data-binary @article.txt: a bare text with the form's type.
	got = do(s, "POST", "/v1/dates?published=2020-10-06", "application/x-www-form-urlencoded", []byte("وصل أمس"))
	assert.Equal(t, want.Body.String(), got.Body.String())
	got = do(s, "POST", "/v1/dates?published=2020-10-06", "application/x-www-form-urlencoded", []byte("published=2020-10-06 وصل أمس"))
	assert.Contains(t, got.Body.String(), `"body":"أمس"`)
	for _, c := range []struct{ body, field string }{
		{"text=x&bogus=1", "bogus"},
		{"text=%ff", "text"},
		{"text=x&=y", "query"},
	} {
		w := do(s, "POST", "/v1/dates", "application/x-www-form-urlencoded", []byte(c.body))
		assert.Equal(t, 400, w.Code, c.body)
		var e errJSON
		require.NoError(t, json.Unmarshal(w.Body.Bytes(), &e))
		assert.Equal(t, c.field, e.Field, c.body)
	}
}
