package main

import (
	"fmt"
	"os"
	"time"

	"github.com/arnews/arnews/dates"
)

func main() {
	b, _ := os.ReadFile(os.Args[1])
	a := time.Date(2020, 10, 6, 12, 0, 0, 0, time.FixedZone("+03", 3*3600))
	for _, e := range dates.Find(string(b), a) {
		fmt.Printf("%q %s..%s %s %s %s\n", e.Text, e.From.Format("2006-01-02 15:04"), e.To.Format("2006-01-02 15:04"), e.Grain, e.Kind, e.Warning)
	}
}
