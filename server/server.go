package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/entities"
)

// DefaultAddr is the address ListenAndServe uses when given none: the
// loopback interface only, so that a server started on a laptop is not
// open to the network unless asked.
const DefaultAddr = "127.0.0.1:8080"

// Defaults of a Config's zero fields.
const (
	DefaultMaxBodyBytes      = 8 << 20
	DefaultMaxQueue          = 32
	DefaultQueueTimeout      = 5 * time.Second
	DefaultRetryAfter        = 1 * time.Second
	DefaultReadHeaderTimeout = 10 * time.Second
	DefaultReadTimeout       = 60 * time.Second
	DefaultWriteTimeout      = 120 * time.Second
	DefaultIdleTimeout       = 120 * time.Second
	DefaultShutdownTimeout   = 30 * time.Second
)

// Config configures a Server. The zero Config is ready to use: the embedded
// gazetteer, Saturday weeks, UTC for days without a zone, and the limits of
// the Default constants.
type Config struct {
	// Gazetteer finds the entities and answers /v1/entities; nil means
	// entities.Default().
	Gazetteer *entities.Gazetteer
	// Options are given to every arnews.New the server makes (one Analyzer
	// per first day of the week asked for), before the request's own
	// WeekStart. WithGazetteer is added from Gazetteer.
	Options []arnews.Option
	// DateOptions are given to every dates.Find, through the Analyzers
	// for /v1/analyze and directly for /v1/dates, before the request's
	// own WeekStart.
	DateOptions []dates.Option
	// TrustStamp resolves relative dates against the publication time as
	// given, even where the text says it was written on another day (see
	// arnews.TrustStamp); by default both endpoints move the anchor to the
	// day the text says it was written (dates.WritingDay).
	TrustStamp bool
	// WeekStart is the first day of the week of requests that name none;
	// nil means Saturday, the library's default.
	WeekStart *time.Weekday
	// Location is the zone of requests that give neither tz nor a published
	// time with an offset; nil means UTC.
	Location *time.Location

	// MaxBodyBytes bounds a request body; a larger one is answered 413.
	// Zero means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxConcurrent bounds the analyses running at once; zero means
	// GOMAXPROCS.
	MaxConcurrent int
	// MaxQueue bounds the requests waiting for an analysis slot; beyond it
	// a request is answered 503 at once. Zero means DefaultMaxQueue; a
	// negative value means no waiting at all.
	MaxQueue int
	// QueueTimeout is how long a request waits for a slot before it is
	// answered 503; zero means DefaultQueueTimeout.
	QueueTimeout time.Duration
	// RetryAfter is what a 503 tells the client to wait (rounded up to
	// whole seconds); zero means DefaultRetryAfter.
	RetryAfter time.Duration

	// The timeouts of ListenAndServe and Serve's http.Server; zero means
	// the Default constant of the same name.
	ReadHeaderTimeout, ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	// ShutdownTimeout bounds how long a shutdown waits for the requests in
	// flight; zero means DefaultShutdownTimeout.
	ShutdownTimeout time.Duration

	// Logger receives one line per request and the server's events; nil
	// means slog.Default().
	Logger *slog.Logger
}

// A Server answers the HTTP API and serves the page. It is an
// http.Handler; ListenAndServe and Serve run it with the timeouts and the
// graceful shutdown of its Config. A Server is safe for concurrent use.
type Server struct {
	cfg       Config
	gaz       *entities.Gazetteer
	log       *slog.Logger
	mux       *http.ServeMux
	handler   http.Handler
	limit     limiter
	defWeek   int // index into analyzers of the default week start: 7 = the library's default
	analyzers [8]struct {
		once sync.Once
		a    *arnews.Analyzer
		err  error
	}
	idPrefix string
	idSeq    atomic.Uint64
}

