package dates

// connectorEnd returns where a range's end starts after its connector at
// k: after إلى، حتى، لغاية or a dash, after the two words إلى غاية (من 13
// جويلية إلى غاية 20 أوت), and after بين also after و or وحتى (بين 20 مارس
// وحتى 20 أبريل).
func (p *parser) connectorEnd(k int, isBayn bool) (int, bool) {
	switch {
	case !isBayn && p.word(k, cIla) && p.word(k+1, cGhaya):
		return k + 2, true
	case isBayn && p.word(k, cHatta) && p.toks[k].flags&fConj != 0:
		return k + 1, true
	case p.connector(k, isBayn):
		return k + 1, true
	}
	return 0, false
}
