package entities

import (
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/arnews/arnews/entities/internal/index"
	"github.com/arnews/arnews/internal/alphabet"
)

// maxFold is the longest folded word that can be part of a name; longer
// words are scanned but never match.
const maxFold = 48

// ring is how many words the finder keeps: one more than the longest name.
const ring = 16

// word is one scanned word of the text.
type word struct {
	start, end int
	h          uint64 // hash of the folded word; 0 when it cannot match
	n          uint8  // folded length (maxFold+1 when longer)
	tanween    bool   // carries fathatan: an indefinite accusative (سوريّاً)
	joined     bool   // only horizontal space since the previous word
	offs       [4]int // byte offset of each of the first four folded bytes
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
)

func hashOf(s string) uint64 { return index.HashWord(index.AppendFold(nil, s)) }

// placeTriggers are the words after which a place spelt like a common
// word is the place: مدينة الباب, محافظة حجة, with their proclitics.
var placeTriggers = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{"مدينة", "مدينتي", "مدينتا", "محافظة", "محافظتي", "ولاية", "بلدة", "بلدتي",
		"قرية", "إقليم", "منطقة", "مخيم", "جزيرة", "معتمدية", "قضاء", "ناحية", "العاصمة", "عاصمة"} {
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
	layers []*layer
	text   string
	pos    int
	words  [ring]word
	head   int // index in words of the current word
	n      int // buffered words from head
	prev   word
	hasPrv bool
	cands  []candidate
	weak   bool   // some candidate is weak
	sport  bool   // some candidate is a city that may be a club
	keep   bool   // keep the words for the recognizer (see keepWords)
	kept   []kept // the words, when keep
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
	f := g.find(text)
	if g.rec != nil {
		g.recognize(f)
	}
	var out []Mention
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
		f := g.find(text)
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
	f.text = ""
	f.layers = nil
	if cap(f.kept) > 1<<16 {
		f.kept = nil
	}
	clear(f.cands)
	f.cands = f.cands[:0]
	finderPool.Put(f)
}

func (g *Gazetteer) find(text string) *finder {
	f := finderPool.Get().(*finder)
	f.layers, f.text, f.pos, f.head, f.n, f.hasPrv, f.weak, f.sport = g.layers, text, 0, 0, 0, false, false, false
	f.keep, f.kept = g.rec != nil, f.kept[:0]
	f.cands = f.cands[:0]
	for f.fill(1) {
		if k := f.match(); k > 0 {
			f.advance(k)
		} else {
			f.advance(1)
		}
	}
	if f.sport {
		f.sports()
	}
	if f.weak {
		f.confirm()
	}
	return f
}

// fill makes sure k words are buffered; false when the text has fewer left.
func (f *finder) fill(k int) bool {
	for f.n < k {
		w := &f.words[(f.head+f.n)%ring]
		if !f.scan(w) {
			return false
		}
		f.n++
	}
	return true
}

func (f *finder) at(k int) *word { return &f.words[(f.head+k)%ring] }

func (f *finder) advance(k int) {
	if f.keep {
		f.keepWords(k)
	}
	f.prev = *f.at(k - 1)
	f.hasPrv = true
	f.head = (f.head + k) % ring
	f.n -= k
}

// scan reads the next word from f.pos into w, folding and hashing it.
func (f *finder) scan(w *word) bool {
	s := f.text
	i := f.pos
	joined := true
	// Skip to the start of a word.
	for {
		if i >= len(s) {
			f.pos = i
			return false
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if cl := index.ASCIIClass[c]; cl == index.ClassLetter || cl == index.ClassDigit {
				break
			}
			if c != ' ' && c != '\t' && c != '_' && c != '#' { // _ joins the words of a hashtag
				joined = false
			}
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			if cl := index.ArabicClass[r-0x600]; cl == index.ClassLetter || cl == index.ClassDigit {
				break
			}
			joined = false
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || n > 1 {
			if cl := index.Class(r); cl == index.ClassLetter || cl == index.ClassDigit {
				break
			}
		}
		if r != '\u00A0' && r != '\u202F' && r != '\u2009' && r != '\u200F' && r != '\u200E' {
			joined = false
		}
		i += n
	}
	w.start = i
	w.joined = joined
	w.tanween = false
	h := uint64(14695981039346656037)
	nf := 0
	// mode: 0 before the first rune, 1 a digit run, 2 an ASCII-letter
	// word (digits may follow: G20), 3 a word with an Arabic letter, 4 a
	// word with other letters. Arabic and ASCII letters glued together are
	// two words, as for package tokenize.
	mode := 0
	end := i
	for i < len(s) {
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
				if nf < 4 {
					w.offs[nf] = i
				}
				if nf < maxFold {
					w.fold[nf] = b
				}
				h ^= uint64(b)
				h *= 1099511628211
				nf++
			}
		case f == 0xFF:
			// A letter kept as UTF-8.
			for j := range size {
				if nf < 4 {
					w.offs[nf] = i
				}
				if nf < maxFold {
					w.fold[nf] = s[i+j]
				}
				h ^= uint64(s[i+j])
				h *= 1099511628211
				nf++
			}
		default:
			if nf < 4 {
				w.offs[nf] = i
			}
			if nf < maxFold {
				w.fold[nf] = f
			}
			h ^= uint64(f)
			h *= 1099511628211
			nf++
		}
		i += size
		end = i
	}
