package entities

import (
	"iter"
	"sync"
	"unicode/utf8"

	"github.com/arnews/arnews/entities/internal/index"
	"github.com/arnews/arnews/internal/wordclass"
	"github.com/arnews/arnews/tokenize"
)

// maxFold is the longest folded word that can be part of a name; longer
// words are scanned but never match.
const maxFold = 48

// maxNameWords is the most words of a name the scan looks at.
const maxNameWords = 15

// ring is how many words the finder keeps: more than the words a match
// looks at (maxNameWords and the one after, see latin) and the word
// before them (prev), so that the previous word stays where it was read
// rather than being copied at every step. A power of two: the ring's
// indexes wrap with a mask.
const ring = 32

var _ [ring - maxNameWords - 2]struct{} // (ring holds a name, the word after it and the one before)

var _ [0]struct{} = [ring & (ring - 1)]struct{}{} // (ring is a power of two)

// word is one scanned word of the text.
type word struct {
	start, end int
	h          uint64 // hash of the folded word; 0 when it cannot match
	n          uint8  // folded length (maxFold+1 when longer)
	tanween    bool   // carries fathatan (an indefinite accusative: سوريّاً), when tanKnown
	tanKnown   bool   // tanween is set; else hasTanween finds it in the text
	joined     bool   // only horizontal space since the previous word
	noName     bool   // no name starts at the word: match need not look (see wordclass.NoName)
	offs       [4]int // byte offset of each of the first four folded bytes when the first is a proclitic (isProclitic), else 0: only offsets behind proclitics are read
	fold       [maxFold]byte
}

func (w *word) folded() []byte {
	if int(w.n) > maxFold {
		return nil
	}
	return w.fold[:w.n]
}

// Hashes of context words.
var (
	hKull  = hashOf("كل")
	hBKull = hashOf("بكل")
	hLKull = hashOf("لكل")
	// Words after which an ambiguous organization name is the organization.
	orgContext = []uint64{hashOf("حركة"), hashOf("حركتي"), hashOf("حركتا"), hashOf("حزب"),
		hashOf("تنظيم"), hashOf("جماعة"), hashOf("منظمة"), hashOf("فصائل"), hashOf("فصيل"),
		hashOf("قيادي"), hashOf("قادة"), hashOf("مقاتلي"), hashOf("عناصر"), hashOf("كتائب"),
		// Clubs and teams: فريق الهلال, لاعب الأهلي, مدرب الزمالك.
		hashOf("نادي"), hashOf("فريق"), hashOf("فريقي"), hashOf("لاعب"), hashOf("لاعبي"), hashOf("لاعبو"),
		hashOf("مدرب"), hashOf("جماهير"), hashOf("شركة")}
	// Words after which a city that is also a club's name is the club
	// (نجم برشلونة, حارس ليفربول) beside orgContext's. Not for the
	// ambiguous names (الهلال, النصر), whose club the text decides.
	clubContext = []uint64{hashOf("نجم"), hashOf("نجوم"), hashOf("هداف"), hashOf("حارس"), hashOf("مهاجم")}
)

func hashOf(s string) uint64 {
	return index.HashFold(s)
}

// placeTriggers are the words after which a place spelt like a common
// word is the place: مدينة الباب, محافظة حجة, ريف حماة, with their
// proclitics.
var placeTriggers = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{"مدينة", "مدينتي", "مدينتا", "محافظة", "محافظتي", "ولاية", "بلدة", "بلدتي",
		"قرية", "إقليم", "منطقة", "مخيم", "جزيرة", "معتمدية", "قضاء", "ناحية", "العاصمة", "عاصمة",
		"ريف", "ريفي"} {
		for _, p := range []string{"", "و", "ب", "ل", "ف", "وب", "فب", "ول", "لل"} {
			m[hashOf(p+w)] = true
		}
	}
	return m
}()

// candidate is a mention found by the scan; weak ones wait for the end
// of the text to be confirmed.
type candidate struct {
	start, end int
	typ        Type
	ent        *Entity
	weak       []index.Entry // the readings of a weak candidate, when ent is nil
	noAmb      bool          // the context refused the ambiguous ones
	club       *Entity       // the club a city name may be, chosen by sportsContext
	layer      *layer
}

