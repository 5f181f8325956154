package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestPlacePrecision checks placeprec.go's rules: a place after أبطال or
// أمم names a competition, one after أبو is in a person's name, one before
// الصليبي is the ligament, one written with tanween is the word spelt
// like it, and الريف before an adjective in ي is the countryside (Morocco's
// Rif stays a place), and a verb of the dual or plural right after a
// place is no place; the place stays a place elsewhere in the same
// sentences.
func TestPlacePrecision(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{"تأهل الفريق إلى ربع نهائي دوري أبطال أوروبا بعد فوزه في مدريد.", "place مدريد"},
		{"يلعب الأهلي في رابطة أبطال إفريقيا، ثم يسافر إلى تونس.", "organization الأهلي|place تونس"},
		{"تقام قرعة كأس أمم آسيا في دبي.", "place دبي"},
		{"قال طبيب المنتخب محمد أبو العلا إن اللاعب بخير.", ""},
		{"زار الوفد محافظة العلا في السعودية.", "place العلا|place السعودية"},
		{"وصل الوزير إلى أبو ظبي قادما من أوروبا.", "place أبو ظبي|place أوروبا"},
		{"أصيب المدافع بقطع في الرباط الصليبي قبل مباراة الرباط.", "place الرباط"},
		{"وقال إنهم يسعون دوماً إلى السلام، بعد قصف دوما في سوريا.", "place دوما|place سوريا"},
		{"اندلعت اشتباكات في الريف الغربي لإدلب بعد قصف مدينة حلب.", "place إدلب|place حلب"},
		{"تدور أحداث الرواية في الريف الإنجليزي قرب لندن.", "nationality الإنجليزي|place لندن"},
		{"شارك الآلاف في مسيرة بمدن الريف والحسيمة شمالي المغرب.", "place الريف|place الحسيمة|place المغرب"},
		// A verb of the dual right after a list of places (verbPlace);
		// the model regenerated on 26 news draws read it as one more.
		{"وقال روحاني إن إيران وروسيا تتفقان، وأكد لافروف أن موسكو تدعم طهران.", "person روحاني|place إيران|place روسيا|person لافروف|place موسكو|place طهران"},
	} {
		var got []string
		for _, m := range g.Find(c.s) {
			got = append(got, m.Type.String()+" "+m.Text)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}

// TestPlaceGluedWord checks that a word of news is not read as ف or ب and
// a place (فاجأ is no ف + أجا, فصيلة no ف + صيلة, باهر no ب + آهر,
// بريده no ب + بريدة), while a place glued to ب or ف stays a place.
func TestPlaceGluedWord(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{"فاجأ المدرب لاعبيه بقراره قبل السفر إلى أكرا.", "place أكرا"},
		{"ينتمي الملفوف إلى فصيلة الصليبيات التي تزرع في تونس.", "place تونس"},
		{"نتطلع إلى مستقبل باهر للشباب في بغداد.", "place بغداد"},
		{"نسي كلمة المرور الخاصة ببريده الإلكتروني في دبي.", "place دبي"},
		{"التقى الوزير نظيره ببيروت قبل أن يصل فبريدة.", "place بيروت|place بريدة"},
	} {
		var got []string
		for _, m := range g.Find(c.s) {
			got = append(got, m.Type.String()+" "+m.Text)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}

// TestPlaceCommonWords checks that a place that is a common word of news
// (placeCommonWords) is no place alone, whether the gazetteer lists it or
// the model reads it so, while the gazetteer's stays after a place
// trigger and the other places of the sentences stay.
func TestPlaceCommonWords(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{"ارتدت الممثلة سترة حمراء خلال زيارتها إلى باريس.", "place باريس"},
		{"اتفق البلدان على التعاون في ميادين العلم والطاقة مع فرنسا.", "place فرنسا"},
		{"قال إن الصراع بين الطرفين ظل خفي لسنوات في ليبيا.", "place ليبيا"},
		{"تقع البلدة داخل منطقة خفض التصعيد في إدلب.", "place إدلب"},
		{"قال الوزير إن المنطقة تقف على فوهة بركان بعد أحداث بغداد.", "place بغداد"},
		{"تعتمد الحملة على السوشيال ميديا في مصر.", "place مصر"},
		{"ولد الممثل في منطقة الجمالية بالقاهرة.", "place الجمالية|place القاهرة"},
		{"ضربت الفيضانات ولاية كيرالا الهندية وسط تحذيرات من أمطار جديدة في نيودلهي.", "place كيرالا|place نيودلهي"},
		{"يتقن المغني الإنجليزية والهندية ويقيم في دبي.", "nationality الإنجليزية|place دبي"},
		{"وقال جوردن هندرسون، قائد ليفربول، إن الفريق سيعود إلى لندن.", "organization ليفربول|place لندن"},
		{"قتل ثلاثة في انفجار بقضاء الهندية في محافظة كربلاء.", "place الهندية|place كربلاء"},
		{"وكان من المقرر أن يسافر بخاري اليوم إلى كيغالي.", "place كيغالي"},
		{"وشارك ديلي آلي وهاري كين في تدريبات المنتخب في موسكو.", "person هاري كين|place موسكو"},
		{"وصل الوزير إلى العاصمة ديلي في تيمور الشرقية.", "place ديلي|place تيمور الشرقية"},
	} {
		var got []string
		for _, m := range g.Find(c.s) {
			got = append(got, m.Type.String()+" "+m.Text)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}

// TestPlaceAfterPlaceAnd checks that a place spelt like a common word
// (a stop word that is a place only after مدينة and the like) is the place
// when و joins it to a place right before (حلب وحماة, النيجر ومالي), and
// not otherwise, nor for the words as common there as nouns (والعالم).
func TestPlaceAfterPlaceAnd(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{"قصفت الطائرات مواقع في ريفي حلب وحماة أمس.", "place حلب|place حماة"},
		{"امتدت المعارك إلى محافظات صعدة والجوف وحجة.", "place صعدة|place الجوف|place حجة"},
		{"وقعت هجمات على الحدود بين النيجر ومالي.", "place النيجر|place مالي"},
		{"قال إن التعاون مفيد لأوروبا والعالم.", "place أوروبا"},
		{"وقف حماة الوطن على الحدود وحماة الديار في المدن.", ""},
	} {
		var got []string
		for _, m := range g.Find(c.s) {
			got = append(got, m.Type.String()+" "+m.Text)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}

// TestPlaceAfterTitle checks that a place right after a person's title
// with the article is no place (الملكة فيكتوريا, الرئيس بخاري), while a
// country stays (دعا الرئيس السودان), and so does a place after a title
// that follows a verb of visiting (زار الوزير مسقط).
func TestPlaceAfterTitle(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{"ظهرت الملكة فيكتوريا في صورة نادرة في لندن.", "place لندن"},
		{"قال الرئيس بخاري إن الجيش سيلاحق المسلحين في كانو.", "place كانو"},
		{"وقع الرئيس سانتوس اتفاق السلام في هافانا.", "place هافانا"},
		{"دعا الرئيس السودان إلى استئناف المفاوضات.", "place السودان"},
		{"يزور الرئيس برشلونة بعد أن زار الوزير مسقط.", "place برشلونة|place مسقط"},
	} {
		var got []string
		for _, m := range g.Find(c.s) {
			got = append(got, m.Type.String()+" "+m.Text)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}

// TestPlaceKafClitic checks that a place the model reads after ك as the
// proclitic "like" is the whole word when a preposition or a singular
// place word comes before it (في كاندي, مدينة كييل), and that ك stays the
// proclitic after a plural or a country word (دول كروسيا).
func TestPlaceKafClitic(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{"فرضت الشرطة حظرا للتجول في كاندي بوسط سريلانكا بعد أعمال العنف.", "place كاندي|place سريلانكا"},
		{"امتدت الاضطرابات إلى منطقة كاندي التي تشتهر بمزارع الشاي.", "place كاندي"},
		{"قالت المدعية العامة في مدينة كييل إن المهاجم يحمل الجنسية الألمانية.", "place كييل|nationality الألمانية"},
		{"قال إن دولا كروسيا والصين ستقف مع إيران.", "place روسيا|place الصين|place إيران"},
	} {
		var got []string
		for _, m := range g.Find(c.s) {
			got = append(got, m.Type.String()+" "+m.Text)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}

// TestPlaceGreenwich checks that Greenwich after توقيت is a place (بتوقيت
// غرينتش, with a comma or a bracket after it) and that غرينتش elsewhere
// is left to the model.
func TestPlaceGreenwich(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{"هبطت الطائرة في القاهرة عند الساعة 13.15 بتوقيت غرينتش.", "place القاهرة|place غرينتش"},
		{"بدأ القصف فجر الجمعة (04.00 بتوقيت غرينيتش)، ما ينذر بحرب.", "place غرينيتش"},
		{"ارتفعت العقود الآجلة للخام عند الساعة 6:37 صباحا بتوقيت جرينتش، بنسبة طفيفة.", "place جرينتش"},
		{"تغير توقيت المباراة في لندن.", "place لندن"},
	} {
		var got []string
		for _, m := range g.Find(c.s) {
			got = append(got, m.Type.String()+" "+m.Text)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}
