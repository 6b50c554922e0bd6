package server

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	comparedv1 "github.com/compared/compared/proto/compared/v1"
)

// validate checks a request and reports every problem at once: InvalidArgument for
// missing or malformed fields, ResourceExhausted for an article over the size limit.
func validate(req *comparedv1.CompareRequest, maxBytes int) error {
	var problems []string
	tooLarge := false
	check := func(field string, a *comparedv1.Article) {
		switch {
		case a == nil:
			problems = append(problems, field+" is required")
		case strings.TrimSpace(a.GetText()) == "":
			problems = append(problems, field+".text is empty; send the article body as UTF-8 text")
		case len(a.GetText()) > maxBytes:
			tooLarge = true
			problems = append(problems, fmt.Sprintf("%s.text is %d bytes, over the limit of %d bytes; send a shorter article", field, len(a.GetText()), maxBytes))
		case !utf8.ValidString(a.GetText()):
			problems = append(problems, field+".text is not valid UTF-8; convert it to UTF-8 before sending")
		}
		if a != nil && a.GetPublishedAt() != nil {
			if err := a.GetPublishedAt().CheckValid(); err != nil {
				problems = append(problems, field+".published_at is not a valid timestamp")
			}
		}
	}
	check("left", req.GetLeft())
	check("right", req.GetRight())
	if o := req.GetOptions(); o != nil {
		if _, ok := comparedv1.SpanEncoding_name[int32(o.GetSpanEncoding())]; !ok {
			problems = append(problems, fmt.Sprintf("options.span_encoding %d is unknown; use SPAN_ENCODING_UTF8, SPAN_ENCODING_UTF16 or SPAN_ENCODING_CODE_POINT", o.GetSpanEncoding()))
		}
		if m := o.GetMinSimilarity(); m < 0 || m > 1 || m != m {
			problems = append(problems, fmt.Sprintf("options.min_similarity %v is out of range; use a value in (0, 1], or 0 for the default", m))
		}
	}
	if len(problems) == 0 {
		return nil
	}
	code := codes.InvalidArgument
	if tooLarge && len(problems) == 1 {
		code = codes.ResourceExhausted
	}
	return status.Error(code, "invalid request: "+strings.Join(problems, "; "))
}