type finder struct {
	layers  []*layer
	text    string
	st      *tokenize.Stream // the text's word stream, or nil: see streamNext
	ew      []wordclass.Word // the Words of st's tokens (internal/wordclass), as long, or nil: see streamNext
	ti      int              // index in st of the token streamNext looked at last
	tpos    int              // the end of the last word streamNext read, when ti is the token after it's (else -1)
	pos     int
	words   [ring]word
	head    int  // index in words of the current word
	n       int  // buffered words from head
	hasPrv  bool // the word before the current one is at(-1) (see prev)
	stale   bool // the ring's record of prev is not read yet: streamRun took it (see refillPrev)
	staleT  int  // then its token
	staleP  int  // and where streamNext reads it from
	cands   []candidate
	weak    bool    // some candidate is weak
	sport   bool    // some candidate is a city that may be a club
	keep    bool    // keep the words for the recognizer (see keepWord)
	keepNow bool    // keep each word scan reads: keep, during find's scan
	kept    []kept  // the words, when keep
	heads   []int32 // the kept words that are place heads, noted by chunksKept (see entHead)
}

var finderPool = sync.Pool{New: func() any { return new(finder) }}

// Find returns the mentions of the gazetteer's entities in text, in text
// order, without overlaps. It never panics: invalid UTF-8 separates words,
// and an empty or nil gazetteer finds nothing.
//
// The scan takes the longest name that starts at each word (over the
// gazetteer's names compared in folded form: hamza on alef, alef maksura,
// teh marbuta, diacritics and tatweel do not matter), after taking off the
// proclitics و ف ب ل ك that a word may carry (وبالعاصمة). A surname alone
// (روحاني), or an organization name that is also a common word (حماس), is
// reported only when the same entity has a full mention somewhere in the
// same text (headlines often use the surname before the article gives the
// full name); an ambiguous name is also accepted right after a word such
// as حركة or حزب (or, for a club, نادي, فريق or لاعب), and never after بكل
// or with the clitics ب and ك ("بكل حماس").
//
// With a model attached (Default has one; see WithModel), Find also
// reports the names the model recognizes and the gazetteer does not list.
func (g *Gazetteer) Find(text string) []Mention {
	if g == nil || len(g.layers) == 0 {
		return nil
	}
	return g.findIn(text, nil, nil)
}

// FindStream returns the mentions that Find returns for st.Text(), reading
// the words of the word stream st (made by tokenize.Stream.Reset): the
// words of Arabic letters are taken with their search keys (Stream.Key)
// rather than scanned and folded again; the others are read from the
// text. Offsets are byte offsets into st.Text(). A nil st has no mentions.
// st is only read, so several goroutines may call FindStream on one filled
// stream.
func (g *Gazetteer) FindStream(st *tokenize.Stream) []Mention {
	if st == nil {
		return nil
	}
	return g.findIn(st.Text(), st, nil)
}

// findIn is Find of text, whose word stream is st (or nil) and the Words
// of st's tokens ew (or nil).
func (g *Gazetteer) findIn(text string, st *tokenize.Stream, ew []wordclass.Word) []Mention {
	if g == nil || len(g.layers) == 0 {
		return nil
	}
	f := g.findWords(text, st, ew)
	if g.rec != nil {
		g.recognize(f)
	}
	n := 0
	for i := range f.cands {
		if f.cands[i].ent != nil {
			n++
		}
	}
	var out []Mention
	if n > 0 {
		out = make([]Mention, 0, n) // one allocation
	}
	for _, c := range f.cands {
		if c.ent != nil {
			out = append(out, Mention{Text: text[c.start:c.end], Start: c.start, End: c.end, Type: c.typ, Entity: c.ent})
		}
	}
	f.release()
	return out
}

// All iterates over the mentions Find returns, without building the
// slice. The text is scanned to its end before the first mention is
// yielded, since a surname may be confirmed by a full name later on.
func (g *Gazetteer) All(text string) iter.Seq[Mention] {
	return func(yield func(Mention) bool) {
		if g == nil || len(g.layers) == 0 {
			return
		}
		f := g.find(text, nil)
		if g.rec != nil {
			g.recognize(f)
		}
		defer f.release()
		for _, c := range f.cands {
			if c.ent != nil {
				if !yield(Mention{Text: text[c.start:c.end], Start: c.start, End: c.end, Type: c.typ, Entity: c.ent}) {
					return
				}
			}
		}
	}
}

