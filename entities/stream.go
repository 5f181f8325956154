package entities

import (
	"encoding/binary"
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/arnews/arnews/entities/internal/index"
	"github.com/arnews/arnews/internal/alphabet"
	"github.com/arnews/arnews/internal/wordclass"
	"github.com/arnews/arnews/tokenize"
)

func init() {
	wordclass.EntitiesWords = streamWordsOf
	wordclass.EntitiesFind = findWords
}

// streamWordsOf returns the function that returns x with, for the text w
// of a Word token, the Hash, Rank, Fold and Flags of its wordclass.Word
// filled as streamNext would compute them for g (g a *Gazetteer: the rank
// is in the vocabulary of its model; a word out of it is given the rank of
// an entry of its own, made here once, see moreRank). The word's key is
// folded as the stream folds it (alphabet.AppendRune, Stream.Key), its
// runes taken as letter codes (Stream.LetterCodes); a word with a rune
// that is no letter U+0621..U+064A or more than maxFold letters gets Fold
// 0 (streamNext then reads its letters itself, and refuses or scans it as
// today).
func streamWordsOf(g any) func(w string, x wordclass.Word) wordclass.Word {
	var vt *vocabTable
	var rec *recognizer
	gz, _ := g.(*Gazetteer)
	if gz != nil && gz.rec != nil {
		vt, rec = gz.rec.vt, gz.rec
	}
	return func(w string, x wordclass.Word) wordclass.Word {
		var buf [2*maxFold + 8]byte // (AppendRune writes a few runes at most)
		key := buf[:0]
		for _, r := range w {
			if key = alphabet.AppendRune(key, r); len(key) > 2*maxFold {
				return x
			}
		}
		if len(key) == 0 || len(key)%2 != 0 {
			return x
		}
		var wd word // the word as streamNext reads it, for variants
		h := uint64(14695981039346656037)
		for i := 0; i < len(key); i += 2 {
			b0, b1 := key[i], key[i+1]
			if b0 != 0xD8 && b0 != 0xD9 || b1&0xC0 != 0x80 {
				return x
			}
			r := rune(b0&1)<<6 | rune(b1&0x3F) // rune - 0x600
			if r < 0x21 || r > 0x4A {
				return x
			}
			wd.fold[i/2] = byte(r - 0x20)
			h = (h ^ uint64(r-0x20)) * 1099511628211
		}
		x.Hash, x.Rank, x.Fold = h, int32(vt.find(h)), uint8(len(key)/2)
		wd.h, wd.n = h, x.Fold
		if x.Rank < 0 && rec != nil {
			x.Rank = rec.moreRank(gz, wd.fold[:wd.n], h)
		}
		if gz != nil && !nameMayStart(gz.layers, &wd) {
			x.Flags |= wordclass.NoName
		}
		return x
	}
}

// nameMayStart reports whether match could find a name of layers that
// starts at the word w (a folded word of at most maxFold letters): whether
// the first key of one of its variants is in one of the layers' indexes.
// When it is not, match returns 0 at once (its look-ups all fail).
func nameMayStart(layers []*layer, w *word) bool {
	if w.h == 0 {
		return false
	}
	var vs [4]variant
	nv := (*finder)(nil).variants(w, &vs)
	for _, va := range vs[:nv] {
		key := index.Step(index.Root, va.h)
		for _, l := range layers {
			if _, ok := l.x.Lookup(key); ok {
				return true
			}
		}
	}
	return false
}

// findWords is g.FindStream(st) given the Words of st's tokens, which
// streamWordsOf(g) made (see wordclass.EntitiesFind); ws not as long as the
// stream is ignored.
func findWords(g *Gazetteer, st *tokenize.Stream, ws []wordclass.Word) []Mention {
	if st == nil {
		return nil
	}
	if len(ws) != st.Len() {
		ws = nil
	}
	return g.findIn(st.Text(), st, ws)
}

