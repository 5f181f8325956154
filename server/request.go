package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	_ "time/tzdata" // tz names must work on machines without a zoneinfo database
)

// An apiError is an answer that is not 2xx: its status, the request field
// it is about, and what is wrong.
type apiError struct {
	status int
	field  string
	msg    string
}

func (e *apiError) Error() string {
	if e.field == "" {
		return e.msg
	}
	return e.field + ": " + e.msg
}

func badField(field, format string, args ...any) *apiError {
	return &apiError{status: http.StatusBadRequest, field: field, msg: fmt.Sprintf(format, args...)}
}

// fail writes e as the JSON error body.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, e *apiError) {
	b := make([]byte, 0, 128+len(e.msg))
	b = append(b, `{"error":`...)
	b = appendJSONString(b, e.Error())
	if e.field != "" {
		b = append(b, `,"field":`...)
		b = appendJSONString(b, e.field)
	}
	b = append(b, `,"status":`...)
	b = strconv.AppendInt(b, int64(e.status), 10)
	if id := RequestID(r.Context()); id != "" {
		b = append(b, `,"request_id":`...)
		b = appendJSONString(b, id)
	}
	b = append(b, "}\n"...)
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(e.status)
	_, _ = w.Write(b)
}

// appendJSONString appends s as a JSON string (encoding/json's escaping).
func appendJSONString(b []byte, s string) []byte {
	q, _ := json.Marshal(s) // a string always marshals
	return append(b, q...)
}

// A Request is what /v1/analyze and /v1/dates read: a JSON body, or a text
// body with the other fields as query parameters. See the package
// documentation for the meaning and forms of each field.
type Request struct {
	Text       *string `json:"text"`        // the article; the only required field
	Published  string  `json:"published"`   // publication time, read by ParsePublished; "" is the server's clock
	TZ         string  `json:"tz"`          // zone of the dates, read by ParseTZ; "": published's offset, else Config.Location
	WeekStart  string  `json:"weekstart"`   // first day of the week, read by ParseWeekday; "": Config.WeekStart
	OmitTokens bool    `json:"omit_tokens"` // leave the tokens out of the Document JSON
	OmitText   bool    `json:"omit_text"`   // leave the text out of the Document JSON
}

// params is a Request checked and resolved.
type params struct {
	text       string
	published  time.Time
	week       int // 0-6, or -1: the server's default
	omitTokens bool
	omitText   bool
}

var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}

// maxPooled is the largest buffer put back in bufPool: a rare huge request
// must not pin its memory.
const maxPooled = 1 << 20

func getBuf() *[]byte { return bufPool.Get().(*[]byte) }

func putBuf(b *[]byte) {
	if cap(*b) <= maxPooled {
		*b = (*b)[:0]
		bufPool.Put(b)
	}
}

// readBody reads the whole body, at most limit bytes, into buf.
func readBody(w http.ResponseWriter, r *http.Request, limit int64, buf []byte) ([]byte, *apiError) {
	body := http.MaxBytesReader(w, r.Body, limit)
	if n := r.ContentLength; n > 0 && n <= limit && int64(cap(buf)) < n {
		buf = make([]byte, 0, n)
	}
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := body.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			var mb *http.MaxBytesError
			if errors.As(err, &mb) {
				return nil, &apiError{status: http.StatusRequestEntityTooLarge, field: "body",
					msg: fmt.Sprintf("larger than the limit of %s", sizeString(mb.Limit))}
			}
			return nil, &apiError{status: http.StatusBadRequest, field: "body", msg: "reading the body: " + err.Error()}
		}
	}
}

