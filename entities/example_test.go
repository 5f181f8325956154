package entities_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/arnews/arnews/entities"
)

// A news paragraph written for this example, in the style of the wires.
const paragraph = `أعلنت الخارجية المصرية أن وزير الخارجية سامح شكري بحث في القاهرة مع نظيره الأردني أيمن الصفدي الأوضاع في قطاع غزة، وأكد شكري لوكالة "رويترز" أن مصر تواصل اتصالاتها مع الجانب الأمريكي.`

func ExampleGazetteer_Find() {
	for _, m := range entities.Default().Find(paragraph) {
		fmt.Printf("%-13s %-20s %s\n", m.Type, m.Text, m.Entity.ID)
	}
	// Output:
	// organization  الخارجية المصرية     o-ministry-foreign-eg
	// person        سامح شكري            p-sameh-shoukry
	// place         القاهرة              g-360630
	// nationality   الأردني              c-jo
	// person        أيمن الصفدي          p-ayman-safadi
	// place         قطاع غزة             pl-gaza-strip
	// person        شكري                 p-sameh-shoukry
	// organization  رويترز               o-reuters
	// place         مصر                  c-eg
	// nationality   الأمريكي             c-us
}

func ExampleLoad() {
	// User data in TSV: a header, then one entity a line.
	data := "id\ttype\tnames\tsurnames\tcountry\n" +
		"p-jane-doe\tperson\tجين دو\tدو\tUS\n" +
		"o-acme\torganization\tشركة أكمي|أكمي\t\tUS\n"
	user, err := entities.Load(strings.NewReader(data))
	if err != nil {
		fmt.Println(err)
		return
	}
	// Alone, or merged onto the embedded gazetteer. (A generic head such
	// as شركة stays out of the mention when the rest is another of the
	// entity's names, as news labels have it.)
	g, err := entities.Default().Merge(user)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range g.Find("قالت جين دو، مديرة شركة أكمي في القاهرة، إن دو ستزور بيروت") {
		fmt.Println(m.Type, m.Text, m.Entity.ID)
	}

	// A bad line is reported with its number, and nothing is loaded.
	_, err = entities.Load(strings.NewReader("id\ttype\tnames\nx\tanimal\tقط\n"))
	fmt.Println(err)
	// Output:
	// person جين دو p-jane-doe
	// organization أكمي o-acme
	// place القاهرة g-360630
	// person دو p-jane-doe
	// place بيروت g-276781
	// entities: line 2: unknown type "animal" (want person, place or organization)
}

func Example_groupByEntity() {
	text := `الرئيس الإيراني حسن روحاني يستقبل وزير الخارجية الروسي سيرغي لافروف في طهران. وقال روحاني إن إيران وروسيا تتفقان، وأكد لافروف أن موسكو تدعم طهران.`
	type group struct {
		e     *entities.Entity
		forms []string
	}
	var order []*entities.Entity
	groups := map[*entities.Entity]*group{}
	for m := range entities.Default().All(text) {
		g := groups[m.Entity]
		if g == nil {
			g = &group{e: m.Entity}
			groups[m.Entity] = g
			order = append(order, m.Entity)
		}
		g.forms = append(g.forms, m.Text)
	}
	for _, e := range order {
		fmt.Printf("%s (%s, %s): %d × %s\n", e.Name, e.Type, e.ID, len(groups[e].forms), strings.Join(groups[e].forms, "، "))
	}
	// Output:
	// إيران (place, c-ir): 2 × الإيراني، إيران
	// حسن روحاني (person, p-hassan-rouhani): 2 × حسن روحاني، روحاني
	// روسيا (place, c-ru): 2 × الروسي، روسيا
	// سيرغي لافروف (person, p-sergey-lavrov): 2 × سيرغي لافروف، لافروف
	// طهران (place, g-112931): 2 × طهران، طهران
	// موسكو (place, g-524901): 1 × موسكو
}

// The embedded model finds names that the gazetteer does not list; their
// entities are made for the text (Recognized reports it).
func ExampleDefaultModel() {
	text := "وقال المدرب سليم الورتاني إن فريقه جاهز. وأضاف الورتاني أن الإصابات كثيرة."
	for _, m := range entities.Default().Find(text) {
		fmt.Println(m.Text, m.Type, m.Entity.Recognized())
	}
	// Output:
	// سليم الورتاني person true
	// الورتاني person true
}

// Train a model on CoNLL data and attach it to the embedded gazetteer.
func ExampleTrainModel() {
	data := "قال O\nالرئيس O\nفرانسوا B-PERS\nهولاند I-PERS\nفي O\nباريس B-LOC\n. O\n"
	m, err := entities.TrainModel(strings.NewReader(data), entities.Epochs(5))
	if err != nil {
		fmt.Println(err)
		return
	}
	g := entities.Default().WithModel(m)
	for _, x := range g.Find("قال الرئيس فرانسوا هولاند في باريس") {
		fmt.Println(x.Text, x.Type)
	}
	_, err = entities.TrainModel(strings.NewReader("كلمة B-XYZ\n"))
	fmt.Println(err)
	// Output:
	// فرانسوا هولاند person
	// باريس place
	// entities: line 1: unknown type "XYZ" in tag "B-XYZ" (want PERS, LOC, ORG, MISC or person, place, organization)
}

// Save a model and load it again.
func ExampleLoadModel() {
	var buf bytes.Buffer
	if _, err := entities.DefaultModel().WriteTo(&buf); err != nil {
		fmt.Println(err)
		return
	}
	m, err := entities.LoadModel(&buf)
	fmt.Println(m != nil, err)
	_, err = entities.LoadModel(strings.NewReader("not a model"))
	fmt.Println(err)
	// Output:
	// true <nil>
	// entities: model: wrong magic bytes: not an arnews name model
}

// Evaluate a gazetteer and its model on CoNLL data, per type.
func ExampleGazetteer_Evaluate() {
	dev := "وصل O\nالرئيس O\nإيمانويل B-PERS\nماكرون I-PERS\nإلى O\nبرلين B-LOC\n. O\n"
	ev, err := entities.Default().Evaluate(strings.NewReader(dev))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("person P %.2f R %.2f; all F1 %.2f\n", ev.Person.Precision(), ev.Person.Recall(), ev.All.F1())
	// Output:
	// person P 1.00 R 1.00; all F1 1.00
}

// WithModel(nil) finds by lookup alone.
func ExampleGazetteer_WithModel() {
	text := "وقال المدرب سليم الورتاني إن فريقه جاهز."
	fmt.Println(len(entities.Default().Find(text)), len(entities.Default().WithModel(nil).Find(text)))
	// Output:
	// 1 0
}
