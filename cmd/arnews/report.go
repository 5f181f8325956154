package main

import (
	"bufio"
	"fmt"
	"strings"
	"time"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/tokenize"
)

// report writes a readable summary of d.
func report(w *bufio.Writer, name string, d *arnews.Document) {
	words := 0
	for _, t := range d.Tokens {
		if t.Kind == tokenize.Word {
			words++
		}
	}
	fmt.Fprintf(w, "%s\n", name)
	if !d.Published.IsZero() {
		fmt.Fprintf(w, "published %s (%s)\n", d.Published.Format("2006-01-02"), d.Published.Weekday())
	}
	fmt.Fprintf(w, "%d bytes, %d sentences, %d tokens (%d words)\n", len(d.Text), len(d.Sentences), len(d.Tokens), words)

	fmt.Fprintf(w, "\nDates (%d)\n", len(d.Dates))
	for _, e := range d.Dates {
		fmt.Fprintf(w, "  %-28s %-25s %-6s", e.Text, span(e), e.Grain)
		if e.Warning != "" {
			fmt.Fprintf(w, "  warning: %s", e.Warning)
		}
		fmt.Fprintln(w)
	}

	fmt.Fprintf(w, "\nEntities (%d)\n", len(d.Entities))
	forms := map[*entities.Entity][]string{}
	for _, m := range d.Mentions {
		if m.Entity == nil {
			continue
		}
		if !contains(forms[m.Entity], m.Text) {
			forms[m.Entity] = append(forms[m.Entity], m.Text)
		}
	}
	for _, ec := range d.Entities {
		fmt.Fprintf(w, "  %-24s %-12s %-28s %2d× %s\n", ec.Entity.Name, ec.Entity.Type, ec.Entity.ID, ec.Count, strings.Join(forms[ec.Entity], "، "))
	}

	fmt.Fprintf(w, "\nTop stems (each shown by its most frequent word)\n ")
	for _, sc := range d.TopStems(15) {
		fmt.Fprintf(w, " %s×%d", sc.Word, sc.Count)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w)
}

// span shows the days (or times) an expression covers: From, and the last
// day before To when it covers more than one day.
func span(e dates.Expression) string {
	if e.From.IsZero() && e.To.IsZero() {
		return "-"
	}
	if e.To.Sub(e.From) < 24*time.Hour && (e.From.Hour() != 0 || e.From.Minute() != 0 || e.To.Hour() != 0 || e.To.Minute() != 0) {
		return e.From.Format("2006-01-02 15:04") + ".." + e.To.Format("15:04")
	}
	last := e.LastDay()
	if !last.After(e.From) {
		return e.From.Format("2006-01-02")
	}
	return e.From.Format("2006-01-02") + " .. " + last.Format("2006-01-02")
}

func contains[T comparable](xs []T, s T) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