// streamNext reads into w the word of f.text that scan reads next (from
// f.pos), from the word stream f.st, when the stream has it whole: the
// next Word token, when what comes before it (usually one space) holds no
// letter or digit that scan would start a word at (gapJoined, which also
// tells joined as scan does), is a Plain Word of the Arabic block whose
// key is made of the letters U+0621..U+064A only (what index.AppendCodes
// writes as one byte each, and the stream gives as such:
// Stream.LetterCodes, rune - 0x620), and the rune after it ends a word of
// Arabic letters for scan too (a space, punctuation, a digit, an ASCII
// letter, an invalid byte, the end of the text). That word is then exactly
// the one scan reads, and its fold is its key in the index's codes
// (index.AppendFold is alphabet's key), so the text is not read before
// it, nor folded again, nor the key converted: only the first four folded
// letters' offsets are looked up in it. It reports false, with f.pos
// unchanged, for any other word (3% of the words of 1 MB of news: digits,
// joiners, hashtags, Latin or Persian letters, a presentation form first,
// a word glued to another script), which scanText reads.
//
// w.tanween is left unknown (see hasTanween): it matters only for names
// found, not for every word.
func (f *finder) streamNext(w *word) bool {
	toks := f.st.Tokens()
	t, p := f.ti, f.pos
	if p != f.tpos {
		// Not right after a word read here (where f.ti is the token
		// after that word's): scanText read the last word, or a caller
		// scans a part of the text again (the recognizer, the sports
		// context).
		t, f.tpos = f.cursorAt(p), -1
	}
	for t < len(toks) && toks[t].Kind != tokenize.Word { // (usually none to pass: punctuation)
		t++
	}
	f.ti = t
	if t >= len(toks) {
		return false
	}
	tk := &toks[t]
	s := f.text
	i, end := tk.Start, tk.End
	joined := true
	if i != p+1 || s[p] != ' ' {
		if i != p {
			var ok bool
			if joined, ok = gapJoined(s, p, i); !ok {
				return false
			}
		}
	}
	// scan's word starts at i if its first rune is a letter: a Word of
	// the stream begins with a letter, and the letters of the Arabic
	// block are scan's letters too (TestStreamWordsEveryRune: a Plain
	// word begun with a rune scan passes over would be read from i here,
	// and from the next rune by scan); its Plain runes are letters and
	// marks of two bytes each (the letter codes below refuse any other).
	if s[i]&0xFC != 0xD8 {
		return false
	}
	w.start, w.joined = i, joined
	if end < len(s) && s[end] >= utf8.RuneSelf {
		// scan ends a word begun with an Arabic letter at a separator or
		// a digit; marks, joiners and other letters would go on.
		var cl uint8
		if b := s[end]; b >= 0xD8 && b <= 0xDB && end+1 < len(s) && s[end+1]&0xC0 == 0x80 {
			cl = index.ArabicClass[int(b&0x1F)<<6|int(s[end+1]&0x3F)-0x600]
		} else if r, n := utf8.DecodeRuneInString(s[end:]); r == utf8.RuneError && n == 1 {
			cl = index.ClassSep
		} else {
			cl = index.Class(r)
		}
		if cl != index.ClassSep && cl != index.ClassDigit {
			return false
		}
	}
	// The fold is the key's letters as the index's codes, which the
	// stream has made as it folded the key (LetterCodes, nil for a word
	// that is not Plain): a 0 is a rune that is not one of the letters
	// U+0621..U+064A.
	codes := f.st.LetterCodes(t)
	nf := len(codes)
	if nf == 0 {
		return false
	}
	h := uint64(14695981039346656037)
	k := 0
	var rank int32 // the vocabulary rank, when ranked
	ranked, noName := false, false
	if f.ew != nil && int(f.ew[t].Fold) == nf && nf <= maxFold {
		// The Word of the token (made once per distinct word, see
		// wordclass.Word) has the hash of these letters, which are all
		// letters (none 0), and their rank in the vocabulary of g's
		// model: the letters are only copied, in as few moves of 8 or 4
		// bytes as cover them (the last one overlapping the one before).
		e := &f.ew[t]
		h, rank, ranked = e.Hash, e.Rank, true
		noName = e.Flags&wordclass.NoName != 0
		cp, fp := unsafe.Pointer(unsafe.SliceData(codes)), unsafe.Pointer(&w.fold)
		switch {
		case nf >= 8:
			for k = 0; k+8 < nf; k += 8 {
				*(*[8]byte)(unsafe.Add(fp, k)) = *(*[8]byte)(unsafe.Add(cp, k))
			}
			*(*[8]byte)(unsafe.Add(fp, nf-8)) = *(*[8]byte)(unsafe.Add(cp, nf-8))
		case nf >= 4:
			*(*[4]byte)(fp) = *(*[4]byte)(cp)
			*(*[4]byte)(unsafe.Add(fp, nf-4)) = *(*[4]byte)(unsafe.Add(cp, nf-4))
		default:
			w.fold[0], w.fold[nf>>1], w.fold[nf-1] = codes[0], codes[nf>>1], codes[nf-1]
		}
	} else if nf > maxFold {
		// Too long to be part of a name (endWord gives it no hash): its
		// letters are checked and its first ones kept.
		for _, c := range codes {
			if c == 0 {
				return false
			}
		}
		copy(w.fold[:], codes)
	} else {
		for ; k+8 <= nf; k += 8 { // eight letters at a time
			u := binary.LittleEndian.Uint64(codes[k:])
			if (u-0x0101010101010101)&^u&0x8080808080808080 != 0 { // a zero byte
				return false
			}
			binary.LittleEndian.PutUint64(w.fold[k:], u)
			h = (h ^ u&0xFF) * 1099511628211
			h = (h ^ u>>8&0xFF) * 1099511628211
			h = (h ^ u>>16&0xFF) * 1099511628211
			h = (h ^ u>>24&0xFF) * 1099511628211
			h = (h ^ u>>32&0xFF) * 1099511628211
			h = (h ^ u>>40&0xFF) * 1099511628211
			h = (h ^ u>>48&0xFF) * 1099511628211
			h = (h ^ u>>56) * 1099511628211
		}
		if k+4 <= nf { // four
			u := binary.LittleEndian.Uint32(codes[k:])
			if (u-0x01010101)&^u&0x80808080 != 0 {
				return false
			}
			binary.LittleEndian.PutUint32(w.fold[k:], u)
			h = (h ^ uint64(u&0xFF)) * 1099511628211
			h = (h ^ uint64(u>>8&0xFF)) * 1099511628211
			h = (h ^ uint64(u>>16&0xFF)) * 1099511628211
			h = (h ^ uint64(u>>24)) * 1099511628211
			k += 4
		}
		for ; k < nf; k++ { // and the last three at most
			c := codes[k]
			if c == 0 {
				return false
			}
			w.fold[k] = c
			h = (h ^ uint64(c)) * 1099511628211
		}
	}
	// The offsets of the first four folded letters: the runes that fold
	// to nothing (marks, tatweel) are passed over. When no rune of the
	// word was dropped (the stream tells: KeyAligned), letter m is at
	// i+2m. They are read only behind proclitics (variants, keepWord, and
	// cliticsBefore's count, which is 0 unless the first letter is و ف ب
	// ل or ك): the other words (about two thirds) have none (endWord
	// clears them, as scan's).
	j := i
	k = 0
	if !isProclitic(w.fold[0]) {
		k = 4
	} else if f.st.KeyAligned(t) {
		w.offs = [4]int{i, i + 2, i + 4, i + 6}
		k = 4
	}
	for k < 4 && k < nf && j < end {
		if b := s[j]; b >= 0xD8 && b <= 0xDB && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
			if index.ArabicFold[int(b&0x1F)<<6|int(s[j+1]&0x3F)-0x600] != 0 {
				w.offs[k] = j
				k++
			}
			j += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		for range index.Presentation(r) { // a presentation form: its letters
			if k < 4 {
				w.offs[k] = j
				k++
			}
		}
		j += n
	}
	w.tanKnown = false
	f.endWord(w, end, nf, h)
	w.noName = noName
	f.ti, f.tpos = t+1, end // the next word's token comes after this one
	if f.keepNow {
		// keepWord, from what is at hand.
		if len(f.kept) >= maxRecorded {
			f.keep, f.keepNow, f.kept = false, false, f.kept[:0]
			return true
		}
		x := kept{start: int32(i), end: int32(end), h: w.h, n: w.n, f0: w.fold[0], joined: w.joined}
		if ranked {
			x.bare = uint64(rank + 2) // (see kept.bare)
		}
		if !isProclitic(w.fold[0]) {
			// (No offsets, see word.offs: x.offs stays 0.)
		} else if nf >= 4 {
			if w.offs[3]-i < 256 { // (offsets grow along the word: the last fits, so all do)
				x.offs = [3]uint8{uint8(w.offs[1] - i), uint8(w.offs[2] - i), uint8(w.offs[3] - i)}
			} else {
				x.far = true
				for j := 1; j < 4; j++ {
					if d := w.offs[j] - i; d < 256 {
						x.offs[j-1] = uint8(d)
					}
				}
			}
		} else {
			for j := 1; j < nf; j++ {
				if d := w.offs[j] - i; d < 256 {
					x.offs[j-1] = uint8(d)
				} else {
					x.far = true
				}
			}
		}
		f.kept = append(f.kept, x)
	}
	return true
}