func (f *finder) release() {
	if cap(f.cands) > 1<<16 {
		f.cands = nil
	}
	f.text, f.st, f.ew = "", nil, nil
	f.layers = nil
	if cap(f.kept) > 1<<16 {
		f.kept = nil
	}
	if cap(f.heads) > 1<<16 {
		f.heads = nil
	}
	clear(f.cands)
	f.cands = f.cands[:0]
	finderPool.Put(f)
}

// find runs the gazetteer's scan over text, whose word stream st is (nil:
// the text is scanned alone).
func (g *Gazetteer) find(text string, st *tokenize.Stream) *finder {
	return g.findWords(text, st, nil)
}

// findWords is find, given the Words of st's tokens (ew: made for g, see
// wordclass.EntitiesFind), or nil.
func (g *Gazetteer) findWords(text string, st *tokenize.Stream, ew []wordclass.Word) *finder {
	f := finderPool.Get().(*finder)
	f.ew = ew
	f.layers, f.text, f.pos, f.head, f.n, f.hasPrv, f.weak, f.sport = g.layers, text, 0, 0, 0, false, false, false
	f.st, f.ti, f.tpos, f.stale = st, 0, 0, false // (token 0 is the first at 0 or after)
	f.keep, f.kept, f.heads = g.rec != nil && int64(len(text)) < 1<<31, f.kept[:0], f.heads[:0]
	if f.keep && cap(f.kept) == 0 {
		f.kept = make([]kept, 0, min(len(text)/8+16, maxRecorded))
	}
	f.cands = f.cands[:0]
	f.keepNow = f.keep
	for {
		// fill(1), written out: most words are read here one at a time,
		// the ring empty (match reads further ahead only at a name's
		// start)
		if f.n == 0 {
			if f.keepNow && f.ew != nil {
				f.streamRun() // (the words no name starts at, fast)
			}
			if f.n == 0 {
				if !(f.st != nil && f.streamNext(&f.words[f.head]) || f.scanText(&f.words[f.head])) {
					break
				}
				f.n = 1
			}
		}
		if w0 := &f.words[f.head]; w0.noName || w0.h == 0 {
			// no name starts here (match would return 0 at once): most
			// words, whose Word carries wordclass.NoName
			f.advance(1)
			f.stale = false
			continue
		}
		if f.stale {
			f.refillPrev() // (match may read prev)
		}
		if k := f.match(); k > 0 {
			f.advance(k)
		} else {
			f.advance(1)
		}
	}
	f.keepNow = false
	if f.sport {
		f.sports()
	}
	if f.weak {
		f.confirm()
	}
	f.conventions()
	return f
}

// fill makes sure k words are buffered; false when the text has fewer left.
func (f *finder) fill(k int) bool {
	for f.n < k {
		w := &f.words[(f.head+f.n)&(ring-1)]
		if !(f.st != nil && f.streamNext(w) || f.scanText(w)) { // (scan)
			return false
		}
		f.n++
	}
	return true
}

func (f *finder) at(k int) *word { return &f.words[(f.head+k)&(ring-1)] }

// prev is the word before the current one, when hasPrv: fill never
// reaches its place in the ring (see ring).
func (f *finder) prev() *word { return f.at(-1) }

func (f *finder) advance(k int) {
	f.hasPrv = true
	f.head = (f.head + k) & (ring - 1)
	f.n -= k
}

// scan reads the next word from f.pos into w, folding and hashing it:
// from the word stream when it has the word (streamNext), else from the
// text (scanText).
func (f *finder) scan(w *word) bool {
	return f.st != nil && f.streamNext(w) || f.scanText(w)
}

