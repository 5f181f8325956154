package server

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/entities"
)

// readParams reads and checks the request of /v1/analyze or /v1/dates,
// answering the error itself when there is one.
func (s *Server) readParams(w http.ResponseWriter, r *http.Request) (params, bool) {
	bp := getBuf()
	defer putBuf(bp)
	body, aerr := readBody(w, r, s.cfg.MaxBodyBytes, (*bp)[:0])
	if aerr != nil {
		if aerr.status == http.StatusRequestEntityTooLarge {
			// The client may still be sending: do not read the rest.
			w.Header().Set("Connection", "close")
		}
		s.fail(w, r, aerr)
		return params{}, false
	}
	*bp = body
	p, aerr := s.decodeRequest(body, r.Header.Get("Content-Type"), r.URL.Query())
	if aerr != nil {
		s.fail(w, r, aerr)
		return params{}, false
	}
	return p, true
}

// statusClientGone is what the log says of a request whose client left
// before its answer (nginx's 499); nobody receives it.
const statusClientGone = 499

// slot takes an analysis slot or answers 503; the caller releases it.
func (s *Server) slot(w http.ResponseWriter, r *http.Request) bool {
	if s.limit.acquire(r.Context()) {
		return true
	}
	if r.Context().Err() != nil {
		w.WriteHeader(statusClientGone)
		return false
	}
	secs := int((s.cfg.RetryAfter + time.Second - 1) / time.Second)
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	s.fail(w, r, &apiError{status: http.StatusServiceUnavailable,
		msg: "too many analyses at once: retry after " + strconv.Itoa(secs) + "s"})
	return false
}

// writeJSON sends b, a complete JSON value, with a final newline.
func writeJSON(w http.ResponseWriter, b []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	h.Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(b)
}

func (s *Server) handleAnalyze(w http.ResponseWriter, r *http.Request) {
	p, ok := s.readParams(w, r)
	if !ok {
		return
	}
	week := s.defWeek
	if p.week >= 0 {
		week = p.week
	}
	a, err := s.analyzer(week)
	if err != nil {
		s.fail(w, r, &apiError{status: http.StatusInternalServerError, msg: err.Error()})
		return
	}
	if !s.slot(w, r) {
		return
	}
	var doc *arnews.Document
	if r.Context().Err() == nil { // the client may have gone while waiting
		doc = a.Analyze(p.text, p.published)
	}
	s.limit.release()
	if doc == nil {
		w.WriteHeader(statusClientGone)
		return
	}
	bp := getBuf()
	b := doc.AppendJSON((*bp)[:0], arnews.JSONOptions{OmitTokens: p.omitTokens, OmitText: p.omitText})
	b = append(b, '\n')
	writeJSON(w, b)
	*bp = b
	putBuf(bp)
}

func (s *Server) handleDates(w http.ResponseWriter, r *http.Request) {
	p, ok := s.readParams(w, r)
	if !ok {
		return
	}
	opts := s.cfg.DateOptions
	if week := p.week; week >= 0 || s.defWeek < 7 {
		if week < 0 {
			week = s.defWeek
		}
		opts = append(opts[:len(opts):len(opts)], dates.WeekStart(time.Weekday(week)))
	}
	if !s.slot(w, r) {
		return
	}
	var found []dates.Expression
	if r.Context().Err() == nil {
		anchor := p.published
		if !s.cfg.TrustStamp { // as Analyze does
			if w, ok := dates.WritingDay(p.text, anchor, opts...); ok {
				anchor = w
			}
		}
		found = dates.Find(p.text, anchor, opts...)
	}
	s.limit.release()
	if r.Context().Err() != nil {
		w.WriteHeader(statusClientGone)
		return
	}
	bp := getBuf()
	b := AppendDates((*bp)[:0], p.text, found)
	b = append(b, '\n')
	writeJSON(w, b)
	*bp = b
	putBuf(bp)
}

// AppendDates appends the /v1/dates answer for the expressions found in
// text: a JSON array, Duckling-style (see the package documentation).
func AppendDates(dst []byte, text string, found []dates.Expression) []byte {
	dst = append(dst, '[')
	u := utf16Counter{text: text}
	for i := range found {
		e := &found[i]
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"body":`...)
		dst = appendJSONString(dst, e.Text)
		dst = append(dst, `,"start":`...)
		dst = strconv.AppendInt(dst, int64(e.Start), 10)
		dst = append(dst, `,"end":`...)
		dst = strconv.AppendInt(dst, int64(e.End), 10)
		dst = append(dst, `,"start16":`...)
		dst = strconv.AppendInt(dst, int64(u.at(e.Start)), 10)
		dst = append(dst, `,"end16":`...)
		dst = strconv.AppendInt(dst, int64(u.at(e.End)), 10)
		dst = append(dst, `,"dim":"time","value":`...)
		grain := e.Grain.String()
		if oneUnit(e.From, e.To, e.Grain) {
			dst = append(dst, `{"type":"value","value":`...)
			dst = appendTime(dst, e.From)
			dst = append(dst, `,"grain":"`...)
			dst = append(dst, grain...)
			dst = append(dst, `"}`...)
		} else {
			dst = append(dst, `{"type":"interval","from":{"value":`...)
			dst = appendTime(dst, e.From)
			dst = append(dst, `,"grain":"`...)
			dst = append(dst, grain...)
			dst = append(dst, `"},"to":{"value":`...)
			dst = appendTime(dst, e.To)
			dst = append(dst, `,"grain":"`...)
			dst = append(dst, grain...)
			dst = append(dst, `"}}`...)
		}
		dst = append(dst, `,"from":`...)
		dst = appendTime(dst, e.From)
		dst = append(dst, `,"to":`...)
		dst = appendTime(dst, e.To)
		dst = append(dst, `,"grain":"`...)
		dst = append(dst, grain...)
		dst = append(dst, `","kind":"`...)
		dst = append(dst, e.Kind.String()...)
		dst = append(dst, `","approx":`...)
		dst = strconv.AppendBool(dst, e.Approx)
		if e.Warning != "" {
			dst = append(dst, `,"warning":`...)
			dst = appendJSONString(dst, e.Warning)
		}
		dst = append(dst, '}')
	}
	return append(dst, ']')
}

