// Command entities shows the entities API: a Gazetteer finds the people,
// places, organizations and nationalities a text names, user data adds
// names of its own, and the attached recognizer finds names no gazetteer
// lists (their entities are made for the text: Entity.Recognized).
//
//	go run ./examples/entities                 # the embedded gazetteer and model
//	go run ./examples/entities -nomodel        # lookup alone
//	go run ./examples/entities -model my.bin   # a model trained with `arnews train`
//
// The command-line tool for real work is `arnews entities` (cmd/arnews).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/arnews/arnews/entities"
)

const text = "قال الرئيس الإيراني حسن روحاني في طهران إن شركة أكمي ستبني مصنعا في أذربيجان، وأكد مديرها يوآخيم شتراوبل أن العمل يبدأ قريبا."

// user is a gazetteer of our own, in the TSV format of entities.Load.
const user = "id\ttype\tnames\nx-acme\torganization\tشركة أكمي|أكمي\n"

func main() {
	modelFile := flag.String("model", "", "recognizer model `FILE` (written by `arnews train` or Model.WriteTo)")
	noModel := flag.Bool("nomodel", false, "find by gazetteer lookup alone, without the recognizer")
	flag.Parse()
	if err := run(os.Stdout, *modelFile, *noModel); err != nil {
		fmt.Fprintln(os.Stderr, "entities:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, modelFile string, noModel bool) error {
	if modelFile != "" && noModel {
		return errors.New("-model and -nomodel exclude each other")
	}
	m := entities.DefaultModel()
	if noModel {
		m = nil
	}
	if modelFile != "" {
		f, err := os.Open(modelFile)
		if err != nil {
			return err
		}
		defer f.Close()
		if m, err = entities.LoadModel(f); err != nil {
			return err
		}
	}
	return show(w, m)
}

func show(w io.Writer, m *entities.Model) error {
	mine, err := entities.Load(strings.NewReader(user))
	if err != nil {
		return err
	}
	g, err := entities.Default().Merge(mine)
	if err != nil {
		return err
	}
	for _, x := range g.WithModel(m).Find(text) {
		// text[x.Start:x.End] is the mention; x.Entity is what it names.
		src := ""
		if x.Entity.Recognized() {
			src = "(recognized)"
		}
		fmt.Fprintf(w, "%3d-%-3d %-12s %-26s %s %s\n", x.Start, x.End, x.Type, x.Entity.ID, x.Text, src)
	}
	return nil
}