// scanText is scan reading the text.
func (f *finder) scanText(w *word) bool {
	s := f.text
	// Skip to the start of a word.
	i, joined := skipGap(s, f.pos, len(s))
	if i >= len(s) {
		f.pos = i
		return false
	}
	w.start = i
	w.joined = joined
	w.tanween, w.tanKnown = false, true
	h := uint64(14695981039346656037)
	nf := 0
	// mode: 0 before the first rune, 1 a digit run, 2 an ASCII-letter
	// word (digits may follow: G20), 3 a word with an Arabic letter, 4 a
	// word with other letters. Arabic and ASCII letters glued together are
	// two words, as for package tokenize.
	mode := 0
	end := i
	for i < len(s) {
		if mode == 3 {
			// In a word of Arabic letters, the runes of the Arabic block
			// that go on the word (letters of one code, marks) inline; any
			// other rune is left to the general case below.
			for i+1 < len(s) {
				c := s[i]
				if c < 0xD8 || c > 0xDB || s[i+1]&0xC0 != 0x80 {
					break
				}
				k := int(c&0x03)<<6 | int(s[i+1]&0x3F) // rune - 0x600
				cl, f := index.ArabicClass[k], index.ArabicFold[k]
				if cl == index.ClassSep || cl == index.ClassDigit || f == 0xFF || f == 1 && cl == index.ClassInWord {
					break
				}
				if k == 0x4B { // U+064B fathatan
					w.tanween = true
				}
				if f != 0 {
					nf, h = w.pushFold(nf, h, i, f)
				}
				i += 2
				end = i
			}
			if i >= len(s) {
				break
			}
		}
		c := s[i]
		var f byte
		var cl uint8
		var size int
		var r rune
		if c < utf8.RuneSelf {
			cl, f, size = index.ASCIIClass[c], index.ASCIIFold[c], 1
		} else if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			cl, f, size = index.ArabicClass[r-0x600], index.ArabicFold[r-0x600], 2
			if r == '\u064B' {
				w.tanween = true
			}
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				cl = index.ClassSep
			} else {
				cl = index.Class(r)
			}
			size = n
			f = 0xFF
			if cl == index.ClassInWord {
				f = 0
				if index.IsInvisible(r) {
					// Not the end of the word unless more letters follow.
					f = 1
				}
			}
		}
		if cl == index.ClassSep {
			break
		}
		switch mode {
		case 0:
			switch {
			case cl == index.ClassDigit:
				mode = 1
			case c < utf8.RuneSelf:
				mode = 2
			case index.IsArabicLetter(r):
				mode = 3
			default:
				mode = 4
			}
		case 1:
			if cl != index.ClassDigit {
				goto done
			}
		case 2:
			if cl == index.ClassLetter && c >= utf8.RuneSelf {
				if index.IsArabicLetter(r) {
					goto done
				}
				mode = 4
			}
		case 3:
			if cl == index.ClassDigit || cl == index.ClassLetter && c < utf8.RuneSelf {
				goto done
			}
		case 4:
			if cl == index.ClassDigit {
				goto done
			}
			if cl == index.ClassLetter && c >= utf8.RuneSelf && index.IsArabicLetter(r) {
				mode = 3
			}
		}
		switch {
		case f == 0:
		case f == 1 && cl == index.ClassInWord:
			i += size
			continue
		case f == 0xFF && r >= 0xFB50 && r < 0xFF00 && index.Presentation(r) != nil:
			// A presentation form (ﻻ): its NFKC letters.
			for _, b := range index.Presentation(r) {
				nf, h = w.pushFold(nf, h, i, b)
			}
		case f == 0xFF:
			// A letter kept as UTF-8.
			for j := range size {
				nf, h = w.pushFold(nf, h, i, s[i+j])
			}
		default:
			nf, h = w.pushFold(nf, h, i, f)
		}
		i += size
		end = i
	}
done:
	f.endWord(w, end, nf, h)
	if f.keepNow {
		f.keepWord(w)
	}
	return true
}

// pushFold records b as the nf-th folded byte of w, given by the rune at
// byte at: its offset for the first four, the byte while it fits maxFold,
// and the running FNV-1a hash h. It returns the new count and hash.
func (w *word) pushFold(nf int, h uint64, at int, b byte) (int, uint64) {
	if nf < 4 {
		w.offs[nf] = at
	}
	if nf < maxFold {
		w.fold[nf] = b
	}
	return nf + 1, (h ^ uint64(b)) * 1099511628211
}

// endWord closes w at end, with nf folded letters hashed to h (a fold
// longer than maxFold is marked too long, with no hash), and moves the
// scan past it.
func (f *finder) endWord(w *word, end, nf int, h uint64) {
	w.end = end
	f.pos = end
	w.noName = false
	if nf > 0 && !isProclitic(w.fold[0]) {
		w.offs = [4]int{} // (see word.offs)
	}
	if nf > maxFold {
		w.n = maxFold + 1
		w.h = 0
	} else {
		w.n = uint8(nf)
		w.h = h
	}
}

