// Package diff finds how two aligned articles differ: word edits inside aligned
// sentences, attribution that credits differently, and facts that conflict or that
// only one article states.
package diff
