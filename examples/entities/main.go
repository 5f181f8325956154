// Command entities lists the people, places, organizations and
// nationality adjectives that Arabic texts name, with their types, IDs and
// how often each is mentioned.
//
// Usage:
//
//	entities [-gazetteer FILE] [-mentions] [FILE...]
//
// It reads the files named (standard input when none; a built-in sample
// paragraph when standard input is a terminal or empty) and prints one
// line per entity, most mentioned first:
//
//	count  type          id                  name  (forms seen)
//
// -gazetteer FILE adds user data (TSV or JSON lines, see entities.Load)
// to the embedded gazetteer; -only FILE uses it alone. -mentions prints
// every mention with its byte offsets instead.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/arnews/arnews/entities"
)

const sample = `قال الرئيس الإيراني حسن روحاني في اتصال هاتفي مع نظيره الأذربيجاني إلهام علييف إن طهران مستعدة للمساعدة في حل النزاع في ناغورنو كاراباخ، فيما أعربت الخارجية الروسية عن قلق موسكو من تورط مسلحين من سوريا وليبيا. وأكد روحاني أن أمن إيران من أمن أذربيجان.`

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(os.Stderr, "entities: %v\n", err)
		}
		os.Exit(2)
	}
}

func run(args []string, stdin *os.File, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("entities", flag.ContinueOnError)
	fs.SetOutput(stderr)
	gazFlag := fs.String("gazetteer", "", "add the user gazetteer in `FILE` (TSV or JSON lines) to the embedded one")
	onlyFlag := fs.String("only", "", "use only the user gazetteer in `FILE`")
	mentionsFlag := fs.Bool("mentions", false, "print every mention with its byte offsets")
	if err := fs.Parse(args); err != nil {
		return err
	}
	g := entities.Default()
	if *onlyFlag != "" {
		u, err := loadFile(*onlyFlag)
		if err != nil {
			return err
		}
		g = u
	}
	if *gazFlag != "" {
		u, err := loadFile(*gazFlag)
		if err != nil {
			return err
		}
		if g, err = g.Merge(u); err != nil {
			return err
		}
	}
	texts, names, err := inputs(fs.Args(), stdin)
	if err != nil {
		return err
	}
	for i, text := range texts {
		if len(texts) > 1 {
			fmt.Fprintf(stdout, "== %s\n", names[i])
		}
		if *mentionsFlag {
			for m := range g.All(text) {
				fmt.Fprintf(stdout, "%d\t%d\t%s\t%s\t%s\n", m.Start, m.End, m.Type, m.Entity.ID, m.Text)
			}
			continue
		}
		report(stdout, g, text)
	}
	return nil
}

func loadFile(name string) (*entities.Gazetteer, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	g, err := entities.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return g, nil
}

func inputs(files []string, stdin *os.File) (texts, names []string, err error) {
	if len(files) == 0 {
		if st, err := stdin.Stat(); err == nil && st.Mode()&os.ModeCharDevice == 0 {
			b, err := io.ReadAll(stdin)
			if err != nil {
				return nil, nil, err
			}
			if len(strings.TrimSpace(string(b))) > 0 {
				return []string{string(b)}, []string{"stdin"}, nil
			}
		}
		return []string{sample}, []string{"sample"}, nil
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, err
		}
		texts = append(texts, string(b))
		names = append(names, f)
	}
	return texts, names, nil
}

// report prints one line per entity with its mention count, by count
// then by first mention, with the types and forms it was mentioned as.
func report(w io.Writer, g *entities.Gazetteer, text string) {
	type row struct {
		e     *entities.Entity
		n     int
		first int
		types []entities.Type
		forms []string
	}
	rows := map[*entities.Entity]*row{}
	for m := range g.All(text) {
		r := rows[m.Entity]
		if r == nil {
			r = &row{e: m.Entity, first: m.Start}
			rows[m.Entity] = r
		}
		r.n++
		if !contains(r.types, m.Type) {
			r.types = append(r.types, m.Type)
		}
		if !contains(r.forms, m.Text) {
			r.forms = append(r.forms, m.Text)
		}
	}
	var list []*row
	for _, r := range rows {
		list = append(list, r)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].first < list[j].first
	})
	for _, r := range list {
		var ts []string
		for _, t := range r.types {
			ts = append(ts, t.String())
		}
		fmt.Fprintf(w, "%3d  %-24s %-28s %s  (%s)\n", r.n, strings.Join(ts, "+"), r.e.ID, r.e.Name, strings.Join(r.forms, "، "))
	}
}

func contains[T comparable](s []T, v T) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
