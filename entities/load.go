package entities

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/arnews/arnews/entities/internal/index"
)

// ParseError is the error Load returns for a bad line of user data.
type ParseError struct {
	Line int    // 1-based line number
	Err  error  // what is wrong
	Text string // the line, shortened
}

// Error returns "entities: line N: what is wrong".
func (e *ParseError) Error() string {
	return fmt.Sprintf("entities: line %d: %v", e.Line, e.Err)
}

// Unwrap returns the error of the line.
func (e *ParseError) Unwrap() error { return e.Err }

// ErrNoHeader is returned (inside a ParseError) when TSV data has no header line.
var ErrNoHeader = errors.New("no header line: the first line of TSV data names its columns (id, type, names, ...)")

// maxLine is the longest line Load accepts.
const maxLine = 1 << 20

var reUserID = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.:-]*$`)

// userRecord is one entity of user data, in either format.
type userRecord struct {
	ID          string   `json:"id"`
	Type        string   `json:"type"`
	Names       []string `json:"names"`
	Surnames    []string `json:"surnames"`
	Ambiguous   []string `json:"ambiguous"`
	Adjectives  []string `json:"adjectives"`
	Country     string   `json:"country"`
	Wikidata    string   `json:"wikidata"`
	Kind        string   `json:"kind"`
	Description string   `json:"description"`
}

var userColumns = map[string]bool{"id": true, "type": true, "names": true, "surnames": true,
	"ambiguous": true, "adjectives": true, "country": true, "wikidata": true, "kind": true,
	"description": true}

// Load reads user data and returns a gazetteer of it alone; combine it
// with the embedded one with Default().Merge(g).
//
// The data is UTF-8, one entity a line, in one of two formats, told apart
// by the first line that is neither empty nor a comment (#):
//
// TSV: a header line naming the columns, then one row per entity with
// exactly that many tab-separated fields. Columns: id, type and names are
// required; surnames, ambiguous, adjectives, country, wikidata, kind and
// description are optional. Lists inside a field are joined with |.
//
//	id	type	names	surnames	country
//	p-jane-doe	person	جين دو|جاين دو	دو	US
//	pl-springfield	place	سبرينغفيلد		US
//
// JSON lines: one object per line with the same keys; lists are arrays.
//
//	{"id":"o-acme","type":"organization","names":["شركة أكمي","أكمي"],"country":"US"}
//
// type is person, place or organization (org). names are full names,
// always matched; surnames match once a full name of the same entity is in
// the text; ambiguous names match only in context (see Find); adjectives
// (masculine singular, إيراني) add every form of a nationality adjective
// pointing at the entity. Names are matched in folded form, so variants
// that differ only by hamza on alef, yeh, teh marbuta or diacritics need
// not be listed; a name may not carry a proclitic.
//
// Any problem (a malformed line, an unknown column or type, an id used
// twice, an entity with no name, a line longer than 1 MiB, invalid UTF-8)
// is a *ParseError with the line number, and nothing is loaded. Empty data
// gives an empty gazetteer.
func Load(r io.Reader) (*Gazetteer, error) {
	if r == nil {
		return &Gazetteer{}, nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	var (
		recs    []userRecord
		lines   []int
		cols    []string
		format  byte // 't' or 'j'
		lineNum int
	)
	bad := func(line string, format string, args ...any) error {
		if len(line) > 80 {
			line = line[:80]
		}
		return &ParseError{Line: lineNum, Err: fmt.Errorf(format, args...), Text: strings.ToValidUTF8(line, "\uFFFD")}
	}
	for sc.Scan() {
		lineNum++
		raw := sc.Bytes()
		if !utf8.Valid(raw) {
			return nil, bad(string(raw), "invalid UTF-8")
		}
		line := strings.TrimRight(string(raw), "\r")
		if lineNum == 1 {
			line = strings.TrimPrefix(line, "\uFEFF") // a byte order mark from some editors
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		if format == 0 {
			if strings.HasPrefix(strings.TrimSpace(line), "{") {
				format = 'j'
			} else {
				format = 't'
				seen := map[string]bool{}
				for _, c := range strings.Split(line, "\t") {
					c = strings.ToLower(strings.TrimSpace(c))
					if !userColumns[c] {
						if len(strings.Split(line, "\t")) < 2 {
							return nil, &ParseError{Line: lineNum, Err: ErrNoHeader}
						}
						return nil, bad(line, "unknown column %q (want id, type, names, surnames, ambiguous, adjectives, country, wikidata, kind, description)", c)
					}
					if seen[c] {
						return nil, bad(line, "column %q twice", c)
					}
					seen[c] = true
					cols = append(cols, c)
				}
				for _, need := range []string{"id", "type", "names"} {
					if !seen[need] {
						return nil, bad(line, "the header has no %q column", need)
					}
				}
				continue
			}
		}
		var rec userRecord
		if format == 'j' {
			dec := json.NewDecoder(strings.NewReader(line))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&rec); err != nil {
				return nil, bad(line, "bad JSON: %v", err)
			}
			if dec.More() {
				return nil, bad(line, "more than one JSON value on the line")
			}
		} else {
			fs := strings.Split(line, "\t")
			if len(fs) != len(cols) {
				return nil, bad(line, "%d fields, the header has %d", len(fs), len(cols))
			}
			for i, c := range cols {
				v := strings.TrimSpace(fs[i])
				switch c {
				case "id":
					rec.ID = v
				case "type":
					rec.Type = v
				case "names":
					rec.Names = splitList(v)
				case "surnames":
					rec.Surnames = splitList(v)
				case "ambiguous":
					rec.Ambiguous = splitList(v)
				case "adjectives":
					rec.Adjectives = splitList(v)
				case "country":
					rec.Country = v
				case "wikidata":
					rec.Wikidata = v
				case "kind":
					rec.Kind = v
				case "description":
					rec.Description = v
				}
			}
		}
		recs = append(recs, rec)
		lines = append(lines, lineNum)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, &ParseError{Line: lineNum + 1, Err: fmt.Errorf("line longer than %d bytes", maxLine)}
		}
		return nil, fmt.Errorf("entities: reading user data: %w", err)
	}
	return build(recs, lines)
}

func splitList(s string) []string {
	var out []string
	for p := range strings.SplitSeq(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// build validates the records and indexes them; nothing is kept on error.
func build(recs []userRecord, lines []int) (*Gazetteer, error) {
	l := &layer{ents: make([]Entity, 0, len(recs))}
	b := index.NewBuilder()
	seen := map[string]int{}
	for i, r := range recs {
		perr := func(format string, args ...any) error {
			return &ParseError{Line: lines[i], Err: fmt.Errorf(format, args...), Text: r.ID}
		}
		if !reUserID.MatchString(r.ID) {
			return nil, perr("bad id %q (want letters, digits, and - _ . :)", r.ID)
		}
		if at, dup := seen[r.ID]; dup {
			return nil, perr("duplicate id %q (first on line %d)", r.ID, at)
		}
		seen[r.ID] = lines[i]
		t, ok := parseType(strings.ToLower(r.Type))
		if !ok {
			return nil, perr("unknown type %q (want person, place or organization)", r.Type)
		}
		if len(r.Names)+len(r.Ambiguous) == 0 {
			return nil, perr("entity %q has no names", r.ID)
		}
		if r.Country != "" && (len(r.Country) != 2 || strings.ToUpper(r.Country) != r.Country) {
			return nil, perr("country %q is not an ISO 3166-1 alpha-2 code in capitals", r.Country)
		}
		for _, list := range [][]string{r.Names, r.Surnames, r.Ambiguous, r.Adjectives} {
			for _, n := range list {
				if strings.ContainsAny(n, "|\t") || !utf8.ValidString(n) {
					return nil, perr("bad name %q", n)
				}
			}
		}
		name := ""
		if len(r.Names) > 0 {
			name = r.Names[0]
		} else {
			name = r.Ambiguous[0]
		}
		l.ents = append(l.ents, Entity{ID: r.ID, Type: t, Name: name, Names: r.Names,
			Surnames: r.Surnames, Ambiguous: r.Ambiguous, Adjectives: r.Adjectives,
			Country: r.Country, Wikidata: r.Wikidata, Kind: r.Kind, Source: "user",
			Description: r.Description})
		if _, err := b.AddNames(index.Names{Ent: uint32(i), Type: uint8(t), Strong: r.Names,
			Weak: r.Surnames, Ambiguous: r.Ambiguous, Adjectives: r.Adjectives}); err != nil {
			return nil, perr("%v", err)
		}
	}
	x, err := b.Build()
	if err != nil {
		return nil, err
	}
	l.x = x
	if len(l.ents) == 0 {
		return &Gazetteer{}, nil
	}
	return &Gazetteer{layers: []*layer{l}}, nil
}
