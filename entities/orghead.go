package entities

import "strings"

// The head of a new organization's name: the model, trained mostly on
// 2000s wires that leave many heads out, often starts a name it makes
// after its head (جامعة | كامبردج, وكالة | إدارة الطوارئ الفيدرالية,
// مستشفى | شبرا العام). The news labels (training draws and dev samples)
// keep these heads in: جامعة 37 to 0, وزارة 420 to 0, مجلس 296 to 2,
// وكالة 295 to 2, حركة 188 to 0, منظمة 100 to 3, محكمة 52 to 0, مستشفى
// 38 to 0, ... (the heads after which a name stays out are others:
// شركة, حزب, صحيفة, قناة, نادي, فريق; غرفة is a room too, إدارة and
// مؤسسة go both ways).

// inHeads are the heads that the news labels keep in a name (see above),
// by the hash of the head with each of its proclitics, to the proclitics'
// length in bytes.
var inHeads = func() map[uint64]int {
	m := map[uint64]int{}
	for _, w := range strings.Fields(`جامعة جمعية لجنة رابطة منظمة وزارة مجلس جهاز وكالة اتحاد حركة جبهة معهد محكمة
		نقابة مديرية دائرة صندوق مستشفى مرصد كلية`) {
		for _, p := range orgHeadClitics {
			m[hashOf(p+w)] = len(p)
		}
	}
	return m
}()

// headStart returns where the made organization c starts with the head
// of inHeads right before it (one space between, proclitics out), or
// c.start: not when the head is in the mention before c (which ends
// after prevEnd).
func headStart(s string, c *candidate, prevEnd int) int {
	if c.typ != Organization || c.ent == nil || !c.ent.Recognized() || c.start < 3 || s[c.start-1] != ' ' {
		return c.start
	}
	// Every head ends in one of these letters: most words before a name
	// are read no further.
	switch s[c.start-3 : c.start-1] {
	case "ة", "س", "ز", "د", "ق", "ى":
	default:
		return c.start
	}
	ps, pe := prevWord(s, c.start)
	if ps == pe || pe != c.start-1 || ps < prevEnd {
		return c.start
	}
	n, ok := inHeads[foldHash(s[ps:pe])]
	if !ok {
		return c.start
	}
	return ps + n
}