func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// decodeRequest reads a request's parameters from its body and query.
func (s *Server) decodeRequest(body []byte, contentType string, query url.Values) (params, *apiError) {
	isJSON := false
	if contentType != "" {
		mt, ps, err := mime.ParseMediaType(contentType)
		if err != nil {
			return params{}, &apiError{status: http.StatusUnsupportedMediaType, field: "Content-Type", msg: fmt.Sprintf("cannot read %q", contentType)}
		}
		if cs, ok := ps["charset"]; ok && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "utf8") && !strings.EqualFold(cs, "us-ascii") {
			return params{}, &apiError{status: http.StatusUnsupportedMediaType, field: "Content-Type", msg: fmt.Sprintf("charset %q: send UTF-8", cs)}
		}
		switch {
		case mt == "application/json" || strings.HasSuffix(mt, "+json"):
			isJSON = true
		case mt == "application/x-www-form-urlencoded":
			// curl -d sends JSON, and curl --data-binary @article.txt a
			// bare text, with this type; an HTML form sends fields, text
			// among them.
			if looksJSON(body) {
				isJSON = true
			} else if form, err := url.ParseQuery(string(body)); err == nil && form.Has("text") && utf8.Valid(body) {
				return s.decodeForm(form, query)
			}
		}
	} else {
		isJSON = looksJSON(body)
	}
	var req Request
	if isJSON {
		if err := decodeJSON(body, &req); err != nil {
			return params{}, err
		}
		if req.Text == nil {
			return params{}, badField("text", "missing: the JSON body needs a \"text\" string")
		}
	} else {
		if !utf8.Valid(body) {
			return params{}, badField("text", "not UTF-8 (invalid byte at offset %d): send the text in UTF-8", invalidAt(body))
		}
		t := string(body)
		req.Text = &t
	}
	return s.fromValues(req, query)
}

// fromValues fills in from query parameters (or form fields) what req does
// not say, then resolves it.
func (s *Server) fromValues(req Request, query url.Values) (params, *apiError) {
	// Query parameters fill in what the body does not say.
	for k, vs := range query {
		v := ""
		if len(vs) > 0 {
			v = vs[len(vs)-1]
		}
		switch k {
		case "published":
			if req.Published == "" {
				req.Published = v
			}
		case "tz":
			if req.TZ == "" {
				req.TZ = v
			}
		case "weekstart":
			if req.WeekStart == "" {
				req.WeekStart = v
			}
		case "omit_tokens", "omit_text":
			b, err := strconv.ParseBool(v)
			if err != nil {
				return params{}, badField(k, "%q is not true or false", v)
			}
			if k == "omit_tokens" {
				req.OmitTokens = req.OmitTokens || b
			} else {
				req.OmitText = req.OmitText || b
			}
		case "text":
			return params{}, badField("text", "send the text as the body, not as a query parameter")
		case "":
			return params{}, badField("query", "a parameter without a name")
		default:
			return params{}, badField(k, "unknown query parameter (known: published, tz, weekstart, omit_tokens, omit_text)")
		}
	}
	return s.resolve(&req)
}

// looksJSON reports whether body starts, after white space, with '{'.
func looksJSON(body []byte) bool {
	b := bytes.TrimLeft(body, " \t\r\n")
	return len(b) > 0 && b[0] == '{'
}

// decodeForm reads the fields of a form-encoded body (text=…&published=…),
// with the query's fields as defaults.
func (s *Server) decodeForm(form, query url.Values) (params, *apiError) {
	t := form.Get("text")
	if !utf8.ValidString(t) {
		return params{}, badField("text", "not UTF-8 once decoded")
	}
	form.Del("text")
	for k, vs := range query {
		if !form.Has(k) {
			form[k] = vs
		}
	}
	return s.fromValues(Request{Text: &t}, form)
}

// invalidAt returns the offset of the first byte of b that is not UTF-8.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// decodeJSON reads a JSON Request, naming the field of any error.
func decodeJSON(body []byte, req *Request) *apiError {
	if !utf8.Valid(body) {
		return badField("body", "not UTF-8 (invalid byte at offset %d): JSON is UTF-8", invalidAt(body))
	}
	if fastJSON(body, req) {
		return nil
	}
	*req = Request{}
	d := json.NewDecoder(bytes.NewReader(body))
	d.DisallowUnknownFields()
	err := d.Decode(req)
	if err == nil {
		if _, e := d.Token(); e != io.EOF {
			return badField("body", "more than one JSON value in the body")
		}
		return nil
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return badField("body", "malformed JSON at byte %d: %s", se.Offset, strings.TrimPrefix(se.Error(), "json: "))
	case errors.As(err, &te):
		if te.Field == "" {
			return badField("body", "the body must be a JSON object, not %s", te.Value)
		}
		want := "a string"
		if te.Field == "omit_tokens" || te.Field == "omit_text" {
			want = "true or false"
		}
		return badField(te.Field, "must be %s, not %s", want, te.Value)
	case errors.Is(err, io.EOF):
		return badField("body", "empty: send a JSON object with a \"text\" string, or the text itself as text/plain")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return badField("body", "the JSON ends too early")
	}
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, `json: unknown field "`); ok {
		f = strings.TrimSuffix(f, `"`)
		return badField(f, "unknown field (known: text, published, tz, weekstart, omit_tokens, omit_text)")
	}
	return badField("body", "%s", strings.TrimPrefix(msg, "json: "))
}