// streamRun reads the words of findWords' loop while the ring is empty
// and no name starts at them (NoName words, for which match returns at
// once), until a word that match is called for, which it leaves in the
// ring (f.n = 1), or the end of the text. Most such words it takes with
// fastRun, without reading them into the ring; the others streamNext or
// scanText reads, as findWords would. It needs f.ew (the stream's Words)
// and f.keepNow.
func (f *finder) streamRun() {
	if len(f.ew) != f.st.Len() {
		return
	}
	for f.pos == f.tpos && f.keepNow {
		f.fastRun()
		w := &f.words[f.head]
		if !(f.streamNext(w) || f.scanText(w)) {
			return // the end of the text (findWords' read ends it too)
		}
		if !w.noName && w.h != 0 {
			f.n = 1 // match's: findWords goes on with it
			return
		}
		f.n = 1
		f.advance(1) // (f.n 0 again)
		f.stale = false
	}
}

// fastRun keeps the words, from f.ti on, that streamNext would read as
// NoName words (wordclass.NoName: match returns at once for them),
// without reading them into the ring: of such a word only its kept record
// outlives findWords' loop, and its ring record is read later only as the
// word before one that match is called for (prev), which refillPrev then
// reads. The words it takes are those streamNext reads from their Word,
// joined to the word before by one space, with no offsets to look up in
// the text (no proclitic first, or the word KeyAligned), and the rune
// after them plainly ending them (the end of the text or an ASCII byte).
func (f *finder) fastRun() {
	toks := f.st.Tokens()
	t, p := f.ti, f.pos
	t0, named := t, false
	n := len(f.kept)
	// at most as many words as kept has room for (streamNext grows it)
	stop := min(len(toks), t+min(cap(f.kept), maxRecorded)-n)
	// the bytes of the text at p, i and end, read unchecked: a token's
	// span lies in the text (p < i < end <= len(s))
	s := f.text
	sp := unsafe.Pointer(unsafe.StringData(s))
	for ; t < stop; t++ {
		tk := &toks[t]
		i, end := tk.Start, tk.End
		if i != p+1 || tk.Kind != tokenize.Word || *(*byte)(unsafe.Add(sp, p)) != ' ' || *(*byte)(unsafe.Add(sp, i))&0xFC != 0xD8 ||
			end < len(s) && *(*byte)(unsafe.Add(sp, end)) >= utf8.RuneSelf {
			break
		}
		e := &f.ew[t]
		nf := int(e.Fold)
		if e.Flags&wordclass.NoName == 0 || nf == 0 || nf > maxFold {
			named = true
			break
		}
		codes := f.st.LetterCodes(t)
		if len(codes) != nf {
			named = true
			break
		}
		// streamNext's kept record of a word read from its Word
		// (joined, its fold's length Fold, its hash, its rank), with
		// the offsets behind a proclitic of a KeyAligned word (letter
		// m at 2m)
		var offs [3]uint8
		f0 := codes[0]
		if isProclitic(f0) {
			if !f.st.KeyAligned(t) {
				break
			}
			offs = procOffs[min(nf, 4)]
		}
		f.kept = append(f.kept, kept{h: e.Hash, bare: uint64(e.Rank + 2), start: int32(i), end: int32(end), offs: offs, n: uint8(nf), f0: f0, joined: true})
		p = end
	}
	if named && t > t0 {
		// The word that ended the run may start a name, and match
		// then read the last word taken as prev: that word is left to
		// streamNext (the ring), which costs less than refillPrev.
		t--
		f.kept = f.kept[:len(f.kept)-1]
		p = toks[t].Start - 1
	}
	if t > t0 {
		// the last word taken is the word before the next one: its
		// ring record is stale until refillPrev reads it (from before
		// it: one space)
		f.ti, f.tpos, f.pos = t, p, p
		f.hasPrv, f.stale, f.staleT, f.staleP = true, true, t-1, toks[t-1].Start-1
	}
}

