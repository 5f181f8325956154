package dates

import "time"

// A Resolver finds and resolves date expressions with one configuration,
// checked once by [New]. A Resolver is immutable and safe for concurrent
// use; the zero Resolver is not valid, use New.
type Resolver struct {
	cfg config
}

// New returns a Resolver with the given options; a nil Option is ignored.
// It reports the first invalid option: WeekStart of a day outside
// time.Sunday..time.Saturday, Location(nil), BareNames of a Direction
// other than Past and Future.
func New(opts ...Option) (*Resolver, error) {
	cfg := defaultConfig()
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	if cfg.err != nil {
		return nil, cfg.err
	}
	return &Resolver{cfg: cfg}, nil
}

// Find returns every date and time expression of text, in text order and
// without overlaps, each resolved against anchor, the publication time, as
// the package-level [Find] does with the Resolver's options. A nil
// Resolver finds with the defaults.
func (r *Resolver) Find(text string, anchor time.Time) []Expression {
	if r == nil {
		return find(text, anchor, defaultConfig())
	}
	return find(text, anchor, r.cfg)
}
