// Package dates finds date and time expressions in Arabic news text and
// resolves each against the publication time (the anchor).
//
//	for _, e := range dates.Find(text, published) {
//		fmt.Println(e.Text, e.From, e.To, e.Grain, e.Warning)
//	}
//
// # What it reads
//
// Relative days (اليوم، أمس، البارحة، أول أمس، قبل أمس، غداً، بعد غد، الليلة،
// صباح اليوم، مساء أمس، في وقت سابق من اليوم) and now (الآن، حتى اللحظة، هذه
// اللحظة، حالاً but not أفضل حالاً، حالياً، في الوقت الحالي / الراهن); the
// colloquial words of quoted speech (النهارده: today; بكرة، بكرا، غدوة:
// tomorrow; امبارح، مبارح، البارح: yesterday; أول امبارح، بعد بكرة; دلوقتي، هلق، هسه: now; الجاي،
// الجاية، الياي، اللي جاي، اللي فات: next and last), بكرة only where it cannot
// be ب + كرة (before a weekday, a part of the day or a full stop, or
// opening a quotation: not بكرة القدم); a relative day with a weekday (اليوم
// الثلاثاء، أمس الأحد); weekdays (يوم الأحد، الأحد الماضي، الجمعة المقبل);
// relative periods and their parts (الأسبوع الماضي، هذا العام، مطلع الشهر
// المقبل، أواخر العام، الربع الثالث من العام الجاري، القرن العشرين، الخريف
// الماضي، السنة القادمة، الأسبوع الآتي، الأسبوع بعد المقبل، العام قبل
// الماضي، الربع الماضي); a dual window (اليومين الماضيين، الساعتين المقبلتين)
// and a number with the article before its unit (الثلاثة أيام المقبلة، العشر
// سنوات الأخيرة) read like الأيام الثلاثة المقبلة; an amount
// with من الآن or مضت (ثلاثة أيام من الآن، 5 سنوات مضت); what is left of one (ما تبقى من العام، بقية الشهر، الأشهر
// المتبقية من العام: from the anchor's day to its end); the unit after
// the last date the text gave in the same paragraph (في 2008 … في العام
// التالي is 2009; العام اللاحق، الشهر التالي; اليوم التالي after a day, not
// اليوم التالي لإعلانه), no date without one; amounts of
// time (منذ ثلاثة أيام، قبل أسبوعين، بعد شهرين، خلال الساعات الـ24 الماضية، قبل
// نحو عقد); streaks (لليوم العاشر على التوالي); Gregorian dates in the
// Levantine, transliterated and Maghreb month families, paired forms
// (تشرين الأول/أكتوبر، أكتوبر (تشرين الأول)) and digits in any script
// (06/10/2020، ٦/١٠/٢٠٢٠، 2020-10-06), with a calendar mark or loose
// spacing (17/8/1440هـ، 3 / 11 / 1438 هـ، 21 / 3 / 2019م) and with the time
// written after them (9 مارس 2018 - 7:45 مساءً); a day and month in a
// relative year (7 نوفمبر من العام الماضي، 15 جانفي من السنة الحالية) or
// with a dot (في 5. مايو 2019); years and decades (عام 2020، عام ألفين
// وخمسة عشر، التسعينيات); Hijri dates on the Umm al-Qura calendar (15
// رمضان 1441 هـ، 1441هـ، السنة الهجرية 1442); holidays (رمضان، عيد الفطر،
// عيد الأضحى، رأس السنة الهجرية، المولد النبوي، عاشوراء، الإسراء والمعراج، ليلة القدر،
// عيد الميلاد، رأس السنة، عيد العمال، عيد الأم، عيد الحب، عيد الشكر), with a
// year too (عيد الأضحى 2021، رمضان العام الماضي، عيد الفطر هذا العام، شهر رمضان
// من عام 2019; رمضان 2022 is that year's month; عيد الفطر
// 1440 هـ), Easter by the Western computus or, when the clause names the
// Eastern churches (الفصح الأرثوذكسي، حسب التقويم الشرقي), the Julian one,
// and the feasts that move with it (أحد الشعانين، الجمعة العظيمة، سبت النور،
// شم النسيم، عيد الصعود، عيد العنصرة); العيد alone, the Eid nearest the
// anchor when one is within 20 days (صلاة العيد، عطلة العيد), العيد الكبير
// and العيد الصغير (al-Adha, al-Fitr); the n-th day of a feast or of
// Ramadan (أول أيام عيد الفطر، ثاني أيام العيد، أول أيام رمضان: one day)
// and غرة, the first day of a Hijri month (غرة شوال، غرة شهر ذي الحجة
// 1439); clock times (الساعة العاشرة صباحاً، 10:30
// بتوقيت القدس، الرابعة بعد الظهر، السابعة من مساء أمس، الخامسة والنصف،
// الثالثة وسبع وعشرون دقيقة، منتصف ليل الخميس الجمعة); and ranges (من 5 إلى 7 أكتوبر، بين عامي 2010
// و2015، من 13 جويلية إلى غاية 20 أوت).
//
// Names that hold a weekday or a date are no dates: سوق الثلاثاء، إمام
// الجمعة، خطيب الجمعة (but صلاة الجمعة and خطبة الجمعة are Fridays), الاثنين
// الأسود، الأحد الدامي، اتفاق الجمعة العظيمة; تيار 8 آذار، قوى 14 آذار، حركة 6
// أبريل، مدينة 6 أكتوبر، مدينة السادس من أكتوبر، محور 26 يوليو (a movement, a place or a body,
// whose head has no article: المسجد الخميس is a mosque on Thursday). An
// event named by its day and month is the event's own date when a table
// knows it (ثورة 25 يناير is 2011-01-25, هجمات 11 سبتمبر 2001-09-11; by
// its month alone: حرب أكتوبر 1973-10-06, ثورة يوليو 1952-07-23) and no
// date otherwise (مجزرة 3 آب), never the anchor year's day. A distance is
// no date (على بعد ساعتين، على مسافة ساعة), nor are the idioms of
// yesterday, today and tomorrow (بين الأمس واليوم، الأمس واليوم والغد، اليوم
// قبل الغد) and الأمس / الغد / اليوم after a name or a figure (حزب الغد، صحيفة
// الغد، أجيال الغد، أعداء الأمس، أصدقاء اليوم). العام after a title is
// "general", not a year (الأمين العام السابق، المدعي العام الحالي). في
// اليوم after a count is a rate (درس واحد في اليوم، مليون برميل في اليوم).
//
// Words that only look like dates are left alone: أحد meaning "one", مارس
// the verb, أب "father", الاثنين "the two" (after a dual or plural with the article: المتهمين الاثنين; after بيان،
// بوتين، البرلمان it is Monday), صفر "zero", bare numbers,
// amounts counted from another event (قبل يومين من الانتخابات), and اليوم
// when it is no day: "to this day" (حتى اليوم، إلى غاية اليوم), "today's
// world" (عالم اليوم، شباب اليوم), an outlet's name (قناة روسيا اليوم، صحيفة
// "المصري اليوم", (روسيا اليوم)) and a place "these days" after إن / أن or
// opening a quotation (إن سوريا اليوم في الخط الأول). A place or an outlet
// before اليوم is not enough (أدانت تونس اليوم، ذكرت وكالة الأناضول اليوم are
// the anchor's day); after في + a place (ما يحدث في تونس اليوم) اليوم is
// the anchor's day marked Approx, as it often means "these days". A
// weekday after اليوم always makes it the day.
//
// # Spans
//
// An expression's span [Start, End) runs from its first word to its last,
// leaving out the clitics glued to the first word that are not part of the
// date, as a preposition written apart is left out (في 2016 is 2016): a
// conjunction و / ف and a preposition ب / ل / ك (ولعام 2016 is عام 2016,
// بالأمس is الأمس, بنهاية مارس is نهاية مارس, لهذا العام is هذا العام). لل,
// where ل has taken the article's alif, cannot be cut and stays whole
// (لليوم العاشر على التوالي، للعام 2018، لليلة السادسة). Words that open
// the phrase and change its meaning are inside it: منذ، خلال (خلال 3
// أسابيع، خلال السنوات الماضية)، قبل، بعد، من … إلى، بين، يوم، عام، شهر;
// حتى before a date alone is not, as it leaves the date as it is (see
// ranges below). An era word after a year or century is inside (عام 1250
// ميلادية، القرن السابع عشر الميلادي).
//
// # How it resolves
//
// Days are counted in the anchor's location (or the Location option), and
// [From, To) is half-open: اليوم on 2020-10-06 is [10-06 00:00, 10-07 00:00).
//
//   - When a relative word and a weekday disagree (أمس الأحد on a Tuesday),
//     the weekday wins: the latest such day on or before the anchor for past
//     words, the one nearest the day the word names for future words (a
//     stamp a day late: غداً الثلاثاء stamped on Tuesday is that Tuesday;
//     16 of 19 such disagreements in the corpus, all of them right), the
//     nearer one for اليوم. The weekday may stand in brackets (أمس
//     (الجمعة)، غدا (الثلاثاء)). Warning says what disagreed. A date written after a weekday
//     (الاثنين 20 فيفري 2017) wins over both, again with a Warning when they
//     do not match, except when the relative word and the weekday agree and
//     the date is not that weekday: then the date holds a typo (اليوم
//     الاثنين 02 جانفي 2016 written on Monday 2 January 2017; 29 in the
//     corpus, most of them a year left over in January) and the day the
//     word names is taken, with a Warning.
//
//   - A bare weekday or month (الأحد، في نوفمبر، أواخر يناير) takes the
//     tense of its clause: the future marker or past marker nearest before
//     it in the same sentence decides (سيعقد،
//     سوف، لن، من المقرر أن، من المتوقع أن، يعتزم، المرتقبة، or a future
//     date phrase such as بعد غد / الأسبوع المقبل: the next such day, on or
//     after the anchor's, so ستعقد الثلاثاء on a Tuesday is that Tuesday, as
//     the corpus uses it; قال، أعلن، أكد، قد + perfect، كان، لم، تم، أمس or
//     a past date phrase: on or before). Without one before it, a verb
//     marker after it up to the next comma decides. A weekday followed by
//     إن / أن (قال، الأحد، إن …) dates a statement and points back; one after
//     كان من المقرر is a past plan; one after على أن + an imperfect (على أن
//     يمثلوا أمام المحكمة الاثنين) is an arrangement ahead. A relative clause or an event phrase
//     (الذي دخل الجمعة، بعد هجوم السبت) stops the search, and so does ما /
//     مما after the name (ارتفع في يونيو ما سيؤدي إلى…). A future month is
//     the next one on or after the anchor's month (ستجرى في نوفمبر, written
//     in May, is this November; written in December, next November). A
//     futures contract's delivery month (تسليم أغسطس، استحقاق مارس) is
//     the next such month whatever the clause's tense.
//
//   - A month name that is also a word (مارس، نيسان، تموز، آب، ماي، جوان)
//     is a month with a year, a direction, شهر, an edge or a delivery word,
//     or right after في / منذ / حتى / خلال, alone and written in full (في
//     مارس، منذ مارس; not في باب المندب, ب + آب).
//
//   - Otherwise a bare month or weekday name points to the past (on or
//     before the anchor) unless BareNames(Future) is given; الماضي /
//     المقبل point strictly before / after, also after a pair (الجمعة
//     والسبت المقبلين). After حتى and إلى غاية bare names point forward. A
//     day and month without a year (في 15 مارس) take the occurrence nearest
//     the anchor, whatever the clause's tense; holidays the occurrence around or nearest the anchor, or
//     the one in the direction of المقبل / الماضي.
//
//   - Weeks start on Saturday unless WeekStart says otherwise. نهاية
//     الأسبوع is the weekend: Friday and Saturday, the rest days of most
//     Arab countries, under Saturday or Sunday weeks, the week's last two
//     days under other weeks, or the two days Weekend names; it is the
//     weekend the anchor is in, else the coming one (on Tuesday 6 October
//     2020, Friday 9 and Saturday 10), or the one just gone for a bare
//     نهاية الأسبوع in a past clause written Sunday to Tuesday; الماضي /
//     المقبل move it a week. أواخر الأسبوع is the week's last two days; a
//     century is [(n-1)00, n00) (القرن العشرين، القرن الـ20: 1900–1999, as
//     news uses it), and an edge before a named century cuts that one
//     (بداية القرن التاسع عشر: 1800–1830); a Hijri century (القرن الثالث
//     الهجري) is not read; عشية is the evening before.
//
//   - Short forms (general.go): a relative day or weekday with the part
//     of the day after it (غدا صباحا، الخميس مساء، بكرة الصبح، امبارح
//     بالليل) is that part of that day; أول + a month is its first day
//     (أول يوليو), and a masculine ordinal right before a month is that
//     day (السادس كانون الأول، العاشر يوليو 2017); ربيع + a Gregorian year is spring; هالسنة، السنة دي are
//     the anchor's year; هذا الخميس is the nearest Thursday (within three
//     days either way), الاثنين الأسبوع الجاي that day of the named week;
//     colloquial numbers with ت for ث count (بعد تلات أيام); الساعة تسعة [ونص] [المسا], the hour as a spoken
//     cardinal, and الساعة 3 و20 (minutes without دقيقة) are clock times,
//     and a part of the day spoken after a time sets its half (الساعة 5
//     العصر is 17:00; الساعة 3 و20 صباحا is 03:20). من + an amount alone
//     on its line or closing a clause after a perfect of coming, going or
//     marrying (وصلت من يومين) is "ago" (gaps.go); السنة الجديدة / العام
//     الجديد is the coming year in October-December and the anchor's in
//     January-March (not الأمين العام الجديد). Every clock form takes
//     its half from one switch (halfday.go): a morning 12 is 00, a night 12
//     the midnight ending the day (الساعة 12 بالليل as الساعة 12 ليلاً),
//     and an hour from one to five with its minutes in words and no part
//     is the afternoon in digits as in words (الساعة 3 ونص، الساعة 3
//     وربع، الساعة 3 و20 are 15:30, 15:15, 15:20, as الساعة الثالثة
//     والنصف); a clock with a separator or a leading zero (3:30، 02 و53
//     دقيقة) is a 24-hour clock, as written. Alone on its line (a form field, a query, an
//     agenda line) a part of the day (الصباح، الظهر، بعد الظهر، في المساء)
//     is the anchor's, يوم 15 is day 15 of the anchor's month, مارس 15 and
//     15/3 the day nearest the anchor; in running text those words are
//     too often something else (صحيفة الصباح، ألم الظهر، a score).
//
//   - منذ / قبل + an amount of days or weeks is the unit-long span that
//     starts that far back (قبل أسبوعين on 10-06 is [09-22, 09-29), grain
//     Week); بعد counts forward, unless its clause is past (وكانت قد أفرجت
//     عنه بعد أربع سنوات, "years later" in a story: no date; a hand-checked
//     sample of 30 such removals had 27 wrong readings before); a
//     perfect verb no list knows makes its clause past when it opens the
//     clause or follows و / ف and ends in ت or وا (وتمكنت من الفرار بعد
//     ثلاثة أشهر; واقتربت المبيعات خلال 3 أسابيع is the window up to the
//     anchor), but not a verb of asking, granting, deciding or
//     forecasting (وطلبت منهما المغادرة خلال 48 ساعة); a masculine
//     perfect, which has no ending of its own, counts from a list of
//     story verbs (غادر، رحل، عاد، انتقل، أصبح، أطلق…) before the amount
//     or right after it (وغادر النادي بعد 22 عاما; وبعد عامين عاد إلى
//     ناديه), and their imperfects (يعود) stop the search; بعد + an
//     amount + قضاها / أمضاها is the length of a stay, no date; مضت / مضى
//     after the amount is part of it (منذ أسبوع مضى). A weekday بعد القادم /
//     قبل الماضي is a week further (الأحد بعد القادم). An amount
//     of months or years names the
//     calendar month or year it lands in, with that grain, as an archive
//     faceted by month or year needs: منذ 15 عاماً written in mid-2019 is
//     the year 2004, قبل ثلاثة أشهر written in May is February, بعد عام
//     is next year. Compound amounts count in their smaller unit (منذ
//     عامين وثلاثة أشهر is the month 27 months back; بعد ساعتين ونصف،
//     بعد ساعة و20 دقيقة); half and a quarter of a unit after منذ / قبل
//     count in the smaller one (قبل نصف قرن is 50 years back, منذ ربع قرن،
//     قبل نصف ساعة), after بعد only in a future clause (ستصل بعد نصف
//     ساعة); "a few" (قبل بضعة أسابيع، منذ عدة أيام، قبل عدد من السنوات، قبل
//     أيام، بعد أيام قليلة) is 3 units, Approx, but منذ سنوات طويلة is no
//     date. آخر + an amount (آخر خمسة أشهر، خلال آخر 24 ساعة) is the window
//     ending with the anchor, like الأشهر الخمسة الماضية (not آخر 20
//     دقيقة, the end of a match, nor آخر ثلاثة أيام من الشهر); خلال … الماضية is the window ending with the anchor's day,
//     خلال … المقبلة the window starting at the anchor. خلال / طوال + an
//     amount alone (خلال خمس سنوات، طوال 90 دقيقة، خلال الأيام الثلاثة)
//     follows its clause: a past verb of its own (لم، قد + perfect، كان،
//     تم، and verbs of change such as ارتفع، انخفض، خسر، قتل) makes it the
//     window ending with the anchor's day; otherwise, and under a reporting
//     verb or أن / إن (قالت إن بريطانيا قررت طرد دبلوماسيين خلال أسبوع) or a
//     condition (إذا لم), it is the window starting at the anchor. على
//     مدى، على مدار and طيلة read the same, a past tense anywhere in the
//     clause (استمرت، جرت) being enough for them; when their clause shows
//     no tense either way they are read forward with a Warning, since half
//     of those in the corpus tell a past story; في غضون is a deadline
//     (في غضون أسبوعين: the window starting at the anchor) unless its clause
//     is past, where it counts from something else and is left out, or it
//     follows an ordinal (للمرة الثانية في غضون شهر: the month up to the
//     anchor). With a direction (على مدى السنوات الثلاث الماضية، طيلة
//     العام المقبل) the phrase is part of the expression. على مدار الساعة
//     and على مدار 24 ساعة ahead (around the clock), على مدار العام (all
//     year round), على مدى العامين without a direction, rates (ستة أيام في
//     الأسبوع) and an amount counted from something else (على مدى عامين من
//     الحرب) are no date. A dual or plural before a
//     four-digit year names years, not an amount (خلال عامي 2016 و2017،
//     الأعوام 2021-2027). Years joined by و that follow each other are
//     one Range (في 2014 و2015 و2016 is [2014, 2017)); a year after و that
//     does not follow on is read alone (عامي 1970 و1986: two years). A
//     three-digit year is read with its era written (عام 622 م، العام 325
//     ميلادية، سنة 711 للميلاد، 632 ميلادية, or هـ / للهجرة: عام 132 هـ);
//     a year قبل الميلاد is not read. منذ + a date is the span
//     from that date to the end of the anchor's day, and منذ + a part of
//     the day from its start (منذ صباح اليوم، منذ مساء الأربعاء). A plural without a
//     number (الأيام الماضية، السنوات الأخيرة) is taken as a few units (7
//     days, 4 weeks, 6 months, 5 years) and marked Approx, as are amounts
//     hedged with نحو، حوالي، أكثر من.
//
//   - A streak (لليوم العاشر على التوالي) is the run of units ending on the
//     anchor's day: [09-27, 10-07) on 10-06.
//
//   - Parts of the day: dawn 03–06, morning 06–12, noon 12–15, afternoon
//     15–18, evening 18–24, night 18–06 (هذا الصباح، هذا المساء، هذه الليلة
//     are the anchor's); بعد ظهر الخميس is 12–18 and قبل ظهر الخميس 06–12;
//     parts of a month: days 1–10, 11–20, 21–end (a Hijri month's own
//     end: نهاية رمضان); parts of a year: four-month thirds. أول before a
//     unit with the article is its early part (أول العام 2016، أول الشهر
//     المقبل), not before a fiscal or school year.
//
//   - ليلة الأحد / ليل الأحد is the night that follows Sunday (Sunday 18:00
//     to Monday 06:00). Older usage calls the night before Sunday ليلة
//     الأحد, but the news in the corpus uses the wire-copy sense: every
//     case checked against the event (a broadcast, an earthquake, a match,
//     a date written after it: ليلة السبت 2 حزيران) was that day's evening.
//     Two weekdays name the night between them and need no choice: ليلة
//     السبت الأحد، ليل الأربعاء-الخميس، ليلة السبت إلى الأحد، الليلة
//     الفاصلة بين الخميس والجمعة.
//
//   - A clock time is the hour or minute it names: grain Hour for a whole
//     hour ([10:00, 11:00) for الساعة العاشرة), Minute once minutes or a
//     fraction are given ([05:30, 05:31) for الخامسة والنصف; إلا ربعاً and
//     إلا خمس دقائق count back). The part of the day after it decides the
//     half: بعد الظهر، بعد الزوال، عصراً، مساءً and بعد صلاة المغرب / العشاء
//     are afternoon or evening (4 → 16:00), ليلاً is evening from 6 on
//     and the next midnight at 12, صباحاً and فجراً keep the morning (12
//     صباحاً is 00:00). Without a part of the day, before or after it, an
//     hour in words from one to five is in the afternoon (الساعة الثانية
//     والنصف is 14:30: news marks the small hours), unless a 24-hour clock
//     in brackets follows (الساعة الرابعة والنصف (16:30)) or a zone's;
//     digits and six and later are read as written. الساعة الواحدة alone
//     is an hour's length (200 ميل في الساعة الواحدة), no time. An hour word without الساعة (السابعة من مساء أمس،
//     التاسعة هذا المساء) counts only where a time stands (after في، عند،
//     حتى، منذ… or opening a clause) and with minutes, a part of the day or
//     a zone (or after عند، بحلول، تمام alone: عند الخامسة), so that
//     المرحلة الرابعة مساء الأحد stays a stage and ربع الساعة الأولى the
//     first hour. In a range of times the first end takes the second's
//     half when it fits (بين الثالثة والخامسة عصراً: 15:00–18:00) and the
//     day the second end names; whole hours from one to six with nothing
//     that sets their half are in the afternoon, as a single hour is (بين
//     الساعة 2 و4: 14:00–17:00; من الساعة 9 إلى 5: 09:00–18:00). لـ serves
//     as إلى before a number (من 10 لـ20 سبتمبر، من 17 جوان ل 2 جويلية).
//
//   - A time takes the day written next to it (الساعة 9:40 من مساء
//     الخميس، الحادية عشرة صباح بعد غد، الساعة العاشرة صباحاً يوم الأحد),
//     or after its zone (20,00 ت غ السبت), else a one-day phrase just
//     before it in the same clause (مساء الخميس، عند الساعة الثامنة: whose
//     part of the day also sets the half, 20:00), else the anchor's day;
//     the small hours of ليل الخميس are Friday's. A date followed by a time (12-07-1436
//     هـ، 09:15 صباحاً) is one expression of kind Time. So is a day
//     or part of the day with the time right after it, with at most في /
//     على / عند between (غدا الساعة 3 مساء، صباح غد في الساعة 10:30; not
//     across a comma). Midnight of a night
//     (منتصف ليل الخميس، منتصف ليل الخميس الجمعة، منتصف الليل بين الخميس
//     والجمعة، منتصف الليلة) is the second day's 00:00, grain Minute; عند
//     منتصف الليل alone is the midnight that starts the anchor's day, or
//     the one that ends it in a future clause or after حتى. Noon (منتصف
//     النهار after a word of time, منتصف نهار الخميس) is 12:00 of the day
//     named, else of the anchor's day. Digits without
//     الساعة are a time with a colon (21:40), or with a part of the day
//     where a time stands (في 8 مساءً، never after a score's dash: 2-1
//     مساء السبت), or with a zone (18,00 ت غ، 1645 بتوقيت غرينتش).
//
//   - A zone after a time (بتوقيت غرينتش، (ت غ)، ت.غ، GMT، UTC، بالتوقيت
//     العالمي، بتوقيت مكة المكرمة / القدس / باريس / نيويورك / شرقي...) sets the
//     zone the clock reads in, and the day: without a day phrase it is the
//     anchor's day in that zone, whatever the anchor's own zone (at 01:00
//     in Riyadh, 17:15 بتوقيت غرينتش is the previous day's 17:15 GMT).
//     From and To are still expressed in the anchor's (or Location's) zone.
//     بالتوقيت المحلي and no zone read the clock in the anchor's zone.
//
//   - A numeric date with هـ / هجري is a Hijri date; with م / ميلادي a
//     Gregorian one; without a mark a year from 1300 to 1599 is Hijri (no
//     news writes a Gregorian date of those centuries in digits), so a Hijri
//     number never becomes a Gregorian year. Spaces around / are allowed
//     (3 / 11 / 1438 هـ); around - and . only with a calendar mark.
//
//   - A day and month followed by a relative year (من العام الماضي، العام
//     الماضي، من السنة الحالية، من هذا العام، من العام المقبل) is that day of
//     that year; a day before a relative month is that day of it, in
//     digits or as an ordinal (14 من الشهر الجاري، السادس والعشرين من الشهر
//     الحالي); الشهر ذاته / نفسه / نفس الشهر is the month of the date just
//     before in the paragraph (يوم 18 نوفمبر وتدوم إلى 26 من الشهر ذاته).
//     Years in words (عام ألفين وخمسة عشر، سنة ألف وتسعمائة
//     وتسعة وأربعين) read as digits. A day written with a dot (5. مايو) is a
//     day only after في، منذ، حتى، a weekday or a comma: a dot opening a
//     line numbers a list.
//
//   - A range is one Expression of Kind Range whose [From, To) runs from
//     the first day (or hour) of its start to the end of its last one:
//     9-12 مارس، من 3 إلى 17 من الشهر المقبل، بين 5 و9 أبريل، 20 إلى 24 آب،
//     آب 20-24، من عام 2001 إلى 2011، 3 فبراير 2015 - 14 فبراير، من أكتوبر
//     إلى ديسمبر، من العاشرة حتى الثانية عشرة ظهراً. The month and year
//     written at one end hold for the other; an end without a year or
//     direction of its own is the first such day or month after the start
//     (من أكتوبر إلى ديسمبر written in November 2020 is October–December
//     2020), and a start without one the last before a directed end (من
//     الثلاثاء حتى الجمعة المقبلة، من يناير إلى مارس 2021: January 2021;
//     a bare weekday before a date keeps its own reading). Two day numbers joined by و are a run
//     only when they follow each other (يومي 19 و20 سبتمبر); so are two
//     ordinal days before a month (الثالث والرابع من أبريل المقبل، السادس
//     والعشرين والسابع والعشرين من مارس) and weekdays that follow each
//     other, with or without يومي (يومي الخميس والجمعة، السبت والأحد، أيام
//     الجمعة والسبت والأحد، الأحد 6 والاثنين 7 أيار, where the written
//     dates win; a modifier after the pair holds for it: الخميس والجمعة
//     الماضيين). Days that do not follow each other (يومي 22 و24، الجمعة
//     والأحد، يومي الجمعة والثلاثاء على الترتيب) stay separate days, and a
//     part of the day takes the first weekday alone (مساء الخميس والجمعة). Two years
//     joined by a dash are a year range (موسم 1999 – 2000), Hijri ones with
//     their mark a Hijri one (للعام 1440 - 1441هـ), three in a row a list;
//     a season or fiscal year with a short second year or a slash is its
//     two years (موسم 2016-17، 2017/18، العام المالي 2018 / 2019).
//     A range of hours needs الساعة or a part of the day at one end (من 3
//     إلى 5 مساء الخميس); its end, when it names no day, is on the start's
//     day, or the next one when it would come before the start (بين
//     الثامنة مساء والخامسة صباحا). An end meaning now (من عام 2011 حتى
//     اليوم، من يناير الماضي حتى الآن) ends with the anchor's day, and منذ
//     with an end of its own (منذ 2011 وحتى 2015) is the range between the
//     two rather than up to the anchor. حتى، لغاية and إلى غاية before a
//     date ahead with no start of its own name that date, as before a time
//     (حتى 18 آب/أغسطس is 18 August, حتى نهاية العام the end of the year,
//     حتى الساعة التاسعة 09:00), the connector left out of the span; bare
//     names after them point forward. With a start they are a range, إلى
//     غاية and بين … وحتى included (من 13 جويلية إلى غاية 20 أوت، بين 20
//     مارس وحتى 20 أبريل). The grain is the coarser of the two
//     ends'.
//
//   - Ordinals inside a period resolve to that one day or week: أول خميس
//     من ديسمبر، ثالث اثنين من مايو 2015، آخر سبت من الشهر الماضي (the
//     n-th or last such weekday of the month; a fifth one the month lacks
//     is no date); اليوم الخامس من الشهر (day 5 of the anchor's month;
//     الشهر نفسه names another month and is left alone); الأسبوع الأول من
//     يناير (days 1–7, grain Week; الأسبوع الأخير: the last seven days).
//     The ordinal may follow the weekday (الأربعاء الأول من أبريل، الجمعة
//     الأخيرة من رمضان), except that a weekday whose own date is day n of
//     the month is that date (الأحد الرابع من مارس 2018 is Sunday 4
//     March); في serves as من (آخر جمعة في شهر رمضان); the first or last day
//     or week of a year is read too (آخر يوم في عام 2038، الأسبوع الأول من
//     العام المقبل). The month follows the usual rules, so a bare one takes
//     its clause's tense. A weekday of a named week is that day of it:
//     السبت من الأسبوع المقبل، أربعاء الأسبوع الماضي; الأسبوع الماضي بين
//     الثلاثاء والخميس is the run of those days in that week.
//
// # The day a text was written
//
// Stamps lag the writing: a wire written in the evening is stamped after
// midnight. WritingDay reads the day a text names for itself (اليوم
// الاثنين، أمس الأحد، غداً الثلاثاء) and, when its phrases agree, gives the
// stamp moved to that day; resolving against it (as arnews.Analyze does)
// makes those phrases agree without warnings and puts a bare أمس on the
// right day. On the corpus, 15% of the articles name their writing day and
// 0.4% are moved, nearly all of those (156 of 161) to the day before the
// stamp.
//
// Bad input: a zero anchor is used as it is (relative phrases resolve
// around 0001-01-01 UTC, absolute dates keep their meaning); amounts more
// than about 10,000 years away are dropped rather than wrapped; invalid
// UTF-8 is skipped. Find never panics.
//
// # How it is fast
//
// Find scans the text once. Each word is folded on the fly as every package
// of the module folds it (أ/إ/آ→ا، ى→ي، ة→ه، ؤ/ئ→ء, diacritics, Quranic marks
// and tatweel dropped, presentation forms read as their letters; a zero-width
// or thin space between words is a space), stripped of the clitics news glues
// to it (و ف ب ل ك and ال, so لليوم، وأمس، بالأمس are found) and looked up in
// a table built once, behind a bit filter; only where a known trigger word
// or a number starts does the parser look further. No regular expression
// runs over the text. Find is safe for concurrent use.
//
// A program that tokenizes the text anyway (as arnews.Analyze does) hands
// its word stream to [Resolver.FindStream] or [Resolver.FindWrittenStream]:
// dates then takes the words and their folded keys from the stream instead
// of scanning the text, with the same result.
//
// The Umm al-Qura table (1356–1500 AH) is generated from ICU's
// islamic-umalqura calendar by internal/gen/gen_umalqura.py (go generate).
// A Hijri year before it (عام 800 هـ، من 628 إلى 858هـ) follows the
// tabular calendar (years.go), within two days of the table where both
// exist.
package dates
