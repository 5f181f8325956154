package entities

import "strings"

// Cue words: the words that announce a name of some type (a title or a
// role before a person, a speech verb before or after one, a generic head
// before a place, an organization or a facility). The recognizer has
// each word's own identity as a feature already; the cue class lets what
// it learns from the frequent cues of its training data (الرئيس, مدينة,
// شركة) carry to the rare ones of news (المدافع, بدائرة, رابطة), with
// their proclitics (وبمدينة).
const (
	cueNone     = iota
	cuePerson   // a title or a role before a person's name
	cueSpeech   // a speech verb
	cuePlace    // the generic head of a place's name
	cueOrg      // the generic head of an organization's name
	cueFacility // the head of a facility's name (a stadium, a street), which may hold a person's name
	cueNumber   // a word of age or count after a person (عاما)
)

var cueLists = [...]struct {
	class uint8
	words string
}{
	{cuePerson, `الرئيس رئيس الرئيسة رئيسة الملك الملكة الأمير الأميرة الشيخ الشيخة السيد السيدة السيدان
		البابا الإمام الدكتور الدكتورة المهندس الجنرال اللواء العميد العقيد المشير الفريق الحاج الوزير الوزيرة
		وزير وزيرة النائب النائبة نائب القاضي المستشار الأستاذ الأستاذة سمو فخامة معالي المطران الكاردينال
		الحاخام المدرب المدربة مدرب اللاعب اللاعبة لاعب النجم النجمة نجم الفنان الفنانة الكاتب الكاتبة الممثل
		الممثلة المتحدث الناطق متحدث الزعيم زعيم القائد قائد الداعية الشاعر الشاعرة المخرج المخرجة الصحفي
		الصحفية صحفي المغني المغنية العاهل السلطان الأمين المدير مدير المديرة مديرة المدافع مدافع المهاجم مهاجم
		الحارس حارس لاعبه مدربه الجناح الظهير الدولي السفير سفير السفيرة المبعوث مبعوث المندوب مندوب الوالي
		المحافظ محافظ العمدة عمدة المفتي النقيب الرقيب المقدم المراسل مراسل المحلل الخبير الباحث الأكاديمي
		المحامي محامي المحامية الطبيب الطبيبة المعلق المعلقة عضو العضو زميله زميلها نجل ابن ابنة شقيق شقيقة
		زوجة زوج أرملة والد والدة المرشح المرشحة مرشح المتهم الناشط الناشطة الناشط المعارض رجل السيناتور
		المستشارة الملياردير الأسير الشهيد الضحية القتيل المواطن المواطنة الشاب الشابة الطفل الطفلة السجين`},
	{cueSpeech, `قال قالت يقول تقول أكد أكدت يؤكد تؤكد أوضح أوضحت يوضح أضاف أضافت يضيف تابع تابعت أشار أشارت
		يشير ذكر ذكرت صرح صرحت يصرح أعلن أعلنت يعلن كشف كشفت لفت لفتت شدد شددت نفى نفت أفاد أفادت رأى رأت
		اعتبر اعتبرت طالب طالبت دعا دعت أبلغ أبلغت أعرب أعربت وصف وصفت التقى التقت استقبل استقبلت زار زارت
		غادر غادرت وصل وصلت عين عينت أقال انتقد انتقدت هاجم هاجمت أعرب حذر حذرت تحدث تحدثت أوضح اعترف
		اعترفت أقر أقرت سجل سجلها سجله أحرز أحرزت قاد قادت`},
	{cuePlace, `مدينة المدينة قرية القرية بلدة البلدة منطقة المنطقة دائرة ولاية الولاية محافظة المحافظة مقاطعة
		المقاطعة إقليم الإقليم بلدية البلدية معتمدية المعتمدية ضاحية مخيم المخيم حي الحي جزيرة الجزيرة العاصمة
		عاصمة بلاد دولة جمهورية مملكة إمارة الإمارة ناحية قضاء مركز نجع عزبة كفر دوار شاطئ جبل وادي سهل
		سواحل ساحل مديرية المديرية مقاطعات ولايات مدن قرى بلدات محافظات`},
	{cueOrg, `شركة الشركة حزب الحزب جامعة الجامعة جمعية الجمعية لجنة اللجنة رابطة الرابطة منظمة المنظمة وزارة
		الوزارة مجلس المجلس جهاز الجهاز هيئة الهيئة مكتب المكتب بنك البنك مصرف المصرف صحيفة الصحيفة جريدة مجلة
		وكالة الوكالة مؤسسة المؤسسة اتحاد الاتحاد نادي النادي فريق الفريق حركة الحركة جبهة الجبهة معهد المعهد
		قناة القناة إذاعة الإذاعة تلفزيون محكمة المحكمة مجموعة المجموعة ائتلاف الائتلاف تحالف التحالف نقابة
		النقابة غرفة الغرفة مديرية إدارة الإدارة دائرة صندوق الصندوق بيت منتدى المنتدى مرصد المرصد مصنع
		مجمع المجمع أكاديمية الأكاديمية كلية الكلية مدرسة المدرسة مستشفى المستشفى`},
	{cueFacility, `ملعب الملعب مطار المطار شارع الشارع برج البرج فندق الفندق ساحة الساحة ميدان الميدان ميناء الميناء
		مرفأ المرفأ جسر الجسر سجن السجن مسجد المسجد جامع الجامع كنيسة الكنيسة قصر القصر متحف المتحف قاعة
		القاعة مسرح المسرح حديقة الحديقة نهر النهر بحيرة سد السد معبر المعبر طريق الطريق نفق`},
	{cueNumber, `عاما عام سنة سنوات عمره عمرها العمر البالغ البالغة`},
}

// cueBare holds the hashes of the cue words without proclitics.
var cueBare = map[uint64]bool{}

// cueClass maps the hash of a folded cue word, bare or with its
// proclitics, to its cue class.
var cueClass = func() map[uint64]uint8 {
	m := map[uint64]uint8{}
	for _, l := range cueLists {
		for _, w := range strings.Fields(l.words) {
			forEachProclitic(w, func(p, x string) {
				h := hashOf(x)
				if _, ok := m[h]; !ok {
					m[h] = l.class
				}
				if p == "" {
					cueBare[h] = true
				}
			})
		}
	}
	return m
}()

// forEachProclitic calls fn with each proclitic of headProclitics ("" for
// none) and the word w written after it, ل + ال as لل (للوزير).
func forEachProclitic(w string, fn func(p, x string)) {
	for _, p := range headProclitics {
		x := p + w
		if strings.HasPrefix(w, "ال") && (p == "ل" || p == "ول" || p == "فل") {
			x = p + w[len("ا"):]
		}
		fn(p, x)
	}
}

// procliticSet holds the hashes of the words and of their forms with the
// proclitics of headProclitics (see forEachProclitic).
func procliticSet(words string) map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields(words) {
		forEachProclitic(w, func(_, x string) { m[hashOf(x)] = true })
	}
	return m
}
