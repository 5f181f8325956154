package dates_test

import (
	"fmt"
	"time"

	"github.com/arnews/arnews/dates"
)

// A news paragraph published on Tuesday 2020-10-06: each phrase resolves
// against that day.
func Example() {
	text := "أجرى الوزيران اتصالاً هاتفياً اليوم الثلاثاء، بعد أن أعلنت طهران أمس الإثنين خطتها، " +
		"فيما تتواصل المعارك لليوم العاشر على التوالي منذ اندلاعها، وكان الرئيس قد حذر الأسبوع الماضي من التصعيد."
	anchor := time.Date(2020, 10, 6, 12, 0, 0, 0, time.FixedZone("+03", 3*3600))
	for _, e := range dates.Find(text, anchor) {
		fmt.Printf("%s: %s .. %s (%s)\n", e.Text, e.From.Format("2006-01-02"), e.To.AddDate(0, 0, -1).Format("2006-01-02"), e.Grain)
	}
	// Output:
	// اليوم الثلاثاء: 2020-10-06 .. 2020-10-06 (day)
	// أمس الإثنين: 2020-10-05 .. 2020-10-05 (day)
	// لليوم العاشر على التوالي: 2020-09-27 .. 2020-10-06 (day)
	// الأسبوع الماضي: 2020-09-26 .. 2020-10-02 (week)
}

// When the relative word and the weekday disagree (أمس الأحد written on a
// Tuesday), the weekday wins and Warning explains the choice.
func Example_warning() {
	anchor := time.Date(2020, 10, 6, 12, 0, 0, 0, time.UTC)
	for _, e := range dates.Find("وتسليم 53 مقاتلاً أمس الأحد إلى سوريا", anchor) {
		fmt.Println(e.Text, e.From.Format("2006-01-02"))
		if e.Warning != "" {
			fmt.Println("warning:", e.Warning)
		}
	}
	// Output:
	// أمس الأحد 2020-10-04
	// warning: yesterday is 2020-10-05 (Monday) but the text names Sunday; used 2020-10-04
}

// Hijri dates resolve on the Umm al-Qura calendar; Hijri keeps the date as
// written.
func Example_hijri() {
	anchor := time.Date(2020, 10, 6, 0, 0, 0, 0, time.UTC)
	for _, e := range dates.Find("صدر المرسوم في 15 رمضان 1441 هـ، ويحتفل المسلمون بالمولد النبوي الشريف.", anchor) {
		fmt.Println(e.Text, e.Kind, e.From.Format("2006-01-02"), e.Hijri)
	}
	// Output:
	// 15 رمضان 1441 هـ hijri 2020-05-08 {1441 9 15}
	// المولد النبوي الشريف holiday 2020-10-29 {1442 3 12}
}

// Maghreb month names (جانفي، فيفري، أفريل، جوان، جويلية، أوت) and the paired
// Levantine/transliterated forms are all understood.
func Example_maghreb() {
	anchor := time.Date(2017, 6, 1, 0, 0, 0, 0, time.UTC)
	text := "تنطلق الدورة يوم 14 جويلية 2017 وتتواصل إلى غاية أوت، بعد تأجيلها من 3 تشرين الأول/أكتوبر 2016."
	for _, e := range dates.Find(text, anchor) {
		fmt.Println(e.Text, e.From.Format("2006-01-02"), e.Grain)
	}
	// Output:
	// 14 جويلية 2017 2017-07-14 day
	// أوت 2017-08-01 month
	// 3 تشرين الأول/أكتوبر 2016 2016-10-03 day
}

// Weeks start on Saturday unless WeekStart says otherwise.
func ExampleWeekStart() {
	anchor := time.Date(2020, 10, 6, 12, 0, 0, 0, time.UTC)
	for _, ws := range []time.Weekday{time.Saturday, time.Monday} {
		e := dates.Find("الأسبوع الماضي", anchor, dates.WeekStart(ws))[0]
		fmt.Println(ws, e.From.Format("2006-01-02"), e.To.Format("2006-01-02"))
	}
	// Output:
	// Saturday 2020-09-26 2020-10-03
	// Monday 2020-09-28 2020-10-05
}

// A bare month or weekday name points to the past unless BareNames says
// Future.
func ExampleBareNames() {
	anchor := time.Date(2020, 10, 6, 12, 0, 0, 0, time.UTC)
	for _, d := range []dates.Direction{dates.Past, dates.Future} {
		e := dates.Find("يعقد المجلس جلسته يوم الخميس", anchor, dates.BareNames(d))[0]
		fmt.Println(e.Text, e.From.Format("2006-01-02"))
	}
	// Output:
	// يوم الخميس 2020-10-01
	// يوم الخميس 2020-10-08
}

func ExampleHijriToGregorian() {
	t, ok := dates.HijriToGregorian(1442, 1, 1, nil)
	fmt.Println(t.Format("2006-01-02"), ok)
	h, _ := dates.GregorianToHijri(time.Date(2020, 10, 6, 0, 0, 0, 0, time.UTC))
	fmt.Println(h.Year, h.Month, h.Day)
	// Output:
	// 2020-08-20 true
	// 1442 2 19
}

// A wire stamped just after midnight on Tuesday says it was written on
// Monday: its relative phrases agree with each other, not with the stamp.
// Resolving against the writing day gives the days the text means.
func ExampleWritingDay() {
	text := "قال الوزير اليوم الاثنين إن المحادثات التي بدأت أمس الأحد ستستمر غداً الثلاثاء."
	stamp := time.Date(2020, 10, 6, 0, 40, 0, 0, time.FixedZone("+03", 3*3600))
	written, ok := dates.WritingDay(text, stamp)
	fmt.Println(written.Format("Mon 2006-01-02 15:04"), ok)
	for _, e := range dates.Find(text, written) {
		fmt.Println(e.Text, e.From.Format("Mon 2006-01-02"), e.Warning == "")
	}
	// Output:
	// Mon 2020-10-05 00:40 true
	// اليوم الاثنين Mon 2020-10-05 true
	// أمس الأحد Sun 2020-10-04 true
	// غداً الثلاثاء Tue 2020-10-06 true
}

// Clock times: the part of the day decides the half, a time takes the day
// written next to it, and a zone keeps its own day. The results are in the
// anchor's zone; here the anchor is 01:00 in Riyadh, still the 5th in GMT.
func Example_clock() {
	anchor := time.Date(2020, 10, 6, 1, 0, 0, 0, time.FixedZone("+03", 3*3600))
	text := "وقع الانفجار في السابعة من مساء أمس، ويعقد المجلس جلسته الساعة الخامسة والنصف عصراً، " +
		"وقد أعلن الحكم النتيجة الساعة 17:15 بتوقيت غرينتش، وصدر القرار بتاريخ 17/8/1440هـ."
	for _, e := range dates.Find(text, anchor) {
		fmt.Printf("%s: %s (%s)\n", e.Text, e.From.Format("2006-01-02 15:04 -0700"), e.Grain)
	}
	// Output:
	// السابعة من مساء أمس: 2020-10-05 19:00 +0300 (hour)
	// الساعة الخامسة والنصف عصراً: 2020-10-06 17:30 +0300 (minute)
	// الساعة 17:15 بتوقيت غرينتش: 2020-10-05 20:15 +0300 (minute)
	// 17/8/1440هـ: 2019-04-22 00:00 +0300 (day)
}
