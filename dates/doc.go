// Package dates finds date and time expressions in Arabic news text and
// resolves each against the publication time (the anchor).
//
// Find scans the text once. Each word is folded on the fly (أ/إ/آ→ا، ى→ي،
// ة→ه, diacritics and tatweel dropped), stripped of the clitics news glues
// to it (و ف ب ل ك and ال, so لليوم، وأمس، بالأمس are found) and looked up
// in a table built once; only where a known trigger word or a number starts
// does the parser look further. No regular expression runs over the text.
//
// It resolves relative days (اليوم، أمس، أول أمس، غداً، الليلة، صباح اليوم،
// في وقت سابق من اليوم), relative days with a weekday (أمس الأحد: when the
// two disagree the named weekday wins and Warning says so), weekdays alone
// (يوم الأحد، الأحد الماضي), relative periods (الأسبوع الماضي، مطلع العام
// المقبل), amounts of time (منذ ثلاثة أيام، قبل أسبوعين، خلال الساعات الـ24
// الماضية), streaks (لليوم العاشر على التوالي), Gregorian dates in the
// Levantine, transliterated and Maghreb month families and in digits,
// Hijri dates on the Umm al-Qura calendar (exact over 1356–1500 AH),
// holidays, times of day with zones, and ranges.
//
// Results are half-open spans [From, To) in the anchor's location (or the
// one given by Location), with a Grain saying their precision.
package dates
