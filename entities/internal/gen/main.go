// Command gen builds the embedded gazetteer of package entities.
//
// It reads the openly licensed sources copied under data/sources (CLDR,
// GeoNames, x/text, i18n-iso-countries), the team's curated tables
// (people-world.tsv, people-arab.tsv, organizations.tsv, nationalities.tsv,
// places-extra.tsv, capitals.tsv, ministries.tsv, latin.tsv, stopwords.txt)
// and writes data/gen/entities.tsv (one entity a line) and
// data/gen/index.bin (the folded, hashed name index). Run it from the
// entities folder:
//
//	go generate            (or: go run ./internal/gen)
//
// A curated table that does not exist yet is reported and skipped; a row
// that is malformed (wrong number of columns, bad id, unknown country or
// kind, duplicate id) stops the generator with the file and line.
package main

import (
	"bufio"
	"cmp"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/arnews/arnews/entities/internal/index"
)

type entity struct {
	id, typ, name string
	names         []string // strong names
	titled        []string // strong names that start with a title
	surnames      []string // weak names
	ambiguous     []string // weak and ambiguous names
	adjectives    []string
	plurals       []string // broken plurals of the adjective (روس)
	country       string
	wikidata      string
	kind, source  string
	description   string
	mtype         uint8
	pop           int
	where         string // file:line of a curated row
	nameEn        string
}

// alias is a curated row that adds names to a GeoNames city.
type alias struct {
	names []string
	where string
}

type gen struct {
	cityAliases map[string][]alias // by GeoNames entity id
	dir         string
	ents        []*entity
	byID        map[string]*entity
	problems    []string
	warnings    []string
	stats       map[string]int
}

