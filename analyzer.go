package arnews

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/internal/wordclass"
	"github.com/arnews/arnews/normalize"
	"github.com/arnews/arnews/stem"
	"github.com/arnews/arnews/tokenize"
)

// An Option configures an Analyzer made by New.
type Option func(*config) error

type config struct {
	gazetteer *entities.Gazetteer
	dateOpts  []dates.Option
	stemmer   *stem.Stemmer
	stamp     bool
}

// WithGazetteer makes the Analyzer find entities with g instead of
// entities.Default(). To add your own names to the default ones, merge them
// in the entities package first and pass the result here.
func WithGazetteer(g *entities.Gazetteer) Option {
	return func(c *config) error {
		if g == nil {
			return errors.New("arnews: WithGazetteer(nil)")
		}
		c.gazetteer = g
		return nil
	}
}

// WithDateOptions passes opts to the Analyzer's date resolver (dates.New),
// after the options set by WeekStart and Location. New reports an invalid
// one (dates.WeekStart(9), dates.Location(nil)) as its error.
func WithDateOptions(opts ...dates.Option) Option {
	return func(c *config) error {
		c.dateOpts = append(c.dateOpts, opts...)
		return nil
	}
}

// WeekStart sets the first day of the week for date expressions such as
// الأسبوع الماضي. The default is Saturday (see dates.WeekStart).
func WeekStart(d time.Weekday) Option {
	return func(c *config) error {
		c.dateOpts = append(c.dateOpts, dates.WeekStart(d)) // dates.New checks it
		return nil
	}
}

// Location sets the time zone in which dates are resolved (see
// dates.Location). By default they are resolved in the location of the
// publication time.
func Location(loc *time.Location) Option {
	return func(c *config) error {
		c.dateOpts = append(c.dateOpts, dates.Location(loc)) // dates.New checks it
		return nil
	}
}

// WithStemmer makes the Analyzer stem words with s instead of the default news
// stemmer (stem.New()).
func WithStemmer(s *stem.Stemmer) Option {
	return func(c *config) error {
		if s == nil {
			return errors.New("arnews: WithStemmer(nil)")
		}
		c.stemmer = s
		return nil
	}
}

// TrustStamp makes the Analyzer resolve relative dates against the
// publication time as given, even where the text says it was written on
// another day (see dates.WritingDay): Document.Written is then always
// Document.Published. Use it when the stamps are known to be exact.
func TrustStamp() Option {
	return func(c *config) error {
		c.stamp = true
		return nil
	}
}

// An Analyzer runs the whole pipeline on a document: sentences, tokens with
// their normalized forms and stems, date expressions and entity mentions.
// One Analyzer is safe for concurrent use by many goroutines.
type Analyzer struct {
	gazetteer *entities.Gazetteer
	dates     *dates.Resolver // the same options, checked
	stemmer   *stem.Stemmer
	stamp     bool
	cache     *wordCache
}

// normStem computes a word's search form and stem. The stem is taken from
// the word as written: the stemmer needs its hamza (أل is no article).
func (a *Analyzer) normStem(w string) (string, string) {
	return normalize.Search.String(w), a.stemmer.Stem(w)
}

// searchForm computes the search form of a token that is no word (it has
// no stem).
func searchForm(w string) (string, string) { return normalize.Search.String(w), "" }

// New returns an Analyzer configured by opts. With no options it uses the
// embedded default gazetteer, Saturday weeks, the publication time's location
// and the news stemmer. It returns an error when an option is invalid.
func New(opts ...Option) (*Analyzer, error) {
	var c config
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	if c.gazetteer == nil {
		c.gazetteer = entities.Default()
	}
	if c.stemmer == nil {
		c.stemmer = stem.New()
	}
	r, err := dates.New(c.dateOpts...)
	if err != nil {
		return nil, fmt.Errorf("arnews: %w", err)
	}
	cache := newWordCache()
	if wordclass.EntitiesWords != nil {
		cache.word = wordclass.EntitiesWords(c.gazetteer) // (the cache is the Analyzer's, as its gazetteer)
	}
	return &Analyzer{gazetteer: c.gazetteer, dates: r, stemmer: c.stemmer, stamp: c.stamp, cache: cache}, nil
}

var defaultAnalyzer = sync.OnceValue(func() *Analyzer {
	a, err := New()
	if err != nil {
		panic("arnews: default analyzer: " + err.Error()) // unreachable: New() with no options cannot fail
	}
	return a
})

// Analyze runs the default Analyzer (New with no options) on text, published
// at the given time.
func Analyze(text string, published time.Time) *Document {
	return defaultAnalyzer().Analyze(text, published)
}

