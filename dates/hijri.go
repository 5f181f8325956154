package dates

import (
	"sort"
	"time"
)

//go:generate sh -c "/usr/bin/python3 internal/gen/gen_umalqura.py > umalqura_table.go && gofmt -w umalqura_table.go"

// hijriMonthStart returns the day number of the first day of Hijri month m
// of year y on the Umm al-Qura calendar, and the month's length.
func hijriMonthStart(y, m int) (start, length int, ok bool) {
	if y < umalquraFirstYear || y > umalquraLastYear || m < 1 || m > 12 {
		return 0, 0, false
	}
	i := (y-umalquraFirstYear)*12 + m - 1
	return int(umalquraStart[i]), int(umalquraStart[i+1] - umalquraStart[i]), true
}

// hijriFromDay converts a day number to an Umm al-Qura date.
func hijriFromDay(d int) (y, m, day int, ok bool) {
	if d < int(umalquraStart[0]) || d >= int(umalquraStart[len(umalquraStart)-1]) {
		return 0, 0, 0, false
	}
	i := sort.Search(len(umalquraStart), func(i int) bool { return int(umalquraStart[i]) > d }) - 1
	return umalquraFirstYear + i/12, i%12 + 1, d - int(umalquraStart[i]) + 1, true
}

// HijriToGregorian returns midnight (in loc, UTC when nil) of the Gregorian
// day of Umm al-Qura date y/m/d. It reports false outside 1356–1500 AH or
// for a day the month does not have.
func HijriToGregorian(y, m, d int, loc *time.Location) (time.Time, bool) {
	start, n, ok := hijriMonthStart(y, m)
	if !ok || d < 1 || d > n {
		return time.Time{}, false
	}
	if loc == nil {
		loc = time.UTC
	}
	gy, gm, gd := civilFromDays(start + d - 1)
	return time.Date(gy, time.Month(gm), gd, 0, 0, 0, 0, loc), true
}

// GregorianToHijri returns the Umm al-Qura date of t's calendar day (in t's
// own location). It reports false outside 1356–1500 AH (1937–2077).
func GregorianToHijri(t time.Time) (Hijri, bool) {
	y, m, d, ok := hijriFromDay(dayOf(t))
	return Hijri{Year: y, Month: m, Day: d}, ok
}
