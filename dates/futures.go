package dates

// A month named as a futures contract's delivery (عقود الذهب الآجلة تسليم
// أغسطس، خام برنت لأقرب استحقاق) is ahead of the anchor however the clause
// reads: a market report's verbs are past (نزلت عقود … تسليم أبريل) while
// the month it names is the next such month.

// deliveryBefore reports whether the word before token i is تسليم or
// استحقاق (delivery, maturity).
func (p *parser) deliveryBefore(i int) bool {
	s, e, ok := p.prevWord(p.toks[i].start)
	if !ok {
		return false
	}
	var buf [64]byte
	switch string(foldWord(&buf, p.text[s:e])) {
	case "تسليم", "استحقاق":
		return true
	}
	return false
}
