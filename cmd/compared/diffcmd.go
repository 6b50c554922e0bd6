package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"google.golang.org/protobuf/encoding/protojson"

	comparedv1 "github.com/compared/compared/proto/compared/v1"

	"github.com/compared/compared/internal/compare"
	"github.com/compared/compared/internal/report"
	"github.com/compared/compared/internal/server"
)

// runDiff compares two article files and prints the report, or with --json the
// API response that Compare would return.
func runDiff(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("compared diff", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the Compare response as JSON")
	color := fs.String("color", "auto", "colour the word changes: auto, always or never")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: compared diff [--json] [--color auto|always|never] LEFT.txt RIGHT.txt")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return errors.New("diff needs two files")
	}
	left, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("read left article: %w", err)
	}
	right, err := os.ReadFile(fs.Arg(1))
	if err != nil {
		return fmt.Errorf("read right article: %w", err)
	}
	if *asJSON {
		return printJSON(ctx, stdout, fs.Arg(0), fs.Arg(1), string(left), string(right))
	}
	res, err := compare.New(0).Compare(ctx, compare.Article{Text: string(left)}, compare.Article{Text: string(right)}, compare.Options{})
	if err != nil {
		return err
	}
	return report.Write(stdout, res, report.Style{Color: useColor(*color, stdout)})
}

// printJSON prints exactly what the Compare RPC would answer for the two texts.
func printJSON(ctx context.Context, w io.Writer, leftName, rightName, left, right string) error {
	req := &comparedv1.CompareRequest{
		Left:  &comparedv1.Article{Id: leftName, Text: left},
		Right: &comparedv1.Article{Id: rightName, Text: right},
	}
	resp, err := server.New(server.Config{}).Compare(ctx, req)
	if err != nil {
		return err
	}
	b, err := protojson.MarshalOptions{Multiline: true}.Marshal(resp)
	if err != nil {
		return fmt.Errorf("encode response: %w", err)
	}
	_, err = fmt.Fprintln(w, string(b))
	return err
}

// useColor decides whether to colour: always, never, or auto (a terminal without
// NO_COLOR set).
func useColor(mode string, w io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if _, ok := os.LookupEnv("NO_COLOR"); ok {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
