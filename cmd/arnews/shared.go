package main

import (
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/jsonl"
	"github.com/arnews/arnews/server"
)

// uses is the set of shared flags a command takes.
type uses uint16

const (
	useDate      uses = 1 << iota // -date, -tz: the publication time
	useWeekStart                  // -weekstart
	useGazetteer                  // -gazetteer
	useModel                      // -model
	useQuiet                      // -q
	useSample                     // -sample, and the sample when nothing is on stdin
)

//go:embed sample.txt
var sample string

// sampleDate is the publication day of the embedded sample article.
const sampleDate = "2021-04-06"

// modelOption turns a -model file into an Analyzer option. It is nil until
// a file of this command that builds in the recognizer sets it from its
// init function; -model is then a usage error.
var modelOption func(path string) (arnews.Option, error)

// An env is what a command runs with: its streams, its arguments and the
// shared flags, with the helpers that read them the same way everywhere.
type env struct {
	cmd            *command
	stdin          io.Reader
	stdout, stderr io.Writer
	args           []string // the arguments after the flags

	date, tz, weekStart, gazetteer, model string
	quiet, sample                         bool

	loc *time.Location // from -tz, or nil
	ws  time.Weekday
}

// declare adds the shared flags the command uses to fs.
func (e *env) declare(fs *flag.FlagSet) {
	u := e.cmd.uses
	if u&useDate != 0 {
		fs.StringVar(&e.date, "date", "", "publication `day` YYYY-MM-DD (noon in -tz), wall time YYYY-MM-DDTHH:MM in -tz, or RFC 3339 time; default: now (the sample's own day for the sample)")
		fs.StringVar(&e.tz, "tz", "", "time `zone` of the dates (IANA name such as Asia/Riyadh, UTC, or an offset such as +03:00; default $TZ, the local zone)")
	}
	if u&useWeekStart != 0 {
		fs.StringVar(&e.weekStart, "weekstart", "saturday", "first `day` of the week (saturday, sunday, monday…, sat, sun, mon…, or السبت، الأحد…)")
	}
	if u&useGazetteer != 0 {
		fs.StringVar(&e.gazetteer, "gazetteer", "", "add the user gazetteer in `FILE` (TSV or JSON lines) to the embedded one")
	}
	if u&useModel != 0 {
		fs.StringVar(&e.model, "model", "", "entity recognizer model `FILE`")
	}
	if u&useQuiet != 0 {
		fs.BoolVar(&e.quiet, "q", false, "quiet: no notes or progress on stderr")
	}
	if u&useSample != 0 {
		fs.BoolVar(&e.sample, "sample", false, "annotate the embedded sample article")
	}
}

// check validates the shared flags once they are parsed.
func (e *env) check() error {
	// The flags read what the server reads in a request's tz, weekstart
	// and published (one parser each, in package server).
	if e.tz != "" {
		loc, err := server.ParseTZ(e.tz)
		if err != nil && strings.EqualFold(strings.TrimSpace(e.tz), "local") {
			loc, err = time.Local, nil
		}
		if err != nil {
			return usagef("-tz: %v", err)
		}
		e.loc = loc
	}
	if e.cmd.uses&useWeekStart != 0 {
		d, err := server.ParseWeekday(e.weekStart)
		if err != nil {
			return usagef("-weekstart: %v", err)
		}
		e.ws = d
	}
	if e.date != "" {
		if _, err := parseDate(e.date, e.location()); err != nil {
			return usagef("-date: %v", err)
		}
	}
	if e.model != "" && modelOption == nil {
		return usagef("-model: this build of arnews has no entity recognizer")
	}
	return nil
}

// location is -tz's zone, or the local one.
func (e *env) location() *time.Location {
	if e.loc != nil {
		return e.loc
	}
	return time.Local
}

// parseDate reads -date as server.ParsePublished reads a request's
// published: an RFC 3339 time (kept as written), a wall time without zone
// in loc, or a day YYYY-MM-DD, read as noon of that day in loc so that the
// day is the same however it is later converted.
func parseDate(s string, loc *time.Location) (time.Time, error) {
	t, _, err := server.ParsePublished(s, loc)
	return t, err
}

// anchor returns the publication time: -date, the sample's day for the
// sample, or now, which it says on stderr (once: call it once).
func (e *env) anchor(isSample bool) time.Time {
	loc := e.location()
	switch {
	case e.date != "":
		t, _ := parseDate(e.date, loc) // checked by check
		if e.loc != nil {
			t = t.In(e.loc)
		}
		return t
	case isSample:
		t, _ := parseDate(sampleDate, loc)
		return t
	}
	now := time.Now().In(loc)
	e.notef("no -date: relative dates are resolved against now, %s", now.Format("2006-01-02 15:04 MST"))
	return now
}

