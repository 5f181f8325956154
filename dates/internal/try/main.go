package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"time"

	"github.com/arnews/arnews/dates"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	counts := map[string]int{}
	kinds := map[string]int{}
	n := 0
	var total int
	start := time.Now()
	for sc.Scan() {
		var a struct{ Date, Text string }
		if json.Unmarshal(sc.Bytes(), &a) != nil {
			continue
		}
		an, err := time.Parse("2006-01-02", a.Date)
		if err != nil {
			an = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		total += len(a.Text)
		for _, e := range dates.Find(a.Text, an) {
			counts[e.Text]++
			kinds[e.Kind.String()]++
			if e.Warning != "" && len(os.Args) > 1 && os.Args[1] == "warn" {
				fmt.Println("WARN", e.Text, e.Warning)
			}
		}
		n++
	}
	el := time.Since(start)
	fmt.Fprintln(os.Stderr, n, "articles", total, "bytes", el, float64(total)/el.Seconds()/1e6, "MB/s")
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range counts {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	for i, x := range kvs {
		if i > 150 && (len(os.Args) < 2 || os.Args[1] != "all") {
			break
		}
		fmt.Println(x.v, x.k)
	}
	fmt.Println(kinds)
}