// Analyze runs the pipeline on text, published at the given time. Relative
// dates (اليوم، أمس الأحد، الأسبوع الماضي) are resolved against the day the
// text says it was written (Document.Written, from dates.WritingDay: a text
// stamped on Tuesday that says اليوم الاثنين was written on Monday), or
// against the publication time itself with TrustStamp. A zero published
// time is allowed; dates then resolve as package dates documents for a zero
// anchor. Invalid UTF-8 never panics: every span still points into text.
func (a *Analyzer) Analyze(text string, published time.Time) *Document {
	d := &Document{Text: text, Published: published, Written: published}
	// The text is tokenized once: the word stream gives the tokens and
	// sentences here and is read by dates and entities.
	ws := streamPool.Get().(*words)
	st := &ws.st
	defer func() {
		if st.Len() <= maxPooledTokens {
			st.Reset("") // keep no reference to text in the pool
			streamPool.Put(ws)
		}
	}()
	st.Reset(text)
	toks := st.Tokens()
	d.Tokens = make([]Token, len(toks))
	if cap(ws.cls) < len(toks) {
		ws.cls = make([]uint16, len(toks)+len(toks)/4)
		ws.ws = make([]wordclass.Word, len(toks)+len(toks)/4)
	}
	// each token's class for dates and Word (for entities), which the
	// word cache gives
	cls, wds := ws.cls[:len(toks)], ws.ws[:len(toks)]
	sp := tokenize.NewSplitter(text) // sentences from the same tokens
	sents := getSentences()
	// The tokens go by pieces that stay in the first-level cache: the
	// splitter, the copy and the word cache read a piece one after the
	// other, instead of each walking all of the (megabytes of) tokens.
	for lo := 0; lo < len(toks); lo += tokenPiece {
		hi := min(lo+tokenPiece, len(toks))
		*sents = sp.AddTokens(*sents, toks[lo:hi])
		a.cache.fill(d.Tokens[lo:hi], toks[lo:hi], cls[lo:hi], wds[lo:hi], a.normStem)
	}
	if sn, ok := sp.Flush(); ok {
		*sents = append(*sents, sn)
	}
	d.Sentences = putSentences(sents)

	// dates reads each word's class from cls instead of looking it up:
	// FindStream, or FindWrittenStream (WritingDay and Find in one
	// reading of the text)
	var w time.Time
	var ok bool
	if d.Dates, w, ok = datesFind(a.dates, st, cls, published, !a.stamp); ok {
		d.Written = w
	}
	// entities reads each word's hash and vocabulary rank from wds
	// (FindStream with them)
	d.Mentions = entitiesFind(a.gazetteer, st, wds)
	d.Entities = countEntities(d.Mentions)
	return d
}

// streamPool holds the word streams of Analyze and their tokens' classes,
// one per call in flight; the stream of a text longer than maxPooledTokens
// tokens (a few MB) is left to the garbage collector rather than kept.
var streamPool = sync.Pool{New: func() any { return new(words) }}

// words is a text's word stream, the class for dates of each of its
// tokens and their Words (internal/wordclass), as long.
type words struct {
	st  tokenize.Stream
	cls []uint16
	ws  []wordclass.Word
}

// datesFind is dates' stream reader that takes the tokens' classes
// (wordclass.DatesFind, set when dates is initialized, before this
// variable).
var datesFind = wordclass.DatesFind.(func(*dates.Resolver, *tokenize.Stream, []uint16, time.Time, bool) ([]dates.Expression, time.Time, bool))

// entitiesFind is entities' stream reader that takes the tokens' Words
// (wordclass.EntitiesFind, set when entities is initialized).
var entitiesFind = wordclass.EntitiesFind.(func(*entities.Gazetteer, *tokenize.Stream, []wordclass.Word) []entities.Mention)

const maxPooledTokens = 1 << 18

// tokenPiece is how many tokens Analyze reads at a time (Document.Tokens
// are 72 bytes each: 256 fill 18 KB, the stream's own 10 KB).
const tokenPiece = 256

func countEntities(ms []entities.Mention) []EntityCount {
	if len(ms) == 0 {
		return nil
	}
	var (
		out = make([]EntityCount, 0, len(ms)) // one allocation
		idx map[*entities.Entity]int          // once out is long; before, a scan of out
	)
	for _, m := range ms {
		if m.Entity == nil {
			continue
		}
		i := -1
		if idx != nil {
			if j, ok := idx[m.Entity]; ok {
				i = j
			}
		} else {
			for j := range out {
				if out[j].Entity == m.Entity {
					i = j
					break
				}
			}
		}
		if i >= 0 {
			out[i].Count++
			continue
		}
		out = append(out, EntityCount{Entity: m.Entity, Count: 1, First: m.Start})
		if idx != nil {
			idx[m.Entity] = len(out) - 1
		} else if len(out) == 32 {
			idx = make(map[*entities.Entity]int, len(ms))
			for j, e := range out {
				idx[e.Entity] = j
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	slices.SortStableFunc(out, func(a, b EntityCount) int {
		if a.Count != b.Count {
			return cmp.Compare(b.Count, a.Count)
		}
		return cmp.Compare(a.First, b.First)
	})
	return out
}
