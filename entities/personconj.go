package entities

import (
	"strings"

	"github.com/arnews/arnews/entities/internal/index"
)

// Two people joined by و that the model read as one name (آندي وديانا
// رزق, محمد سعد ومحمد هنيدي): ANERcorp's training split has 151 people
// whose name starts with و right after another person's name against 49
// names with a word in و inside (ولد, وقاص, وايت), and those are words
// the gazetteer's names hold or no first names.

// splitAt returns where the made person name c splits into two people:
// the start of its first later word that is و + a known first name
// (ومحمد, وعبد) while the word itself is in no name of the gazetteer
// (وليد, وائل are names themselves) and no stop word; -1 when none.
func (r *recognizer) splitAt(s string, ks []kept, c candidate) int {
	var buf [64]byte
	_, we, k, ok := wordFrom(s, ks, c.start)
	for ok && we < c.end {
		var ws int
		ws, we, k, ok = wordAfter(s, ks, k, we)
		if !ok || we > c.end {
			break
		}
		w := s[ws:we]
		if !strings.HasPrefix(w, "و") || len(w) < len("وxxx") {
			continue
		}
		fw := index.AppendFold(buf[:0], w)
		if r.lex[index.HashWord(fw)] != 0 || r.stop[index.HashWord(fw)] {
			continue
		}
		if hb := index.HashWord(fw[1:]); r.lex[hb]&(lexFirst|lexPerson) != 0 && !r.stop[hb] {
			return ws
		}
	}
	return -1
}

// splitPeople splits each made person of out that splitAt splits: the
// first person ends before the word in و, the second starts after the و.
// out is returned as is (no copy) when nothing splits.
func (r *recognizer) splitPeople(s string, ks []kept, out []candidate, made *madeSet) []candidate {
	var res []candidate
	for i, c := range out {
		at := -1
		if c.typ == Person && c.ent != nil && c.ent.Recognized() && strings.IndexByte(s[c.start:c.end], ' ') > 0 {
			at = r.splitAt(s, ks, c)
		}
		if at < 0 {
			if res != nil {
				res = append(res, c)
			}
			continue
		}
		if res == nil {
			res = append(make([]candidate, 0, len(out)+2), out[:i]...)
		}
		a, b := c, c
		a.end = len(strings.TrimRight(s[:at], " \t"))
		b.start = at + len("و")
		a.ent = madeEntity(made, s[a.start:a.end], Person)
		b.ent = madeEntity(made, s[b.start:b.end], Person)
		res = append(res, a, b)
	}
	if res == nil {
		return out
	}
	return res
}
