package shared_test

import (
	"fmt"

	"github.com/arnews/arnews/internal/shared"
)

// Dir says where the reference data is; a test that needs it calls Path,
// Seed, News or Articles, which skip the test with a message when it is
// absent. The folder differs between machines, so this example has no
// fixed output and is compiled, not run.
func ExampleDir() {
	if dir := shared.Dir(); dir != "" {
		fmt.Println("reference data in", dir)
	} else {
		fmt.Println("no reference data: the tests that need it skip")
	}
}
