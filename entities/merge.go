package entities

import (
	"slices"
	"strings"

	"github.com/arnews/arnews/entities/internal/index"
)

// merge combines the model's spans st.spans with the gazetteer's
// candidates f.cands into f.cands, in text order without overlaps.
func (g *Gazetteer) merge(f *finder, st *recState, r *recognizer) {
	s := f.text
	var ks []kept // the text's words, when the scan kept them all (see keptAt)
	if f.keep {
		ks = f.kept
	}
	made := &st.made
	made.hint = len(st.spans)
	st.out = st.out[:0]
	ci := 0
	for _, sp := range st.spans {
		if sp.start = skipTitles(s, ks, sp.start, sp.end); sp.start >= sp.end {
			continue
		}
		if n := len(st.out); n > 0 && st.out[n-1].end > sp.start {
			continue // overlaps what was already taken
		}
		// Gazetteer candidates before the span.
		for ci < len(f.cands) && f.cands[ci].end <= sp.start {
			st.out = append(st.out, f.cands[ci])
			ci++
		}
		// Those overlapping it.
		j := ci
		strong, inside := 0, true
		var same *candidate
		for j < len(f.cands) && f.cands[j].start < sp.end {
			c := &f.cands[j]
			if c.ent != nil {
				strong++
			}
			if c.start < sp.start || c.end > sp.end {
				inside = false
			}
			if c.start == sp.start && c.end == sp.end {
				same = c
			}
			j++
		}
		switch {
		case ci == j || strong == 0 && same == nil && inside:
			// Nothing of the gazetteer's here, or only weak readings
			// (a surname, an ambiguous name) inside the span, which the
			// model reads as part of a longer name (جافين وليامسون
			// around the surname وليامسون): a new name.
			if sp.end > sp.start {
				// The name is folded and hashed once: for the stop words
				// and commonWord (one word only) and for its entity.
				name := s[sp.start:sp.end]
				one := strings.IndexByte(name, ' ') < 0
				var fh uint64
				if one {
					fh = foldHash(name)
				}
				if !(one && r.stop[fh]) && !latinGlued(s, sp.start, sp.end) && !(one && r.commonWord(s, sp.start, sp.end, fh)) {
					if !one {
						fh = foldHash(name)
					}
					sp.ent = madeEntityFold(made, name, fh, sp.typ)
					st.out = append(st.out, sp)
				}
			}
		case strong == 0 && same != nil:
			// A weak reading of the gazetteer (a surname, an ambiguous
			// name) that the model confirms.
			c := *same
			for _, e := range same.weak {
				if Type(e.Type) == sp.typ {
					c.ent, c.typ = &c.layer.ents[e.Ent], sp.typ
					if e.Flags&index.Ambiguous != 0 && sp.typ == Organization && strings.HasPrefix(s[c.start:c.end], "ال") && !slices.Contains(made.amb, c.ent) {
						made.amb = append(made.amb, c.ent) // see unsupported
					}
					break
				}
			}
			st.out = append(st.out, c)
		case inside && strong > 0 && !(same != nil && same.ent != nil) && r.extends(f.cands[ci:j], sp) && !intlOnly(s, f.cands[ci:j], sp) && !clubAdj(s, f.cands[ci:j], sp):
			// A longer name around the gazetteer's: عبد الرضا رحماني فضلي
			// around رحماني فضلي keeps the person; جامعة القاهرة is an
			// organization, not the city.
			c := sp
			for k := ci; k < j; k++ {
				if f.cands[k].ent != nil && f.cands[k].typ == sp.typ {
					c.ent = f.cands[k].ent
					break
				}
			}
			if c.ent == nil {
				c.ent = madeEntity(made, s[sp.start:sp.end], sp.typ)
			}
			st.out = append(st.out, c)
		default:
			st.out = append(st.out, f.cands[ci:j]...)
		}
		ci = j
	}
	st.out = append(st.out, f.cands[ci:]...)
	st.out = r.rules(s, ks, st.out, made)
	st.out = r.headPlaces(f, st.out, made)
	if len(made.amb) > 0 {
		g.unsupported(s, st.out, made)
	}
	// After unsupported: a place that names a competition (أبطال آسيا)
	// still supports a club of its region.
	st.out = r.placePrecision(s, st.out, made)
	if len(made.m) > 0 {
		st.out = r.oneSense(f, st, st.out, made.m)
	}
	setMadeIDs(st.out)
	made.done()
	f.cands = append(f.cands[:0], st.out...)
}

