package dates

import (
	"fmt"
	"go/ast"
	goparser "go/parser"
	"go/token"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

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

// varClassNames returns the class constants named in the declaration of
// the variable name in file.
func varClassNames(t *testing.T, file, name string) map[string]bool {
	t.Helper()
	f, err := goparser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR {
			continue
		}
		for _, sp := range g.Specs {
			vs, ok := sp.(*ast.ValueSpec)
			if !ok || len(vs.Names) != 1 || vs.Names[0].Name != name {
				continue
			}
			ast.Inspect(vs, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && len(id.Name) > 1 && id.Name[0] == 'c' && unicode.IsUpper(rune(id.Name[1])) {
					names[id.Name] = true
				}
				return true
			})
		}
	}
	if len(names) == 0 {
		t.Fatalf("no classes in %s's %s", file, name)
	}
	return names
}

// TestStartGate checks the parser's gate (gate.go): startClass lists every
// class that parse, core, general and shortForms name, and at the tokens
// of real news where mayStart says no, with any entry of the lexicon put
// there, parse and general find nothing.
func TestStartGate(t *testing.T) {
	listed := varClassNames(t, "gate.go", "startClass")
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

	// afterRange holds every class core names (rangeRule reads core at the
	// token after من / بين)
	inRange := varClassNames(t, "gate.go", "afterRange")
	for n := range classNames(t, "parse.go", map[string]bool{"core": true}, false) {
		if !inRange[n] {
			t.Errorf("%s is named in core but not in afterRange: add it", n)
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
		"حتى الآن لم يصل. وصل الآن. منذ عام 2011 حتى الآن. " +
		"وقعت الحادثة خمس سنوات مضت. يصل الوفد ثلاثة أيام من الآن. خلال الثلاثة أيام المقبلة. في العشر سنوات الأخيرة. " +
		"ما تبقى من العام. بقية العام. في العشرين من مارس. عند الواحدة. بحلول الثانية، غادر. وصل اليوم. عام 2015 شهد. " +
		"يوم الأحد. شهر رمضان. عقد التسعينيات. 15 شهر مايو. يصل الوفد 3 أيام من الآن. وقعت 5 سنوات مضت. " +
		"الموعد، 8 ودقيقتين صباحا. منذ 2011 تغير كل شيء. قبل 3 أيام وصل. من 5 إلى 10 مارس."
	articles := func(fn func(shared.Article) bool) {
		if fn(shared.Article{ID: "own", Text: own}) {
			shared.Articles(t, shared.CorpusFiles[0], fn)
		}
	}
	articles(func(a shared.Article) bool {
		st := tkz.NewStream(a.Text)
		p := parser{cfg: cfg, anchor: anchor, aday: dayOf(anchor), st: st, text: a.Text}
		p.toks = streamToks(st, nil, 0, len(a.Text), nil)
		// skips checks the reading now at token i: when the gate skips it,
		// neither parse nor general may read anything there.
		skips := func(i int, what func() string) {
			if p.mayStart(i) {
				return
			}
			skipped++
			p.top = i
			for _, rule := range [...]struct {
				name string
				read func(int) (int, bool)
			}{{"parse", p.parse}, {"general", p.general}} {
				if end, ok := rule.read(i); ok && end > i {
					t.Fatalf("%q: %s at %q: the gate skips it but %s reads it", a.ID, what(), a.Text[p.toks[i].start:min(len(a.Text), p.toks[i].end+40)], rule.name)
				}
			}
		}
		for i := range p.toks {
			if p.toks[i].kind == tNum && i+1 < len(p.toks) && p.toks[i+1].kind == tWord {
				// a number: every entry after it
				keepNext := p.toks[i+1]
				for _, e2 := range entries {
					for _, fl := range [...]uint8{0, fDef, fConj} {
						p.toks[i+1].e, p.toks[i+1].flags = e2, fl
						skips(i, func() string { return fmt.Sprintf("a number before class %d (flags %b)", e2.c, fl) })
					}
				}
				p.toks[i+1] = keepNext
			}
			if p.toks[i].kind != tWord {
				continue
			}
			keep := p.toks[i]
			for k, e := range entries {
				if k%7 != i%7 && !(e.c == cFi || e.c == cIla || e.c == cAla || e.c == cMin || e.c == cBayn || e.c == cZaman || e.c == cDhu ||
					e.c == cThis || e.c == cFeast || e.c == cGFeast || e.c == cMod ||
					e.c == cMundh || e.c == cQabl || e.c == cBaad || e.c == cKhilal ||
					e.c == cGhaya || e.c == cGhudun || e.c == cMada || e.c == cNahar || e.c == cTali || e.c == cLahiq || e.c == cArafa ||
					e.c == cAl || e.c == cWaqt || e.c == cNum || e.c == cEdge || e.c == cAwwal || e.c == cHatta ||
					e.c == cUnit || e.c == cOrd || e.c == cTeen || e.c == cRemain) {
					continue // others at a seventh of the tokens
				}
				for _, fl := range [...]uint8{0, fDef, fConj | fPrep | fLam | fDef} {
					p.toks[i].e, p.toks[i].flags = e, fl
					skips(i, func() string { return fmt.Sprintf("class %d (flags %b)", e.c, fl) })
				}
			}
			p.toks[i] = keep
			if i%5 != 0 || i+1 >= len(p.toks) || p.toks[i+1].kind != tWord {
				continue
			}
			// the gate reads the class of the next word after these: every
			// entry there too
			keepNext := p.toks[i+1]
			for _, e := range entries {
				switch e.c {
				case cMin, cBayn, cMundh, cQabl, cBaad, cKhilal, cEdge, cAwwal, cHatta, cNum, cWaqt, cAl, cUnit, cOrd, cTeen, cRemain:
				default:
					continue
				}
				p.toks[i].e, p.toks[i].flags = e, 0
				for _, e2 := range entries {
					for _, fl := range [...]uint8{0, fDef} {
						p.toks[i+1].e, p.toks[i+1].flags = e2, fl
						skips(i, func() string { return fmt.Sprintf("class %d before class %d (flags %b)", e.c, e2.c, fl) })
					}
				}
			}
			p.toks[i], p.toks[i+1] = keep, keepNext
		}
		n += len(a.Text)
		return n < 150<<10
	})
	t.Logf("%d entries, %d skipped readings checked", len(entries), skipped)
	if skipped == 0 {
		t.Fatal("no reading skipped")
	}
}

// ruleWords returns what the rules compare the raw text with: the words of
// every string literal and every rune literal of the package's source
// outside the lexicon tables (عند، بحلول، الجديد، م، ص, agoVerbs...).
func ruleWords(t *testing.T) []string {
	t.Helper()
	pkgs, err := goparser.ParseDir(token.NewFileSet(), ".", func(fi fs.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		if len(w) > 1 && strings.ToUpper(w) != w && strings.IndexFunc(w, func(r rune) bool { return r >= utf8.RuneSelf }) < 0 {
			return // English (the warnings' words), not read in the text
		}
		if w != "" && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for _, pkg := range pkgs {
		for _, f := range pkg.Files {
			for _, d := range f.Decls {
				ast.Inspect(d, func(n ast.Node) bool {
					if cl, ok := n.(*ast.CompositeLit); ok {
						if at, ok := cl.Type.(*ast.ArrayType); ok {
							if id, ok := at.Elt.(*ast.Ident); ok && id.Name == "lexEntry" {
								return false // the lexicon: words read by class
							}
						}
					}
					lit, ok := n.(*ast.BasicLit)
					if !ok {
						return true
					}
					switch lit.Kind {
					case token.STRING:
						if s, err := strconv.Unquote(lit.Value); err == nil {
							for _, w := range strings.Fields(s) {
								add(w)
							}
						}
					case token.CHAR:
						if s, err := strconv.Unquote(lit.Value); err == nil && strings.TrimSpace(s) != "" {
							add(s)
						}
					}
					return true
				})
			}
		}
	}
	sort.Strings(out)
	return out
}

// TestStartGateText checks the gate where TestStartGate cannot: rules that
// read the raw text (clockSlot, atWord, feminine, loneClock, newYear,
// nextFoldedIs...) see the words themselves, not their class. Around
// tokens of real news it writes a candidate word (a form of every class,
// bare, with ال and with و, and numbers of one and two digits) and, in
// turn, every word and mark that the rules compare text with (ruleWords)
// as the word before it, the word after it and the one after that; it
// lexes the text so made and, wherever the gate skips the candidate,
// checks that parse and general find nothing.
func TestStartGateText(t *testing.T) {
	for w, sf := range lexTable().surf {
		if sf.e.c == cNone {
			t.Fatalf("%q is in the lexicon without a class: unknown words are those without one (and without clitic flags)", w)
		}
	}
	words := ruleWords(t)
	if len(words) < 100 {
		t.Fatalf("only %d words found in the rules' source", len(words))
	}
	targets := []string{"1", "5", "07", "12", "٣", "٢٥", "123", "2018"}
	var entries []entry
	seen := map[entry]bool{}
	for _, e := range lexTable().m {
		if !seen[e] {
			seen[e] = true
			entries = append(entries, e)
		}
	}
	// two forms of each entry of the classes that the rules name (the
	// others start nothing: TestStartGate reads that from the source)
	seenEntry := map[entry]int{}
	for _, list := range [...][]lexEntry{lexicon, moreLexicon} {
		for _, le := range list {
			for _, f := range strings.Fields(le.forms) {
				if !startClass[le.e.c] || seenEntry[le.e] >= 2 {
					break
				}
				seenEntry[le.e]++
				targets = append(targets, f, "ال"+f, "و"+f)
			}
		}
	}
	cfg := defaultConfig()
	cfg.loc = anchor.Location()
	// keep the targets that the gate may skip before some token (an
	// unknown word, a mark, a number, any entry, the end): the others are
	// never skipped, whatever the text around them
	var nexts [][]tok
	nexts = append(nexts, nil, []tok{{kind: tPunct, val: '.'}}, []tok{{kind: tWord}})
	for nd := uint8(1); nd <= 4; nd++ {
		nexts = append(nexts, []tok{{kind: tNum, ndig: nd, val: 5}})
	}
	for _, e := range entries {
		nexts = append(nexts, []tok{{kind: tWord, e: e}}, []tok{{kind: tWord, e: e, flags: fDef}})
	}
	kept := targets[:0]
	for _, tg := range targets {
		one := tokenize(tg, nil)
		if len(one) != 1 {
			continue
		}
		for _, nx := range nexts {
			p := parser{cfg: cfg, toks: append([]tok{{kind: tWord}, one[0]}, nx...)}
			if !p.mayStart(1) {
				kept = append(kept, tg)
				break
			}
		}
	}
	targets = kept
	n, skipped, windows := 0, 0, 0
	var b strings.Builder
	check := func(text string, at int) {
		toks := tokenize(text, nil)
		k := -1
		for j := range toks {
			if toks[j].start == at {
				k = j
				break
			}
		}
		if k < 0 || toks[k].kind == tPunct {
			return
		}
		p := parser{cfg: cfg, anchor: anchor, aday: dayOf(anchor), text: text, toks: toks, lastDayEnd: -100}
		if p.mayStart(k) {
			return
		}
		skipped++
		p.top = k
		if end, ok := p.parse(k); ok && end > k {
			t.Fatalf("%q: the gate skips %q but parse reads it", text, text[toks[k].start:toks[k].end])
		}
		if end, ok := p.general(k); ok && end > k {
			t.Fatalf("%q: the gate skips %q but general reads it", text, text[toks[k].start:toks[k].end])
		}
	}
	shared.Articles(t, shared.CorpusFiles[0], func(a shared.Article) bool {
		toks := tokenize(a.Text, nil)
		for i := 5; i+6 < len(toks); i += 401 {
			windows++
			pre := a.Text[toks[i-5].start:toks[i-1].start]
			prev := a.Text[toks[i-1].start:toks[i-1].end]
			for _, tg := range targets { // at the end of the text
				check(pre+prev+" "+tg, len(pre)+len(prev)+1)
			}
			next := a.Text[toks[i+1].start:toks[i+1].end]
			post := a.Text[toks[i+1].end:toks[i+6].end]
			for ti, tg := range targets {
				for wi, w := range words {
					if (ti+wi)%4 != i%4 {
						continue // each pair at a quarter of the windows
					}
					for v := 0; v < 3; v++ {
						b.Reset()
						b.WriteString(pre)
						if v == 0 {
							b.WriteString(w)
						} else {
							b.WriteString(prev)
						}
						b.WriteByte(' ')
						at := b.Len()
						b.WriteString(tg)
						b.WriteByte(' ')
						switch v {
						case 1:
							b.WriteString(w)
						case 2:
							b.WriteString(next + " " + w)
						default:
							b.WriteString(next)
						}
						b.WriteString(post)
						check(b.String(), at)
					}
				}
			}
		}
		n += len(a.Text)
		return n < 24<<10
	})
	t.Logf("%d windows, %d targets the gate may skip, %d rule words, %d skipped readings checked", windows, len(targets), len(words), skipped)
	if skipped == 0 {
		t.Fatal("no reading skipped")
	}
}
