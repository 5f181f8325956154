package server

import (
	"bytes"
	"embed"
	"html/template"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/entities"
)

//go:embed assets/layout.html assets/page.css assets/page.js
var assets embed.FS

func mustAsset(name string) string {
	b, err := assets.ReadFile("assets/" + name)
	if err != nil {
		panic("server: missing embedded asset " + name) // unreachable: go:embed checks the files at build time
	}
	return string(b)
}

var (
	pageCSS = mustAsset("page.css")
	pageJS  = mustAsset("page.js")
	layout  = template.Must(template.New("layout").Parse(mustAsset("layout.html")))
)

// view fills the layout: the page (File false, an empty result that the
// script fills) or a document rendered in Go (File true).
type view struct {
	File              bool
	Title             string
	CSS               template.CSS
	Meta              string
	Body              template.HTML // the annotated text, built by annotateHTML
	Entities, Dates   template.HTML
	NEntities, NDates int
}

// page is the HTML of GET /, rendered once.
var page = func() []byte {
	var b bytes.Buffer
	if err := layout.Execute(&b, view{Title: "arnews — تحليل مقال"}); err != nil {
		panic("server: page template: " + err.Error()) // unreachable: the template and its data are constant
	}
	return b.Bytes()
}()

// pageCSP lets the page load only its own CSS and script and talk only to
// this server.
const pageCSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

func (s *Server) handlePage(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", pageCSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Length", strconv.Itoa(len(page)))
	_, _ = w.Write(page)
}

