package dates

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzFind checks that Find never panics and that what it returns is well
// formed: spans inside the text, in order, without overlap, Text equal to
// the span, From before To, and a known Grain and Kind.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"أجرى لافروف وظريف محادثة هاتفية، اليوم الثلاثاء، وتسليم 53 آخرين أمس الأحد",
		"وتتواصل لليوم العاشر على التوالي المعارك منذ 27 سبتمبر 2020",
		"الموافق 15 رمضان 1441 هـ الساعة 10:30 بتوقيت القدس",
		"من 5 إلى 7 أكتوبر، بين عامي 2010 و2015، حتى نهاية العام",
		"منذ 99999999999 عام \xff\xfe ٦/١٠/٢٠٢٠ 2020-10-06",
		"خلال الساعات الـ24 الماضية، الأسبوع الماضي، مطلع الشهر المقبل",
		"قال أحد المسؤولين إن مارس الضغط",
		"وقال المتحدث، الأحد، إن الوفد سيصل الخميس، ومن المقرر أن تبدأ المحادثات ليلة السبت الأحد",
		"ولا يزال مجهولا حتى اليوم، بحسب قناة \"روسيا اليوم\"، وفي اليوم التالي سيزور سيرغي",
		"في السابعة من مساء أمس، الساعة الثالثة وسبع وعشرون دقيقة فجراً (ت.غ)، منتصف ليل الخميس الجمعة، 3 / 11 / 1438 هـ، 9 مارس 2018 - 7:45 مساءً، 7 نوفمبر من العام الماضي، عام ألفين وخمسة عشر، في 5. مايو",
		"منذ عامين وثلاثة أشهر، قبل بضعة أسابيع، فيما تبقى من العام، آخر خمسة أشهر، الأسبوع بعد المقبل، في 2008 ثم العام التالي، \"بكرة نشوف\"، حتى اللحظة، بعد نصف ساعة، اليومين الماضيين، ثلاثة أيام من الآن",
		"عيد الأضحى 2021، رمضان 2022، عيد الفصح الأرثوذكسي، شم النسيم، ليلة رأس السنة، سوق الثلاثاء، ثورة 25 يناير، تيار 8 آذار، على بعد ساعتين، بين الأمس واليوم، حزب الغد",
		// this session's families: spans without ب/ل/ك, runs, seasons, حتى, hours, feasts, nights
		"وغرة شوال بِالأمس لعام 2016 السبت والأحد الثالث والرابع من أبريل موسم 2016-17 حتى 18 آب/أغسطس الساعة الثانية (14:00) في الساعة الواحدة",
		// session 5: masculine perfects, weekends, clock halves, old and listed years, same month
		"وغادر اللاعب النادي بعد 22 عاما قضاها فيه، عطلة نهاية الأسبوع الماضي، الساعة 3 و20 صباحا، الليلة الساعة 12، عام 622 م، من 628 إلى 858هـ، في 2014 و2015 و2016، عامي 1970 و1986، 26 من الشهر ذاته، بداية القرن التاسع عشر، في مارس ألفين وأحد عشر، على أن يعود الاثنين، العقد الحالي، وصلت من يومين",
		"غدا الساعة 3 مساء، منذ صباح اليوم، الليلة الفاصلة بين الخميس والجمعة الماضيين، أول أيام عيد الفطر، الجمعة الأخيرة من رمضان، نهاية رمضان، تسليم مارس، أول العام 2016، واقتربت المبيعات خلال 3 أسابيع، خلال السنوات الماضية، القرن السابع عشر الميلادي",
	} {
		f.Add(s, int64(1601974800), uint8(6))
	}
	// chains of ordinal and range phrases: each must be read in linear
	// time (a rule that re-read the rest of the chain once took minutes)
	for _, unit := range []string{"الأحد الأول من ", "أول يوم من ", "النصف الأول من ", "آخر سبت من ", "الأسبوع الأول من ", "من 3 إلى ", "منذ 2011 وحتى "} {
		f.Add(strings.Repeat(unit, 1500)+"مارس", int64(1601974800), uint8(6))
	}
	f.Fuzz(func(t *testing.T, s string, unix int64, ws uint8) {
		a := time.Unix(unix%(1<<40), 0).UTC()
		got := Find(s, a, WeekStart(time.Weekday(ws%7)), Weekend(time.Weekday(ws/7%7)))
		prev := 0
		for _, e := range got {
			if e.Start < prev || e.End <= e.Start || e.End > len(s) {
				t.Fatalf("bad span [%d,%d) after %d in %q", e.Start, e.End, prev, s)
			}
			if e.Text != s[e.Start:e.End] {
				t.Fatalf("Text %q != %q", e.Text, s[e.Start:e.End])
			}
			if !e.From.Before(e.To) {
				t.Fatalf("%q: From %v not before To %v", e.Text, e.From, e.To)
			}
			if e.Grain == GrainNone || e.Grain > Century || e.Kind == KindNone || e.Kind > DecadeName {
				t.Fatalf("%q: grain %v kind %v", e.Text, e.Grain, e.Kind)
			}
			if utf8.ValidString(s) && !utf8.ValidString(e.Text) {
				t.Fatalf("span cuts a rune: %q", e.Text)
			}
			prev = e.End
		}
	})
}

// FuzzWritingDay checks that WritingDay never panics, keeps the stamp when
// it reports no evidence, and otherwise moves it by whole days within its
// window, keeping the clock time.
func FuzzWritingDay(f *testing.F) {
	for _, s := range []string{
		"قال الوزير اليوم الاثنين إن المحادثات التي بدأت أمس الأحد ستستمر غداً الثلاثاء.",
		"شهدت المدينة أول أمس السبت، وأمس الأول الأحد، والبارحة الاثنين",
		"اليوم، الأربعاء، \xff\xfe أمس",
		"لليوم الثالث على التوالي الخميس اليوم",
	} {
		f.Add(s, int64(1601974800))
	}
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		stamp := time.Unix(unix%(1<<40), 0).UTC()
		got, ok := WritingDay(s, stamp)
		if !ok {
			if !got.Equal(stamp) {
				t.Fatalf("no evidence, yet %v became %v", stamp, got)
			}
			return
		}
		d := dayOf(got) - dayOf(stamp)
		if d < -writingBack || d > writingAhead || d > 0 && stamp.Hour() < aheadHour {
			t.Fatalf("%v moved %d days to %v", stamp, d, got)
		}
		if h, m, sec := got.Clock(); h != stamp.Hour() || m != stamp.Minute() || sec != stamp.Second() {
			t.Fatalf("clock changed: %v -> %v", stamp, got)
		}
	})
}
