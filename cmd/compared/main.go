// Command compared serves the compared.v1 ComparisonService over gRPC, or with the
// diff subcommand compares two article files and prints a report.
//
//	compared [serve] [-addr :50051] ...   serve gRPC (the default)
//	compared diff [--json] LEFT RIGHT     compare two files without a server
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "compared:", err)
		os.Exit(1)
	}
}

// run dispatches to the subcommand named by the first argument.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		switch args[0] {
		case "diff":
			return runDiff(ctx, args[1:], stdout, stderr)
		case "serve":
			args = args[1:]
		}
	}
	return runServe(ctx, args, stderr)
}