func (s *Server) handleStatic(w http.ResponseWriter, r *http.Request) {
	var body, ctype string
	switch r.PathValue("file") {
	case "page.css":
		body, ctype = pageCSS, "text/css; charset=utf-8"
	case "page.js":
		body, ctype = pageJS, "text/javascript; charset=utf-8"
	default:
		s.fail(w, r, &apiError{status: http.StatusNotFound, field: "path", msg: "no such file " + strconv.Quote(r.URL.Path)})
		return
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	_, _ = io.WriteString(w, body)
}

// HTMLOptions configures WriteHTML.
type HTMLOptions struct {
	// Title is the page's title; empty means "arnews".
	Title string
}

// WriteHTML writes doc as one self-contained HTML page: the same view as
// the page of GET / after an analysis (the text right to left with its
// entity mentions marked by type and its dates underlined, the ID, the
// resolved day or span and any warning on hover, the lists of entities and
// dates, the legend), rendered in Go, with its CSS inline and no script, so
// that it opens anywhere without a network. Every text of doc is escaped.
func WriteHTML(w io.Writer, doc *arnews.Document, opt HTMLOptions) error {
	if doc == nil {
		doc = &arnews.Document{}
	}
	title := strings.ToValidUTF8(opt.Title, "\uFFFD")
	if title == "" {
		title = "arnews"
	}
	var body, ents, ds strings.Builder
	annotateHTML(&body, doc.Text, doc.Dates, doc.Mentions)
	entityListHTML(&ents, doc.Entities)
	dateListHTML(&ds, doc.Dates)
	return layout.Execute(w, view{
		File:      true,
		Title:     title,
		CSS:       template.CSS(pageCSS),
		Meta:      metaText(doc),
		Body:      template.HTML(body.String()),
		Entities:  template.HTML(ents.String()),
		Dates:     template.HTML(ds.String()),
		NEntities: len(doc.Entities),
		NDates:    len(doc.Dates),
	})
}

// typeLabels are the Arabic names of the mention types, as in page.js.
var typeLabels = map[entities.Type]string{
	entities.Person: "شخص", entities.Place: "مكان", entities.Organization: "منظمة", entities.Nationality: "جنسية",
}

func typeLabel(t entities.Type) string {
	if l, ok := typeLabels[t]; ok {
		return l
	}
	return t.String()
}

func metaText(doc *arnews.Document) string {
	pub := "—"
	if !doc.Published.IsZero() {
		pub = doc.Published.Format(time.RFC3339)
	}
	// The time is isolated (U+2068 … U+2069) so that it reads left to
	// right inside the Arabic line.
	return "تاريخ النشر: \u2068" + pub + "\u2069 · " + strconv.Itoa(len(doc.Entities)) + " كيان · " +
		strconv.Itoa(len(doc.Dates)) + " تاريخ · " + strconv.Itoa(len(doc.Mentions)) + " إشارة"
}

// spanLabel says which day or span [from, to) is: "2020-10-04" for one
// day, "2020-09-26 – 2020-10-02" for days (the last one included),
// "2020-10-06 10:00–11:00" for times. It works on the wall clocks of the
// zone the times are in, as spanLabel in page.js does on their RFC 3339
// strings.
func spanLabel(from, to time.Time) string {
	if from.IsZero() {
		return "—"
	}
	midnight := func(t time.Time) bool { return t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 }
	fd := from.Format(time.DateOnly)
	if to.IsZero() {
		if midnight(from) {
			return fd
		}
		return fd + " " + from.Format("15:04")
	}
	if midnight(from) && midnight(to) {
		last := time.Date(to.Year(), to.Month(), to.Day()-1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		if last <= fd {
			return fd
		}
		return fd + " – " + last
	}
	td := to.Format(time.DateOnly)
	if td == fd {
		return fd + " " + from.Format("15:04") + "–" + to.Format("15:04")
	}
	return fd + " " + from.Format("15:04") + " – " + td + " " + to.Format("15:04")
}

func dateTitle(e *dates.Expression) string {
	t := spanLabel(e.From, e.To) + " (" + e.Grain.String() + ")"
	if e.Warning != "" {
		t += "\n⚠ " + e.Warning
	}
	return t
}

func mentionTitle(m *entities.Mention) string {
	t := typeLabel(m.Type) + " · "
	if m.Entity != nil {
		t += m.Entity.Name + " · " + m.Entity.ID
	}
	return t
}

// escapeText writes s escaped for HTML text or a quoted attribute, each
// invalid UTF-8 byte as U+FFFD (as the Document JSON gives it to the page).
func escapeText(b *strings.Builder, s string) {
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		var rep string
		size := 1
		switch c {
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '&':
			rep = "&amp;"
		case '"':
			rep = "&#34;"
		case '\'':
			rep = "&#39;"
		case 0:
			rep = "\uFFFD"
		default:
			if c < utf8.RuneSelf {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				rep = "\uFFFD"
			} else {
				i += n
				continue
			}
		}
		b.WriteString(s[start:i])
		b.WriteString(rep)
		i += size
		start = i
	}
	b.WriteString(s[start:])
}

type span struct {
	s, e int
	i    int // index into its list
}

// layerSpans keeps the annotations of one layer that can be drawn: in
// order, not empty, not overlapping, inside the text (as spans in page.js).
func layerSpans(n int, get func(i int) (int, int), count int) []span {
	out := make([]span, 0, count)
	end := 0
	for i := 0; i < count; i++ {
		s, e := get(i)
		e = min(e, n)
		if s < end || e <= s {
			continue
		}
		out = append(out, span{s, e, i})
		end = e
	}
	return out
}

// linesPerChunk: the text is drawn in blocks of this many lines (split only
// at a line break outside any mark), which the CSS lets the browser lay out
// only when they come into view, as in page.js.
const linesPerChunk = 24

// annotateHTML writes the text with its dates (outer layer) and mentions
// (inner layer), in blocks of lines, by byte offsets, with the same
// algorithm as annotate in page.js (which uses the UTF-16 offsets of the
// same spans).
func annotateHTML(b *strings.Builder, text string, ds []dates.Expression, ms []entities.Mention) {
	n := len(text)
	D := layerSpans(n, func(i int) (int, int) { return ds[i].Start, ds[i].End }, len(ds))
	M := layerSpans(n, func(i int) (int, int) { return ms[i].Start, ms[i].End }, len(ms))
	b.Grow(n + n/4)
	inChunk, lines := false, 0
	block := func() {
		if !inChunk {
			b.WriteString(`<div class="chunk">`)
			inChunk = true
		}
	}
	p, i, j := 0, 0, 0
	curD, curM := -1, -1
	closeAll := func() {
		if curM >= 0 {
			b.WriteString("</mark>")
		}
		if curD >= 0 {
			b.WriteString("</span>")
		}
		curD, curM = -1, -1
	}
	for p < n {
		for i < len(D) && D[i].e <= p {
			i++
		}
		for j < len(M) && M[j].e <= p {
			j++
		}
		d, m := -1, -1
		if i < len(D) && D[i].s <= p {
			d = i
		}
		if j < len(M) && M[j].s <= p {
			m = j
		}
		q := n
		if d >= 0 {
			q = min(q, D[d].e)
		} else if i < len(D) {
			q = min(q, D[i].s)
		}
		if m >= 0 {
			q = min(q, M[m].e)
		} else if j < len(M) {
			q = min(q, M[j].s)
		}
		if d < 0 && m < 0 {
			// Plain text: a block ends after every linesPerChunk-th line
			// break.
			closeAll()
			for k := p; k < q; k++ {
				if text[k] != '\n' {
					continue
				}
				if lines++; lines%linesPerChunk == 0 {
					block()
					escapeText(b, text[p:k+1])
					b.WriteString("</div>")
					inChunk = false
					p = k + 1
				}
			}
			if p < q {
				block()
				escapeText(b, text[p:q])
			}
			p = q
			continue
		}
		block()
		if d != curD {
			closeAll()
			curD = d
			if d >= 0 {
				e := &ds[D[d].i]
				if e.Warning != "" {
					b.WriteString(`<span class="date warn" title="`)
				} else {
					b.WriteString(`<span class="date" title="`)
				}
				escapeText(b, dateTitle(e))
				b.WriteString(`">`)
			}
		}
		if m != curM {
			if curM >= 0 {
				b.WriteString("</mark>")
			}
			curM = m
			if m >= 0 {
				mn := &ms[M[m].i]
				b.WriteString(`<mark class="ent `)
				b.WriteString(mn.Type.String())
				b.WriteString(`"`)
				if mn.Entity != nil {
					b.WriteString(` data-id="`)
					escapeText(b, mn.Entity.ID)
					b.WriteString(`"`)
				}
				b.WriteString(` title="`)
				escapeText(b, mentionTitle(mn))
				b.WriteString(`">`)
			}
		}
		escapeText(b, text[p:q])
		p = q
	}
	closeAll()
	if inChunk {
		b.WriteString("</div>")
	}
}

func entityListHTML(b *strings.Builder, ents []arnews.EntityCount) {
	for _, ec := range ents {
		if ec.Entity == nil {
			continue
		}
		b.WriteString(`<li class="`)
		b.WriteString(ec.Entity.Type.String())
		b.WriteString(`" data-id="`)
		escapeText(b, ec.Entity.ID)
		b.WriteString(`"><span class="sw"></span><bdi class="name">`)
		escapeText(b, ec.Entity.Name)
		b.WriteString(`</bdi><span class="count">`)
		b.WriteString(strconv.Itoa(ec.Count))
		b.WriteString(`</span><code class="id">`)
		escapeText(b, ec.Entity.ID)
		b.WriteString("</code></li>")
	}
}

func dateListHTML(b *strings.Builder, ds []dates.Expression) {
	for i := range ds {
		e := &ds[i]
		if e.Warning != "" {
			b.WriteString(`<li class="warn">`)
		} else {
			b.WriteString(`<li>`)
		}
		b.WriteString(`<bdi class="dt">`)
		escapeText(b, e.Text)
		b.WriteString(`</bdi><span class="span">`)
		escapeText(b, spanLabel(e.From, e.To)+" ("+e.Grain.String()+")")
		b.WriteString(`</span>`)
		if e.Warning != "" {
			b.WriteString(`<span class="warning">`)
			escapeText(b, "⚠ "+e.Warning)
			b.WriteString(`</span>`)
		}
		b.WriteString("</li>")
	}
}
