package entities_test

import (
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
	// Alone, or merged onto the embedded gazetteer.
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
	// organization شركة أكمي o-acme
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
