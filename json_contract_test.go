package arnews

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/internal/jsonschema"
	"github.com/arnews/arnews/internal/shared"
)

// contractText has a hedged amount, a Hijri date, a warning, a hashtag and
// a mention, so that every optional field of the layout shows.
const contractText = "قال وزير الخارجية الإيراني محمد جواد ظريف أمس الأحد في طهران إن نحو 300 شخص قتلوا منذ نحو ثلاثة أسابيع، في 8 رمضان 1442. #إيران @JZarif"

var contractAnchor = time.Date(2020, 10, 6, 12, 0, 0, 0, time.FixedZone("", 3*3600))

// Why, fifth bullet: json.Marshal gives one shape for a Document, a
// *Document and structs holding either.
func TestMarshalValueAndPointer(t *testing.T) {
	d := Analyze(contractText, contractAnchor)
	want := d.AppendJSON(nil, JSONOptions{})
	for name, v := range map[string]any{
		"Document":          *d,
		"*Document":         d,
		"struct{Document}":  struct{ D Document }{*d},
		"struct{*Document}": struct{ D *Document }{d},
		"[]Document":        []Document{*d},
	} {
		got, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Contains(got, want) {
			t.Errorf("%s: json.Marshal does not give the Document's layout:\n%.300s", name, got)
		}
	}
}

// equalDocuments reports how a and b differ, or "": times compare as
// instants, an empty slice equals a nil one.
func equalDocuments(a, b *Document) string {
	norm := func(d *Document) Document {
		c := *d
		c.Published, c.Written = c.Published.UTC(), c.Written.UTC()
		c.Dates = nil
		for _, e := range d.Dates {
			e.From, e.To = e.From.UTC(), e.To.UTC()
			c.Dates = append(c.Dates, e)
		}
		if len(c.Sentences) == 0 {
			c.Sentences = nil
		}
		if len(c.Tokens) == 0 {
			c.Tokens = nil
		}
		if len(c.Mentions) == 0 {
			c.Mentions = nil
		}
		if len(c.Entities) == 0 {
			c.Entities = nil
		}
		return c
	}
	na, nb := norm(a), norm(b)
	va, vb := reflect.ValueOf(na), reflect.ValueOf(nb)
	for i := 0; i < va.NumField(); i++ {
		if !reflect.DeepEqual(va.Field(i).Interface(), vb.Field(i).Interface()) {
			return fmt.Sprintf("field %s differs:\n%+v\n%+v", va.Type().Field(i).Name, va.Field(i).Interface(), vb.Field(i).Interface())
		}
	}
	return ""
}

func roundTrip(t *testing.T, d *Document, what string) {
	t.Helper()
	b, err := json.Marshal(*d)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	var back Document
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("%s: the library cannot read its own JSON back: %v", what, err)
	}
	if diff := equalDocuments(d, &back); diff != "" {
		t.Fatalf("%s: round trip: %s", what, diff)
	}
}

// Why, fifth bullet: the library reads its own JSON back into an equal
// Document, with the dates' kind, approx, hijri and warning.
func TestJSONRoundTrip(t *testing.T) {
	stamp, err := New(TrustStamp()) // so that أمس الأحد on a Tuesday warns
	if err != nil {
		t.Fatal(err)
	}
	d := stamp.Analyze(contractText, contractAnchor)
	var approx, hijri, warning bool
	for _, e := range d.Dates {
		approx = approx || e.Approx
		hijri = hijri || e.Hijri.Year != 0
		warning = warning || e.Warning != ""
	}
	if !approx || !hijri || !warning {
		t.Fatalf("the test text lost its approx %v / hijri %v / warning %v: %+v", approx, hijri, warning, d.Dates)
	}
	b, _ := json.Marshal(d)
	for _, want := range []string{`"kind":"relative"`, `"kind":"hijri"`, `"approx":true`, `"hijri":{"year":1442,"month":9,"day":8}`, `"warning":`} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("no %s in the JSON", want)
		}
	}
	roundTrip(t, d, "contract text")
	roundTrip(t, Analyze("", time.Time{}), "empty document")
	// Years RFC 3339 cannot hold, as the corpus has them (483 ق.م).
	far := Analyze("عام 483 قبل الميلاد", contractAnchor)
	far.Dates = append(far.Dates, dates.Expression{Text: "x", From: time.Date(12000, 2, 29, 0, 0, 0, 0, time.UTC), To: time.Date(-4, 2, 29, 0, 0, 0, 0, time.UTC)})
	roundTrip(t, far, "far years")

	// An entity of the user's own comes back with what the JSON carries.
	user, err := entities.Load(strings.NewReader("id\ttype\tnames\tcountry\nx-acme\torganization\tشركة أكمي\tEG\n"))
	if err != nil {
		t.Fatal(err)
	}
	g, _ := entities.Default().Merge(user)
	an, _ := New(WithGazetteer(g))
	d = an.Analyze("قالت شركة أكمي في طهران إن شركة أكمي", contractAnchor)
	b, _ = json.Marshal(d)
	var back Document
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Entities) != 2 || back.Entities[0].Entity.ID != "x-acme" || back.Entities[0].Entity.Country != "EG" || back.Entities[0].Count != 2 ||
		back.Mentions[0].Entity != back.Entities[0].Entity || back.Mentions[2].Entity != back.Entities[0].Entity {
		t.Errorf("user entity: %+v %+v / %+v", *back.Entities[0].Entity, back.Entities, back.Mentions)
	}
	if back.Entities[1].Entity != d.Entities[1].Entity {
		t.Error("a default gazetteer entity did not come back as the same *Entity")
	}
}

