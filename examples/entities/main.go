// Command entities shows the entities API: a Gazetteer finds the people,
// places, organizations and nationalities a text names, and user data adds
// names of its own.
//
//	go run ./examples/entities
//
// The command-line tool for real work is `arnews entities` (cmd/arnews).
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/arnews/arnews/entities"
)

const text = "قال الرئيس الإيراني حسن روحاني في طهران إن شركة أكمي ستبني مصنعا في أذربيجان."

// user is a gazetteer of our own, in the TSV format of entities.Load.
const user = "id\ttype\tnames\nx-acme\torganization\tشركة أكمي|أكمي\n"

func main() {
	if err := show(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "entities:", err)
		os.Exit(1)
	}
}

func show(w io.Writer) error {
	mine, err := entities.Load(strings.NewReader(user))
	if err != nil {
		return err
	}
	g, err := entities.Default().Merge(mine)
	if err != nil {
		return err
	}
	for _, m := range g.Find(text) {
		// text[m.Start:m.End] is the mention; m.Entity is what it names.
		fmt.Fprintf(w, "%3d-%-3d %-12s %-20s %s\n", m.Start, m.End, m.Type, m.Entity.ID, m.Text)
	}
	return nil
}
