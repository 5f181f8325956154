package arnews

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/tokenize"
)

// The shapes of the JSON layout, for reading it back.
type (
	spanJSON struct {
		Text  string `json:"text"`
		Start int    `json:"start"`
		End   int    `json:"end"`
	}
	tokenJSON struct {
		spanJSON
		Kind tokenize.Kind `json:"kind"`
		Norm string        `json:"norm"`
		Stem string        `json:"stem"`
	}
	dateJSON struct {
		spanJSON
		From    timeJSON    `json:"from"`
		To      timeJSON    `json:"to"`
		Grain   dates.Grain `json:"grain"`
		Kind    dates.Kind  `json:"kind"`
		Approx  bool        `json:"approx"`
		Hijri   dates.Hijri `json:"hijri"`
		Warning string      `json:"warning"`
	}
	entityJSON struct {
		ID      string        `json:"id"`
		Name    string        `json:"name"`
		Type    entities.Type `json:"type"`
		Country string        `json:"country"`
		Count   int           `json:"count"`
	}
	mentionJSON struct {
		spanJSON
		Type   entities.Type `json:"type"`
		Entity *entityJSON   `json:"entity"`
	}
	documentJSON struct {
		Text      *string       `json:"text"`
		Published timeJSON      `json:"published"`
		Written   timeJSON      `json:"written"`
		Bytes     int           `json:"bytes"`
		Sentences []spanJSON    `json:"sentences"`
		Tokens    []tokenJSON   `json:"tokens"`
		Dates     []dateJSON    `json:"dates"`
		Mentions  []mentionJSON `json:"mentions"`
		Entities  []entityJSON  `json:"entities"`
	}
)

// timeJSON is a time in RFC 3339, or null for the zero time.
type timeJSON struct{ time.Time }

func (t *timeJSON) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		t.Time = time.Time{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := parseTime(s)
	t.Time = v
	return err
}

// parseTime reads RFC 3339, and the years it cannot hold as time.Format
// writes them: before year 0 with a minus sign ("-0483-01-01T00:00:00Z",
// a date before the common era), after 9999 with more digits.
func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339, s)
	if err == nil {
		return t, nil
	}
	neg := strings.HasPrefix(s, "-")
	rest := strings.TrimPrefix(s, "-")
	i := strings.IndexByte(rest, '-')
	if i < 4 {
		return time.Time{}, err
	}
	year, aerr := strconv.Atoi(rest[:i])
	if aerr != nil {
		return time.Time{}, err
	}
	if neg {
		year = -year
	}
	// Read the rest in a year with the same leap day, then move it.
	leap := year%4 == 0 && (year%100 != 0 || year%400 == 0)
	stand := "2001"
	if leap {
		stand = "2000"
	}
	t, err2 := time.Parse(time.RFC3339, stand+rest[i:])
	if err2 != nil {
		return time.Time{}, err
	}
	return time.Date(year, t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location()), nil
}