// notef writes a note on stderr unless -q.
func (e *env) notef(format string, args ...any) {
	if e.quiet {
		return
	}
	fmt.Fprintf(e.stderr, "arnews %s: %s\n", e.cmd.name, fmt.Sprintf(format, args...))
}

// dateOptions are the dates options of the shared flags.
func (e *env) dateOptions() []dates.Option {
	var opts []dates.Option
	if e.cmd.uses&useWeekStart != 0 {
		opts = append(opts, dates.WeekStart(e.ws))
	}
	if e.loc != nil {
		opts = append(opts, dates.Location(e.loc))
	}
	return opts
}

// gazetteerValue is the embedded gazetteer, with -gazetteer's entities
// added.
func (e *env) gazetteerValue() (*entities.Gazetteer, error) {
	g := entities.Default()
	if e.gazetteer == "" {
		return g, nil
	}
	u, err := loadGazetteer(e.gazetteer)
	if err != nil {
		return nil, err
	}
	m, err := g.Merge(u)
	if err != nil {
		return nil, fmt.Errorf("-gazetteer %s: %s", e.gazetteer, trimPkg(err))
	}
	return m, nil
}

// loadGazetteer reads a user gazetteer file.
func loadGazetteer(name string) (*entities.Gazetteer, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("-gazetteer: %v", err)
	}
	defer f.Close()
	g, err := entities.Load(f)
	if err != nil {
		return nil, fmt.Errorf("-gazetteer %s: %s", name, trimPkg(err))
	}
	return g, nil
}

// trimPkg drops a package prefix ("entities: ") from an error's text, which
// already says where it comes from.
func trimPkg(err error) string {
	var pe *entities.ParseError
	if errors.As(err, &pe) {
		return fmt.Sprintf("line %d: %v", pe.Line, pe.Err)
	}
	s := err.Error()
	for _, p := range []string{"entities: ", "arnews: ", "dates: ", "stem: "} {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

// analyzer builds the Analyzer of the shared flags.
func (e *env) analyzer() (*arnews.Analyzer, error) {
	var opts []arnews.Option
	if e.cmd.uses&useGazetteer != 0 {
		g, err := e.gazetteerValue()
		if err != nil {
			return nil, err
		}
		opts = append(opts, arnews.WithGazetteer(g))
	}
	if e.model != "" {
		o, err := modelOption(e.model)
		if err != nil {
			return nil, fmt.Errorf("-model %s: %s", e.model, trimPkg(err))
		}
		opts = append(opts, o)
	}
	opts = append(opts, arnews.WithDateOptions(e.dateOptions()...))
	a, err := arnews.New(opts...)
	if err != nil {
		return nil, errors.New(trimPkg(err))
	}
	return a, nil
}

// An input is the text a command works on.
type input struct {
	name   string // the file name, "stdin" or "sample"
	text   string
	sample bool
}

// stdinIsEmptyDevice reports whether standard input is neither a pipe nor
// a file: a terminal or /dev/null. Readers that are not files (tests) are
// pipes.
func stdinIsEmptyDevice(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok || f == nil {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// useSampleText reports whether the command works on the sample: -sample,
// or no FILE and nothing that can be piped on standard input.
func (e *env) useSampleText() bool {
	return e.sample || e.cmd.uses&useSample != 0 && len(e.args) == 0 && stdinIsEmptyDevice(e.stdin)
}

// input reads the one text of the command: the FILE argument, standard
// input, or the sample.
func (e *env) input() (input, error) {
	if len(e.args) > 1 {
		return input{}, usagef("one FILE at most, got %d: %s", len(e.args), strings.Join(e.args, " "))
	}
	if e.useSampleText() {
		if len(e.args) > 0 {
			return input{}, usagef("-sample takes no FILE")
		}
		return input{name: "sample article (embedded)", text: sample, sample: true}, nil
	}
	if len(e.args) == 1 {
		b, err := os.ReadFile(e.args[0])
		if err != nil {
			return input{}, fmt.Errorf("reading %v", trimPathErr(err))
		}
		if err := jsonl.CheckText(string(b)); err != nil {
			return input{}, fmt.Errorf("%s: %v", e.args[0], err)
		}
		return input{name: e.args[0], text: string(b)}, nil
	}
	b, err := io.ReadAll(e.stdin)
	if err != nil {
		return input{}, fmt.Errorf("reading standard input: %v", err)
	}
	if err := jsonl.CheckText(string(b)); err != nil {
		return input{}, fmt.Errorf("standard input: %v", err)
	}
	return input{name: "stdin", text: string(b)}, nil
}

// trimPathErr writes a *PathError as "NAME: why" rather than "open NAME: why".
func trimPathErr(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Path + ": " + pe.Err.Error()
	}
	return err.Error()
}

// blank reports whether s holds nothing but white space: empty input gives
// empty output.
func blank(s string) bool { return strings.TrimSpace(s) == "" }
