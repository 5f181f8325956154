// Command arnews annotates Arabic news text: sentences, tokens, stems,
// date expressions and named entities, from one installable program.
//
//	go install github.com/arnews/arnews/cmd/arnews@latest
//
// Usage:
//
//	arnews [COMMAND] [flags] [FILE]
//
// The commands:
//
//	annotate   the whole pipeline (the default command): a report, -json, -html (a page), or -jsonl for archives
//	dates      date expressions resolved against the publication date
//	entities   people, places, organizations and nationalities
//	stem       one stem a line for one word a line (compatible with Snowball's stemwords)
//	normalize  Arabic text in a normalized form
//	tokenize   tokens or sentences with their byte offsets
//	serve      the HTTP API and a page that shows the annotations (package server)
//	serve      the library over HTTP, and a page that shows the annotations (package server)
//
// Run `arnews COMMAND -h` for a command's flags.
//
// Shared flags mean the same in every command that takes them:
//
//	-date D        publication day (YYYY-MM-DD, noon of that day in -tz), a wall time in -tz
//	               (YYYY-MM-DDTHH:MM) or an RFC 3339 time;
//	               without it relative dates are resolved against now, which is said once on stderr
//	-tz ZONE       time zone in which dates are resolved and a bare -date day is read
//	               (an IANA name such as Asia/Riyadh, UTC, or an offset such as +03:00;
//	               default: $TZ, the local zone)
//	-weekstart D   first day of the week: saturday (the default), sunday, monday (or sat, sun,
//	               mon…, or the Arabic name: السبت)
//	-gazetteer F   add the user gazetteer in F (TSV or JSON lines, see entities.Load)
//	-model F       entity recognizer model (when the recognizer is built in)
//	-q             no notes or progress on stderr
//
// Conventions: the text is read from the FILE argument, or from standard
// input. The embedded sample article is used with -sample, or when no
// FILE is given and standard input is neither a pipe nor a file (a
// terminal, /dev/null), so that a bare `arnews` shows the main job.
// Empty piped input gives empty output. -h prints help and exits 0; a
// usage error exits 2 and says what was wrong; a runtime error exits 1
// with one line "arnews COMMAND: what: why".
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

func main() {
	os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// A command is one subcommand. Each lives in its own file and registers
// itself from an init function:
//
//	func init() {
//		register(&command{
//			name:  "train",
//			args:  "[FILE]",
//			short: "train the entity recognizer",
//			uses:  useQuiet,
//			setup: func(fs *flag.FlagSet) func(*env) error {
//				out := fs.String("o", "model.bin", "output `FILE`")
//				return func(e *env) error { ... }
//			},
//		})
//	}
//
// setup declares the command's own flags on fs and returns the function
// that runs it once the flags are parsed; uses says which shared flags it
// takes (they are declared and checked in one place, shared.go).
type command struct {
	name  string
	args  string // the synopsis after the flags, e.g. "[FILE]"
	short string // one line for `arnews -h`
	long  string // optional: more help, printed before the flags
	uses  uses
	setup func(fs *flag.FlagSet) func(*env) error
}

var commands = map[string]*command{}

// defaultCommand runs when the first argument names no command.
const defaultCommand = "annotate"

// register adds c to the commands; a name given twice is a programming
// error.
func register(c *command) {
	if _, dup := commands[c.name]; dup {
		panic("arnews: command " + c.name + " registered twice")
	}
	commands[c.name] = c
}

// A usageError is a wrong command line: it exits 2.
type usageError struct{ msg string }

func (u *usageError) Error() string { return u.msg }

// usagef returns a usage error.
func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1 // a runtime error, or -jsonl lines that were errors
	exitUsage   = 2
)

// Main runs the program with the given arguments and streams and returns
// its exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	name := defaultCommand
	if len(args) > 0 {
		switch a := args[0]; {
		case a == "-h" || a == "-help" || a == "--help" || a == "help":
			if a == "help" && len(args) > 1 {
				if c, ok := commands[args[1]]; ok {
					return runCommand(c, []string{"-h"}, stdin, stdout, stderr)
				}
				fmt.Fprintf(stderr, "arnews: unknown command %q\n", args[1])
				return exitUsage
			}
			mainUsage(stdout)
			return exitOK
		case commands[a] != nil:
			name, args = a, args[1:]
		case !strings.HasPrefix(a, "-"):
			// arnews FILE annotates FILE; a word that is neither a command
			// nor a file is a mistyped command.
			if _, err := os.Stat(a); err != nil {
				fmt.Fprintf(stderr, "arnews: %q is neither a command (%s) nor a file\nRun 'arnews -h' for usage.\n", a, strings.Join(commandNames(), ", "))
				return exitUsage
			}
		}
	}
	return runCommand(commands[name], args, stdin, stdout, stderr)
}

func runCommand(c *command, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	prog := "arnews " + c.name
	fs := flag.NewFlagSet(prog, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported below, help to stdout
	e := &env{cmd: c, stdin: stdin, stdout: stdout, stderr: stderr}
	e.declare(fs)
	run := c.setup(fs)
	fs.Usage = func() {}
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		commandUsage(stdout, c, fs)
		return exitOK
	}
	if err == nil {
		e.args = fs.Args()
		err = e.check()
	}
	if err == nil {
		// The flag package stops at the first argument that is no flag.
		for _, a := range e.args[min(1, len(e.args)):] {
			if len(a) > 1 && a[0] == '-' {
				err = usagef("%s after %s: flags go before the FILE", a, e.args[0])
				break
			}
		}
	}
	if err != nil {
		// The flag package's errors are usage errors too.
		var u *usageError
		if !errors.As(err, &u) {
			err = &usageError{err.Error()}
		}
		fmt.Fprintf(stderr, "%s: %v\nusage: %s [flags] %s\nRun '%s -h' for the flags.\n", prog, err, prog, c.args, prog)
		return exitUsage
	}
	err = run(e)
	var u *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &u):
		fmt.Fprintf(stderr, "%s: %v\nusage: %s [flags] %s\nRun '%s -h' for the flags.\n", prog, err, prog, c.args, prog)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "%s: %v\n", prog, oneLine(err))
		return exitFailure
	}
}

// oneLine makes an error's text one line.
func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

func commandNames() []string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func mainUsage(w io.Writer) {
	fmt.Fprintf(w, "arnews annotates Arabic news text.\n\nusage: arnews [COMMAND] [flags] [FILE]\n\nCommands (the default is %s):\n", defaultCommand)
	for _, n := range commandNames() {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].short)
	}
	fmt.Fprintf(w, "\nRun 'arnews COMMAND -h' for a command's flags. With no FILE the text is read from\nstandard input; with neither (a terminal, /dev/null) the embedded sample article is used.\n")
}

func commandUsage(w io.Writer, c *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "usage: arnews %s [flags] %s\n\n%s.\n", c.name, c.args, upperFirst(c.short))
	if c.long != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.long))
	}
	fmt.Fprintln(w, "\nFlags:")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