// variant is one way to read the first word of a name: the whole word or
// the word without its proclitics.
type variant struct {
	h     uint64
	start int
	proc  byte // the last proclitic taken off (0 for none)
}

func (f *finder) variants(w *word, out *[4]variant) int {
	n := 0
	out[n] = variant{h: w.h, start: w.start}
	n++
	fw := w.folded()
	if len(fw) < 4 || w.h == 0 {
		return n
	}
	p := 0
	if c := fw[0]; c == index.CodeWaw || c == index.CodeFeh {
		p = 1
		out[n] = variant{h: index.HashWord(fw[1:]), start: w.offs[1], proc: c}
		n++
	}
	if len(fw)-p >= 4 {
		switch c := fw[p]; c {
		case index.CodeBeh, index.CodeKaf, index.CodeLam:
			// ك (like) comes before a name with the article (كالكيان
			// الصهيوني); before a bare word it is mostly part of the word
			// (كسوفا is not ك + سوفا).
			if c != index.CodeKaf || len(fw)-p > 3 && fw[p+1] == index.CodeAlef && fw[p+2] == index.CodeLam {
				out[n] = variant{h: index.HashWord(fw[p+1:]), start: w.offs[p+1], proc: c}
				n++
			}
			// ل before the article drops its alef: للعراق = ل + العراق.
			if c == index.CodeLam && fw[p+1] == index.CodeLam && p+1 < 4 {
				out[n] = variant{h: index.HashWordFrom(index.CodeAlef, fw[p+1:]), start: w.offs[p+1], proc: c}
				n++
			}
		}
	}
	return n
}

// firstLookup is the index's answer for the whole first word of a name.
type firstLookup struct {
	v  uint32
	ok bool
}

// match tries the names that start at the current word; it records the
// longest and returns how many words it covers (0 for none).
func (f *finder) match() int {
	w0 := f.at(0)
	if w0.h == 0 || w0.noName {
		return 0
	}
	key0 := index.Step(index.Root, w0.h)
	var v0 uint32 // the one layer's answer for key0, when looked
	looked := false
	if len(f.layers) == 1 && (w0.n < 4 || !isProclitic(w0.fold[0])) {
		// Most words: one layer, and no proclitic to take off (variants
		// gives the whole word alone), so a name can start here only if
		// the whole word is a key (the filter's test inline first).
		x := f.layers[0].x
		if !x.MayHave(key0) {
			return 0
		}
		v, ok := x.Lookup(key0)
		if !ok {
			return 0
		}
		v0, looked = v, true
	}
	var vs [4]variant
	nv := f.variants(w0, &vs)
	// A stop word is never a name alone and never split into clitics.
	// The look-ups of the whole word are kept for its first variant (the
	// same key) when there are few layers.
	var first [4]firstLookup
	keepFirst := len(f.layers) <= len(first)
	for li, l := range f.layers {
		v, ok := v0, looked
		if !looked {
			v, ok = l.x.Lookup(key0)
		}
		if keepFirst {
			first[li] = firstLookup{v, ok}
		}
		if ok && v&index.ValStop != 0 {
			nv = 1
			if !keepFirst {
				break
			}
		}
	}
	bestLen := 0
	var bestVar variant
	var bestVal uint32
	var bestLayer *layer
	for vi := 0; vi < nv; vi++ {
		va := vs[vi]
		for li := len(f.layers) - 1; li >= 0; li-- {
			l := f.layers[li]
			var key uint64
			var v uint32
			var ok bool
			if vi == 0 && keepFirst {
				key, v, ok = key0, first[li].v, first[li].ok
			} else {
				key = index.Step(index.Root, va.h)
				v, ok = l.x.Lookup(key)
			}
			if !ok {
				continue
			}
			if v&index.ValEntry != 0 && (v&index.ValStop == 0 || f.afterTrigger() || va.proc == index.CodeWaw && f.afterPlaceAnd(va)) && 1 > bestLen {
				bestLen, bestVar, bestVal, bestLayer = 1, va, v, l
			}
			for k := 1; k < maxNameWords; k++ {
				if !f.fill(k + 1) {
					break
				}
				wk := f.at(k)
				if !wk.joined || wk.h == 0 {
					break
				}
				key = index.Step(key, wk.h)
				v, ok = l.x.Lookup(key)
				if !ok {
					break
				}
				if v&index.ValEntry != 0 && k+1 > bestLen {
					bestLen, bestVar, bestVal, bestLayer = k+1, va, v, l
				}
			}
		}
	}
	if bestLen == 0 {
		return 0
	}
	end := f.at(bestLen - 1)
	c := candidate{start: bestVar.start, end: end.end, layer: bestLayer}
	run := bestLayer.x.Run(bestVal)
	if isLatin(w0) {
		if run = f.latin(bestLen, bestLayer, run); run == nil {
			return 0
		}
	}
	if !f.choose(&c, run, bestVar, end, bestLen) {
		return 0
	}
	f.cands = append(f.cands, c)
	return bestLen
}

