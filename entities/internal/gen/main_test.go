package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tiny writes a small but complete data folder.
func tiny(t *testing.T) string {
	dir := t.TempDir()
	files := map[string]string{
		"sources/i18n-iso-countries_ar.tsv":    "# test\nIR\tإيران\nRU\tروسيا\n",
		"sources/cldr48_territories_ar.tsv":    "# test\n145\tغرب آسيا\nIR\tإيران\nRU\tروسيا\n",
		"sources/xtext_display_regions_ar.tsv": "IR\tإيران\nRU\tروسيا\n",
		"sources/geonames_cities15000_ar.tsv": "geonameid\tcountry\tadmin1\tname_en\tname_ar\tpopulation\tlat\tlon\n" +
			"112931\tIR\tTehran\tTehran\tطَهران\t7153309\t35.69\t51.42\n524901\tRU\tMoscow\tMoscow\tموسكو\t10381222\t55.75\t37.61\n",
		"stopwords.txt":     "# test\nأمل\n",
		"weakwords.txt":     "# test\nروحاني\n",
		"capitals.tsv":      "country\tnames\tname_en\nIR\tطهران\tTehran\nRU\tموسكو\tMoscow\n",
		"ministries.tsv":    "id\tname\tconstruct\tshort\tenglish\nforeign\tالخارجية\tخارجية\t1\tForeign\n",
		"nationalities.tsv": "country\tadjectives\tnote\nIR\tإيراني\tIran\nRU\tروسي\tRussia\n",
		"places-extra.tsv": "id\tnames\tcountry\tkind\twikidata\tdescription\nc-ir\tإيران|الجمهورية الإسلامية\t\t\tQ794\tIran\n" +
			"g-524901\tموسكفا\tRU\tcity\t\tMoscow\n",
		"organizations.tsv": "id\tnames\tcountry\tkind\tambiguous\twikidata\tdescription\no-amal\tحركة أمل|أمل\t\tmovement\t1\t\tAmal\n",
		"people-world.tsv":  "id\tnames\tcountry\tsurnames\tunambiguous\twikidata\tdescription\np-sergey-lavrov\tسيرغي لافروف\tRU\tلافروف\t\t\tFM\n",
	}
	for name, body := range files {
		p := filepath.Join(dir, "data", name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestGenerate(t *testing.T) {
	dir := tiny(t)
	g := &gen{dir: dir, byID: map[string]*entity{}, stats: map[string]int{}, cityAliases: map[string][]alias{}}
	capitalOf = map[string]*entity{}
	stops = nil
	if err := g.run(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "data/gen/entities.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	out := string(b)
	for _, want := range []string{"c-ir\tplace\tإيران\tإيران|الجمهورية الإسلامية", "Q794", "g-112931\tplace\tطهران", "capital", "g-524901\tplace\tموسكو\tموسكو|موسكفا",
		"o-ministry-foreign-ir\torganization\tوزارة الخارجية الإيرانية", "p-sergey-lavrov\tperson", "o-amal\torganization\tحركة أمل\tحركة أمل\t\tأمل"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	// people-arab.tsv does not exist: reported, not fatal.
	if !strings.Contains(strings.Join(g.warnings, "\n"), "people-arab.tsv: not written yet") {
		t.Errorf("warnings: %v", g.warnings)
	}
}

func TestGenerateRejectsBadRows(t *testing.T) {
	for _, tc := range []struct{ file, body, want string }{
		{"people-world.tsv", "id\tnames\tcountry\tsurnames\tunambiguous\twikidata\tdescription\np-x\tفلان\tRU\n", "people-world.tsv:2: 3 columns"},
		{"people-world.tsv", "id\tnames\tcountry\tsurnames\tunambiguous\twikidata\tdescription\nP X\tفلان\tRU\t\t\t\t\n", "not p- followed by"},
		{"people-world.tsv", "id\tnames\tcountry\tsurnames\tunambiguous\twikidata\tdescription\np-x\tفلان\tXX\t\t\t\t\n", "unknown country code"},
		{"people-world.tsv", "names\tid\n", "header is"},
		{"organizations.tsv", "id\tnames\tcountry\tkind\tambiguous\twikidata\tdescription\no-x\tشركة\t\tshop\t\t\t\n", "unknown kind"},
		{"organizations.tsv", "id\tnames\tcountry\tkind\tambiguous\twikidata\tdescription\no-x\tنادي ليون\t\tclub\tليون\t\t\n", "is not among the names"},
		{"organizations.tsv", "id\tnames\tcountry\tkind\tambiguous\twikidata\tdescription\no-x\tشركة x\t\tcompany\t\t\t\n", "not Arabic letters"},
		{"organizations.tsv", "id\tnames\tcountry\tkind\tambiguous\twikidata\tdescription\no-x\tشركة\t\tcompany\t\tq12\t\n", "not a Q-id"},
		{"nationalities.tsv", "country\tadjectives\tnote\nIR\tإيراني\tIran\nIR\tفارسي\tIran\n", "second row for IR"},
		{"places-extra.tsv", "id\tnames\tcountry\tkind\twikidata\tdescription\npl-x\t\tIR\tcity\t\t\n", "no names"},
		{"places-extra.tsv", "id\tnames\tcountry\tkind\twikidata\tdescription\ng-1\tمكان\tIR\tcity\t\t\n", "places-extra.tsv:2: g-1 is not a GeoNames city"},
		// The same person in both people tables.
		{"people-arab.tsv", "id\tnames\tcountry\tsurnames\tunambiguous\twikidata\tdescription\np-sergey-lavrov\tسيرغي لافروف\tRU\t\t\t\t\n",
			"people-arab.tsv:2: duplicate id p-sergey-lavrov (already at people-world.tsv:2)"},
	} {
		dir := tiny(t)
		os.WriteFile(filepath.Join(dir, "data", tc.file), []byte(tc.body), 0o644)
		g := &gen{dir: dir, byID: map[string]*entity{}, stats: map[string]int{}, cityAliases: map[string][]alias{}}
		capitalOf = map[string]*entity{}
		stops = nil
		err := g.run()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s %q: got %v, want %q", tc.file, tc.body, err, tc.want)
		}
		if _, err := os.Stat(filepath.Join(dir, "data/gen/index.bin")); err == nil {
			t.Errorf("%s: output written despite errors", tc.file)
		}
	}
}
