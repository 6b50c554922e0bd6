package compare_test

import (
	"context"
	"fmt"

	"github.com/compared/compared/internal/compare"
)

func ExampleComparer_Compare() {
	left := compare.Article{Text: `Kerry and Sergie Lavrov chaired the 17-nation meeting on Monday. "We are talking to the Russians," a senior official told reporters.`}
	right := compare.Article{Text: `Kerry and Sergei Lavrov chaired the 20-nation meeting on Monday. "We are talking to the Russians," a senior official was quoted as saying by AFP.`}
	res, err := compare.New(0).Compare(context.Background(), left, right, compare.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range res.Alignments {
		fmt.Printf("left %v ~ right %v\n", a.Left, a.Right)
	}
	for _, d := range res.Differences {
		fmt.Println(d.Summary)
	}
	// Output:
	// left [0] ~ right [0]
	// left [1] ~ right [1]
	// The number differs: "17-nation" in the left article, "20-nation" in the right.
	// The left article credits a senior official (told reporters); the right credits a senior official (was quoted as saying) via AFP.
	// The articles spell the person differently: "Sergie Lavrov" and "Sergei Lavrov".
}
