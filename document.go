package arnews

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/tokenize"
)

// A Document is the result of analyzing one text. Every span in it (Start,
// End) is a byte offset into Text: a span's text is Text[Start:End].
type Document struct {
	// Text is the original text, unchanged.
	Text string
	// Published is the publication time the caller gave (the stamp).
	Published time.Time
	// Written is the time that anchored relative dates: Published moved to
	// the day the text itself says it was written (dates.WritingDay), or
	// Published unchanged when the text gives no such evidence or the
	// Analyzer was made with TrustStamp.
	Written time.Time
	// Sentences are the text's sentences, in order.
	Sentences []tokenize.Sentence
	// Tokens are the text's tokens, in order, with their normalized forms
	// and stems.
	Tokens []Token
	// Dates are the date expressions, in order, resolved against Written.
	Dates []dates.Expression
	// Mentions are the entity mentions, in order.
	Mentions []entities.Mention
	// Entities are the entities mentioned, most mentioned first (ties in
	// order of first mention).
	Entities []EntityCount
}

// A Token is a tokenize.Token with its normalized form and stem.
type Token struct {
	Text       string
	Start, End int
	Kind       tokenize.Kind
	// Norm is the token normalized for search (normalize.Search) for words,
	// numbers, hashtags and mentions, and the token itself otherwise.
	Norm string
	// Stem is the stem of a Word token (the Analyzer's stemmer; by default
	// stem.Word), and empty for other kinds.
	Stem string
}

// An EntityCount is an entity with the number of its mentions in a Document.
type EntityCount struct {
	Entity *entities.Entity
	// Count is the number of mentions of Entity.
	Count int
	// First is the byte offset of the first mention.
	First int
}

// A StemCount is a stem with the number of Word tokens that have it.
type StemCount struct {
	Stem  string
	Count int
	// Word is the stem's most frequent word as written in the text (the
	// first of them on a tie), to show for the stem: إثيوبيا for اثيوب.
	Word string
}

// TopStems returns the n most frequent stems of the document's Word tokens,
// most frequent first, ties in order of first occurrence, each with its
// most frequent word. Function words
// (في، من، أن، التي، كان …) and stems of one letter are left out, so what
// remains says what the text is about. n <= 0 means all of them.
func (d *Document) TopStems(n int) []StemCount {
	idx := map[string]int{}
	var out []StemCount
	type form struct{ stem, word string }
	forms := map[form]int{} // occurrences of each word of a stem
	best := []int{}         // per stem, the count of its Word
	for _, t := range d.Tokens {
		if t.Kind != tokenize.Word || utf8.RuneCountInString(t.Stem) < 2 || functionWords[t.Norm] {
			continue
		}
		i, ok := idx[t.Stem]
		if !ok {
			i = len(out)
			idx[t.Stem] = i
			out = append(out, StemCount{Stem: t.Stem})
			best = append(best, 0)
		}
		out[i].Count++
		k := form{t.Stem, t.Text}
		forms[k]++
		if c := forms[k]; c > best[i] {
			out[i].Word, best[i] = t.Text, c
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

// functionWords are frequent Arabic function words, in their
// normalize.Search form, with the clitic و where news often attaches it.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		في من الي علي عن ان او ام ما لا لم لن قد كل بعض غير هذا هذه ذلك تلك هولاء اولءك
		التي الذي الذين اللذين اللتين اللواتي بين بعد قبل مع عند حتي منذ خلال كان كانت كانوا يكون تكون
		ثم اذا اذ لكن لان انه انها انهم الا اما اي ايضا حيث كما فيما بينما مثل نحو عبر ضد دون
		هو هي هم هن نحن انا انت له لها لهم به بها بهم فيه فيها منه منها عليه عليها اليه اليها
		قال وقال قالت وقالت اكد واكد وان وفي ومن وعلي والي وهو وهي وكان وكانت ولا ولم وقد يوم اليوم امس`) {
		m[w] = true
	}
	return m
}()
