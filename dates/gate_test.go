package dates

import (
	"go/ast"
	goparser "go/parser"
	"go/token"
	"testing"
	"unicode"

	"github.com/arnews/arnews/internal/shared"
	tkz "github.com/arnews/arnews/tokenize"
)

// classNames returns the class constants (cXxx) named in the bodies of the
// functions of file that funcs lists (every function when funcs is nil),
// or in the variable declarations when vars is set.
func classNames(t *testing.T, file string, funcs map[string]bool, vars bool) map[string]bool {
	t.Helper()
	f, err := goparser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	collect := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && len(id.Name) > 1 && id.Name[0] == 'c' && unicode.IsUpper(rune(id.Name[1])) {
				names[id.Name] = true
			}
			return true
		})
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if !vars && funcs[d.Name.Name] {
				collect(d.Body)
			}
		case *ast.GenDecl:
			if vars && d.Tok == token.VAR {
				collect(d)
			}
		}
	}
	return names
}

// TestStartGate checks the parser's gate (gate.go): startClass lists every
// class that parse, core, general and shortForms name, and at the tokens
// of real news where mayStart says no, with any entry of the lexicon put
// there, parse and general find nothing.
func TestStartGate(t *testing.T) {
	listed := classNames(t, "gate.go", nil, true)
	named := map[string]bool{}
	for file, funcs := range map[string]map[string]bool{
		"parse.go":   {"parse": true, "core": true},
		"general.go": {"general": true},
		"gaps.go":    {"shortForms": true},
	} {
		for n := range classNames(t, file, funcs, false) {
			named[n] = true
		}
	}
	if len(named) < 40 {
		t.Fatalf("only %d classes named in the rules' dispatch: the source was not read", len(named))
	}
	for n := range named {
		if !listed[n] {
			t.Errorf("%s is named in the dispatch but not in startClass: add it (or a case to mayStart)", n)
		}
	}

	// every distinct entry of the lexicon, with and without ال
	seen := map[entry]bool{}
	var entries []entry
	for _, e := range lexTable().m {
		if !seen[e] {
			seen[e] = true
			entries = append(entries, e)
		}
	}
	cfg := defaultConfig()
	cfg.loc = anchor.Location()
	n, skipped := 0, 0
	// phrases that the gated classes start, besides the news
	own := "سيصل الوفد في غضون ثلاثة أيام. قال في وقت سابق من هذا الشهر. التقى في المساء. " +
		"يستمر إلى غاية 15 مارس. على مدى ثلاثة أيام. من 5 إلى 21 مايو 2017. بين 2010 و2015. " +
		"من الاثنين إلى الجمعة. غرة ذي الحجة. في ذي القعدة 1440 هـ. يوم 10 ذي الحجة 1441. " +
		"حتى الآن لم يصل. وصل الآن. منذ عام 2011 حتى الآن."
	articles := func(fn func(shared.Article) bool) {
		if fn(shared.Article{ID: "own", Text: own}) {
			shared.Articles(t, shared.CorpusFiles[0], fn)
		}
	}
	articles(func(a shared.Article) bool {
		st := tkz.NewStream(a.Text)
		p := parser{cfg: cfg, anchor: anchor, aday: dayOf(anchor), st: st, text: a.Text}
		p.toks = streamToks(st, 0, len(a.Text), nil)
		for i := range p.toks {
			if p.toks[i].kind != tWord {
				continue
			}
			keep := p.toks[i]
			for k, e := range entries {
				if k%7 != i%7 && !(e.c == cFi || e.c == cIla || e.c == cAla || e.c == cMin || e.c == cBayn || e.c == cZaman || e.c == cDhu ||
					e.c == cThis || e.c == cFeast || e.c == cGFeast || e.c == cMod ||
					e.c == cMundh || e.c == cQabl || e.c == cBaad || e.c == cKhilal) {
					continue // others at a seventh of the tokens
				}
				for _, fl := range [...]uint8{0, fDef, fConj | fPrep | fLam | fDef} {
					p.toks[i].e, p.toks[i].flags = e, fl
					if p.mayStart(i) {
						continue
					}
					skipped++
					p.top = i
					if _, end, ok := p.parse(i); ok && end > i {
						t.Fatalf("%q: class %d (flags %b) before %q: the gate skips it but parse reads it", a.ID, e.c, fl, a.Text[p.toks[i].start:min(len(a.Text), p.toks[i].end+40)])
					}
					if _, end, ok := p.general(i); ok && end > i {
						t.Fatalf("%q: class %d (flags %b) before %q: the gate skips it but general reads it", a.ID, e.c, fl, a.Text[p.toks[i].start:min(len(a.Text), p.toks[i].end+40)])
					}
				}
			}
			p.toks[i] = keep
		}
		n += len(a.Text)
		return n < 150<<10
	})
	t.Logf("%d entries, %d skipped readings checked", len(entries), skipped)
	if skipped == 0 {
		t.Fatal("no reading skipped")
	}
}
