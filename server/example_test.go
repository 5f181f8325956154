package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/server"
)

// A Server is an http.Handler: here it runs on a test listener and answers
// a Duckling-style request for the dates of a sentence published on
// Tuesday 2020-10-06 in Beirut.
func Example() {
	s, err := server.New(server.Config{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		panic(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()

	body := `{"text": "قالت الخارجية اليوم الثلاثاء إن الوزير وصل أمس الأحد إلى موسكو", "published": "2020-10-06", "tz": "Asia/Beirut"}`
	res, err := http.Post(ts.URL+"/v1/dates", "application/json", strings.NewReader(body))
	if err != nil {
		panic(err)
	}
	defer res.Body.Close()
	var found []struct {
		Body  string
		Value struct{ Type, Value, Grain string }
		Warn  string `json:"warning"`
	}
	if err := json.NewDecoder(res.Body).Decode(&found); err != nil {
		panic(err)
	}
	for _, d := range found {
		fmt.Println(res.StatusCode, d.Body, d.Value.Type, d.Value.Value, d.Value.Grain)
		if d.Warn != "" {
			fmt.Println("  warning:", d.Warn)
		}
	}
	// Output:
	// 200 اليوم الثلاثاء value 2020-10-06T00:00:00+03:00 day
	// 200 أمس الأحد value 2020-10-04T00:00:00+03:00 day
	//   warning: yesterday is 2020-10-05 (Monday) but the text names Sunday; used 2020-10-04
}

// Errors are JSON and name the field that was wrong.
func Example_errors() {
	s, _ := server.New(server.Config{Logger: slog.New(slog.DiscardHandler)})
	ts := httptest.NewServer(s)
	defer ts.Close()
	res, err := http.Post(ts.URL+"/v1/analyze?published=6/10/2020", "text/plain; charset=utf-8", strings.NewReader("أمس"))
	if err != nil {
		panic(err)
	}
	defer res.Body.Close()
	var e struct{ Error, Field string }
	_ = json.NewDecoder(res.Body).Decode(&e)
	fmt.Println(res.StatusCode, e.Field)
	fmt.Println(e.Error)
	// Output:
	// 400 published
	// published: "6/10/2020" is not a day (YYYY-MM-DD), a wall time (YYYY-MM-DDTHH:MM) or an RFC 3339 time
}

// WriteHTML renders an analyzed Document as one self-contained page; the
// text and every name in it are escaped.
func ExampleWriteHTML() {
	doc := arnews.Analyze("وصل الوفد <script> إلى طهران اليوم الثلاثاء بعد أن غادر أمس الأحد", time.Date(2020, 10, 6, 12, 0, 0, 0, time.UTC))
	var b strings.Builder
	if err := server.WriteHTML(&b, doc, server.HTMLOptions{Title: "مثال"}); err != nil {
		panic(err)
	}
	page := b.String()
	i := strings.Index(page, `<article id="doc"`)
	j := strings.Index(page, `</article>`)
	fmt.Println(page[i : j+len("</article>")])
	// Output:
	// <article id="doc" class="doc" lang="ar" dir="rtl"><div class="chunk">وصل الوفد &lt;script&gt; إلى <mark class="ent place" data-id="g-112931" title="مكان · طهران · g-112931">طهران</mark> <span class="date" title="2020-10-06 (day)">اليوم الثلاثاء</span> بعد أن غادر <span class="date warn" title="2020-10-04 (day)
	// ⚠ yesterday is 2020-10-05 (Monday) but the text names Sunday; used 2020-10-04">أمس الأحد</span></div></article>
}

// Serve (and ListenAndServe) run until their context ends, then finish the
// requests in flight; a program ends the context on SIGINT or SIGTERM with
// signal.NotifyContext.
func ExampleServer_Serve() {
	s, err := server.New(server.Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		panic(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0") // ListenAndServe(ctx, "") listens on server.DefaultAddr
	if err != nil {
		panic(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()

	res, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil {
		panic(err)
	}
	var h struct{ Status string }
	_ = json.NewDecoder(res.Body).Decode(&h)
	res.Body.Close()
	fmt.Println(res.StatusCode, h.Status, res.Header.Get("X-Request-ID") != "")

	stop()
	fmt.Println(<-done)
	// Output:
	// 200 ok true
	// <nil>
}