// latinGlued reports whether s[start:end] starts with a small Latin
// letter (alert, script), or starts or ends with a Latin letter or digit
// glued to another word by . / @ - : _ or #, as in a URL,
// an e-mail address or a handle (www.CNN.com, news@BBC.co.uk,
// AFP-Getty): no name.
func latinGlued(s string, start, end int) bool {
	if c := s[start]; c >= 'a' && c <= 'z' {
		return true // a Latin name starts with a capital
	}
	if start > 0 && isAlnum(s[start]) {
		switch s[start-1] {
		case '.', '/', '@', '-', ':', '_', '#':
			return true
		}
	}
	if end < len(s) && end > 0 && isAlnum(s[end-1]) {
		switch s[end] {
		case '.', '/', '@', '-', ':', '_':
			return end+1 < len(s) && isAlnum(s[end+1])
		}
	}
	return false
}

// titles are the words before a name that stay outside its mention
// (with their proclitics: والرئيس).
var titles = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields(`الرئيس رئيس الرئيسة الملك الملكة الأمير الأميرة الشيخ الشيخة السيد السيدة
		البابا الإمام الدكتور الدكتورة د المهندس الجنرال اللواء العميد العقيد المشير الفريق الحاج الوزير
		الوزيرة وزير النائب النائبة القاضي المستشار الأستاذ الأستاذة سمو فخامة معالي المطران الكاردينال
		الحاخام المدرب المدربة اللاعب اللاعبة النجم النجمة الفنان الفنانة الكاتب الكاتبة الممثل الممثلة
		المتحدث الناطق الزعيم القائد الداعية الشاعر الشاعرة المخرج المخرجة الصحفي الصحفية المغني المغنية
		العاهل ولي العهد السلطان الأمين العام
		الكولونيل المارشال اللفتنانت الكابتن القومندان العريف العماد الملازم الركن الأدميرال الأميرال الرائد
		دكتور دكتورة البروفيسور البروفيسورة البروفسور بروفيسور البطريرك الكاهن القس الراهب الراهبة القديس
		القديسة الشماس الأسقف الخوري المأذون المرحوم المرحومة الفقيد الفقيدة الراحل الراحلة اللورد السير
		الليدي البارون البارونة الدوق الدوقة دوق دوقة الكونت الإمبراطور الإمبراطورة المخضرم القدير القديرة
		الموهوب الموهوبة المتألق الشهير الشهيرة الأسطورة المتقاعد المرموق الثري المشرف معاون المعاون المساعد
		الممرضة الممرض المحقق يدعى تدعى وريث الميجر الحكمان
		قال قالت أكد أكدت أوضح أوضحت أضاف أضافت تابع تابعت أشار أشارت ذكر ذكرت صرح صرحت أعلن أعلنت
		كشف كشفت لفت لفتت شدد شددت نفى نفت أفاد أفادت رأى رأت اعتبر اعتبرت يقول تقول يرى ترى طالب
		طالبت دعا دعت أوضح أبلغ أبلغت أعرب أعربت وصف وصفت التقى التقت استقبل استقبلت بحث بحثت زار
		زارت غادر غادرت وصل وصلت عين عينت`) {
		for _, p := range []string{"", "و", "ف", "ل", "ب", "ول", "وب"} {
			m[hashOf(p+w)] = true
		}
	}
	return m
}()

// titleFilter is a bit filter of titles' hashes (as headFilter), so that
// most first words of a span are passed over without a map read.
var titleFilter = func() (f [1024]uint64) {
	for h := range titles {
		f[h>>54] |= 1 << (h & 63)
	}
	return f
}()