func main() {
	dir := flag.String("dir", ".", "the entities package folder")
	flag.Parse()
	g := &gen{dir: *dir, byID: map[string]*entity{}, stats: map[string]int{}, cityAliases: map[string][]alias{}}
	if err := g.run(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func (g *gen) path(rel string) string { return filepath.Join(g.dir, "data", rel) }

func (g *gen) fail(file string, line int, format string, args ...any) {
	loc := file
	if line > 0 {
		loc = fmt.Sprintf("%s:%d", file, line)
	}
	g.problems = append(g.problems, fmt.Sprintf("%s: %s", loc, fmt.Sprintf(format, args...)))
}

func (g *gen) add(e *entity) *entity {
	if old, ok := g.byID[e.id]; ok {
		// Every id is in one table only (a UN envoy is in people-arab or
		// in people-world by nationality, never in both).
		where := old.where
		if where == "" {
			where = "a generated entity"
		}
		g.fail(e.where, 0, "duplicate id %s (already at %s)", e.id, where)
		return old
	}
	e.names = dedupe(e.names)
	if e.name == "" && len(e.names) > 0 {
		e.name = e.names[0]
	}
	g.byID[e.id] = e
	g.ents = append(g.ents, e)
	g.stats[e.typ]++
	return e
}

func dedupe(ss []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		var kb []byte
		for _, w := range index.Words(s) {
			kb = append(append(kb, w...), ' ')
		}
		k := string(kb)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// table reads a TSV with a header line; comment lines start with #.
// It returns the rows with their line numbers; missing reports whether
// the file does not exist.
func (g *gen) table(rel string, header string) (rows [][]string, lines []int, missing bool) {
	b, err := os.ReadFile(g.path(rel))
	if os.IsNotExist(err) {
		g.warnings = append(g.warnings, fmt.Sprintf("%s: not written yet, skipped", rel))
		return nil, nil, true
	}
	if err != nil {
		g.fail(rel, 0, "%v", err)
		return nil, nil, false
	}
	want := strings.Split(header, "\t")
	sawHeader := false
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if !sawHeader {
			sawHeader = true
			if line != header {
				g.fail(rel, i+1, "header is %q, want %q", line, header)
				return nil, nil, false
			}
			continue
		}
		if len(f) != len(want) {
			g.fail(rel, i+1, "%d columns, want %d (%s)", len(f), len(want), header)
			continue
		}
		for j := range f {
			f[j] = strings.TrimSpace(f[j])
		}
		rows = append(rows, f)
		lines = append(lines, i+1)
	}
	if !sawHeader {
		g.warnings = append(g.warnings, fmt.Sprintf("%s: empty, skipped", rel))
	}
	return rows, lines, false
}

var (
	reID       = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	reCountry  = regexp.MustCompile(`^[A-Z]{2}$`)
	reWikidata = regexp.MustCompile(`^Q[1-9][0-9]*$`)
	reArabic   = regexp.MustCompile(`^[\p{Arabic}0-9 ]+$`)
	reLatin    = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*( [A-Za-z0-9]+)*$`)
)

func (g *gen) checkNames(rel string, line int, names []string) {
	for _, n := range names {
		if !reArabic.MatchString(n) {
			g.fail(rel, line, "name %q is not Arabic letters and spaces", n)
		}
		if len(index.Words(n)) == 0 || len(index.Words(n)) > index.MaxWords {
			g.fail(rel, line, "name %q: bad word count", n)
		}
	}
}

func (g *gen) checkCommon(rel string, line int, id, prefix, country, wikidata string) bool {
	ok := true
	if !reID.MatchString(id) || !strings.HasPrefix(id, prefix) {
		g.fail(rel, line, "id %q is not %s followed by a lower-case hyphenated slug", id, prefix)
		ok = false
	}
	if country != "" && g.byID["c-"+strings.ToLower(country)] == nil {
		g.fail(rel, line, "unknown country code %q", country)
		ok = false
	}
	if wikidata != "" && !reWikidata.MatchString(wikidata) {
		g.fail(rel, line, "wikidata %q is not a Q-id", wikidata)
		ok = false
	}
	return ok
}

func (g *gen) run() error {
	g.stopwords()
	g.weakwords()
	g.countries()
	g.regions()
	g.placesExtra()
	g.capitals()
	g.organizations()
	g.nationalities()
	g.plurals()
	g.ministries()
	g.people("people-world.tsv")
	g.people("people-arab.tsv")
	g.geonames()
	g.latin()
	if len(g.problems) > 0 {
		return fmt.Errorf("%d problems in the sources:\n  %s", len(g.problems), strings.Join(g.problems, "\n  "))
	}
	return g.write()
}

var stops [][]byte

// weak holds the folded single words that, as a full name of a person or
// an organization, are also common words (روحاني = spiritual, وام folds
// like وأم): such a name counts only once the entity has another mention.
var weak = map[string]bool{}

func (g *gen) weakwords() {
	g.wordList("weakwords.txt", func(w []byte) { weak[string(w)] = true })
}

// wordList reads a list of single words (any number a line, # comments) and
// hands each, folded, to add; an entry that folds to more or fewer than one
// word is a failure at its line.
func (g *gen) wordList(name string, add func(folded []byte)) {
	b, err := os.ReadFile(g.path(name))
	if err != nil {
		g.fail(name, 0, "%v", err)
		return
	}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			ws := index.Words(w)
			if len(ws) != 1 {
				g.fail(name, i+1, "%q is not one word", w)
				continue
			}
			add(ws[0])
		}
	}
}

// titles are words that come before a person's name and stay outside the
// mention.
var titles = map[string]bool{"الملك": true, "الملكة": true, "الأمير": true, "الأميرة": true, "الشيخ": true,
	"الشيخة": true, "الرئيس": true, "السلطان": true, "الإمام": true, "السيد": true, "السيدة": true,
	"البابا": true, "الدكتور": true, "المشير": true, "الجنرال": true}

// demote moves the names that need context out of e.names: common-word
// single names to the weak ones, names led by a title to e.titled.
func demote(e *entity) {
	var keep []string
	for _, n := range e.names {
		ws := strings.Fields(n)
		switch {
		case len(ws) == 1 && weak[string(index.AppendFold(nil, n))]:
			if e.mtype == index.TypePerson {
				e.surnames = append(e.surnames, n)
			} else {
				e.ambiguous = append(e.ambiguous, n)
			}
		case len(ws) > 1 && e.mtype == index.TypePerson && titles[ws[0]]:
			e.titled = append(e.titled, n)
		default:
			keep = append(keep, n)
		}
	}
	if len(keep) == 0 && len(e.names) > 0 && e.name == "" {
		e.name = e.names[0]
	}
	e.names = keep
}

func (g *gen) stopwords() {
	g.wordList("stopwords.txt", func(w []byte) { stops = append(stops, w) })
}

// readSource reads a copied source table: tab-separated, # comments.
func (g *gen) readSource(rel string) [][]string {
	b, err := os.ReadFile(g.path(filepath.Join("sources", rel)))
	if err != nil {
		g.fail(rel, 0, "%v", err)
		return nil
	}
	var rows [][]string
	for line := range strings.SplitSeq(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows
}

// countries: every ISO 3166-1 code of i18n-iso-countries, with the names
// of the three sources.
func (g *gen) countries() {
	names := map[string][]string{}
	var codes []string
	for _, r := range g.readSource("i18n-iso-countries_ar.tsv") {
		codes = append(codes, r[0])
		names[r[0]] = append(names[r[0]], split(r[1])...)
	}
	cldr := map[string]string{}
	for _, r := range g.readSource("cldr48_territories_ar.tsv") {
		code, _, alt := strings.Cut(r[0], "-alt-")
		if len(code) != 2 {
			continue
		}
		if !alt {
			cldr[code] = r[1]
		}
		names[code] = append(names[code], r[1])
	}
	for _, r := range g.readSource("xtext_display_regions_ar.tsv") {
		names[r[0]] = append(names[r[0]], r[1])
	}
	for _, c := range codes {
		ns := names[c]
		if n := cldr[c]; n != "" {
			ns = append([]string{n}, ns...)
		}
		var clean []string
		for _, n := range ns {
			// "جزر فوكلاند - جزر مالفيناس": two names; "ميانمار (بورما)",
			// "مكاو الصينية (منطقة إدارية خاصة)": the part before the
			// bracket; "تيمور- ليشتي": words.
			for p := range strings.SplitSeq(n, " - ") {
				if i := strings.Index(p, "("); i > 0 {
					p = p[:i]
				}
				p = strings.Join(strings.Fields(strings.ReplaceAll(p, "-", " ")), " ")
				clean = append(clean, p)
			}
		}
		g.add(&entity{id: "c-" + strings.ToLower(c), typ: "place", names: clean, country: c,
			kind: "country", source: "cldr+i18n-iso-countries+x/text", mtype: index.TypePlace})
	}
}

// regions: the numeric UN M49 regions of CLDR (continents and sub-regions).
func (g *gen) regions() {
	for _, r := range g.readSource("cldr48_territories_ar.tsv") {
		if len(r[0]) != 3 || r[0][0] < '0' || r[0][0] > '9' {
			continue
		}
		g.add(&entity{id: "r-" + r[0], typ: "place", names: []string{r[1]}, kind: "region",
			source: "cldr", mtype: index.TypePlace})
	}
}

// placesExtra: the team's places and aliases. A row whose id is that of an
// existing entity (c-us) adds names to it.
func (g *gen) placesExtra() {
	const rel = "places-extra.tsv"
	rows, lines, _ := g.table(rel, "id\tnames\tcountry\tkind\twikidata\tdescription")
	for i, r := range rows {
		id, names, country, kind, wd, desc := r[0], split(r[1]), r[2], r[3], r[4], r[5]
		// A name written -name takes a source's name away from an
		// existing entity (الأراضي الفلسطينية, which the labels never tag
		// as the place: its adjective is the nationality).
		var drop []string
		names = slices.DeleteFunc(names, func(n string) bool {
			if rest, ok := strings.CutPrefix(n, "-"); ok {
				drop = append(drop, rest)
				return true
			}
			return false
		})
		g.checkNames(rel, lines[i], append(slices.Clone(names), drop...))
		if e := g.byID[id]; len(drop) > 0 && (e == nil || strings.HasPrefix(id, "g-")) {
			g.fail(rel, lines[i], "names to drop from %s, which is not an entity read before", id)
		} else if e != nil {
			for _, n := range drop {
				if !slices.Contains(e.names, n) {
					g.fail(rel, lines[i], "%s has no name %q to drop", id, n)
				}
				e.names = slices.DeleteFunc(e.names, func(x string) bool { return x == n })
				if e.name == n && len(e.names) > 0 {
					e.name = e.names[0]
				}
			}
		}
		if strings.HasPrefix(id, "g-") {
			// A GeoNames city (g-95446, إربل): its names are added when
			// the GeoNames table is read.
			g.cityAliases[id] = append(g.cityAliases[id], alias{names, fmt.Sprintf("%s:%d", rel, lines[i])})
			continue
		}
		if e := g.byID[id]; e != nil {
			e.names = dedupe(append(e.names, names...))
			if e.source != "" && !strings.Contains(e.source, "curated") {
				e.source += "+curated"
			}
			if wd != "" {
				e.wikidata = wd
			}
			if desc != "" {
				e.description = desc
			}
			continue
		}
		if !g.checkCommon(rel, lines[i], id, "pl-", country, wd) {
			continue
		}
		if len(names) == 0 {
			g.fail(rel, lines[i], "no names")
			continue
		}
		g.add(&entity{id: id, typ: "place", names: names, country: country, kind: kind,
			wikidata: wd, description: desc, source: "curated", mtype: index.TypePlace, where: fmt.Sprintf("%s:%d", rel, lines[i])})
	}
}

// capitals: the capital of every country, matched to a GeoNames city of
// the same country and name when there is one, otherwise an entity of its own.
var capitalOf = map[string]*entity{} // country -> pending capital

func (g *gen) capitals() {
	const rel = "capitals.tsv"
	rows, lines, _ := g.table(rel, "country\tnames\tname_en")
	for i, r := range rows {
		c, names, en := r[0], split(r[1]), r[2]
		g.checkNames(rel, lines[i], names)
		if !reCountry.MatchString(c) || g.byID["c-"+strings.ToLower(c)] == nil {
			g.fail(rel, lines[i], "unknown country %q", c)
			continue
		}
		if len(names) == 0 {
			g.fail(rel, lines[i], "no names")
			continue
		}
		if capitalOf[c] != nil {
			g.fail(rel, lines[i], "second capital for %s", c)
			continue
		}
		capitalOf[c] = &entity{id: "pl-capital-" + strings.ToLower(c), typ: "place", names: names,
			country: c, kind: "capital", source: "curated", mtype: index.TypePlace, nameEn: en,
			description: en + ", capital"}
	}
}

var orgKinds = map[string]bool{"ministry": true, "government": true, "parliament": true, "army": true,
	"security": true, "party": true, "movement": true, "armed-group": true, "international": true,
	"un-agency": true, "news-agency": true, "outlet": true, "company": true, "club": true,
	"religious": true, "other": true}

func (g *gen) organizations() {
	const rel = "organizations.tsv"
	rows, lines, _ := g.table(rel, "id\tnames\tcountry\tkind\tambiguous\twikidata\tdescription")
	for i, r := range rows {
		id, names, country, kind, amb, wd, desc := r[0], split(r[1]), r[2], r[3], r[4], r[5], r[6]
		g.checkNames(rel, lines[i], names)
		if !g.checkCommon(rel, lines[i], id, "o-", country, wd) {
			continue
		}
		if !orgKinds[kind] {
			g.fail(rel, lines[i], "unknown kind %q", kind)
			continue
		}
		// ambiguous is 1 (every single-word name needs context) or the
		// list of the names that do (a club's bare city name, ليون).
		ambSet := map[string]bool{}
		if amb != "" && amb != "1" {
			for _, n := range split(amb) {
				if !slices.Contains(names, n) {
					g.fail(rel, lines[i], "ambiguous name %q is not among the names", n)
				}
				ambSet[n] = true
			}
		}
		if len(names) == 0 {
			g.fail(rel, lines[i], "no names")
			continue
		}
		e := &entity{id: id, typ: "organization", country: country, kind: kind, wikidata: wd,
			description: desc, source: "curated", mtype: index.TypeOrganization, where: fmt.Sprintf("%s:%d", rel, lines[i])}
		for _, n := range names {
			// A single-word name of an ambiguous organization needs context.
			if amb == "1" && len(index.Words(n)) == 1 || ambSet[n] {
				e.ambiguous = append(e.ambiguous, n)
			} else {
				e.names = append(e.names, n)
			}
		}
		if kind == "club" && !strings.HasPrefix(id, "o-national-team-") {
			e.names = append(e.names, withClub(names)...)
		}
		if len(e.names) == 0 {
			e.name = e.ambiguous[0]
		}
		g.add(e)
	}
}

// latin adds the Latin-script names of latin.tsv (CNN, Reuters, Al
// Jazeera) to entities of the other tables. A name of one word must have
// a capital: the engine matches it only where the text has a capital for
// each of its capitals (see the package documentation).
func (g *gen) latin() {
	const rel = "latin.tsv"
	rows, lines, _ := g.table(rel, "id\tnames")
	for i, r := range rows {
		e := g.byID[r[0]]
		if e == nil {
			g.fail(rel, lines[i], "unknown id %q", r[0])
			continue
		}
		names := split(r[1])
		if len(names) == 0 {
			g.fail(rel, lines[i], "no names")
		}
		for _, n := range names {
			if !reLatin.MatchString(n) {
				g.fail(rel, lines[i], "name %q is not ASCII letters, digits and spaces", n)
				continue
			}
			if !strings.Contains(n, " ") && strings.ToLower(n) == n {
				g.fail(rel, lines[i], "one-word name %q has no capital", n)
				continue
			}
			if slices.Contains(e.names, n) {
				g.fail(rel, lines[i], "duplicate name %q", n)
				continue
			}
			e.names = append(e.names, n)
		}
	}
}

// withClub gives the names of a club as news also writes them, after
// نادي (club): نادي الزمالك, نادي ريال مدريد. Names that already start with
// نادي or النادي, or that would be too long, are left out.
func withClub(names []string) []string {
	var out []string
	for _, n := range names {
		ws := strings.Fields(n)
		if len(ws) == 0 || ws[0] == "نادي" || ws[0] == "النادي" || len(index.Words(n)) >= index.MaxWords {
			continue
		}
		out = append(out, "نادي "+n)
	}
	return out
}

// addGenerated adds a generated entity, or, when a curated row has the same
// id (organizations.tsv gives o-national-team-tn the nickname نسور قرطاج),
// adds the generated names to the curated entity.
func (g *gen) addGenerated(e *entity) {
	if old := g.byID[e.id]; old != nil && old.source == "curated" && old.typ == e.typ && old.country == e.country {
		old.names = dedupe(append(slices.Clone(e.names), old.names...))
		old.name = old.names[0] // the generated name (المنتخب التونسي), not a nickname
		old.source = "generated+curated"
		return
	}
	g.add(e)
}

func (g *gen) nationalities() {
	const rel = "nationalities.tsv"
	rows, lines, _ := g.table(rel, "country\tadjectives\tnote")
	for i, r := range rows {
		c, adjs := r[0], split(r[1])
		g.checkNames(rel, lines[i], adjs)
		e := g.byID["c-"+strings.ToLower(c)]
		if !reCountry.MatchString(c) {
			// A region of places-extra.tsv with an adjective of its own
			// (pl-wales: ويلزي), which the news labels tag as a
			// nationality like a country's.
			e = g.byID[c]
			if e != nil && (!strings.HasPrefix(c, "pl-") || e.kind != "region") {
				e = nil
			}
		}
		if e == nil {
			g.fail(rel, lines[i], "unknown country or region %q", c)
			continue
		}
		if len(e.adjectives) > 0 {
			g.fail(rel, lines[i], "second row for %s", c)
			continue
		}
		if len(adjs) == 0 {
			g.fail(rel, lines[i], "no adjectives")
			continue
		}
		e.adjectives = adjs
		g.stats["nationality"]++
	}
}

// plurals adds broken plurals (الروس، الأتراك) to the countries'
// nationality adjectives; they are kept out of the ministry names.
func (g *gen) plurals() {
	const rel = "nationality-plurals.tsv"
	rows, lines, _ := g.table(rel, "country\tforms\tnote")
	for i, r := range rows {
		forms := split(r[1])
		g.checkNames(rel, lines[i], forms)
		e := g.byID["c-"+strings.ToLower(r[0])]
		if !reCountry.MatchString(r[0]) || e == nil || len(e.adjectives) == 0 {
			g.fail(rel, lines[i], "unknown country %q or no nationality adjective for it", r[0])
			continue
		}
		for _, f := range forms {
			if strings.HasSuffix(f, "ي") {
				g.fail(rel, lines[i], "%q is a regular nisba: it belongs in nationalities.tsv", f)
			}
		}
		e.plurals = append(e.plurals, forms...)
	}
}

// ministries: every country with an adjective × every ministry of
// ministries.tsv: وزارة الخارجية الإيرانية, the short الخارجية الإيرانية
// where the table allows it, and وزارة خارجية إيران.
func (g *gen) ministries() {
	const rel = "ministries.tsv"
	rows, lines, _ := g.table(rel, "id\tname\tconstruct\tshort\tenglish")
	type min struct {
		id, name, construct, en string
		short                   bool
	}
	var mins []min
	for i, r := range rows {
		if !reID.MatchString(r[0]) || r[3] != "" && r[3] != "1" {
			g.fail(rel, lines[i], "bad row")
			continue
		}
		g.checkNames(rel, lines[i], []string{r[1], r[2]})
		mins = append(mins, min{r[0], r[1], r[2], r[4], r[3] == "1"})
	}
	// The ministry of no named country (وزارة الداخلية).
	for _, m := range mins {
		g.add(&entity{id: "o-ministry-" + m.id, typ: "organization", names: []string{"وزارة " + m.name},
			kind: "ministry", source: "generated", description: m.en + " (no country named)",
			mtype: index.TypeOrganization})
	}
	for _, c := range slices.Clone(g.ents) {
		if c.kind != "country" && c.kind != "territory" || len(c.adjectives) == 0 {
			continue
		}
		g.armyAndTeam(c)
		g.forces(c)
		for _, m := range mins {
			var names []string
			for _, a := range c.adjectives {
				fem := index.Feminine(a)
				names = append(names, "وزارة "+m.name+" "+fem)
			}
			if m.short {
				for _, a := range c.adjectives {
					names = append(names, m.name+" "+index.Feminine(a))
				}
			}
			for _, cn := range c.names {
				names = append(names, "وزارة "+m.construct+" "+cn)
			}
			g.addGenerated(&entity{id: "o-ministry-" + m.id + "-" + strings.ToLower(c.country), typ: "organization",
				names: names, country: c.country, kind: "ministry", source: "generated",
				description: m.en + " of " + c.country, mtype: index.TypeOrganization})
			g.stats["ministry"]++
		}
	}
}

func (g *gen) people(rel string) {
	rows, lines, _ := g.table(rel, "id\tnames\tcountry\tsurnames\tunambiguous\twikidata\tdescription")
	for i, r := range rows {
		id, names, country, surnames, unamb, wd, desc := r[0], split(r[1]), r[2], split(r[3]), r[4], r[5], r[6]
		g.checkNames(rel, lines[i], append(slices.Clone(names), surnames...))
		if !g.checkCommon(rel, lines[i], id, "p-", country, wd) {
			continue
		}
		if unamb != "" && unamb != "1" {
			g.fail(rel, lines[i], "unambiguous is %q, want empty or 1", unamb)
			continue
		}
		if len(names) == 0 {
			g.fail(rel, lines[i], "no names")
			continue
		}
		names = withAbdVariants(names)
		e := &entity{id: id, typ: "person", names: names, country: country, wikidata: wd,
			description: desc, source: "curated", mtype: index.TypePerson, where: fmt.Sprintf("%s:%d", rel, lines[i])}
		if unamb == "1" {
			e.names = append(e.names, surnames...)
		} else {
			e.surnames = surnames
		}
		g.add(e)
	}
}

var arabWorld = map[string]bool{"AE": true, "BH": true, "DZ": true, "EG": true, "IQ": true, "JO": true,
	"KW": true, "LB": true, "LY": true, "MA": true, "MR": true, "OM": true, "PS": true, "QA": true,
	"SA": true, "SD": true, "SO": true, "SY": true, "TN": true, "YE": true, "DJ": true, "KM": true, "EH": true}

// near: countries of the region whose smaller cities are in Arab news too.
var near = map[string]bool{"IR": true, "TR": true, "IL": true}

// worldCities is how many of the largest other cities are kept.
const worldCities = 1200

func (g *gen) geonames() {
	type city struct {
		id, c, en, ar string
		pop           int
	}
	var arab, rest []city
	for _, r := range g.readSource("geonames_cities15000_ar.tsv") {
		if r[0] == "geonameid" || len(r) < 6 {
			continue
		}
		pop, _ := strconv.Atoi(r[5])
		c := city{r[0], r[1], r[3], geoName(stripMarks(strings.TrimSpace(r[4]))), pop}
		if !reArabic.MatchString(c.ar) || g.byID["c-"+strings.ToLower(c.c)] == nil {
			continue
		}
		if arabWorld[c.c] || near[c.c] {
			arab = append(arab, c)
		} else {
			rest = append(rest, c)
		}
	}
	byPop := func(a, b city) int { return cmp.Compare(b.pop, a.pop) }
	slices.SortStableFunc(arab, byPop)
	slices.SortStableFunc(rest, byPop)
	// Each capital is the most populous city of its country with the same
	// English or Arabic name; it is kept even when it is small.
	capCity := map[string]string{} // geonameid -> country
	for _, c := range append(slices.Clone(arab), rest...) {
		cp := capitalOf[c.c]
		if cp == nil || capCity[c.c] != "" {
			continue
		}
		// An Arabic-only match must be a large city: واشنطن is also a
		// town in Utah, and the capital is not in the GeoNames table.
		if c.en == cp.nameEn || sameName(cp.names, c.ar) && c.pop >= 100000 {
			capCity[c.c] = c.id
		}
	}
	if len(rest) > worldCities {
		kept := rest[:worldCities]
		for _, c := range rest[worldCities:] {
			if capCity[c.c] == c.id {
				kept = append(kept, c)
			}
		}
		rest = kept
	}
	seen := map[string]bool{} // folded name + country
	for _, c := range append(arab, rest...) {
		k := string(index.AppendFold(nil, c.ar)) + "/" + c.c
		if seen[k] {
			continue
		}
		seen[k] = true
		names := []string{c.ar}
		// Maghrebi ڤ and ڨ write the G that Arab media mostly write ق:
		// ڤفصة is قفصة.
		if strings.ContainsAny(c.ar, "ڤڨ") {
			names = append(names, strings.NewReplacer("ڤ", "ق", "ڨ", "ق").Replace(c.ar))
		}
		// Some Arabic names lack the article that usage gives them (لاذقية).
		if arabWorld[c.c] && !strings.HasPrefix(c.ar, "ال") && !strings.Contains(c.ar, " ") {
			names = append(names, "ال"+c.ar)
		}
		e := &entity{id: "g-" + c.id, typ: "place", names: names, country: c.c, kind: "city",
			source: "geonames", pop: c.pop, description: c.en, mtype: index.TypePlace}
		// The capital of the country, when it is this city.
		if cp := capitalOf[c.c]; cp != nil && cp.id != "" && capCity[c.c] == c.id {
			e.names = dedupe(append(slices.Clone(cp.names), names...))
			e.kind = "capital"
			e.description = cp.description
			e.source = "geonames+curated"
			cp.id = "" // used
		}
		for _, a := range g.cityAliases[e.id] {
			e.names = dedupe(append(e.names, a.names...))
			if !strings.Contains(e.source, "curated") {
				e.source += "+curated"
			}
		}
		delete(g.cityAliases, e.id)
		g.add(e)
	}
	for id, as := range g.cityAliases {
		for _, a := range as {
			g.fail(a.where, 0, "%s is not a GeoNames city of the gazetteer", id)
		}
	}
	// Capitals with no GeoNames city.
	codes := make([]string, 0, len(capitalOf))
	for c := range capitalOf {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	for _, c := range codes {
		if cp := capitalOf[c]; cp.id != "" {
			g.add(cp)
			g.stats["capital-no-geonames"]++
		}
	}
}

// persian spells the Persian and Urdu letters that some GeoNames names
// carry (دهک) the way Arabic news writes them (دهك).
var persian = strings.NewReplacer("ک", "ك", "ی", "ي", "ہ", "ه", "ۀ", "ة")

// geoName cleans a GeoNames Arabic name: Persian letters become Arabic
// ones, and the administrative word that some names start with is taken
// off, as news puts it outside the name (شعبية سرت is سرت, ولاية غليزان is
// غليزان, مدينة الإسماعيلية is الإسماعيلية). مدينة stays before a name
// without the article, where it is part of the name (مدينة الكويت is not
// الكويت, the country; مدينة زايد).
func geoName(ar string) string {
	ar = persian.Replace(ar)
	for _, p := range []string{"شعبية ", "ولاية ", "بلدية ", "محافظة ", "قضاء ", "مدينة ال"} {
		if rest, ok := strings.CutPrefix(ar, p); ok && rest != "" {
			if p == "مدينة ال" {
				rest = "ال" + rest
			}
			return rest
		}
	}
	return ar
}

func sameName(names []string, ar string) bool {
	f := string(index.AppendFold(nil, ar))
	for _, n := range names {
		if string(index.AppendFold(nil, n)) == f {
			return true
		}
	}
	return false
}

func (g *gen) write() error {
	// Capitals and countries first, then the rest in the order added:
	// the order of readings of a shared name is the order of entities.
	b := index.NewBuilder()
	for _, s := range stops {
		if err := b.Stop(s); err != nil {
			return err
		}
	}
	var out strings.Builder
	out.WriteString("# Generated by entities/internal/gen from entities/data; DO NOT EDIT.\n")
	out.WriteString("# id\ttype\tname\tnames\tsurnames\tambiguous\tadjectives\tcountry\twikidata\tkind\tsource\tdescription\n")
	skippedAll := 0
	for i, e := range g.ents {
		if e.name == "" && len(e.names) > 0 {
			e.name = e.names[0]
		}
		demote(e)
		skipped, err := b.AddNames(index.Names{Ent: uint32(i), Type: e.mtype, Strong: e.names, Titled: e.titled,
			Weak: e.surnames, Ambiguous: e.ambiguous, Adjectives: append(slices.Clone(e.adjectives), e.plurals...)})
		if err != nil {
			return fmt.Errorf("%s: %v", e.id, err)
		}
		skippedAll += len(skipped)
		for _, s := range skipped {
			if e.source == "curated" || e.kind == "country" || e.kind == "capital" {
				g.warnings = append(g.warnings, fmt.Sprintf("%s: name %q is a stop word, not matched alone", e.id, s))
			}
		}
		fmt.Fprintf(&out, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.id, e.typ, e.name,
			strings.Join(append(slices.Clone(e.names), e.titled...), "|"), strings.Join(e.surnames, "|"), strings.Join(e.ambiguous, "|"),
			strings.Join(e.adjectives, "|"), e.country, e.wikidata, e.kind, e.source, clean(e.description))
	}
	x, err := b.Build()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(g.path("gen"), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(g.path("gen/entities.tsv"), []byte(out.String()), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(g.path("gen/index.bin"), x.Marshal(), 0o644); err != nil {
		return err
	}
	w := bufio.NewWriter(os.Stderr)
	for _, s := range g.warnings {
		fmt.Fprintln(w, "warning:", s)
	}
	places := g.stats["place"]
	fmt.Fprintf(w, "entities: %d (people %d, places %d, organizations %d of which generated ministries %d, armies, national teams and cabinets %d, police, air forces and navies %d); countries with nationality adjectives %d; capitals without a GeoNames city %d\n",
		len(g.ents), g.stats["person"], places, g.stats["organization"], g.stats["ministry"], g.stats["army-team"], g.stats["forces"], g.stats["nationality"], g.stats["capital-no-geonames"])
	fmt.Fprintf(w, "index: %d keys, %d readings, %d single-word names left out as stop words\n", len(x.Keys), len(x.Entries), skippedAll)
	return w.Flush()
}

func clean(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ").Replace(s)
}

// stripMarks removes the diacritics some GeoNames names carry (طَرَابُلُس).
func stripMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if index.IsDiacritic(r) {
			return -1
		}
		return r
	}, s)
}

// armyAndTeam adds a country's army (الجيش الإيراني, القوات المسلحة
// الإيرانية), its national team (المنتخب الإيراني, منتخب إيران) and its
// council of ministers (مجلس الوزراء الإيراني).
// Curated organizations come first, so a curated army with the same name
// wins the tie.
func (g *gen) armyAndTeam(c *entity) {
	var army, team, cabinet []string
	for _, a := range c.adjectives {
		masc := masculineDefinite(a)
		army = append(army, "الجيش "+masc, "القوات المسلحة "+index.Feminine(a))
		team = append(team, "المنتخب "+masc)
		cabinet = append(cabinet, "مجلس الوزراء "+masc)
	}
	for _, cn := range c.names {
		army = append(army, "جيش "+cn)
		team = append(team, "منتخب "+cn)
	}
	cc := strings.ToLower(c.country)
	g.addGenerated(&entity{id: "o-army-" + cc, typ: "organization", names: army, country: c.country, kind: "army",
		source: "generated", description: "armed forces of " + c.country, mtype: index.TypeOrganization})
	g.addGenerated(&entity{id: "o-national-team-" + cc, typ: "organization", names: team, country: c.country, kind: "club",
		source: "generated", description: "national team of " + c.country, mtype: index.TypeOrganization})
	g.addGenerated(&entity{id: "o-cabinet-" + cc, typ: "organization", names: cabinet, country: c.country, kind: "government",
		source: "generated", description: "council of ministers of " + c.country, mtype: index.TypeOrganization})
	g.stats["army-team"] += 3
}

// forces adds a country's police (الشرطة البريطانية), air force (القوات
// الجوية العراقية, سلاح الجو الروسي) and navy (القوات البحرية المصرية):
// the news labels read them as organizations (the police with an
// adjective 10 times against 4 read as the adjective alone over the
// samples and training draws; air force and navy 3 to 0). The navy alone
// (البحرية) and the intelligence services (الاستخبارات الروسية, labelled
// both ways) are left out: البحرية is also the adjective "maritime".
func (g *gen) forces(c *entity) {
	var police, air, navy []string
	for _, a := range c.adjectives {
		fem := index.Feminine(a)
		police = append(police, "الشرطة "+fem)
		air = append(air, "القوات الجوية "+fem, "سلاح الجو "+masculineDefinite(a))
		navy = append(navy, "القوات البحرية "+fem)
	}
	cc := strings.ToLower(c.country)
	for _, f := range []struct {
		id, kind, en string
		names        []string
	}{{"o-police-", "security", "police of ", police}, {"o-airforce-", "army", "air force of ", air}, {"o-navy-", "army", "navy of ", navy}} {
		g.addGenerated(&entity{id: f.id + cc, typ: "organization", names: f.names, country: c.country, kind: f.kind,
			source: "generated", description: f.en + c.country, mtype: index.TypeOrganization})
	}
	g.stats["forces"] += 3
}

// masculineDefinite puts the article on each word of an adjective:
// كوري جنوبي → الكوري الجنوبي.
func masculineDefinite(adj string) string {
	ws := strings.Fields(adj)
	for i, w := range ws {
		if !strings.HasPrefix(w, "ال") {
			ws[i] = "ال" + w
		}
	}
	return strings.Join(ws, " ")
}

// withAbdVariants adds the other spelling of compound names with عبد:
// media write both عبد الفتاح السيسي and عبدالفتاح السيسي.
func withAbdVariants(names []string) []string {
	out := slices.Clone(names)
	for _, n := range names {
		ws := strings.Fields(n)
		var joined, split []string
		changed := false
		for i := 0; i < len(ws); i++ {
			w := ws[i]
			switch {
			case w == "عبد" && i+1 < len(ws):
				joined = append(joined, w+ws[i+1])
				split = append(split, w, ws[i+1])
				i++
				changed = true
			case strings.HasPrefix(w, "عبد") && len(w) > len("عبد")+4 && !strings.HasPrefix(w, "عبدو"):
				joined = append(joined, w)
				split = append(split, "عبد", strings.TrimPrefix(w, "عبد"))
				changed = true
			default:
				joined = append(joined, w)
				split = append(split, w)
			}
		}
		if changed {
			out = append(out, strings.Join(joined, " "), strings.Join(split, " "))
		}
	}
	return dedupe(out)
}
