package entities

import (
	"cmp"
	"slices"
	"strings"
)

// One sense per text: a name the recognizer made is found again at its
// other occurrences in the text, and a person's last name alone after the
// full name (see oneSense). It runs once per Find, after the rules, over
// every word the gazetteer's scan kept: most words are passed over with
// one bit test, and the buffers are kept in recState between calls.

// senseName is a name oneSense looks for: the hashes of its folded words,
// in order, and where it may be found.
type senseName struct {
	last  uint64   // the hash of its last word, by which the names are sorted
	words []uint64 // 1 to 8 words
	ent   *Entity
	after int // only after this offset (a surname after its full name)
}

// senseBuf holds oneSense's buffers between calls (in recState); they
// hold no pointer between calls.
type senseBuf struct {
	first map[*Entity]int    // each made entity's first mention: its index in out
	full  map[uint64]*Entity // a made person by the hash of its last word
	names []*Entity
	arena []uint64
	spans []wordSpan
	all   []senseName
	extra []candidate
}

// wordSpan is where the word hashes of one name are in senseBuf.arena,
// and the folded length of its last word.
type wordSpan struct {
	lo, hi, lastLen int
}

// reset drops what the buffers point to, and buffers grown past a
// large text's needs.
func (b *senseBuf) reset(names []*Entity, arena []uint64, spans []wordSpan, all []senseName, extra []candidate) {
	clear(b.first)
	clear(b.full)
	clear(names)
	clear(all)
	clear(extra)
	const most = 1 << 12
	b.names, b.arena, b.spans, b.all, b.extra = names[:0], arena[:0], spans[:0], all[:0], extra[:0]
	if cap(names) > most || cap(arena) > most || cap(spans) > most || cap(all) > most || cap(extra) > most {
		*b = senseBuf{}
	}
}

// oneSense finds the other occurrences of the made entities' names in
// the text, and a person's last name alone after the full name, where
// nothing else was found.
func (r *recognizer) oneSense(f *finder, st *recState, out []candidate, made map[uint64]*Entity) []candidate {
	b := &st.sense
	if b.first == nil {
		b.first, b.full = map[*Entity]int{}, map[uint64]*Entity{}
	}
	first := b.first
	for i := range out {
		if c := &out[i]; c.ent != nil && c.ent.Recognized() {
			if _, ok := first[c.ent]; !ok {
				first[c.ent] = i
			}
		}
	}
	// The made names in a fixed order (longer names first), so that
	// results do not depend on the map's, and the hashes of their words
	// (arena[spans[i].lo:spans[i].hi]), computed once for both uses below.
	names := b.names[:0]
	for _, e := range made {
		names = append(names, e)
	}
	slices.SortFunc(names, func(a, b *Entity) int {
		if d := len(b.Name) - len(a.Name); d != 0 {
			return d
		}
		if a.Type != b.Type {
			return int(a.Type) - int(b.Type)
		}
		return strings.Compare(a.Name, b.Name)
	})
	// A name written as at its first mention has that mention's words,
	// which the kept records hold (keptWordHashes); else it is read
	// again (wordHashes).
	var ks []kept
	if f.keep {
		ks = f.kept
	}
	arena, spans := b.arena[:0], b.spans[:0]
	for _, e := range names {
		k := len(arena)
		var lastLen int
		ok := false
		if fi, found := first[e]; found && ks != nil {
			if c := &out[fi]; f.text[c.start:c.end] == e.Name {
				arena, lastLen, ok = keptWordHashes(ks, c.start, c.end, arena)
			}
		}
		if !ok {
			arena, lastLen = wordHashes(e.Name, arena)
		}
		spans = append(spans, wordSpan{lo: k, hi: len(arena), lastLen: lastLen})
	}
	// A person's last name recognized alone is the person whose full
	// name ends with it (full is needed only when such a name is there).
	full := b.full
	if oneWordPerson(out) {
		for i, e := range names {
			if e.Type != Person {
				continue
			}
			if ws := arena[spans[i].lo:spans[i].hi]; len(ws) > 1 {
				h := ws[len(ws)-1]
				if prev, ok := full[h]; ok && prev != e {
					full[h] = nil // two people of that name
				} else {
					full[h] = e
				}
			}
		}
	}
	taken := false // a name was taken out of made below
	if len(full) > 0 {
		for i := range out {
			c := &out[i]
			if c.ent == nil || !c.ent.Recognized() || c.typ != Person || strings.IndexByte(c.ent.Name, ' ') >= 0 {
				continue
			}
			if e := full[hashOf(c.ent.Name)]; e != nil {
				delete(made, madeKey(c.ent.Name, Person))
				c.ent = e
				taken = true
			}
		}
	}
	all := b.all[:0]
	for i, e := range names {
		if taken && made[madeKey(e.Name, e.Type)] != e {
			continue // taken out above (each is made[madeKey(its name, its type)])
		}
		sp := spans[i]
		ws := arena[sp.lo:sp.hi:sp.hi]
		if len(ws) == 0 || len(ws) > 8 {
			continue
		}
		if len(ws) == 1 && !r.spreads(ws[0]) {
			continue
		}
		h := ws[len(ws)-1]
		all = append(all, senseName{last: h, words: ws, ent: e, after: -1})
		if e.Type == Person && len(ws) > 1 && r.lex[h]&lexFirst == 0 && !r.stop[h] && sp.lastLen > 2 && r.surnameSpreads2(h, e, f.text, out, first) {
			after := 0 // (a name with no mention: after 0, as first's zero)
			if fi, ok := first[e]; ok {
				after = out[fi].start
			}
			all = append(all, senseName{last: h, words: ws[len(ws)-1:], ent: e, after: after})
		}
	}
	// By last word; names with the same last word in the order above
	// (the first that matches wins).
	sortByLast(all)
	// A filter of the last words' hashes, to skip most words at once.
	var filter [senseFilter]uint64
	for i := range all {
		h := all[i].last
		filter[h>>senseShift] |= 1 << (h & 63)
	}
	maybe := func(h uint64) bool { return filter[h>>senseShift]&(1<<(h&63)) != 0 }
	sm := senseMatcher{all: all, out: out, extra: b.extra[:0], text: f.text}
	var win [8]recWord // the last words of a run joined by spaces, in order
	if f.keep {
		ks := f.kept
		for i := 0; i < len(ks); i++ {
			if i = nextSenseWord(ks, i, &filter); i == len(ks) {
				break
			}
			// The run of words with only spaces between that ends here
			// (its last 8).
			j := i
			for j > 0 && j > i-7 && ks[j].joined {
				j--
			}
			for t := j; t <= i; t++ {
				win[t-j] = keptRecWord(&ks[t])
			}
			sm.match(win[:i-j+1])
		}
	} else {
		// The text was too long to keep its words: scan it again,
		// keeping the last 8 words of the run.
		var ring [8]recWord
		n := 0
		f.pos = 0
		var w word
		for f.scan(&w) {
			fw := w.folded()
			k := 0
			if len(fw) > 3 && isProclitic(fw[0]) {
				k = cliticsBefore(fw, &r.env, uint8(stripClitics(fw)))
			}
			x := makeRecWord(&w, k, bareHash(fw, k))
			if x.joined {
				ring[n%8] = x
				n++
			} else {
				ring[0] = x
				n = 1
			}
			if !maybe(x.h) && !maybe(x.bare) {
				continue
			}
			m := min(n, 8)
			for t := range m {
				win[t] = ring[(n-m+t)%8]
			}
			sm.match(win[:m])
		}
	}
	extra := sm.extra
	if len(extra) > 0 {
		out = mergeCandidates(out, extra)
	}
	b.reset(names, arena, spans, all, extra)
	return out
}