// The round trip on the seed article and the first 300 corpus articles.
func TestJSONRoundTripCorpus(t *testing.T) {
	roundTrip(t, Analyze(shared.Seed(t), contractAnchor), "seed")
	n := 300
	if testing.Short() {
		n = 30
	}
	shared.Articles(t, shared.CorpusFiles[0], func(a shared.Article) bool {
		pub, err := time.Parse(time.DateOnly, a.Date)
		if err != nil {
			pub = contractAnchor
		}
		if utf8.ValidString(a.Text) {
			roundTrip(t, Analyze(a.Text, pub.Add(12*time.Hour)), "article "+a.ID)
		}
		n--
		return n > 0
	})
}

// Bad JSON is an error, never a panic or a Document with spans outside
// its text.
func TestUnmarshalBad(t *testing.T) {
	for _, s := range []string{
		``, `[]`, `{"text":"abc","sentences":[{"start":2,"end":9}]}`,
		`{"text":"abc","tokens":[{"text":"x","start":-1,"end":1,"kind":"word"}]}`,
		`{"text":"abc","tokens":[{"text":"x","start":0,"end":1,"kind":"verb"}]}`,
		`{"text":"abc","dates":[{"text":"x","start":0,"end":1,"grain":"fortnight"}]}`,
		`{"text":"abc","mentions":[{"text":"x","start":0,"end":1,"type":"place"}]}`,
		`{"text":"abc","published":"yesterday"}`,
		`{"text":"abc","entities":[{"name":"x","type":"place","count":1}]}`,
		// A kind or type left out would be written as "other", which no
		// reader takes back (found by the fuzz smoke of CI).
		`{"text":"0","tokens":[{}]}`,
		`{"text":"abc","tokens":[{"text":"a","start":0,"end":1}]}`,
		`{"text":"abc","mentions":[{"text":"a","start":0,"end":1,"entity":{"id":"x","type":"place"}}]}`,
		`{"text":"abc","mentions":[{"text":"a","start":0,"end":1,"type":"place","entity":{"id":"x"}}]}`,
		`{"text":"abc","entities":[{"id":"x","count":1}]}`,
	} {
		var d Document
		if err := json.Unmarshal([]byte(s), &d); err == nil {
			t.Errorf("%s: no error", s)
		}
	}
}

// FuzzDocumentUnmarshalJSON: any bytes are read without a panic, and what
// is read writes back to JSON that reads back the same.
func FuzzDocumentUnmarshalJSON(f *testing.F) {
	d := Analyze(contractText, contractAnchor)
	b, _ := json.Marshal(d)
	f.Add(b)
	f.Add(d.AppendJSON(nil, JSONOptions{OmitText: true, OmitTokens: true}))
	f.Add([]byte(`{"text":"abc","sentences":[{"start":0,"end":3}],"published":null}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		var d Document
		if json.Unmarshal(in, &d) != nil {
			return
		}
		for _, s := range d.Sentences {
			if s.Start < 0 || s.End < s.Start || (d.Text != "" && s.End > len(d.Text)) {
				t.Fatalf("sentence outside the text: %+v", s)
			}
		}
		if d.Text == "" {
			return // JSON without its text (OmitText): the spans have nothing to point into
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("a Document read from JSON cannot be written: %v", err)
		}
		var back Document
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("written JSON does not read back: %v\n%s", err, b)
		}
	})
}

// loadSchema reads the versioned JSON Schema of the layout.
func loadSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	s, err := jsonschema.Load("schema/document-v1.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// checkSchema validates a document's JSON against the schema.
func checkSchema(t *testing.T, schema *jsonschema.Schema, b []byte, what string) {
	t.Helper()
	if err := schema.ValidateJSON(b); err != nil {
		t.Fatalf("%s: the JSON does not follow schema/document-v1.json: %v", what, err)
	}
}

// The output follows the versioned schema, with every option, on the
// contract text, the seed and corpus articles; and the checker does catch
// what breaks the schema.
func TestJSONSchema(t *testing.T) {
	schema := loadSchema(t)
	d := Analyze(contractText, contractAnchor)
	for _, opt := range []JSONOptions{{}, {OmitText: true}, {OmitTokens: true}} {
		checkSchema(t, schema, d.AppendJSON(nil, opt), fmt.Sprintf("contract text %+v", opt))
	}
	checkSchema(t, schema, Analyze("", time.Time{}).AppendJSON(nil, JSONOptions{}), "empty")
	good := d.AppendJSON(nil, JSONOptions{})
	for _, bad := range []struct{ from, to string }{
		{`"kind":"word"`, `"kind":"verb"`},
		{`"grain":"day"`, `"grain":"fortnight"`},
		{`"published":"2020`, `"publishd":"2020`},
		{`"approx":true`, `"approx":1`},
		{`"count":`, `"count":-`},
		{`"bytes":`, `"extra":0,"bytes":`},
		{`"from":"2020-`, `"from":"20-`},
	} {
		b := bytes.Replace(good, []byte(bad.from), []byte(bad.to), 1)
		var v any
		if bytes.Equal(b, good) || json.Unmarshal(b, &v) != nil {
			t.Fatalf("mutation %v did not apply", bad)
		}
		if schema.Validate(v) == nil {
			t.Errorf("the checker accepts %s for %s", bad.to, bad.from)
		}
	}
	checkSchema(t, schema, Analyze(shared.Seed(t), contractAnchor).AppendJSON(nil, JSONOptions{}), "seed")
	n := 100
	shared.Articles(t, shared.CorpusFiles[1], func(a shared.Article) bool {
		checkSchema(t, schema, Analyze(a.Text, contractAnchor).AppendJSON(nil, JSONOptions{}), "article "+a.ID)
		n--
		return n > 0
	})
}
