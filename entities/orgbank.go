package entities

import "strings"

// bankFields are the fields that a bank named after its places takes
// after them (بنك مصر إيران للتنمية, بنك قطر للتنمية, بنك الإمارات
// للاستثمار): a bank's ل-phrase, as for a body's (orglam.go), but after
// a place, where other ل-words are the sentence's (رفع بنك إنجلترا
// لأسعار الفائدة).
var bankFields = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields("للتنمية للاستثمار للتعمير للإنماء للتجارة للتمويل للتضامن للتصدير للإسكان") {
		m[foldHash(w)] = true
	}
	return m
}()

// bankLamEnd returns where a bank named after its places (بنك مصر إيران:
// the place that starts at start, after بنك or مصرف, and what bankEnd
// and bankPlaces joined to it, up to end) ends once a field of bankFields
// right after it, one space between, joins; or end. Nothing joins past
// next (the next mention's start, -1 for none).
func bankLamEnd(s string, start, end, next int) int {
	if !strings.HasPrefix(s[end:], " لل") {
		return end
	}
	ps, pe := prevWord(s, start)
	if h := orgPlaceHeads[foldHash(s[ps:pe])]; ps == pe || h != hBank && h != hBankM {
		return end
	}
	w := nextWord(s, end)
	at := end + 1 + len(w)
	if next >= 0 && at > next || !bankFields[foldHash(w)] {
		return end
	}
	return at
}
