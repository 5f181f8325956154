package dates

import (
	"strings"
	"testing"
	"time"

	"github.com/arnews/arnews/internal/shared"
)

// TestCorpus runs Find over real articles, each anchored on its own
// publication date, and checks what must hold everywhere: well-formed
// spans, and that a bare أمس is the day before the anchor while أمس + the
// weekday of that day agrees without a warning. It reads 300 articles in
// -short mode and 5,000 otherwise.
func TestCorpus(t *testing.T) {
	limit := 5000
	if testing.Short() {
		limit = 300
	}
	n, exprs, yesterdays, agreeing, warned := 0, 0, 0, 0, 0
	shared.Articles(t, shared.CorpusFiles[1], func(a shared.Article) bool {
		anchor, err := time.Parse("2006-01-02", a.Date)
		if err != nil {
			return true
		}
		prev := 0
		for _, e := range Find(a.Text, anchor) {
			exprs++
			if e.Start < prev || e.End <= e.Start || e.Text != a.Text[e.Start:e.End] || !e.From.Before(e.To) {
				t.Fatalf("%s: bad expression %+v", a.ID, e)
			}
			prev = e.End
			if e.Warning != "" {
				warned++
			}
			y := anchor.AddDate(0, 0, -1)
			switch {
			case e.Text == "أمس":
				yesterdays++
				if !e.From.Equal(y) || !e.To.Equal(anchor) || e.Grain != Day {
					t.Errorf("%s: bare أمس -> [%v, %v)", a.ID, e.From, e.To)
				}
			case strings.HasPrefix(e.Text, "أمس ") && !strings.HasPrefix(e.Text, "أمس الأول") && e.Kind == Relative && e.Warning == "" && strings.Count(e.Text, " ") == 1:
				agreeing++
				if !e.From.Equal(y) {
					t.Errorf("%s: %q agrees with the anchor but resolves to %v", a.ID, e.Text, e.From)
				}
			}
		}
		n++
		// In -short mode, read on past the limit until a bare أمس has been
		// seen: the first 300 articles hold only one, and a rule that reads
		// it as part of a longer phrase (الرابعة عصر أمس) must not fail this.
		return n < limit || yesterdays == 0 && n < 5000
	})
	if n == 0 || exprs == 0 || yesterdays == 0 {
		t.Fatalf("read %d articles, found %d expressions, %d bare أمس", n, exprs, yesterdays)
	}
	t.Logf("%d articles: %d expressions, %d bare أمس, %d أمس+weekday agreeing, %d warnings", n, exprs, yesterdays, agreeing, warned)
}