// New returns a Server configured by cfg. It builds the default Analyzer
// at once (loading the gazetteer), so that an error in cfg.Options shows
// here and the first request is not slow.
func New(cfg Config) (*Server, error) {
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = runtime.GOMAXPROCS(0)
	}
	switch {
	case cfg.MaxQueue == 0:
		cfg.MaxQueue = DefaultMaxQueue
	case cfg.MaxQueue < 0:
		cfg.MaxQueue = 0
	}
	setDur := func(d *time.Duration, def time.Duration) {
		if *d <= 0 {
			*d = def
		}
	}
	setDur(&cfg.QueueTimeout, DefaultQueueTimeout)
	setDur(&cfg.RetryAfter, DefaultRetryAfter)
	setDur(&cfg.ReadHeaderTimeout, DefaultReadHeaderTimeout)
	setDur(&cfg.ReadTimeout, DefaultReadTimeout)
	setDur(&cfg.WriteTimeout, DefaultWriteTimeout)
	setDur(&cfg.IdleTimeout, DefaultIdleTimeout)
	setDur(&cfg.ShutdownTimeout, DefaultShutdownTimeout)
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &Server{cfg: cfg, gaz: cfg.Gazetteer, log: cfg.Logger, defWeek: 7}
	if s.gaz == nil {
		s.gaz = entities.Default()
	}
	if cfg.WeekStart != nil {
		if *cfg.WeekStart < time.Sunday || *cfg.WeekStart > time.Saturday {
			return nil, fmt.Errorf("server: WeekStart %d is not a weekday", *cfg.WeekStart)
		}
		s.defWeek = int(*cfg.WeekStart)
	}
	s.limit = limiter{
		slots:    make(chan struct{}, cfg.MaxConcurrent),
		maxQueue: int64(cfg.MaxQueue),
		timeout:  cfg.QueueTimeout,
	}
	var b [4]byte
	_, _ = rand.Read(b[:]) // never fails (crypto/rand panics rather than return an error)
	s.idPrefix = hex.EncodeToString(b[:])
	if _, err := s.analyzer(s.defWeek); err != nil {
		return nil, err
	}
	s.routes()
	return s, nil
}

// analyzer returns the Analyzer for a first day of the week (0-6), or for
// the library's default (7), making it on first use.
func (s *Server) analyzer(week int) (*arnews.Analyzer, error) {
	slot := &s.analyzers[week]
	slot.once.Do(func() {
		opts := append([]arnews.Option{arnews.WithGazetteer(s.gaz)}, s.cfg.Options...)
		if s.cfg.TrustStamp {
			opts = append(opts, arnews.TrustStamp())
		}
		if len(s.cfg.DateOptions) > 0 {
			opts = append(opts, arnews.WithDateOptions(s.cfg.DateOptions...))
		}
		if week < 7 {
			opts = append(opts, arnews.WeekStart(time.Weekday(week)))
		}
		slot.a, slot.err = arnews.New(opts...)
	})
	return slot.a, slot.err
}

func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("/v1/analyze", s.only(http.MethodPost, s.handleAnalyze))
	m.HandleFunc("/v1/dates", s.only(http.MethodPost, s.handleDates))
	m.HandleFunc("/v1/entities/{id}", s.only(http.MethodGet, s.handleEntity))
	m.HandleFunc("/healthz", s.only(http.MethodGet, s.handleHealth))
	m.HandleFunc("/{$}", s.only(http.MethodGet, s.handlePage))
	m.HandleFunc("/static/{file}", s.only(http.MethodGet, s.handleStatic))
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, &apiError{status: http.StatusNotFound, field: "path", msg: fmt.Sprintf("no such endpoint %q", r.URL.Path)})
	})
	s.mux = m
	s.handler = s.wrap(m)
}

// only answers 405 (as JSON, with Allow) to any method but method; GET
// also serves HEAD.
func (s *Server) only(method string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != method && !(method == http.MethodGet && r.Method == http.MethodHead) {
			allow := method
			if method == http.MethodGet {
				allow = "GET, HEAD"
			}
			w.Header().Set("Allow", allow)
			s.fail(w, r, &apiError{status: http.StatusMethodNotAllowed, field: "method", msg: fmt.Sprintf("%s %s: use %s", r.Method, r.URL.Path, method)})
			return
		}
		h(w, r)
	}
}

// ServeHTTP answers one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

type ctxKey struct{}

// RequestID returns the ID the Server gave the request whose context ctx
// is, or "" outside a request of a Server.
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(ctxKey{}).(string)
	return id
}

