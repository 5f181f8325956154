// Package server puts the arnews library on HTTP and shows its annotations
// as a page that people can read.
//
// A Server is an http.Handler with these endpoints:
//
//	POST /v1/analyze        the Document JSON of a text (see arnews.Document.AppendJSON)
//	POST /v1/dates          the date expressions of a text alone, Duckling-style
//	GET  /v1/entities/{id}  one entry of the gazetteer
//	GET  /healthz           {"status":"ok",...} while the server is up
//	GET  /                  a page: paste an article, pick its date, see it annotated
//
// # Requests
//
// /v1/analyze and /v1/dates read the same request, either a JSON body
//
//	{"text": "…", "published": "2020-10-06", "tz": "Asia/Beirut", "weekstart": "saturday",
//	 "omit_tokens": true, "omit_text": false}
//
// (Content-Type application/json, or any body that starts with '{' when no
// Content-Type is given), or the bare text as the body (text/plain) with the
// other fields as query parameters: POST /v1/analyze?published=2020-10-06&tz=Asia/Beirut.
// A body sent as application/x-www-form-urlencoded (what curl -d and
// --data-binary send unless told otherwise) is read as JSON when it starts
// with '{', as form fields when it has a text field (an HTML form), and as
// the bare text otherwise. Only "text" is required.
//
//   - published anchors relative dates (اليوم، أمس الأحد): an RFC 3339 time
//     (2020-10-06T12:00:00+03:00), a wall time without zone
//     (2020-10-06T12:00 or 2020-10-06 12:00:00, read in tz), or a day
//     (2020-10-06, noon of that day in tz). Without it the server's clock
//     gives the time, as Duckling does for its reference time. As in
//     arnews.Analyzer.Analyze, relative dates are then anchored on the day
//     the text says it was written (dates.WritingDay) unless
//     Config.TrustStamp; /v1/dates does the same, so both endpoints agree.
//   - tz is the zone in which dates are resolved: an IANA name (Asia/Riyadh),
//     UTC, or a fixed offset (+03:00). Without it, the zone of published
//     when it has an offset, else Config.Location, else UTC.
//   - weekstart is the first day of the week (saturday, sat, sunday, …);
//     without it Config.WeekStart, else Saturday.
//   - omit_tokens and omit_text leave those parts out of the Document JSON
//     (arnews.JSONOptions); the page asks for no tokens.
//
// The body must be UTF-8 (a text in Windows-1256 is refused, not turned into
// nonsense) and at most Config.MaxBodyBytes long (8 MB by default; 413
// beyond). JSON with an unknown field is refused, so a misspelt "pubished"
// is not silently ignored.
//
// # Responses and errors
//
// Every answer of the API is JSON. An error is
//
//	{"error": "published: \"6/10/2020\" is not a day (YYYY-MM-DD) or an RFC 3339 time",
//	 "field": "published", "status": 400, "request_id": "…"}
//
// where field names what was wrong ("text", "published", "tz", "weekstart",
// "body", "id", …). Status codes: 400 bad input, 404 unknown entity or
// path, 405 wrong method (with Allow), 413 body too large, 415 a charset
// other than UTF-8, 500 a bug (a panic in a handler answers 500 to that
// request and the server goes on), 503 too busy (with Retry-After). The log
// says 499 for a request whose client left before its answer.
//
// /v1/dates answers a JSON array, one object per expression, shaped like
// Duckling's: "body" (the phrase), byte offsets "start"/"end" and UTF-16
// offsets "start16"/"end16", "dim":"time", and "value", either
// {"type":"value","value":FROM,"grain":G} when the expression is one unit
// of its grain (one day, one week) or {"type":"interval","from":{…},"to":{…}}
// otherwise; then the library's own "from", "to" (exclusive), "grain",
// "kind", "approx" and "warning".
//
// # Manners
//
// ListenAndServe listens on 127.0.0.1 (DefaultAddr) unless told otherwise,
// sets read, write and idle timeouts, and on the cancellation of its
// context (SIGINT or SIGTERM in the arnews command) stops accepting and
// finishes the requests in flight. At most Config.MaxConcurrent analyses
// run at once; up to Config.MaxQueue more wait for a slot up to
// Config.QueueTimeout, and any beyond get 503 with Retry-After. Each request
// gets an ID (X-Request-ID: the client's when it sends a sane one) that is
// in the response header, the error bodies and the structured log line
// (log/slog) of the request.
//
// # The page
//
// GET / serves a page in Arabic, right to left, with a text box, a date and
// a zone. It posts the text to /v1/analyze and draws the Document it gets
// back: entity mentions marked by type (person, place, organization,
// nationality) with their entity's ID on hover, date expressions underlined
// with the resolved day or span and any warning on hover, the entities
// (with their mention counts) and the dates listed beside the text, and a
// legend. Every span is placed by the Document's UTF-16 offsets; nothing is
// searched again in the browser, and all text goes into the page as text
// (an article holding <script> shows it). The page loads nothing from
// elsewhere (its CSS and script come from this server, under a strict
// Content-Security-Policy).
//
// WriteHTML writes the same view of an analyzed Document as one
// self-contained HTML file, rendered in Go, with no script at all (arnews
// annotate -html FILE).
package server
