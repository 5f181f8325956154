package alphabet

// Pronouns are the pronoun enclitics that light stemming strips, longest
// first: هما كما هم هن ها كم كن نا ه.
var Pronouns = []string{"هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه"}

// ShortPronouns are the pronoun enclitics ني ك ي, too often the end of a
// stem (روحاني، ملك) to strip without a dictionary.
var ShortPronouns = []string{"ني", "ك", "ي"}

// Articles are the article with the conjunction and preposition that may
// come before it, longest first, in normalize.Search spelling (لل is the
// preposition ل with the article).
var Articles = []string{
	"وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
}

// WawRoots are frequent news words whose first letter و is a root letter,
// not the conjunction و (وزارة، واشنطن، وقتها). Sorted.
var WawRoots = []string{
	"واجب", "واجه", "واجهة", "واجهت", "واحة", "واحد", "واحدة", "وادي", "وارد", "واردات", "واسع",
	"واسعة", "واشنطن", "واضح", "واضحة", "وافق", "وافقت", "واقع", "واقعة", "والد", "والدة", "والدت",
	"والدي", "والدين", "وباء", "وتيرة", "وثائق", "وثائقي", "وثيقة", "وجبات", "وجبة", "وجه", "وجهة",
	"وجهت", "وجود", "وحدات", "وحدة", "وحش", "وحيد", "وحيدة", "ودائع", "وداع", "ودي", "وديعة", "وراء",
	"ورث", "ورد", "وردت", "ورشة", "ورقة", "وزارات", "وزارة", "وزراء", "وزع", "وزعت", "وزن", "وزير",
	"وزيرة", "وسائل", "وساطة", "وسام", "وسط", "وسطاء", "وسيط", "وسيلة", "وصف", "وصفت", "وصل", "وصلت",
	"وصول", "وصية", "وضع", "وضعت", "وضوح", "وطن", "وطني", "وطنية", "وظائف", "وظف", "وظيفة", "وعد",
	"وعود", "وعي", "وفاة", "وفاق", "وفد", "وفر", "وفق", "وفقا", "وفقاً", "وفود", "وفيات", "وقائع",
	"وقت", "وقع", "وقعت", "وقف", "وقفة", "وقود", "وقوع", "وكالات", "وكالة", "وكلاء", "وكيل", "وكيلة",
	"ولادة", "ولايات", "ولاية", "ولد", "ولي", "وليد", "وهم", "وهمي",
}

// LamRoots are frequent news words that start with ل. After the
// preposition ل the article's ل merges with theirs (ل + اللجنة is written
// للجنة), so للجنة is ل + لجنة, not ل + ال + جنة. Sorted.
var LamRoots = []string{
	"لائحة", "لاجئ", "لاجئين", "لاعب", "لاعبة", "لاعبين", "لجان", "لجنة", "لجوء", "لحاق", "لحظة",
	"لحم", "لحوم", "لعب", "لعبة", "لغة", "لقاء", "لقاح", "لقب", "لهجة", "لواء", "لوائح", "لوحة",
	"لون", "لياقة", "ليل", "ليلة",
}