// procOffs are the offsets of a KeyAligned word's 2nd to 4th folded
// bytes (kept.offs) by its folded length (4 for 4 or more).
var procOffs = [5][3]uint8{{}, {}, {2}, {2, 4}, {2, 4, 6}}

// refillPrev reads into the ring, as the word before the current one
// (prev), the last word streamRun took (f.staleT, read from f.staleP),
// as streamNext reads it, keeping nothing.
func (f *finder) refillPrev() {
	ti, tpos, pos, keep := f.ti, f.tpos, f.pos, f.keepNow
	f.ti, f.tpos, f.pos, f.keepNow = f.staleT, f.staleP, f.staleP, false
	f.streamNext(f.prev())
	f.ti, f.tpos, f.pos, f.keepNow = ti, tpos, pos, keep
	f.stale = false
}

// cursorAt returns the first token of f.st that starts at p or after it,
// searched from f.ti: on from it (past a word scanText read) or back (a
// part of the text read again).
func (f *finder) cursorAt(p int) int {
	toks := f.st.Tokens()
	t := min(f.ti, len(toks))
	for t < len(toks) && toks[t].Start < p {
		t++
	}
	for back := 0; t > 0 && toks[t-1].Start >= p; back++ {
		if back == 8 { // far back: search
			return sort.Search(t, func(k int) bool { return toks[k].Start >= p })
		}
		t--
	}
	return t
}