func appendTime(dst []byte, t time.Time) []byte {
	if t.IsZero() {
		return append(dst, "null"...)
	}
	dst = append(dst, '"')
	dst = t.AppendFormat(dst, time.RFC3339)
	return append(dst, '"')
}

// oneUnit reports whether [from, to) is exactly one unit of g: one day,
// one week, one month, …
func oneUnit(from, to time.Time, g dates.Grain) bool {
	var end time.Time
	switch g {
	case dates.Minute:
		end = from.Add(time.Minute)
	case dates.Hour:
		end = from.Add(time.Hour)
	case dates.Day:
		end = from.AddDate(0, 0, 1)
	case dates.Week:
		end = from.AddDate(0, 0, 7)
	case dates.Month:
		end = from.AddDate(0, 1, 0)
	case dates.Quarter:
		end = from.AddDate(0, 3, 0)
	case dates.Year:
		end = from.AddDate(1, 0, 0)
	case dates.Decade:
		end = from.AddDate(10, 0, 0)
	case dates.Century:
		end = from.AddDate(100, 0, 0)
	default:
		return false
	}
	return end.Equal(to)
}

// utf16Counter converts increasing byte offsets of text to UTF-16 offsets,
// counting an invalid byte as one unit (U+FFFD), as the Document JSON does.
type utf16Counter struct {
	text       string
	pos, units int
}

func (u *utf16Counter) at(off int) int {
	if off < u.pos { // not increasing: count again from the start
		u.pos, u.units = 0, 0
	}
	off = min(off, len(u.text))
	for u.pos < off {
		c := u.text[u.pos]
		if c < utf8.RuneSelf {
			u.pos++
			u.units++
			continue
		}
		r, n := utf8.DecodeRuneInString(u.text[u.pos:])
		if u.pos+n > off {
			break
		}
		u.pos += n
		u.units++
		if r >= 0x10000 {
			u.units++
		}
	}
	return u.units
}

// entityJSON is the answer of /v1/entities/{id}.
type entityJSON struct {
	ID          string   `json:"id"`
	Type        string   `json:"type"`
	Name        string   `json:"name"`
	Names       []string `json:"names"`
	Surnames    []string `json:"surnames"`
	Ambiguous   []string `json:"ambiguous"`
	Adjectives  []string `json:"adjectives"`
	Country     string   `json:"country,omitempty"`
	Wikidata    string   `json:"wikidata,omitempty"`
	Kind        string   `json:"kind,omitempty"`
	Source      string   `json:"source,omitempty"`
	Description string   `json:"description,omitempty"`
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// EntityJSON returns the /v1/entities/{id} answer for e: its id, type,
// name, every name, surname, ambiguous name and adjective (as arrays,
// empty when none), and its country, Wikidata item, kind, source and
// description when known.
func EntityJSON(e *entities.Entity) []byte {
	b, _ := json.Marshal(entityJSON{
		ID: e.ID, Type: e.Type.String(), Name: e.Name,
		Names: nonNil(e.Names), Surnames: nonNil(e.Surnames), Ambiguous: nonNil(e.Ambiguous), Adjectives: nonNil(e.Adjectives),
		Country: e.Country, Wikidata: e.Wikidata, Kind: e.Kind, Source: e.Source, Description: e.Description,
	}) // strings and string slices always marshal
	return b
}

func (s *Server) handleEntity(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	e, ok := s.gaz.Entity(id)
	if !ok {
		s.fail(w, r, &apiError{status: http.StatusNotFound, field: "id", msg: "no entity " + strconv.Quote(id) + " in the gazetteer"})
		return
	}
	writeJSON(w, append(EntityJSON(e), '\n'))
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	b := []byte(`{"status":"ok","entities":`)
	b = strconv.AppendInt(b, int64(s.gaz.Len()), 10)
	b = append(b, `,"running":`...)
	b = strconv.AppendInt(b, int64(len(s.limit.slots)), 10)
	b = append(b, `,"waiting":`...)
	b = strconv.AppendInt(b, s.limit.waiting.Load(), 10)
	b = append(b, "}\n"...)
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, b)
}
