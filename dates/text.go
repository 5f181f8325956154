package dates

import (
	"fmt"
	"strings"
	"time"
)

// MarshalText implements encoding.TextMarshaler: the name String gives
// ("none", "minute", "hour", "part-of-day", "day", ...). It returns an
// error for a value that is no grain.
func (g Grain) MarshalText() ([]byte, error) {
	if int(g) >= len(grainNames) {
		return nil, fmt.Errorf("dates: Grain(%d) has no name", uint8(g))
	}
	return []byte(grainNames[g]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: it reads the names
// MarshalText gives, in any case.
func (g *Grain) UnmarshalText(b []byte) error {
	for i, n := range grainNames {
		if strings.EqualFold(string(b), n) {
			*g = Grain(i)
			return nil
		}
	}
	return fmt.Errorf("dates: unknown grain %q", b)
}

// MarshalText implements encoding.TextMarshaler: the name String gives
// ("none", "relative", "weekday", "period", ...). It returns an error for
// a value that is no kind.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, fmt.Errorf("dates: Kind(%d) has no name", uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: it reads the names
// MarshalText gives, in any case.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if strings.EqualFold(string(b), n) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("dates: unknown expression kind %q", b)
}

// LastDay returns the start of the last calendar day the span [From, To)
// covers, in To's location: for a span that ends at midnight, the day
// before To (the end is excluded); for one that ends inside a day, that
// day; for an empty span, From's day. It is the zero time for an
// expression without a span. A one-day expression has LastDay equal to
// From; a week from Saturday 2021-04-03 ([04-03, 04-10)) has its last
// day on Friday 2021-04-09.
func (e Expression) LastDay() time.Time {
	if e.From.IsZero() && e.To.IsZero() {
		return time.Time{}
	}
	t := e.From
	if e.To.After(e.From) {
		t = e.To.Add(-time.Nanosecond)
	}
	loc := e.To.Location()
	if e.To.IsZero() {
		loc = e.From.Location()
	}
	t = t.In(loc)
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}