// choose picks the reading of a matched name in its context.
func (f *finder) choose(c *candidate, run []index.Entry, va variant, last *word, nWords int) bool {
	l := c.layer
	set := func(e index.Entry) bool {
		c.ent = &l.ents[e.Ent]
		c.typ = Type(e.Type)
		if e.Flags&index.Titled != 0 && nWords > 1 {
			c.start = f.at(1).start // الأمير هاري: the title stays outside
		}
		return true
	}
	const alt = index.AltTanween | index.AltDefinite
	if nWords == 1 && run[0].Flags&index.Trigger != 0 {
		// Only a place after مدينة and the like reaches here (see match).
		return set(run[0])
	}
	plain := false
	for _, e := range run {
		if e.Flags&(alt|index.Weak) == 0 {
			plain = true
			break
		}
	}
	if plain {
		tanween := f.hasTanween(last) || nWords == 1 && f.hasPrv && f.at(0).joined && f.hasTanween(f.prev())
		// After a definite noun (الحكومة السعودية), or after an
		// indefinite feminine one when the name is indefinite and feminine
		// too (قاعدة جوية سورية), a form that is both a name and an
		// adjective is the adjective.
		definite := false
		if va.proc == 0 && f.hasPrv && f.at(0).joined {
			pf := f.prev().folded()
			definite = isDefinite(pf)
			// (Only an indefinite name: بقيادة السعودية is a construct,
			// "led by Saudi Arabia".)
			if lf := last.folded(); !definite && nWords == 1 && len(pf) > 2 && len(lf) > 2 &&
				pf[len(pf)-1] == index.CodeHeh && lf[len(lf)-1] == index.CodeHeh &&
				(lf[0] != index.CodeAlef || lf[1] != index.CodeLam) {
				definite = true
			}
		}
		for _, e := range run {
			if e.Flags&index.AltTanween != 0 && tanween || e.Flags&index.AltDefinite != 0 && definite {
				return set(e)
			}
		}
		for _, e := range run {
			if e.Flags&(alt|index.Weak) == 0 {
				if Type(e.Type) == Place && nWords == 1 {
					if club := f.clubReading(l, run, va); club != nil {
						// A city that is also a club's name (برشلونة): the
						// club after فريق or لاعب, the city after مدينة or
						// في; otherwise the sentence decides (see sports).
						if f.orgContext() || f.clubContext() {
							c.ent, c.typ = club, Organization
							return true
						}
						if !f.afterTrigger() && !f.afterFi() {
							c.club = club
							f.sport = true
						}
					}
				}
				return set(e)
			}
		}
	}
	for _, e := range run {
		if e.Flags&alt != 0 && e.Flags&index.Weak == 0 {
			return set(e)
		}
	}
	// Only weak readings: a surname or an ambiguous name.
	anyWeak := false
	for _, e := range run {
		if e.Flags&index.Weak == 0 {
			continue
		}
		if e.Flags&index.Ambiguous != 0 {
			if c.noAmb || !f.ambiguousOK(va) {
				c.noAmb = true
				continue
			}
			if f.orgContext() {
				return set(e)
			}
		}
		anyWeak = true
	}
	if !anyWeak {
		return false
	}
	c.weak = run
	f.weak = true
	return true
}

// isDefinite reports whether the folded word fw is a noun with the
// article, behind the proclitics it may carry: الحكومة, والحكومة,
// بالحكومة, and للحكومة, where the article's alef is dropped after ل.
func isDefinite(fw []byte) bool {
	if len(fw) > 0 && (fw[0] == index.CodeWaw || fw[0] == index.CodeFeh) && len(fw) > 4 {
		fw = fw[1:]
	}
	if len(fw) > 4 && fw[0] == index.CodeLam && fw[1] == index.CodeLam {
		return true
	}
	if len(fw) > 4 && (fw[0] == index.CodeBeh || fw[0] == index.CodeKaf) && fw[1] == index.CodeAlef && fw[2] == index.CodeLam {
		fw = fw[1:]
	}
	return len(fw) > 3 && fw[0] == index.CodeAlef && fw[1] == index.CodeLam
}