// hasTanween reports whether the word w carries fathatan (U+064B), as scan
// finds it.
func (f *finder) hasTanween(w *word) bool {
	if !w.tanKnown {
		w.tanween = strings.Contains(f.text[w.start:w.end], "\u064B")
		w.tanKnown = true
	}
	return w.tanween
}

// gapJoined reports whether scan's pass over s[i:e], before a word, takes
// it all (no letter or digit starts a word before e: ok), and then whether
// the word after it is joined to the one before (only horizontal space,
// see scan).
func gapJoined(s string, i, e int) (joined, ok bool) {
	next, joined := skipGap(s, i, e)
	return joined, next == e
}

// skipGap is scan's pass over the runes between two words: from i it
// passes over everything that cannot start a word and stops at the first
// letter or digit before e (or at e, or just past it when a rune runs
// over e). joined reports whether only horizontal space was passed over
// (' ', tab, NBSP, narrow and thin spaces, the direction marks, and the
// '_' and '#' of a hashtag), which keeps the next word joined to the one
// before. scanText and gapJoined (the stream's path) share it.
func skipGap(s string, i, e int) (next int, joined bool) {
	joined = true
	for i < e {
		c := s[i]
		if c < utf8.RuneSelf {
			if cl := index.ASCIIClass[c]; cl == index.ClassLetter || cl == index.ClassDigit {
				return i, joined
			}
			if c != ' ' && c != '\t' && c != '_' && c != '#' { // _ joins the words of a hashtag
				joined = false
			}
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			if cl := index.ArabicClass[int(c&0x1F)<<6|int(s[i+1]&0x3F)-0x600]; cl == index.ClassLetter || cl == index.ClassDigit {
				return i, joined
			}
			joined = false
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || n > 1 {
			if cl := index.Class(r); cl == index.ClassLetter || cl == index.ClassDigit {
				return i, joined
			}
		}
		if r != '\u00A0' && r != '\u202F' && r != '\u2009' && r != '\u200F' && r != '\u200E' {
			joined = false
		}
		i += n
	}
	return i, joined
}