// skipTitles returns where the name in s[start:end] starts once the
// titles before it are left out (الرئيس, البابا, المدرب); end when it is
// titles only. The words are read from ks (see keptAt) while they can be,
// from the text after.
func skipTitles(s string, ks []kept, start, end int) int {
	if k := keptAt(ks, start); k >= 0 {
		// The kept words from start on are those NextWord reads in
		// s[:end], while they end by end.
		for ; k < len(ks) && int(ks[k].end) <= end && ks[k].h != 0; k++ {
			if h := ks[k].h; titleFilter[h>>54]&(1<<(h&63)) == 0 || !titles[h] {
				return int(ks[k].start)
			}
			start = int(ks[k].end)
		}
	}
	for start < end {
		ws, we, ok := index.NextWord(s[:end], start)
		if !ok {
			return end
		}
		if h := index.HashFold(s[ws:we]); titleFilter[h>>54]&(1<<(h&63)) == 0 || !titles[h] {
			return ws
		}
		start = we
	}
	return end
}

// extends reports whether the model's span sp may replace the gazetteer
// candidates cs that it contains.
func (r *recognizer) extends(cs []candidate, sp candidate) bool {
	for _, c := range cs {
		if c.ent == nil {
			continue
		}
		switch {
		case sp.typ == Person && c.typ == Person:
		case sp.typ == Organization && (c.typ == Place || c.typ == Nationality || c.typ == Person):
		default:
			return false
		}
	}
	return true
}

// commonRank is the rank in the model's vocabulary (most frequent
// first) above which a word is too common to be a new name alone.
const commonRank = 20000

// commonWord reports whether the one-word name s[start:end], whose hash
// (hashOf) is h, is frequent in news (in the first commonRank words of
// the model's vocabulary) and in none of the gazetteer's names:
// بالتزامن at the head of a sentence is no organization. Names that
// frequent are in the gazetteer. The word is looked up as written, with
// its proclitics (بالتزامن), and without them.
func (r *recognizer) commonWord(s string, start, end int, h uint64) bool {
	if r.lex[h] != 0 {
		return false
	}
	if k := r.vt.find(h); k >= 0 && k < commonRank {
		return true
	}
	ws := start
	for ws >= 2 && strings.Contains("وفبلك", s[ws-2:ws]) && s[ws-2] == 0xD9 || ws >= 2 && s[ws-2:ws] == "ب" {
		ws -= 2
	}
	if ws < start {
		k := r.vt.find(hashOf(s[ws:end]))
		return k >= 0 && k < commonRank
	}
	return false
}

// wordHashes appends to dst the hashes of the folded words of name, and
// returns the folded length of the last.
func wordHashes(name string, dst []uint64) ([]uint64, int) {
	var buf [maxFold + 1]byte
	n := 0
	for i := 0; ; {
		s, e, ok := index.NextWord(name, i)
		if !ok {
			return dst, n
		}
		i = e
		f := index.AppendFold(buf[:0], name[s:e])
		if len(f) > 0 {
			dst = append(dst, index.HashWord(f))
			n = len(f)
		}
	}
}

// madeKey is the key of a made entity: the hash of its folded name
// (foldHash) mixed with its type (typeSalt; the name alone for type 0).
func madeKey(name string, t Type) uint64 {
	return foldHash(name) ^ typeSalt(t)
}

// typeSalt is what madeKey mixes into a name's hash for type t: 0 for
// type 0, distinct for the others.
func typeSalt(t Type) uint64 {
	return uint64(t) * 0x9E3779B97F4A7C15
}

// mergeCandidates merges extra into out, both in text order, keeping text
// order (a candidate of out first at an equal start); it merges from the
// back, in place in out's array.
func mergeCandidates(out, extra []candidate) []candidate {
	i, j := len(out)-1, len(extra)-1
	out = append(out, extra...)
	for k := len(out) - 1; j >= 0; k-- {
		if i >= 0 && out[i].start > extra[j].start {
			out[k] = out[i]
			i--
		} else {
			out[k] = extra[j]
			j--
		}
	}
	return out
}
