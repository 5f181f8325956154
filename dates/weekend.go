package dates

import (
	"fmt"
	"strings"
	"time"
)

// نهاية الأسبوع (and عطلة نهاية الأسبوع) is the weekend: two days off
// that do not always close the week. Most Arab countries rest on Friday
// and Saturday (Egypt, Saudi Arabia, Jordan, Iraq, Algeria...) and start
// the week on Saturday or Sunday, so with either start the weekend is
// Friday and Saturday; with any other start (Monday, the ISO week, as in
// Morocco, Tunisia or Lebanon) it is the week's last two days (Saturday
// and Sunday). The Weekend option names its first day outright (Thursday
// for the Gulf before 2013, Saturday for the UAE since 2022). نهاية
// الأسبوع [الحالي] is the weekend the anchor is in or else the coming one
// (on Tuesday 6 October 2020, Friday 9 and Saturday 10), the one just gone
// in a past clause; الماضي / المقبل move it a week.

// Weekend sets the first of the two days of the weekend that نهاية
// الأسبوع names (time.Friday: Friday and Saturday). Without it the
// weekend is Friday and Saturday when weeks start on Saturday or Sunday
// (see WeekStart) and the week's last two days otherwise. A day outside
// time.Sunday..time.Saturday is invalid.
func Weekend(first time.Weekday) Option {
	return func(c *config) {
		if first < time.Sunday || first > time.Saturday {
			c.fail(fmt.Errorf("dates: Weekend(%d) is not a day of the week", int(first)))
			return
		}
		c.weekend, c.weekendSet = first, true
	}
}

// weekendStart returns the first day of the weekend under c.
func (c *config) weekendStart() time.Weekday {
	switch {
	case c.weekendSet:
		return c.weekend
	case c.weekStart == time.Saturday || c.weekStart == time.Sunday:
		return time.Friday
	}
	return (c.weekStart + 5) % 7
}

// weekendOf returns the weekend named by نهاية + the week [d0, d0+7)
// (the phrase is text[start:end]): its first day and the day after its
// second. The anchor's own week names the weekend the anchor is in, or
// else the coming one; but a bare نهاية الأسبوع in a past clause (a past
// marker of its own, as durationPast or perfectBefore find it: reported
// speech alone is no evidence) written up to three days after a weekend is that weekend (هطلت الأمطار خلال
// نهاية الأسبوع on a Monday), unless a plan stands before it (ألغى رحلة
// كانت مقررة في نهاية الأسبوع). The week before or after names the
// weekend a week earlier or later.
func (p *parser) weekendOf(d0, start, end int) (int, int) {
	first := int(p.cfg.weekendStart())
	last := p.aday - (int(weekdayOf(p.aday))-first+7)%7 // the latest weekend to begin on or before the anchor's day
	w := last
	if p.aday >= last+2 {
		w = last + 7 // over: the coming one
	}
	k := (d0 - p.weekStartOf(p.aday)) / 7
	if k == 0 && w > p.aday && p.aday-(last+2) <= 2 && p.bareWeek(end) && !p.plannedBefore(start) &&
		(p.durationPast(start, end) || p.perfectBefore(start)) {
		w -= 7
	}
	w += 7 * k
	return w, w + 2
}

// nihaya reports whether token i is نهاية (with a clitic), not أواخر /
// آخر / ختام: only نهاية الأسبوع is the weekend.
func (p *parser) nihaya(i int) bool {
	var buf [64]byte
	return strings.Contains(string(foldWord(&buf, p.text[p.toks[i].start:p.toks[i].end])), "نهاي")
}

// bareWeek reports whether the phrase ending at byte end is نهاية الأسبوع
// itself: no هذا / الحالي / الجاري after الأسبوع says "this week".
func (p *parser) bareWeek(end int) bool {
	var buf [64]byte
	return strings.HasSuffix(string(foldWord(&buf, p.text[p.prevWordStart(end):end])), "سبوع")
}

// prevWordStart returns where the word that ends at byte end starts.
func (p *parser) prevWordStart(end int) int {
	if s, _, ok := p.prevWordText(end); ok {
		return s
	}
	return end
}

// plannedBefore reports whether one of the three words before byte start
// marks a plan (مقررة، المرتقب، من المزمع...): كانت مقررة في نهاية
// الأسبوع is the weekend ahead even in a past clause.
func (p *parser) plannedBefore(start int) bool {
	i := start
	for n := 0; n < 3; n++ {
		s, e, ok := p.prevWord(i)
		if !ok {
			return false
		}
		if t, _, _, _, _ := p.wordMark(s, e, false); t > 0 {
			return true
		}
		var buf [64]byte
		if w := string(foldWord(&buf, p.text[s:e])); strings.HasSuffix(w, "مزمع") || strings.HasSuffix(w, "مزمعه") {
			return true
		}
		i = s
	}
	return false
}
