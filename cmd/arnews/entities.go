package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/arnews/arnews/entities"
)

func init() {
	register(&command{
		name:  "entities",
		args:  "[FILE]",
		short: "list the people, places, organizations and nationalities a text names",
		long: `One line per entity, most mentioned first: count, types, id, name and the forms seen.
-mentions prints every mention with its byte offsets instead.`,
		uses: useGazetteer | useQuiet | useSample,
		setup: func(fs *flag.FlagSet) func(*env) error {
			only := fs.Bool("only", false, "with -gazetteer: use the user gazetteer alone, without the embedded one")
			mentions := fs.Bool("mentions", false, "print every mention: start, end, type, id, text")
			return func(e *env) error {
				var g *entities.Gazetteer
				var err error
				switch {
				case *only && e.gazetteer == "":
					return usagef("-only needs -gazetteer FILE")
				case *only:
					g, err = loadGazetteer(e.gazetteer)
				default:
					g, err = e.gazetteerValue()
				}
				if err != nil {
					return err
				}
				in, err := e.input()
				if err != nil {
					return err
				}
				w := bufio.NewWriter(e.stdout)
				if *mentions {
					for m := range g.All(in.text) {
						fmt.Fprintf(w, "%d\t%d\t%s\t%s\t%s\n", m.Start, m.End, m.Type, m.Entity.ID, m.Text)
					}
				} else {
					entityReport(w, g, in.text)
				}
				return flushErr(w)
			}
		},
	})
}

// entityReport prints one line per entity with its mention count, by count
// then by first mention, with the types and forms it was mentioned as.
func entityReport(w io.Writer, g *entities.Gazetteer, text string) {
	type row struct {
		e     *entities.Entity
		n     int
		first int
		types []entities.Type
		forms []string
	}
	rows := map[*entities.Entity]*row{}
	var list []*row
	for m := range g.All(text) {
		r := rows[m.Entity]
		if r == nil {
			r = &row{e: m.Entity, first: m.Start}
			rows[m.Entity] = r
			list = append(list, r)
		}
		r.n++
		if !contains(r.types, m.Type) {
			r.types = append(r.types, m.Type)
		}
		if !contains(r.forms, m.Text) {
			r.forms = append(r.forms, m.Text)
		}
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].n > list[j].n })
	for _, r := range list {
		var ts []string
		for _, t := range r.types {
			ts = append(ts, t.String())
		}
		fmt.Fprintf(w, "%3d  %-24s %-28s %s  (%s)\n", r.n, strings.Join(ts, "+"), r.e.ID, r.e.Name, strings.Join(r.forms, "، "))
	}
}