// statusWriter records what a handler wrote, for the log line and for the
// panic handler (which can answer 500 only while nothing was written).
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(p)
	w.bytes += int64(n)
	return n, err
}

// Unwrap gives http.ResponseController the connection's own writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// validRequestID accepts an ID from the client when it is short printable
// ASCII without spaces, so that it cannot break a log line or a header.
func validRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; c <= ' ' || c > '~' || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

// wrap gives every request an ID, a log line, and a 500 instead of a dead
// connection when the handler panics.
func (s *Server) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get("X-Request-ID")
		if !validRequestID(id) {
			id = s.idPrefix + "-" + strconv.FormatUint(s.idSeq.Add(1), 10)
		}
		w.Header().Set("X-Request-ID", id)
		r = r.WithContext(context.WithValue(r.Context(), ctxKey{}, id))
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.LogAttrs(r.Context(), slog.LevelError, "panic",
					slog.String("id", id), slog.String("method", r.Method), slog.String("path", r.URL.Path),
					slog.Any("panic", v), slog.String("stack", string(debug.Stack())))
				if sw.status == 0 {
					s.fail(sw, r, &apiError{status: http.StatusInternalServerError, msg: "internal error (logged with this request's id)"})
				} else {
					// Part of an answer is out: the client must see it broken.
					panic(http.ErrAbortHandler)
				}
			}
			status := sw.status
			if status == 0 {
				status = http.StatusOK
			}
			level := slog.LevelInfo
			if status >= 500 {
				level = slog.LevelWarn
			}
			s.log.LogAttrs(r.Context(), level, "request",
				slog.String("id", id), slog.String("method", r.Method), slog.String("path", r.URL.Path),
				slog.Int("status", status), slog.Int64("bytes", sw.bytes), slog.Int64("body", r.ContentLength),
				slog.Duration("dur", time.Since(start)), slog.String("remote", r.RemoteAddr))
		}()
		h.ServeHTTP(sw, r)
	})
}

// limiter bounds the analyses running at once, with a bounded wait.
type limiter struct {
	slots    chan struct{}
	waiting  atomic.Int64
	maxQueue int64
	timeout  time.Duration
}

// acquire takes a slot, waiting if there is room in the queue; it reports
// false when the server is too busy or ctx ends first.
func (l *limiter) acquire(ctx context.Context) bool {
	select {
	case l.slots <- struct{}{}:
		return true
	default:
	}
	if l.waiting.Add(1) > l.maxQueue {
		l.waiting.Add(-1)
		return false
	}
	defer l.waiting.Add(-1)
	t := time.NewTimer(l.timeout)
	defer t.Stop()
	select {
	case l.slots <- struct{}{}:
		return true
	case <-t.C:
	case <-ctx.Done():
	}
	return false
}

func (l *limiter) release() { <-l.slots }

// ListenAndServe listens on addr (DefaultAddr when empty) and serves until
// ctx is done, then shuts down gracefully (see Serve).
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	if addr == "" {
		addr = DefaultAddr
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return s.Serve(ctx, ln)
}

// Serve answers the connections of ln with the Config's timeouts until ctx
// is done. Then it stops accepting, closes idle connections, lets the
// requests in flight finish (up to ShutdownTimeout) and returns nil, or
// the error that ended serving. It closes ln.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	s.log.Info("listening", slog.String("addr", ln.Addr().String()),
		slog.Int64("max_body", s.cfg.MaxBodyBytes), slog.Int("max_concurrent", s.cfg.MaxConcurrent))
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down: finishing the requests in flight", slog.Duration("timeout", s.cfg.ShutdownTimeout))
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	err := hs.Shutdown(sctx)
	if errors.Is(err, context.DeadlineExceeded) {
		hs.Close()
		err = fmt.Errorf("server: shutdown: requests still running after %v were cut off", s.cfg.ShutdownTimeout)
	}
	if e := <-done; err == nil && !errors.Is(e, http.ErrServerClosed) {
		err = e
	}
	if err == nil {
		s.log.Info("stopped")
	}
	return err
}

// discard reads what is left of a body, a little, so that the connection
// can be reused after an early answer.
func discard(r *http.Request) {
	_, _ = io.CopyN(io.Discard, r.Body, 64<<10)
}
