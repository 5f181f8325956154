package arnews

import (
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestCountEntities checks countEntities against its definition (a map of
// counts, sorted by count, ties by first mention) on mention lists with
// few and with many (over 32) distinct entities and mentions without one.
func TestCountEntities(t *testing.T) {
	ref := func(ms []entities.Mention) []EntityCount {
		idx := map[*entities.Entity]int{}
		var out []EntityCount
		for _, m := range ms {
			if m.Entity == nil {
				continue
			}
			if i, ok := idx[m.Entity]; ok {
				out[i].Count++
				continue
			}
			idx[m.Entity] = len(out)
			out = append(out, EntityCount{Entity: m.Entity, Count: 1, First: m.Start})
		}
		sort.SliceStable(out, func(i, j int) bool {
			if out[i].Count != out[j].Count {
				return out[i].Count > out[j].Count
			}
			return out[i].First < out[j].First
		})
		return out
	}
	ents := make([]*entities.Entity, 100)
	for i := range ents {
		ents[i] = &entities.Entity{}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, distinct := range []int{1, 5, 31, 32, 33, 100} {
		for trial := 0; trial < 20; trial++ {
			var ms []entities.Mention
			for i := 0; i < 3*distinct+rng.IntN(50); i++ {
				m := entities.Mention{Start: 10 * i}
				if rng.IntN(5) > 0 {
					m.Entity = ents[rng.IntN(distinct)]
				}
				ms = append(ms, m)
			}
			if got, want := countEntities(ms), ref(ms); !reflect.DeepEqual(got, want) {
				t.Fatalf("%d entities: got %v, want %v", distinct, got, want)
			}
		}
	}
	if countEntities(nil) != nil {
		t.Error("no mentions should give nil")
	}
}
