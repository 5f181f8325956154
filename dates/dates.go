package dates

import (
	"errors"
	"fmt"
	"sync"
	"time"
	"unicode/utf8"

	tkz "github.com/arnews/arnews/tokenize" // dates has a func tokenize of its own
)

// Grain is the precision of a resolved expression: the unit whose one
// occurrence (or run of occurrences) [From, To) covers.
type Grain uint8

// The grains, finest first.
const (
	GrainNone Grain = iota
	Minute
	Hour
	PartOfDay // morning, evening, night...
	Day
	Week
	Month
	Quarter
	Year
	Decade
	Century
)

var grainNames = [...]string{"none", "minute", "hour", "part-of-day", "day", "week", "month", "quarter", "year", "decade", "century"}

// String returns the grain's lower-case English name ("day", "week"...).
func (g Grain) String() string {
	if int(g) < len(grainNames) {
		return grainNames[g]
	}
	return "unknown"
}

// Kind says what sort of phrase an Expression is.
type Kind uint8

// The kinds of expression.
const (
	KindNone   Kind = iota
	Relative        // اليوم، أمس، غداً، الليلة، أمس الأحد، في وقت سابق من اليوم
	Weekday         // يوم الأحد، الأحد الماضي
	Period          // الأسبوع الماضي، هذا العام، مطلع الشهر المقبل
	Offset          // منذ ثلاثة أيام، قبل أسبوعين، بعد شهرين، خلال الساعات الـ24 الماضية
	Streak          // لليوم العاشر على التوالي
	Date            // a Gregorian date, month or year: 6 أكتوبر 2020، 06/10/2020، عام 2020
	HijriDate       // 15 رمضان 1441 هـ، 1441هـ
	Holiday         // رمضان، عيد الفطر، المولد النبوي، رأس السنة
	Time            // الساعة العاشرة صباحاً، 10:30 بتوقيت القدس
	Range           // من 5 إلى 7 أكتوبر، بين عامي 2010 و2015، من 13 جويلية إلى غاية 20 أوت
	DecadeName      // التسعينيات
)

var kindNames = [...]string{"none", "relative", "weekday", "period", "offset", "streak", "date", "hijri", "holiday", "time", "range", "decade"}

// String returns the kind's lower-case English name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Hijri is a date on the Umm al-Qura calendar as the text wrote it. Day is 0
// when the text named only a month, Month is 0 when it named only a year.
type Hijri struct {
	Year, Month, Day int
}

// Expression is one date or time phrase found in a text, resolved against
// the anchor.
type Expression struct {
	Text       string    // the phrase, text[Start:End]
	Start, End int       // byte offsets into the original text
	From, To   time.Time // the resolved span, half-open [From, To), in the anchor's (or Location's) zone
	Grain      Grain     // precision of the span
	Kind       Kind      // what sort of phrase it is
	Hijri      Hijri     // the Hijri reading, for Hijri dates and Hijri holidays
	Approx     bool      // the text hedged the amount (نحو، حوالي، قرابة)
	Warning    string    // non-empty when the text contradicted itself and a choice was made
}

// Direction says which way a bare month or weekday name points.
type Direction int8

// The directions.
const (
	Past   Direction = -1 // the latest occurrence on or before the anchor (news default)
	Future Direction = 1  // the earliest occurrence on or after the anchor
)

type config struct {
	weekStart  time.Weekday
	weekend    time.Weekday // the first of the two weekend days, when weekendSet (see weekend.go)
	weekendSet bool
	loc        *time.Location // nil: the anchor's location
	dir        Direction
	err        error // the first invalid option, which New reports
}

// defaultConfig is the configuration without options.
func defaultConfig() config { return config{weekStart: time.Saturday, dir: Past} }

// fail records the first invalid option.
func (c *config) fail(err error) {
	if c.err == nil {
		c.err = err
	}
}

// Option changes how Find resolves expressions. An invalid option (a
// weekday out of range, a nil location, an unknown direction) is an error
// from [New]; the package-level [Find] leaves the default in its place.
type Option func(*config)

// WeekStart sets the first day of the week for week expressions
// (الأسبوع الماضي). The default is Saturday, the week of most Arab
// countries in CLDR's week data. A day outside time.Sunday..time.Saturday
// is invalid.
func WeekStart(d time.Weekday) Option {
	return func(c *config) {
		if d < time.Sunday || d > time.Saturday {
			c.fail(fmt.Errorf("dates: WeekStart(%d) is not a day of the week", int(d)))
			return
		}
		c.weekStart = d
	}
}

// Location sets the zone in which days are counted and results are
// expressed. The default is the anchor's own location. A nil location is
// invalid.
func Location(loc *time.Location) Option {
	return func(c *config) {
		if loc == nil {
			c.fail(errors.New("dates: Location(nil): a location is needed (time.UTC, time.Local or time.LoadLocation's)"))
			return
		}
		c.loc = loc
	}
}