// fastJSON reads the common form of a request body, a flat object of the
// Request's own keys with string and boolean values, in one pass and
// without encoding/json's reflection, which costs as much as a tenth of an
// analysis of a 5 KB article. On anything else (other spellings of the
// keys, null, other types, malformed JSON) it reports false and decodeJSON
// reads the body with encoding/json, which says what is wrong. Its result,
// when it reports true, is what encoding/json gives (FuzzDecodeRequest
// checks it).
func fastJSON(b []byte, req *Request) bool {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return false
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return skipSpace(b, i+1) == len(b)
	}
	for {
		if i >= len(b) || b[i] != '"' {
			return false
		}
		key, j, ok := jsonString(b, i)
		if !ok {
			return false
		}
		i = skipSpace(b, j)
		if i >= len(b) || b[i] != ':' {
			return false
		}
		i = skipSpace(b, i+1)
		if i >= len(b) {
			return false
		}
		switch key {
		case "text", "published", "tz", "weekstart":
			if b[i] != '"' {
				return false
			}
			v, j, ok := jsonString(b, i)
			if !ok {
				return false
			}
			i = j
			switch key {
			case "text":
				req.Text = &v
			case "published":
				req.Published = v
			case "tz":
				req.TZ = v
			case "weekstart":
				req.WeekStart = v
			}
		case "omit_tokens", "omit_text":
			var v bool
			switch {
			case bytes.HasPrefix(b[i:], []byte("true")):
				v, i = true, i+4
			case bytes.HasPrefix(b[i:], []byte("false")):
				i += 5
			default:
				return false
			}
			if key == "omit_tokens" {
				req.OmitTokens = v
			} else {
				req.OmitText = v
			}
		default:
			return false
		}
		i = skipSpace(b, i)
		if i >= len(b) {
			return false
		}
		if b[i] == '}' {
			return skipSpace(b, i+1) == len(b)
		}
		if b[i] != ',' {
			return false
		}
		i = skipSpace(b, i+1)
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// jsonString reads the JSON string that starts at b[i] ('"') and returns
// it and the offset after its closing quote, decoding escapes as
// encoding/json does (a lone surrogate is U+FFFD). b is valid UTF-8.
func jsonString(b []byte, i int) (string, int, bool) {
	j := i + 1
	for j < len(b) && b[j] != '"' && b[j] != '\\' && b[j] >= 0x20 {
		j++
	}
	if j < len(b) && b[j] == '"' {
		return string(b[i+1 : j]), j + 1, true // no escapes: the bytes as they are
	}
	out := make([]byte, 0, j-i+64)
	out = append(out, b[i+1:j]...)
	for j < len(b) {
		c := b[j]
		switch {
		case c == '"':
			return string(out), j + 1, true
		case c < 0x20:
			return "", 0, false
		case c != '\\':
			out = append(out, c)
			j++
			continue
		}
		if j+1 >= len(b) {
			return "", 0, false
		}
		switch e := b[j+1]; e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := hex4(b, j+2)
			if !ok {
				return "", 0, false
			}
			j += 6
			if utf16.IsSurrogate(r) {
				if r2, ok := hex4(b, j+2); ok && j+1 < len(b) && b[j] == '\\' && b[j+1] == 'u' {
					if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
						out = utf8.AppendRune(out, d)
						j += 6
						continue
					}
				}
				r = utf8.RuneError
			}
			out = utf8.AppendRune(out, r)
			continue
		default:
			return "", 0, false
		}
		j += 2
	}
	return "", 0, false
}

// hex4 reads the four hex digits at b[i:i+4].
func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// resolve checks a Request's fields and computes its publication time.
func (s *Server) resolve(req *Request) (params, *apiError) {
	p := params{text: *req.Text, week: -1, omitTokens: req.OmitTokens, omitText: req.OmitText}
	var loc *time.Location
	if req.TZ != "" {
		var err error
		if loc, err = ParseTZ(req.TZ); err != nil {
			return p, badField("tz", "%v", err)
		}
	}
	if req.WeekStart != "" {
		d, err := ParseWeekday(req.WeekStart)
		if err != nil {
			return p, badField("weekstart", "%v", err)
		}
		p.week = int(d)
	}
	def := s.cfg.Location
	if loc != nil {
		def = loc
	}
	if def == nil {
		def = time.UTC
	}
	if req.Published == "" {
		p.published = time.Now().In(def)
		return p, nil
	}
	t, hasZone, err := ParsePublished(req.Published, def)
	if err != nil {
		return p, badField("published", "%v", err)
	}
	if hasZone && loc != nil {
		t = t.In(loc)
	}
	p.published = t
	return p, nil
}

