// Package segment splits an article into paragraphs, sentences and tokens, each with
// its byte span in the original text, and folds cosmetic differences for comparison.
package segment