// keptWordHashes is wordHashes(s[start:end]) for the words of the text s
// that ks (see keptAt) kept: dst with the hashes of the kept words from
// start to end appended, the folded length of the last (a word whose
// fold is empty skipped, as wordHashes does), and true; or dst as it was
// and false when no kept word starts at start, a word runs past end (the
// name would cut it), or a word's fold is longer than maxFold (h 0).
func keptWordHashes(ks []kept, start, end int, dst []uint64) ([]uint64, int, bool) {
	k := keptAt(ks, start)
	if k < 0 {
		return dst, 0, false
	}
	n0, n := len(dst), 0
	for ; k < len(ks) && int(ks[k].start) < end; k++ {
		x := &ks[k]
		if int(x.end) > end || x.h == 0 {
			return dst[:n0], 0, false
		}
		if x.n > 0 {
			dst = append(dst, x.h)
			n = int(x.n)
		}
	}
	return dst, n, true
}

// sortByLast sorts all by the hash of the last word, stably: by insertion
// when there are few names (a text has some tens; no call a comparison),
// else by slices.SortStableFunc.
func sortByLast(all []senseName) {
	if len(all) > 32 {
		slices.SortStableFunc(all, func(a, b senseName) int { return cmp.Compare(a.last, b.last) })
		return
	}
	for i := 1; i < len(all); i++ {
		for j := i; j > 0 && all[j].last < all[j-1].last; j-- {
			all[j], all[j-1] = all[j-1], all[j]
		}
	}
}

// oneWordPerson reports whether a mention of out is a one-word person
// the recognizer made (one that may be the last name of another).
func oneWordPerson(out []candidate) bool {
	for i := range out {
		c := &out[i]
		if c.ent != nil && c.typ == Person && c.ent.Recognized() && strings.IndexByte(c.ent.Name, ' ') < 0 {
			return true
		}
	}
	return false
}

// keptRecWord is the record of a kept word for oneSense.
func keptRecWord(x *kept) recWord {
	start := int(x.start)
	rw := recWord{start: start, end: int(x.end), h: x.h, bare: x.h, bareStart: start, joined: x.joined}
	if k := int(x.kout); k > 0 && k < 4 {
		rw.bare, rw.bareStart = x.bare, start+int(x.offs[k-1])
	}
	return rw
}