// BareNames sets which way a month or weekday name without a modifier
// points when its clause gives no tense: Past (the default, right for
// news) or Future (right for agendas and announcements). A weekday or month
// in a clause with a future or past marker (سيعقد الأحد؛ ستجرى في نوفمبر؛
// قال، الأحد، إن) follows the marker whatever this option says. Any other
// Direction is invalid.
func BareNames(d Direction) Option {
	return func(c *config) {
		switch d {
		case Past, Future:
			c.dir = d
		default:
			c.fail(fmt.Errorf("dates: BareNames(%d): the direction is Past or Future", int(d)))
		}
	}
}

var tokPool = sync.Pool{New: func() any { s := make([]tok, 0, 1024); return &s }}

// Find returns every date and time expression of text, in text order and
// without overlaps, each resolved against anchor, the publication time.
//
// Days are counted in the anchor's location (or the one given by the
// Location option); From and To are midnights (or exact times for times of
// day) in that location. A zero anchor is used as it is: relative phrases
// then resolve around 0001-01-01 UTC while absolute dates keep their own
// meaning. Amounts too large to be dates (منذ 99999999999 عام, anything
// more than 10,000 years away) are dropped, never wrapped. Invalid UTF-8 is
// skipped byte by byte. Find is safe for concurrent use.
//
// Find is a shorthand for New(opts...) and Resolver.Find, except that an
// invalid option is left out rather than reported.
func Find(text string, anchor time.Time, opts ...Option) []Expression {
	cfg := defaultConfig()
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	return find(text, anchor, cfg)
}

// find is Find with its configuration: it lexes text itself.
func find(text string, anchor time.Time, cfg config) []Expression {
	return findStream(text, nil, nil, anchor, cfg)
}

// findStream is find reading the tokens of text from st, the stream of
// text (cls the classes of its tokens, or nil), or lexing them when st is
// nil (see chunkToks).
func findStream(text string, st *tkz.Stream, cls []uint16, anchor time.Time, cfg config) []Expression {
	if cfg.loc == nil {
		cfg.loc = anchor.Location()
	}
	a := anchor.In(cfg.loc)
	tp := tokPool.Get().(*[]tok)
	p := parser{cfg: cfg, anchor: a, aday: dayOf(a), st: st, cls: cls, nbTok: -1}
	p.readFrom(text, 0, tp)
	tokPool.Put(tp)
	return p.out
}

// readFrom reads text from start to its end, chunk by chunk, with the
// token buffer tp.
func (p *parser) readFrom(text string, start int, tp *[]tok) {
	for start < len(text) {
		end := chunkEnd(text, start)
		p.toks = chunkToks(p.st, p.cls, text, start, end, (*tp)[:0])
		start = p.readChunk(text, start, end)
		*tp = p.toks[:0]
	}
}

// readChunk runs the parser over p.toks, the tokens of the chunk
// text[start:end], and returns where the next chunk starts.
// Long texts are read in chunks cut at a line break (else a full stop,
// else a space), so that the token buffer stays small and in cache
// whatever the input's size.
func (p *parser) readChunk(text string, start, end int) int {
	next := end
	if end < len(text) && text[end-1] != '\n' {
		// cut inside a line: phrases near the cut are read again,
		// whole, with the next chunk
		next = end - chunkTail
		for next > start && text[next-1] != ' ' {
			next--
		}
		if next <= start {
			next = end
		}
	}
	p.text, p.base = text[start:end], start
	n0 := len(p.out)
	p.run()
	if next < end {
		k := n0
		for k < len(p.out) && p.out[k].Start < next {
			k++
		}
		p.out = p.out[:k]
		if k > n0 && p.out[k-1].End > next {
			next = p.out[k-1].End // do not read a kept phrase's tail again
		}
	}
	return next
}

// chunkSize is the length of text tokenized at once; chunkTail is how much
// of a chunk cut inside a line is read again with the next one (longer than
// any phrase).
const (
	chunkSize = 32 << 10
	chunkTail = 512
)

// chunkEnd returns where the chunk starting at start ends.
func chunkEnd(text string, start int) int {
	if len(text)-start <= chunkSize {
		return len(text)
	}
	lim := start + chunkSize
	half := start + chunkSize/2
	for _, sep := range [...]byte{'\n', '.', ' '} {
		for i := lim; i > half; i-- {
			if text[i-1] == sep {
				return i
			}
		}
	}
	// no separator: cut at a rune boundary
	for i := lim; i > half; i-- {
		if !utf8.RuneStart(text[i]) {
			continue
		}
		return i
	}
	return lim
}

// ---- civil-day arithmetic ----

// daysFromCivil returns the number of days since 1970-01-01 of a
// proleptic Gregorian date (any month or day overflow is normalised).
func daysFromCivil(y, m, d int) int {
	// normalise month
	y += (m - 1) / 12
	m = (m-1)%12 + 1
	if m <= 0 {
		m += 12
		y--
	}
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int) (y, m, d int) {
	z += 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return
}

// weekdayOf returns the weekday of a day number.
func weekdayOf(d int) time.Weekday {
	w := (d + 4) % 7 // 1970-01-01 was a Thursday
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

func dayOf(t time.Time) int {
	y, m, d := t.Date()
	return daysFromCivil(y, int(m), d)
}

func daysIn(y, m int) int {
	return daysFromCivil(y, m+1, 1) - daysFromCivil(y, m, 1)
}
