// Package align finds which sentences of two articles carry the same content: it
// scores sentence pairs on weighted content words and links the best ones, one to
// one or, where content was split or merged, one to several.
package align