// nextSenseWord returns the first i' >= i where the word ks[i'], or it
// without its proclitics, may be in the bit filter, or len(ks): a loop
// with no call, whose registers stay put, over the words most of which
// are passed over.
func nextSenseWord(ks []kept, i int, filter *[senseFilter]uint64) int {
	for ; i < len(ks); i++ {
		x := &ks[i]
		if h := x.h; filter[h>>senseShift]&(1<<(h&63)) != 0 {
			return i
		}
		if h := x.bare; x.kout != 0 && x.kout < 4 && filter[h>>senseShift]&(1<<(h&63)) != 0 {
			return i
		}
	}
	return len(ks)
}

// senseMatcher finds the names of all (sorted by last word) at the words
// of a text, in text order, where nothing of out (the mentions found, in
// text order) is, and appends them to extra.
type senseMatcher struct {
	all   []senseName
	out   []candidate
	oi    int // the first mention of out that may overlap what comes
	extra []candidate
	text  string
}

// match looks for a name that ends with the last word of win (the last
// words, at most 8, of a run of words with only spaces between) and
// appends the first that fits to extra.
func (sm *senseMatcher) match(win []recWord) {
	n := len(win)
	x := &win[n-1]
	for pass := 0; pass < 2; pass++ {
		h := x.h
		if pass == 1 {
			if x.bare == x.h {
				break
			}
			h = x.bare
		}
		// The first name whose last word's hash is h or more (as
		// slices.BinarySearchFunc, without a call a probe).
		i, hi := 0, len(sm.all)
		for i < hi {
			if m := int(uint(i+hi) >> 1); sm.all[m].last < h {
				i = m + 1
			} else {
				hi = m
			}
		}
		for ; i < len(sm.all) && sm.all[i].last == h; i++ {
			nm := &sm.all[i]
			k := len(nm.words)
			if k > n {
				continue
			}
			ok := true
			for j := 0; j < k; j++ {
				rw := &win[n-k+j]
				if rw.h != nm.words[j] && !(j == 0 && rw.bare == nm.words[j]) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			fr := &win[n-k]
			start := fr.start
			if fr.h != nm.words[0] {
				start = fr.bareStart
			}
			if start <= nm.after {
				continue
			}
			if nm.after >= 0 && sm.inDouble(start, x.end) {
				continue // a surname alone is no part of a double name (يون يونغ-تشان)
			}
			// Not where something was found.
			for sm.oi < len(sm.out) && sm.out[sm.oi].end <= start {
				sm.oi++
			}
			if sm.oi < len(sm.out) && sm.out[sm.oi].start < x.end {
				continue
			}
			if e := sm.extra; len(e) > 0 && e[len(e)-1].end > start {
				continue
			}
			sm.extra = append(sm.extra, candidate{start: start, end: x.end, typ: nm.ent.Type, ent: nm.ent})
			return
		}
	}
}

// inDouble reports whether the word from start to end of the text is
// joined by a hyphen, no space after it, to the word before or after it
// (هاك-سونغ, يونغ-تشان; not a dash: الباحث اليوسفي- حقائق).
func (sm *senseMatcher) inDouble(start, end int) bool {
	s := sm.text
	return start > 1 && s[start-1] == '-' && s[start-2] != ' ' || end+1 < len(s) && s[end] == '-' && s[end+1] != ' '
}

// senseFilter is the number of words of oneSense's bit filter (512
// bytes: a text's names set some tens of its 4,096 bits), indexed by a
// hash's top bits (senseShift).
const (
	senseFilter = 64
	senseShift  = 58
)

// surnameSpreads2 is surnameSpreads for the made person e, whose first
// mention is out[first[e]]: a surname that is a common word (الصالح, عيد,
// خلف) spreads too when the text confirms the full name (see
// personConfirmed).
func (r *recognizer) surnameSpreads2(h uint64, e *Entity, s string, out []candidate, first map[*Entity]int) bool {
	ok, common := r.surnameSpreads(h, e.Name)
	if ok || !common {
		return ok
	}
	fi, found := first[e]
	return found && personConfirmed(s, out, e, fi)
}

// personConfirmed reports whether the text confirms the made person e,
// first mentioned at out[fi], as a name whose last word is a surname: the
// full name is there twice, or after a person's title or role (الرئيس,
// اللاعب, الباحث ...); and its last word is no title itself (a name the
// model ended with السفير), nor the last word of another person's name
// in the text (فاطمة المنصوري مواليد, سميحة بوبكور مواليد: a word after
// names, not a family's).
func personConfirmed(s string, out []candidate, e *Entity, fi int) bool {
	i := strings.LastIndexByte(e.Name, ' ')
	last := e.Name[i+1:]
	if cueOf(last) != cueNone {
		return false
	}
	n := 0
	cued := false
	for j := range out {
		c := &out[j]
		if c.typ != Person || c.ent == nil {
			continue
		}
		if c.ent != e {
			if k := len(c.ent.Name) - len(last); k > 0 && c.ent.Name[k-1] == ' ' && c.ent.Name[k:] == last {
				return false
			}
			continue
		}
		n++
		if ws, we := prevWord(s, c.start); !cued && j >= fi && ws < we && cueOf(s[ws:we]) == cuePerson {
			cued = true
		}
	}
	return n >= 2 || cued
}