done:
	w.end = end
	f.pos = end
	if nf > maxFold {
		w.n = maxFold + 1
		w.h = 0
	} else {
		w.n = uint8(nf)
		w.h = h
	}
	return true
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

// match tries the names that start at the current word; it records the
// longest and returns how many words it covers (0 for none).
func (f *finder) match() int {
	w0 := f.at(0)
	if w0.h == 0 {
		return 0
	}
	var vs [4]variant
	nv := f.variants(w0, &vs)
	// A stop word is never a name alone and never split into clitics.
	for _, l := range f.layers {
		if v, ok := l.x.Lookup(index.Step(index.Root, w0.h)); ok && v&index.ValStop != 0 {
			nv = 1
			break
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
			key := index.Step(index.Root, va.h)
			v, ok := l.x.Lookup(key)
			if !ok {
				continue
			}
			if v&index.ValEntry != 0 && (v&index.ValStop == 0 || f.afterTrigger()) && 1 > bestLen {
				bestLen, bestVar, bestVal, bestLayer = 1, va, v, l
			}
			for k := 1; k < ring-1; k++ {
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
		tanween := last.tanween || nWords == 1 && f.hasPrv && f.at(0).joined && f.prev.tanween
		// After a definite noun (الحكومة السعودية), or after an
		// indefinite feminine one when the name is indefinite and feminine
		// too (قاعدة جوية سورية), a form that is both a name and an
		// adjective is the adjective.
		definite := false
		if va.proc == 0 && f.hasPrv && f.at(0).joined {
			pf := f.prev.folded()
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
						if f.orgContext() {
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

// afterTrigger reports whether the word before is مدينة, محافظة or the like.
func (f *finder) afterTrigger() bool {
	return f.hasPrv && f.at(0).joined && placeTriggers[f.prev.h]
}

// ambiguousOK reports whether an ambiguous name may be read as a name
// here: not with the clitics ب and ك (بحماس) and not after كل (بكل حماس).
func (f *finder) ambiguousOK(va variant) bool {
	if va.proc == index.CodeBeh || va.proc == index.CodeKaf {
		return false
	}
	if f.hasPrv && f.at(0).joined {
		if ph := f.prev.h; ph == hKull || ph == hBKull || ph == hLKull {
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
	for _, h := range orgContext {
		if f.prev.h == h {
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

var (
	hFi  = hashOf("في")
	hWFi = hashOf("وفي")
)

// afterFi reports whether the word before is في (in): في برشلونة is the city.
func (f *finder) afterFi() bool {
	return f.hasPrv && f.at(0).joined && (f.prev.h == hFi || f.prev.h == hWFi)
}

// sportsWords are the words that make a sentence about sport: match
// verbs and nouns, with or without the article; proclitics are taken off
// before the look-up.
var sportsWords = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{
		"تعادل", "يتعادل", "تعادلا", "التعادل", "هزم", "يهزم", "تغلب", "يتغلب", "انتصر", "ينتصر",
		"سجل", "يسجل", "أحرز", "سحق",
		"اكتسح", "تأهل", "يتأهل", "ضد",
		"هدف", "هدفا", "هدفين", "أهداف", "الهدف", "الأهداف", "هداف", "الهداف",
		"مباراة", "المباراة", "مباريات", "المباريات", "مباراته",
		"الدوري", "دوري", "الكأس", "كأس", "البطولة", "بطولة", "الليغا", "الليجا", "البريميرليغ",
		"الكالتشيو", "البوندسليغا", "الكلاسيكو", "كلاسيكو", "ديربي", "الديربي", "الميركاتو",
		"المدرب", "مدرب", "مدربه", "اللاعب", "لاعب", "لاعبي", "لاعبو", "اللاعبين", "لاعبا",
		"نادي", "النادي", "فريق", "الفريق", "فريقه", "الفريقان", "الفريقين", "الملعب", "ملعب",
		"المهاجم", "مهاجم",
		"الحارس", "حارس", "مرمى", "المرمى", "شوط", "الشوط", "ركلة", "ركلات", "جزاء", "الجزاء",
		"ظهير", "مدافع", "كرة", "جماهير", "مشجعي", "مشجعو", "المشجعين",
	} {
		m[hashOf(w)] = true
	}
	return m
}()

// maxSportsWindow is how far, in bytes each side, the sentence of a city
// name is searched for sports evidence (about 15 words of Arabic).
const maxSportsWindow = 160

// sports reads as its club each city name that may be one (see
// clubReading) when its sentence is about sport: the name is followed by
// a masculine nationality adjective (برشلونة الإسباني, where the city
// would be الإسبانية), or the sentence, within maxSportsWindow bytes each
// side, names another club or a national team, has a score (2-1) or a
// word of sport (تعادل, مباراة, الدوري, ملعب, ...). Without evidence
// either way, the name is the club when the text names that club
// elsewhere (one sense per text), and the city otherwise.
func (f *finder) sports() {
	// The clubs the text names for sure: by a club name, or by a city
	// name that its sentence makes a club.
	var named [16]*Entity
	nn := 0
	add := func(e *Entity) {
		if nn < len(named) && !slices.Contains(named[:nn], e) {
			named[nn] = e
			nn++
		}
	}
	pending := false
	for i := range f.cands {
		c := &f.cands[i]
		if c.club == nil {
			if isClub(c) {
				add(c.ent)
			}
			continue
		}
		switch f.sportsContext(i) {
		case 1:
			c.ent, c.typ = c.club, Organization
			c.club = nil
			add(c.ent)
		case 0:
			pending = true
		default:
			c.club = nil
		}
	}
	// One sense per text: a city name without evidence either way is the
	// club that the text names elsewhere.
	for i := range f.cands {
		c := &f.cands[i]
		if c.club == nil {
			continue
		}
		if pending && slices.Contains(named[:nn], c.club) {
			c.ent, c.typ = c.club, Organization
		}
		c.club = nil
	}
}

// isTerminator reports whether a rune that ends a clause (see
// alphabet.IsClauseEnd) starts at byte i of s.
func isTerminator(s string, i int) bool {
	switch c := s[i]; {
	case c < utf8.RuneSelf:
		return alphabet.IsClauseEnd(rune(c))
	case c < 0xC0: // inside a character
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return alphabet.IsClauseEnd(r)
}

// sportsContext tells the i-th candidate's reading by its sentence: 1
// the club, -1 the city (a feminine adjective after it), 0 no evidence.
func (f *finder) sportsContext(i int) int {
	s := f.text
	c := &f.cands[i]
	// The adjective right after the name: masculine is the club.
	if i+1 < len(f.cands) {
		n := &f.cands[i+1]
		if n.typ == Nationality && n.ent != nil && onlySpace(s[c.end:n.start]) {
			t := s[n.start:n.end]
			if strings.HasSuffix(t, "ي") || strings.HasSuffix(t, "ى") {
				return 1
			}
			if strings.HasSuffix(t, "ة") || strings.HasSuffix(t, "ه") {
				return -1
			}
		}
	}
	lo := c.start
	for lo > 0 && c.start-lo < maxSportsWindow && !isTerminator(s, lo-1) {
		lo--
	}
	hi := c.end
	for hi < len(s) && hi-c.end < maxSportsWindow && !isTerminator(s, hi) {
		hi++
	}
	// Another club or a national team in the sentence.
	for j := i - 1; j >= 0 && f.cands[j].end > lo; j-- {
		if isClub(&f.cands[j]) {
			return 1
		}
	}
	for j := i + 1; j < len(f.cands) && f.cands[j].start < hi; j++ {
		if isClub(&f.cands[j]) {
			return 1
		}
	}
	if hasScore(s[lo:hi]) {
		return 1
	}
	var w word
	var vs [4]variant
	f.pos = lo
	for f.scan(&w) && w.start < hi {
		if w.h == 0 {
			continue
		}
		nv := f.variants(&w, &vs)
		for k := range nv {
			if sportsWords[vs[k].h] {
				return 1
			}
		}
	}
	return 0
}

func isClub(c *candidate) bool {
	return c.ent != nil && c.typ == Organization && c.ent.Kind == "club"
}

func onlySpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' {
			return false
		}
	}
	return true
}

// hasScore reports whether s holds a score: two numbers of one or two
// digits (ASCII or Arabic-Indic) joined by a hyphen or an en dash, with
// optional spaces (2-1, ٣ - ٠).
func hasScore(s string) bool {
	// digits returns the length of the digit run at i, in digits, and the
	// byte after it.
	digits := func(i int) (int, int) {
		n := 0
		for i < len(s) {
			if s[i] >= '0' && s[i] <= '9' {
				i++
			} else if s[i] == 0xD9 && i+1 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xA9 {
				i += 2
			} else {
				break
			}
			n++
		}
		return n, i
	}
	for i := 0; i < len(s); {
		n, j := digits(i)
		if n == 0 {
			i++
			continue
		}
		prevDigit := i > 0 && s[i-1] >= '0' && s[i-1] <= '9'
		if n > 2 || prevDigit {
			i = j
			continue
		}
		k := j
		for k < len(s) && s[k] == ' ' {
			k++
		}
		switch {
		case k < len(s) && s[k] == '-':
			k++
		case strings.HasPrefix(s[k:], "–"):
			k += len("–")
		default:
			i = j
			continue
		}
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if m, e := digits(k); m >= 1 && m <= 2 {
			if _, e2 := digits(e); e2 == e && (e >= len(s) || s[e] != '-' && s[e] != '/') {
				return true
			}
		}
		i = j
	}
	return false
}

// isLatin reports whether the word starts with an ASCII letter.
func isLatin(w *word) bool {
	return w.n > 0 && int(w.n) <= maxFold && w.fold[0] >= 'a' && w.fold[0] <= 'z'
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

func isAlnum(c byte) bool { return c < utf8.RuneSelf && index.ASCIIClass[c] != index.ClassSep }

// maxURLScan is how far back, in bytes, the token of a Latin name is
// searched for the mark of a URL (://, www.).
const maxURLScan = 512

// latin applies the rules of Latin-script names (see the package
// documentation) to a name of k words that starts at the current word, in
// Latin letters: it returns the readings of run that stand, or nil. A
// name inside a URL, an e-mail address, a hashtag or a handle, or glued
// by . / - : to another Latin word, is no name; nor is a name next to
// another capitalized Latin word (Apple Watch, Google Play), since it is
// then part of a longer name. A name of one word needs a capital in the
// text for each capital of the gazetteer's name: CNN, not cnn.
func (f *finder) latin(k int, l *layer, run []index.Entry) []index.Entry {
	s := f.text
	w0, wk := f.at(0), f.at(k-1)
	start, end := w0.start, wk.end
	if start > 0 {
		switch s[start-1] {
		case '@', '#', '_', '$', '&', '=', '%', '+', '~', '\\':
			return nil
		case '.', '/', ':', '-':
			if start > 1 && isAlnum(s[start-2]) {
				return nil
			}
		}
		// A URL: :// or www. earlier in the same run of non-space bytes.
		for i := start - 1; i > 0 && start-i < maxURLScan; i-- {
			c := s[i]
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
				break
			}
			if c == '/' && s[i-1] == '/' && i > 1 && s[i-2] == ':' || c == '.' && i > 2 && s[i-3:i] == "www" || c == '@' {
				return nil
			}
		}
	}
	if end < len(s) {
		switch s[end] {
		case '@', '#', '_', '$', '&', '=', '%', '+', '~', '\\':
			return nil
		case '.', '/', ':', '-':
			if end+1 < len(s) && isAlnum(s[end+1]) {
				return nil
			}
		}
	}
	if f.hasPrv && w0.joined && isLatin(&f.prev) && isUpper(s[f.prev.start]) {
		return nil
	}
	if f.fill(k + 1) {
		if n := f.at(k); n.joined && isLatin(n) && isUpper(s[n.start]) {
			if t := s[n.start:n.end]; t != "Photo" && t != "Photos" { // (AP Photo/...)
				return nil
			}
		}
	}
	if k > 1 {
		return run
	}
	text := s[start:end]
	ok := 0
	for _, e := range run {
		if casedName(&l.ents[e.Ent], text) {
			ok++
		}
	}
	switch ok {
	case len(run):
		return run
	case 0:
		return nil
	}
	out := make([]index.Entry, 0, ok)
	for _, e := range run {
		if casedName(&l.ents[e.Ent], text) {
			out = append(out, e)
		}
	}
	return out
}

// casedName reports whether text is a one-word Latin name of e with a
// capital wherever the name has one.
func casedName(e *Entity, text string) bool {
	for _, names := range [3][]string{e.Names, e.Surnames, e.Ambiguous} {
	next:
		for _, n := range names {
			if len(n) != len(text) {
				continue
			}
			for i := 0; i < len(n); i++ {
				a, b := n[i], text[i]
				if a == b || isUpper(b) && b+'a'-'A' == a {
					continue
				}
				continue next
			}
			return true
		}
	}
	return false
}