// ParsePublished reads a publication time as the server does: an RFC 3339
// time (hasZone true), a wall time without zone (2020-10-06T12:00,
// 2020-10-06 12:00:00) in loc, or a day (2020-10-06) taken as noon in loc,
// so that the day stays the same in any zone from UTC-11 to UTC+11.
func ParsePublished(s string, loc *time.Location) (t time.Time, hasZone bool, err error) {
	s = strings.TrimSpace(s)
	if loc == nil {
		loc = time.UTC
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, true, nil
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, false, nil
		}
	}
	if t, err := time.ParseInLocation(time.DateOnly, s, loc); err == nil {
		return t.Add(12 * time.Hour), false, nil
	}
	return time.Time{}, false, fmt.Errorf("%q is not a day (YYYY-MM-DD), a wall time (YYYY-MM-DDTHH:MM) or an RFC 3339 time", s)
}

// ParseTZ reads a zone: an IANA name (Asia/Riyadh), UTC or Z, or a fixed
// offset (+03:00, +0300, +03, UTC+3).
func ParseTZ(s string) (*time.Location, error) {
	s = strings.TrimSpace(s)
	switch strings.ToUpper(s) {
	case "UTC", "Z", "GMT":
		return time.UTC, nil
	case "LOCAL", "":
		return nil, fmt.Errorf("%q: name a zone (Asia/Riyadh, UTC or +03:00)", s)
	}
	o := s
	if u := strings.ToUpper(o); strings.HasPrefix(u, "UTC") || strings.HasPrefix(u, "GMT") {
		o = o[3:]
	}
	if len(o) > 1 && (o[0] == '+' || o[0] == '-') {
		if off, ok := parseOffset(o[1:]); ok {
			if o[0] == '-' {
				off = -off
			}
			return time.FixedZone(s, off), nil
		}
		return nil, fmt.Errorf("%q is not an offset like +03:00", s)
	}
	if strings.Contains(s, "..") || strings.HasPrefix(s, "/") {
		return nil, fmt.Errorf("%q is not a zone name", s)
	}
	if loc, ok := zoneCache.Load(s); ok {
		return loc.(*time.Location), nil
	}
	loc, err := time.LoadLocation(s)
	if err != nil {
		return nil, fmt.Errorf("unknown zone %q (an IANA name such as Asia/Riyadh, UTC, or an offset such as +03:00)", s)
	}
	zoneCache.Store(s, loc) // bounded: only the database's names get here
	return loc, nil
}

// zoneCache keeps the zones loaded by name: time.LoadLocation reads the
// database each time.
var zoneCache sync.Map

// parseOffset reads HH, H, HH:MM or HHMM (at most 14:00) as seconds.
func parseOffset(s string) (int, bool) {
	h, m := s, "0"
	if i := strings.IndexByte(s, ':'); i >= 0 {
		h, m = s[:i], s[i+1:]
	} else if len(s) == 4 {
		h, m = s[:2], s[2:]
	}
	if len(h) == 0 || len(h) > 2 || len(m) == 0 || len(m) > 2 {
		return 0, false
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hh < 0 || mm < 0 || mm >= 60 || hh*60+mm > 14*60 {
		return 0, false
	}
	return (hh*60 + mm) * 60, true
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "sun": time.Sunday, "الأحد": time.Sunday, "الاحد": time.Sunday,
	"monday": time.Monday, "mon": time.Monday, "الإثنين": time.Monday, "الاثنين": time.Monday,
	"tuesday": time.Tuesday, "tue": time.Tuesday, "الثلاثاء": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday, "الأربعاء": time.Wednesday, "الاربعاء": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "الخميس": time.Thursday,
	"friday": time.Friday, "fri": time.Friday, "الجمعة": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday, "السبت": time.Saturday,
}

// ParseWeekday reads a first day of the week: an English name or its first
// three letters in any case (saturday, Sat), or the Arabic name (السبت).
func ParseWeekday(s string) (time.Weekday, error) {
	if d, ok := weekdayNames[strings.ToLower(strings.TrimSpace(s))]; ok {
		return d, nil
	}
	return 0, fmt.Errorf("%q is not a day of the week (saturday, sunday, monday, … or sat, sun, mon, …)", s)
}