// afterPlaceAnd reports whether the word before is the end of a place
// the scan found, with only space between: a place spelt like a common
// word joined to it by و (va, the word without و) is the place too
// (ريفي حلب وحماة, صعدة والجوف وحجة, النيجر ومالي), as after مدينة,
// except the words as common after a place and و as nouns
// (andNotPlace).
func (f *finder) afterPlaceAnd(va variant) bool {
	if !f.hasPrv || !f.at(0).joined || len(f.cands) == 0 || andNotPlace[va.h] {
		return false
	}
	c := &f.cands[len(f.cands)-1]
	return c.typ == Place && c.ent != nil && c.end == f.prev().end
}

// andNotPlace are the stop words with a place's reading that follow a
// place and و as common nouns more often than as the place, on the
// corpus articles over 3,000 bytes: أوروبا والعالم (63 of 63), سوريا والحد
// من, تركيا والقارة, إيران والثورة, لندن وجامعة, مصر ورواد, البحرين
// وحديثة, الحمص والبيض.
var andNotPlace = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{"العالم", "الحد", "القارة", "الثورة", "ثورة", "جامعة", "رواد", "حديثة", "البيض"} {
		m[hashOf(w)] = true
	}
	return m
}()

// afterTrigger reports whether the word before is مدينة, محافظة or the like.
func (f *finder) afterTrigger() bool {
	return f.hasPrv && f.at(0).joined && placeTriggers[f.prev().h]
}

// ambiguousOK reports whether an ambiguous name may be read as a name
// here: not with the clitics ب and ك (بحماس) and not after كل (بكل حماس).
func (f *finder) ambiguousOK(va variant) bool {
	if va.proc == index.CodeBeh || va.proc == index.CodeKaf {
		return false
	}
	if f.hasPrv && f.at(0).joined {
		if ph := f.prev().h; ph == hKull || ph == hBKull || ph == hLKull {
			return false
		}
	}
	return true
}

// orgContext reports whether the word before is one after which an
// ambiguous organization name is the organization (حركة حماس).
func (f *finder) orgContext() bool {
	if !f.hasPrv || !f.at(0).joined {
		return false
	}
	ph := f.prev().h
	for _, h := range orgContext {
		if ph == h {
			return true
		}
	}
	return false
}

// clubContext reports whether the word before is one after which a city
// that is also a club's name is the club (نجم برشلونة).
func (f *finder) clubContext() bool {
	if !f.hasPrv || !f.at(0).joined {
		return false
	}
	ph := f.prev().h
	for _, h := range clubContext {
		if ph == h {
			return true
		}
	}
	return false
}

// confirm keeps the weak candidates whose entity has a strong mention in
// the text, and drops the others.
func (f *finder) confirm() {
	strong := map[*Entity]bool{}
	for _, c := range f.cands {
		if c.ent != nil {
			strong[c.ent] = true
		}
	}
	for i := range f.cands {
		c := &f.cands[i]
		if c.ent != nil {
			continue
		}
		for _, e := range c.weak {
			if e.Flags&index.Weak == 0 || e.Flags&index.Ambiguous != 0 && c.noAmb {
				continue
			}
			if ent := &c.layer.ents[e.Ent]; strong[ent] {
				c.ent = ent
				c.typ = Type(e.Type)
				break
			}
		}
		// (An unconfirmed candidate keeps its readings: the model may
		// confirm it, see merge.)
	}
}

// clubReading returns the club that a city name may also be (برشلونة,
// ليون): an ambiguous reading of a club, allowed by the clitics (not
// ببرشلونة, "in Barcelona"); nil when there is none.
func (f *finder) clubReading(l *layer, run []index.Entry, va variant) *Entity {
	for _, e := range run {
		if e.Flags&index.Ambiguous == 0 || Type(e.Type) != Organization {
			continue
		}
		if ent := &l.ents[e.Ent]; ent.Kind == "club" {
			if !f.ambiguousOK(va) {
				return nil
			}
			return ent
		}
	}
	return nil
}
