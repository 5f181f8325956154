package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/entities"
)

func init() {
	modelOption = func(path string) (arnews.Option, error) {
		m, err := loadModel(path)
		if err != nil {
			return nil, err
		}
		return arnews.WithModel(m), nil
	}
	register(&command{
		name:  "train",
		args:  "[FILE]",
		short: "train the entity recognizer on CoNLL data",
		long: `FILE (or standard input) is CoNLL data: one "WORD TAG" a line, a blank line between
sentences, IOB2 tags of PERS, LOC, ORG (MISC is ignored) or person, place, organization.
The model is written to -o; use it with -model in the other commands. With -dev, the
gazetteer alone and the gazetteer with the new model are scored on the development file
(precision, recall and F1 per type, exact spans as conlleval counts them).`,
		uses: useGazetteer | useQuiet,
		setup: func(fs *flag.FlagSet) func(*env) error {
			out := fs.String("o", "", "write the model to `FILE` (required unless -dev is given)")
			dev := fs.String("dev", "", "score on the CoNLL development `FILE`")
			epochs := fs.Int("epochs", 12, "passes over the training data")
			bits := fs.Int("bits", 19, "feature table size: 1<<`N` rows")
			seed := fs.Uint64("seed", 1, "seed of the order of sentences")
			ensemble := fs.Int("ensemble", 1, "train `K` models with the seeds seed ... seed+K-1 and average their weights (entities.Ensemble)")
			vocab := fs.String("vocab", "", "`FILE` of the most frequent words of your news, one a line, most frequent first (see entities.Vocabulary)")
			return func(e *env) error {
				if len(e.args) > 1 {
					return usagef("one FILE at most, got %d", len(e.args))
				}
				if *out == "" && *dev == "" {
					return usagef("-o FILE or -dev FILE is required")
				}
				g, err := e.gazetteerValue()
				if err != nil {
					return err
				}
				opts := []entities.TrainOption{entities.Epochs(*epochs), entities.HashBits(*bits),
					entities.TrainSeed(*seed), entities.Ensemble(*ensemble), entities.TrainGazetteer(g.WithModel(nil))}
				if *vocab != "" {
					b, err := os.ReadFile(*vocab)
					if err != nil {
						return fmt.Errorf("-vocab: %v", err)
					}
					opts = append(opts, entities.Vocabulary(strings.Fields(string(b))))
				}
				var in io.Reader = e.stdin
				name := "stdin"
				if len(e.args) == 1 {
					f, err := os.Open(e.args[0])
					if err != nil {
						return err
					}
					defer f.Close()
					in, name = f, e.args[0]
				}
				t0 := time.Now()
				m, err := entities.TrainModel(bufio.NewReader(in), opts...)
				if err != nil {
					return fmt.Errorf("%s: %s", name, trimPkg(err))
				}
				info := m.Info()
				e.notef("trained on %d sentences, %d tokens in %v", info.Sentences, info.Tokens, time.Since(t0).Round(time.Millisecond))
				if *out != "" {
					if err := writeModel(*out, m); err != nil {
						return err
					}
					e.notef("wrote %s", *out)
				}
				if *dev != "" {
					w := bufio.NewWriter(e.stdout)
					fmt.Fprintf(w, "%-8s %-13s %6s %6s %7s %9s %6s %6s\n", "", "type", "gold", "found", "correct", "precision", "recall", "F1")
					for _, c := range []struct {
						name string
						g    *entities.Gazetteer
					}{{"lookup", g.WithModel(nil)}, {"model", g.WithModel(m)}} {
						ev, err := evaluateFile(*dev, c.g)
						if err != nil {
							return err
						}
						for _, r := range []struct {
							t string
							s entities.Score
						}{{"person", ev.Person}, {"place", ev.Place}, {"organization", ev.Organization}, {"all", ev.All}} {
							fmt.Fprintf(w, "%-8s %-13s %6d %6d %7d %9.3f %6.3f %6.3f\n", c.name, r.t, r.s.Gold, r.s.Found, r.s.Correct,
								r.s.Precision(), r.s.Recall(), r.s.F1())
						}
					}
					return flushErr(w)
				}
				return nil
			}
		},
	})
}

func evaluateFile(name string, g *entities.Gazetteer) (entities.Evaluation, error) {
	f, err := os.Open(name)
	if err != nil {
		return entities.Evaluation{}, fmt.Errorf("-dev: %v", err)
	}
	defer f.Close()
	ev, err := g.Evaluate(bufio.NewReader(f))
	if err != nil {
		return ev, fmt.Errorf("-dev %s: %s", name, trimPkg(err))
	}
	return ev, nil
}

func writeModel(name string, m *entities.Model) error {
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("-o: %v", err)
	}
	if _, err := m.WriteTo(f); err != nil {
		f.Close()
		return fmt.Errorf("-o %s: %v", name, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("-o %s: %v", name, err)
	}
	return nil
}

// loadModel reads a model file written by train.
func loadModel(name string) (*entities.Model, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return entities.LoadModel(f)
}
