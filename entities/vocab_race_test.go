package entities_test

import (
	"fmt"
	"testing"

	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/internal/shared"
)

// TestRecognizerFirstUseConcurrent runs a fresh recognizer from several
// goroutines at once, so that they make the vocabulary's entries (on
// first use) at the same time, and checks that each finds what one
// goroutine alone finds.
func TestRecognizerFirstUseConcurrent(t *testing.T) {
	text := shared.News(t, 64<<10)
	key := func(ms []entities.Mention) string {
		s := ""
		for _, m := range ms {
			s += fmt.Sprintf("%d:%d:%s:%s|", m.Start, m.End, m.Type, m.Entity.ID)
		}
		return s
	}
	want := key(entities.Default().WithModel(entities.DefaultModel()).Find(text))
	g := entities.Default().WithModel(entities.DefaultModel())
	done := make(chan string)
	for range 4 {
		go func() { done <- key(g.Find(text)) }()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Fatal("a goroutine found other mentions than one alone")
		}
	}
}
