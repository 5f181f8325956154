// Package entities finds the people, places, organizations and nationality
// adjectives that an Arabic news text names, with exact byte offsets into
// the text and a link to a gazetteer entry.
//
//	for _, m := range entities.Default().Find(text) {
//		fmt.Println(m.Text, m.Type, m.Entity.ID)
//	}
//
// # Matching
//
// Names are compared word by word on folded forms: the hamza forms of alef
// (أ إ آ ٱ) meet bare alef, alef maksura meets yeh, teh marbuta meets heh,
// and diacritics, tatweel and invisible controls are ignored, so أذربيجان
// and اذربيجان, or الروسية and الروسيّة, are the same name. The folded
// form of a word is its search key in package tokenize's word stream
// (tokenize.Stream.Key, one definition for the module): a caller that has
// the text's Stream hands it to FindStream, which takes the words and
// their keys from it instead of scanning and folding the text again
// (arnews.Analyze does), with the same mentions as Find. At each word
// the longest name wins (الخارجية الروسية, an organization, over الروسية, a
// nationality). A word may carry the proclitics و ف (and, so) and ب ل ك
// (in, for, as), alone or together (وبالعاصمة); they are left outside the
// mention: "وإيران" gives إيران, "لأميركا" gives أميركا. After ل the
// article drops its alef (للعراق is ل + العراق, وللمنتخب is و + ل +
// المنتخب); such a contracted name is found, and its span is the text
// after that first ل, from the article's lam: "للعراق" gives لعراق, whose
// Start is the byte after the preposition. The contraction also counts as
// the article where context matters (للحكومة السعودية is the adjective).
// Punctuation and line breaks end a name; quotes around a name are outside
// it.
//
// Nationality adjectives (إيراني) match in every form: with or without
// the article, feminine, plural, dual and the indefinite accusative
// (الإيرانية، الإيرانيون، إيرانياً); such a mention has Type Nationality and
// its Entity is the country. Where an adjective is spelt like a country
// name (سوريّاً and سوريا, السعودية, سورية), the adjective is chosen after
// a noun with the article (الحكومة السعودية), after a feminine noun
// (قاعدة جوية سورية) or with tanween (مقاتلاً سوريّاً).
//
// A person's surname alone (روحاني) is a mention when the same person's
// full name (حسن روحاني) is anywhere in the text, or when the gazetteer
// marks the surname as unambiguous (بوتين). Titles (الرئيس، الشيخ،
// الأمير) stay outside mentions. Names that are also common words are
// handled by a stop list (أمل، العالم، المدينة، نور، عادل are never a
// mention alone; a place such as الباب or حجة only after مدينة، محافظة and
// the like, or joined by و to a place right before it: صعدة وحجة, النيجر
// ومالي, but not أوروبا والعالم), by weak names that need another mention of the same entity
// (روحاني is also "spiritual"), and by context for organizations marked
// ambiguous: حماس is the movement after حركة, or once حركة حماس is in the
// text, and never in "بكل حماس"; a club or team nickname such as الأخضر
// needs فريق, لاعب or the like before it, or the team's name in the text.
//
// A city that is also a club's name (برشلونة, ليون, بورتو, موناكو, الريان)
// is the club after فريق, لاعب, مدرب or نادي, and when its sentence (up to
// the next full stop, line break or question mark, and at most 160 bytes
// each side) is about sport: another club or a national team is named in
// it, it has a score (2-1, ٣ - ٠), or a word of sport (تعادل, هزم, تغلب,
// سجل, هدف, مباراة, الدوري, الكأس, المدرب, اللاعب, الفريق, الملعب, ضد and
// the like, with their clitics). A masculine nationality adjective right
// after the name makes it the club (برشلونة الإسباني), a feminine one the
// city (برشلونة الإسبانية). The city stays the city after مدينة and the
// like, after في or with ب (في برشلونة, ببرشلونة), and without sports
// evidence (زار الرئيس برشلونة) unless the text names the club elsewhere
// (one sense per text). ملعب برشلونة is the club's ground, so
// ملعب counts as evidence. Words that are as common outside sport (فاز,
// فوز, لقاء, الذهاب, أقصى) do not count. مانشستر, which is two clubs,
// stays the city.
//
// # Latin script
//
// Arabic news writes some organizations in Latin letters: "(CNN)--",
// "وكالة (AFP)", "Google", "Al Jazeera". A Latin name matches as whole
// words only, never inside a longer Latin word (CNNMoney). A name of one
// word needs a capital in the text wherever the gazetteer's name has one:
// CNN, WHO and G20 match only in capitals (not cnn, Who or the English
// "who"), Reuters as Reuters or REUTERS but not reuters, beIN also as
// BeIN. A name of several words matches in any case (al jazeera, Saudi
// Aramco). A Latin name is no mention inside a URL (after :// or www. in
// the same run of non-space bytes), an e-mail address, a hashtag or a
// handle (@CNN, #CNN), when glued by . / - or : to a Latin letter or
// digit (CNN.com, AFP-Getty), or when a capitalized Latin word stands
// right before or after it, since it is then part of a longer name: Apple
// Watch, Google Play, Nokia S40 (except "AP Photo", the credit line).
// Latin and Arabic letters glued together are two words: لـCNN gives
// CNN. Common English words in capitals (US, IT) are not in the
// gazetteer; Latin names are listed in data/latin.tsv by the id of their
// entity.
//
// # Names no gazetteer lists
//
// Default has a trained recognizer attached (DefaultModel, see
// WithModel): a linear-chain model that labels each word as the start or
// the inside of a person, place or organization name, or none, and is
// decoded with Viterbi under BIO constraints. Its features are the word
// and the two words each side, their stems without proclitics and
// article, suffixes and prefixes, the shape of the word (Latin capitals,
// digits, length), the punctuation around it and its place in the
// sentence, the gazetteer's reading of the word and its neighbours, and
// where the word occurs in the gazetteer's names (a first name, another
// word of a person's name, a place's, an organization's). A name the
// model finds that the gazetteer does not know gets an Entity made for
// the text: its ID starts with RecognizedPrefix ("~person:يوآخيم
// شتراوبل"), its Source is RecognizedSource, and Entity.Recognized
// reports it; every mention of the same name in the text shares it, and
// a person's last name alone after the full name is a mention of it too.
// Such a name is also found where it comes again in the text and the
// model missed it (one sense per text), unless it is a single word that
// is a stop word or a frequent word of news (a lone علي would make every
// على a person); a rare word right after a lone new first name is taken
// as the surname (رضا الجوادي).
// Titles (الرئيس, المدرب, الشيخ) and proclitics stay outside the span.
// A name in brackets right after an organization is an organization too
// (الشرطة الدولية (إنتربول), مكتب التحقيقات الفيدرالي (إف بي آي)): one
// word that is not among the frequent words of news, or an acronym spelt
// in letter names; a description, a score or a date in brackets is not.
//
// Span conventions for what the model finds, and for the gazetteer's
// names with a generic head: a generic head before another name of the
// same entity stays out (صحيفة عكاظ gives عكاظ, إقليم دارفور gives
// دارفور, as ANERcorp and our hand labels have it), but دولة stays in the
// long forms of a country the gazetteer lists (دولة قطر, دولة الكويت:
// the news labels keep it in 18 to 4, ANERcorp leaves it out); the
// head of an administrative place stays out (مدينة غدامس gives غدامس), a
// facility's head is in its name (ملعب جوزيبي مياتزا is a place), before
// a place too, with the facility's adjectives (مطار الحديدة, قاعدة تيفور
// الجوية, ملعب البصرة الدولي), and so is a natural feature's (نهر
// إيفروس, وادي حيران), but not a crossing's (معبر [رفح]); a
// generic organization and the nationality adjective after it are one
// name (جهاز الأمن الأوكراني, الجيش الوطني الجزائري), a proper one keeps
// the adjective apart (حركة فتح | الفلسطينية). A rare word right after an
// administrative head (بلدية أزفون, مديرية حيس) is a place the gazetteer
// does not list. An administrative head before a listed place stays out
// too (إقليم دارفور gives دارفور, محافظة تعز gives تعز), and so do
// نادي, فريق, شركة, تطبيق, قناة, جماعة, موقع and شبكة before an
// organization (نادي آرسنال gives آرسنال, شركة أبل gives أبل, جماعة
// الحوثيين gives الحوثيين; النادي الأهلي stays whole, and so does نادي
// before a sport's name, نادي كرة اليد بجمال). منتخب before a national
// team's nickname is in its name (منتخب السامبا, المنتخب الأخضر). A
// place right after جامعة, منتخب, بنك or مصرف is the university, team or
// bank, head in (بجامعة غلاسكو gives جامعة غلاسكو, منتخب كوريا, بنك دبي
// الإسلامي with one adjective after the place, بنك مصر إيران with a second
// place), and one after نادي is the club, head out (نادي الرياض gives
// the organization الرياض). A
// federation right after كأس is the competition's name, no organization
// (كأس الاتحاد الإنجليزي gives the nationality alone). The fields of a
// body joined by و are in its name (وزارة الزراعة والأغذية والشؤون
// الريفية, المجلس الاقتصادي والاجتماعي), and so is the ل-phrase after a
// body's generic head in the article and its adjectives (الاتحاد الدولي
// لألعاب القوى, الاتحاد الألماني للصلب, الهيئة الوطنية لمدارس تعليم
// السياقة; not after المنتخب, الجيش or المحكمة). A body's head is in
// its name (جامعة كامبردج, مستشفى شبرا العام, وكالة إدارة الطوارئ
// الفيدرالية: جامعة 37 to 0, وكالة 295 to 2 in the news labels) but
// after شركة, حزب, صحيفة, قناة, نادي and فريق. The body of an
// international organization is named with its head and its ل-phrase
// (وكالة الأمم المتحدة للهجرة, مجلس الأمم المتحدة لحقوق الإنسان, and
// مجلس الفيفا, مفوضية الاتحاد الأفريقي without one: the news labels 23 to
// 4, ANERcorp's train split 6 to 4). Two people joined by
// و that the model read as one name are two (آندي وديانا رزق), and so
// are two organizations side by side (طالب الاتحاد المغربي | الاتحاد
// الدولي). A generic head that the model read alone before a quoted
// name gives the quoted name
// (وكالة أنباء "فارس" gives فارس), and so does an outlet's head before
// one that the model missed or read as its words (صحيفة "رأي اليوم",
// صحيفة "الشرق الأوسط": the news labels 263 times of 266); a currency after an amount is no
// organization (7 مليارات ريال); after رئيس, the gazetteer's cabinet is a
// title and its adjective a nationality (رئيس مجلس الوزراء العراقي gives
// العراقي), and so is a ministry's short name after وزير or a field's
// word (وزيرة الخارجية الكندية, السياسة الخارجية الأمريكية, الشؤون
// الداخلية السعودية give the nationality alone: the news labels 141 to 0). A place right after أبو is in a person's name (محمد أبو
// العلا), a place written with tanween is the word spelt like it
// (دوماً, always), and so is a place read after ف or ب glued to it
// when the whole word is a word of news and the place alone is not
// (فاجأ, surprised, is no ف + أجا; فصيلة no ف + صيلة). A few places
// that are common words of news are no place alone, whoever reads them
// so (ميادين, سترة, خفي, بركان; الليزر, الظل), the gazetteer's still after
// مدينة, منطقة and the like (منطقة الجمالية); one word after a person's
// title with the article is the person's name, no place (الملكة
// فيكتوريا, الرئيس بخاري), unless it is a country (دعا الرئيس السودان), and a verb of the dual or
// plural right after a place is no place (إيران وروسيا تتفقان). See rules.go, heads.go, orgconj.go, orglam.go,
// orgsplit.go, orgadj.go, orghead.go, orgnat.go, orgsub.go, outlets.go, outletquote.go, units.go, seats.go, orgalias.go,
// personconj.go and placeprec.go.
//
// Where ANERcorp's labels and the news labels differ, the spans follow
// the news labels, which are the kind of text the package reads (counts
// from the news training articles and dev samples, then ANERcorp's train
// split): a place right after أبطال or أمم names a competition and
// is no mention (دوري أبطال أوروبا, كأس أمم آسيا: a place 1 time of 111), where
// ANERcorp tags it LOC (12 to 0); a country's police or army with its adjective is one
// organization (الشرطة البريطانية, الجيش اللبناني: the police about 30
// times, its adjective alone 5; 110 spans start with الجيش), where
// ANERcorp tags neither (17 and 64 times O); حركة stays in a movement's name (حركة النهضة, حركة طالبان; 94 to 2,
// ANERcorp 5 to 18); قطاع stays in قطاع غزة (37 to 0, ANERcorp 1 to 20).
// حزب stays out before a party's name whatever the gazetteer lists (حزب
// العدالة والتنمية gives العدالة والتنمية, حزب الوفد gives الوفد), except
// in حزب الله: the news labels leave it out 126 times and keep it in
// twice, and in حزب الله 59 times; ANERcorp keeps it in (6 to 0). A
// newspaper's head (صحيفة, جريدة, مجلة) stays out whatever the gazetteer
// lists (45 to 0): صحيفة الشرق الأوسط gives الشرق الأوسط, the paper.
// التحالف alone is the coalition in Yemen when the text names it in full
// or the model reads it as a name (28 times an organization in the news
// labels, ANERcorp 5 times O), and بقيادة السعودية after it is no part of
// the name.
//
// Where the news labels disagreed among themselves, the majority was made
// the rule for all of them (counts before the labels were aligned): a
// militia head stays out before the group's name (ميليشيات [الحوثي], 84
// to 68; rules.go leaves it out of the gazetteer's names too), a forces
// head before a name the gazetteer does not list with it (قوات [التحالف
// العربي], 13 to 9) but not before one it does ([قوات المقاومة المشتركة],
// 15 to 5);
// كتلة stays out before a party (13 to 1); وكالة before an unquoted
// agency is in its name ([وكالة فرانس برس], 199 to 14), شارع in a
// street's ([شارع الحبيب بورقيبة], 12 to 4). A currency's adjective is a
// nationality (دولار [أميركي], 60 to 3), as a league's is (الدوري
// [الإسباني], 100 to 3); a place in a cup's name is labelled (كأس
// [إيطاليا], كأس [آسيا], 16 to 13; ANERcorp tags كأس آسيا's place too),
// the cup itself not, nor أوروبا in دوري أبطال أوروبا (about 100 times O).
// A parliament or intelligence service with its country's adjective is
// one organization by the rule above ([البرلمان العراقي], [الاستخبارات
// الروسية]; the labels had it so 13 to 11 and 4 to 7, the gazetteer lists
// them whole), a plural head not (أجهزة الاستخبارات [الصينية]).
// التحالف alone is an organization wherever it is the military coalition
// the text is about (Yemen's or the one in Syria: 48 labels, 18 more
// now), not another alliance (a party's, a consortium: 11 times O).
// البيت الأبيض is an organization as an actor or employer (المتحدثة باسم,
// مستشار في) and a place where someone speaks or meets (في, أمام, من
// البيت الأبيض); after في, أمام, فوق, داخل, خارج or قرب it is found as a
// place, and a palace that the gazetteer lists as a presidency (قصر
// قرطاج, قصر الإليزيه) is always the palace, a place (the labels tag
// such a name a place 24 times, an organization never). A body's common designation is an organization
// (النيابة العمومية 19 to 9, الشرطة البلدية 7 to 5, الإدارة الجهوية
// للتجارة 10 to 3), and so are the epithets the gazetteer lists (منظمة
// الأعراف, المنظمة الشغيلة).
//
// An ambiguous organization name with the article that only the model
// reads as a name (التحالف, الأهلي, الجزيرة alone: neither the full name
// nor a word such as حركة before it is in the text) is a common noun that
// also names other organizations of the same kind: the model tells that
// it is an organization, not which one. It is linked to the gazetteer's
// entity only when the text supports that sense: it names another
// gazetteer entity of the same country (the country itself, its
// adjective, one of its places, people or organizations), or of a country
// named in one of the entity's names (تحالف دعم الشرعية في اليمن: a text
// that names الحديدة supports التحالف as the coalition in Yemen), or, for
// a club of an Asian country, names Asia or the AFC (الهلال in دوري أبطال
// آسيا is the Saudi club), or, for an outlet, quotes or brackets the name
// alone or puts مراسل, قناة and the like before it. Otherwise each of its mentions gets an Entity made
// for the text, as a name the gazetteer does not know: bare التحالف in a
// text about the coalition against the Islamic State in Syria, الأهلي in
// a text about Saudi football that names nothing Egyptian. Types and
// spans do not change. A name without the article (حماس, وات) names one
// organization when it names one, and keeps its link.
//
// The embedded model is trained with TrainModel on ANERcorp's training
// split (2000s newswire, CC BY-SA 4.0; see NOTICE) and on 2,800 recent
// news articles of the project's corpus labelled by hand (their byte
// spans are in testdata/news-train*.tsv, the texts stay in the corpus; a
// held-out fifth of the 3,516 labelled, 716 articles, is left out of the
// model to measure it). It is rebuilt
// with go generate (which runs TestBuildModel with -buildmodel; it needs
// ../shared/ner and the corpus). It must be rebuilt when the features or
// the folding of words change: LoadModel refuses a model of another
// feature set.
// Evaluate scores a gazetteer and its model on CoNLL data, per type.
//
// # The embedded gazetteer
//
// Default loads the embedded gazetteer once, in about 6 ms: its name
// index (40,000 keys) is built at generate time (go generate runs
// ./internal/gen) and only unpacked at load. It holds about 13,300
// entities:
//
//   - 2,699 places: every country and territory of ISO 3166-1 (250, with
//     the UN M49 regions of CLDR) and every capital (197); 1,870 cities
//     from GeoNames: every city over 15,000 people in the Arab world,
//     Iran, Turkey and Israel, then the 1,200 largest others, with curated
//     spellings where news differs from GeoNames (أربيل for إربل); and 349
//     curated places and aliases: disputed and historical regions
//     (ناغورنو كاراباخ, القرم, الضفة الغربية), provinces and governorates,
//     the delegations of Tunisia that GeoNames lacks (عين دراهم, جبنيانة),
//     islands, mountains, seas, straits, rivers, and country names such as
//     أميركا or الكيان الصهيوني.
//   - 9,635 organizations: 1,415 curated (armies, parties, movements and
//     armed groups, the UN and its agencies, news agencies and outlets,
//     companies, the clubs of the Arab and major European leagues, of the
//     Asian Champions League and the 30 NBA teams, also with نادي before
//     the name, universities, courts and prosecution, bodies named alike
//     in several countries such as النيابة العامة) and 8,220 generated
//     from the nationality table: the 35 ministries of every country
//     (وزارة الخارجية الإيرانية, the short الخارجية الإيرانية, وزارة خارجية
//     إيران), its army (الجيش الإيراني), its police (الشرطة الإيرانية),
//     air force (القوات الجوية الإيرانية, سلاح الجو الإيراني) and navy
//     (القوات البحرية الإيرانية), its national team (المنتخب الإيراني,
//     with nicknames such as نسور قرطاج from the curated table) and its
//     cabinet (مجلس الوزراء الإيراني).
//   - 1,990 curated people: heads of state and government, ministers,
//     leaders of parties and armed groups, envoys and other figures of Arab
//     and world news 2000–2024, with spelling variants and surnames.
//   - The nationality adjectives of 200 countries, in every form.
//   - 117 Latin-script names of 95 of these organizations (CNN, AFP,
//     Reuters, NATO, WHO, Google, Saudi Aramco, Al Jazeera), picked by
//     their frequency in Arabic news.
//
// Sources: Unicode CLDR 48 (Unicode-3.0), GeoNames (CC-BY-4.0),
// golang.org/x/text (BSD-3-Clause), i18n-iso-countries (MIT), and the
// team's own curated tables in data/ (people, organizations,
// nationalities, places, capitals, ministries, stop words); see the NOTICE
// file at the root of the module. A test checks these sizes.
//
// # User data
//
// Load reads a gazetteer from TSV or JSON lines (see Load for the format);
// Merge combines it with Default, user entries winning ties.
//
// # Bad input
//
// Find never panics. Invalid UTF-8 bytes separate words and are never in
// a mention; a huge text is scanned in one pass with memory proportional
// to the number of mentions (with a model attached, also about 40 bytes a
// word for the first million words, kept for the recognizer; a longer
// text is scanned again instead); an empty or nil Gazetteer finds nothing.
package entities
