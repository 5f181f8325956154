package roundtrip_test

import (
	"fmt"

	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/internal/roundtrip"
)

func ExampleText() {
	fmt.Println(roundtrip.Text[dates.Grain]([]byte("WEEK"), true))
	fmt.Println(roundtrip.Text[dates.Grain]([]byte("fortnight"), true)) // refused: nothing to check
	// entities.Type reads the alias org as organization: the value round
	// trips, the name does not.
	fmt.Println(roundtrip.Text[entities.Type]([]byte("org"), false))
	fmt.Println(roundtrip.Text[entities.Type]([]byte("org"), true))
	// Output:
	// <nil>
	// <nil>
	// <nil>
	// entities.Type "org" read as organization, written "organization": another name
}