// UnmarshalJSON implements json.Unmarshaler: it reads the JSON that
// MarshalJSON and AppendJSON write (see the package documentation) back
// into d, so that a round trip gives an equal Document, with these limits:
//
//   - times come back as the same instants, to the second, in a fixed zone
//     of their offset (compare them with time.Time.Equal);
//   - an entity of the default gazetteer (entities.Default) comes back as
//     the same *entities.Entity, and one the recognizer made (its ID starts
//     with entities.RecognizedPrefix) as an equal one; another (from user
//     data) comes back with the ID, Name, Type and Country the JSON
//     carries; the mentions and counts of one entity share one
//     *entities.Entity;
//   - parts left out by JSONOptions stay empty, and so does each
//     sentence's Text when "text" was left out;
//   - invalid UTF-8 in the text was written as U+FFFD and is read so.
//
// It returns an error, and leaves d unchanged, when the JSON does not have
// the layout (a token without its kind, a mention or entity without its
// type included) or a span does not fit in the text.
func (d *Document) UnmarshalJSON(b []byte) error {
	var j documentJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("arnews: reading a Document: %w", err)
	}
	out := Document{Published: j.Published.Time, Written: j.Written.Time}
	n := j.Bytes
	if j.Text != nil {
		out.Text = *j.Text
		n = len(out.Text)
	}
	check := func(what string, i int, s spanJSON) error {
		if s.Start < 0 || s.Start > s.End || s.End > n {
			return fmt.Errorf("arnews: reading a Document: %s %d: span [%d, %d) outside the text of %d bytes", what, i, s.Start, s.End, n)
		}
		return nil
	}
	for i, s := range j.Sentences {
		if err := check("sentence", i, s); err != nil {
			return err
		}
		sn := tokenize.Sentence{Start: s.Start, End: s.End}
		if j.Text != nil {
			sn.Text = out.Text[s.Start:s.End]
		}
		out.Sentences = append(out.Sentences, sn)
	}
	for i, t := range j.Tokens {
		if err := check("token", i, t.spanJSON); err != nil {
			return err
		}
		if t.Kind == 0 { // written as "other", which no reader takes back
			return fmt.Errorf("arnews: reading a Document: token %d has no kind", i)
		}
		out.Tokens = append(out.Tokens, Token{Text: t.Text, Start: t.Start, End: t.End, Kind: t.Kind, Norm: t.Norm, Stem: t.Stem})
	}
	for i, e := range j.Dates {
		if err := check("date", i, e.spanJSON); err != nil {
			return err
		}
		out.Dates = append(out.Dates, dates.Expression{Text: e.Text, Start: e.Start, End: e.End,
			From: e.From.Time, To: e.To.Time, Grain: e.Grain, Kind: e.Kind, Hijri: e.Hijri, Approx: e.Approx, Warning: e.Warning})
	}
	// One *Entity per ID, shared by the mentions and the counts.
	byID := map[string]*entities.Entity{}
	entity := func(je *entityJSON) *entities.Entity {
		if e, ok := byID[je.ID]; ok {
			return e
		}
		e, ok := entities.Default().Entity(je.ID)
		switch {
		case strings.HasPrefix(je.ID, entities.RecognizedPrefix):
			// Made by the recognizer for a name no gazetteer knows.
			e = &entities.Entity{ID: je.ID, Type: je.Type, Name: je.Name, Names: []string{je.Name}, Source: entities.RecognizedSource}
		case !ok || e.Name != je.Name || e.Type != je.Type:
			e = &entities.Entity{ID: je.ID, Name: je.Name, Type: je.Type, Country: je.Country}
			if je.Name != "" {
				e.Names = []string{je.Name}
			}
		}
		byID[je.ID] = e
		return e
	}
	for i := range j.Entities { // first: they carry the country
		entity(&j.Entities[i])
	}
	first := map[string]int{}
	for i, m := range j.Mentions {
		if err := check("mention", i, m.spanJSON); err != nil {
			return err
		}
		if m.Entity == nil {
			return fmt.Errorf("arnews: reading a Document: mention %d has no entity", i)
		}
		if m.Type == 0 || m.Entity.Type == 0 {
			return fmt.Errorf("arnews: reading a Document: mention %d or its entity has no type", i)
		}
		if _, ok := first[m.Entity.ID]; !ok {
			first[m.Entity.ID] = m.Start
		}
		out.Mentions = append(out.Mentions, entities.Mention{Text: m.Text, Start: m.Start, End: m.End, Type: m.Type, Entity: entity(m.Entity)})
	}
	for i := range j.Entities {
		je := &j.Entities[i]
		if je.ID == "" {
			return errors.New("arnews: reading a Document: an entity without an id")
		}
		if je.Type == 0 {
			return fmt.Errorf("arnews: reading a Document: entity %q has no type", je.ID)
		}
		ec := EntityCount{Entity: entity(je), Count: je.Count}
		if f, ok := first[je.ID]; ok {
			ec.First = f
		}
		out.Entities = append(out.Entities, ec)
	}
	*d = out
	return nil
}
