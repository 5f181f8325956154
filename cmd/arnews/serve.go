package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/server"
)

func init() {
	register(&command{
		name:  "serve",
		args:  "",
		short: "serve the library over HTTP, with a page that shows the annotations",
		long: `Endpoints (see package github.com/arnews/arnews/server):
  POST /v1/analyze        the Document JSON of {"text","published","tz","weekstart",...}
                          (or a text/plain body with ?published=&tz=&weekstart=)
  POST /v1/dates          the date expressions alone, Duckling-style
  GET  /v1/entities/{id}  a gazetteer entry
  GET  /healthz           {"status":"ok",...}
  GET  /                  a page: paste an article, pick its date, see it annotated
The server listens on 127.0.0.1 unless -addr says otherwise, and stops on SIGINT or
SIGTERM after finishing the requests in flight. -tz is the zone of requests that name
none, -weekstart their first day of the week; -date does not apply (each request
gives its own publication time). One log line per request goes to stderr.`,
		uses: useDate | useWeekStart | useGazetteer | useModel | useQuiet,
		setup: func(fs *flag.FlagSet) func(*env) error {
			addr := fs.String("addr", server.DefaultAddr, "listen on `host:port` (:8080 listens on every interface)")
			maxBody := byteSize(server.DefaultMaxBodyBytes)
			fs.Var(&maxBody, "max-body", "largest request `size` (8MB, 512KB or bytes); larger bodies get 413")
			maxConcurrent := fs.Int("max-concurrent", 0, "analyses running at once (default: the number of cores)")
			maxQueue := fs.Int("max-queue", server.DefaultMaxQueue, "requests waiting for an analysis; 503 with Retry-After beyond (-1: none wait)")
			queueTimeout := fs.Duration("queue-timeout", server.DefaultQueueTimeout, "longest wait for an analysis slot before 503")
			readTimeout := fs.Duration("read-timeout", server.DefaultReadTimeout, "longest time to read a request, body included")
			writeTimeout := fs.Duration("write-timeout", server.DefaultWriteTimeout, "longest time from the end of a request's headers to the end of its answer")
			idleTimeout := fs.Duration("idle-timeout", server.DefaultIdleTimeout, "how long an idle keep-alive connection stays open")
			shutdownTimeout := fs.Duration("shutdown-timeout", server.DefaultShutdownTimeout, "on SIGINT or SIGTERM, how long to wait for the requests in flight")
			logFormat := fs.String("log", "text", "log `format`: text or json")
			trust := fs.Bool("truststamp", false, "anchor relative dates on the publication time as given, even where the text says it was written on another day")
			return func(e *env) error {
				if len(e.args) > 0 {
					return usagef("serve takes no FILE (at most 0 arguments), got %d: %s", len(e.args), strings.Join(e.args, " "))
				}
				if e.date != "" {
					return usagef("-date: each request gives its own publication time (\"published\")")
				}
				level := slog.LevelInfo
				if e.quiet {
					level = slog.LevelWarn
				}
				var h slog.Handler
				switch *logFormat {
				case "text":
					h = slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level})
				case "json":
					h = slog.NewJSONHandler(e.stderr, &slog.HandlerOptions{Level: level})
				default:
					return usagef("-log: %q is neither text nor json", *logFormat)
				}
				g, err := e.gazetteerValue()
				if err != nil {
					return err
				}
				var opts []arnews.Option
				if e.model != "" {
					o, err := modelOption(e.model)
					if err != nil {
						return fmt.Errorf("-model %s: %s", e.model, trimPkg(err))
					}
					opts = append(opts, o)
				}
				ws := e.ws
				s, err := server.New(server.Config{
					Gazetteer:       g,
					Options:         opts,
					TrustStamp:      *trust,
					WeekStart:       &ws,
					Location:        e.loc,
					MaxBodyBytes:    int64(maxBody),
					MaxConcurrent:   *maxConcurrent,
					MaxQueue:        *maxQueue,
					QueueTimeout:    *queueTimeout,
					ReadTimeout:     *readTimeout,
					WriteTimeout:    *writeTimeout,
					IdleTimeout:     *idleTimeout,
					ShutdownTimeout: *shutdownTimeout,
					Logger:          slog.New(h),
				})
				if err != nil {
					return err
				}
				ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
				defer stop()
				return s.ListenAndServe(ctx, *addr)
			}
		},
	})
	registerFormat(&outputFormat{
		name:  "html",
		usage: "write the annotated text as one self-contained HTML page (opens without a network)",
		write: func(w io.Writer, name string, d *arnews.Document) error {
			return server.WriteHTML(w, d, server.HTMLOptions{Title: "arnews: " + name})
		},
	})
}

// byteSize is a flag of a size in bytes, written 8MB, 512KB, 1GB or a
// number of bytes.
type byteSize int64

func (b *byteSize) String() string {
	switch n := int64(*b); {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + "MB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + "KB"
	default:
		return strconv.FormatInt(n, 10)
	}
}

func (b *byteSize) Set(s string) error {
	u := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, x := range []struct {
		suffix string
		m      int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(u, x.suffix) {
			u, mult = strings.TrimSpace(strings.TrimSuffix(u, x.suffix)), x.m
			break
		}
	}
	n, err := strconv.ParseInt(u, 10, 64)
	if err != nil || n <= 0 || n > (1<<40)/mult {
		return fmt.Errorf("%q is not a size such as 8MB, 512KB or 1000000", s)
	}
	*b = byteSize(n * mult)
	return nil
}
