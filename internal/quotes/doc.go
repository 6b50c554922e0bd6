// Package quotes finds the quotations and reported speech of one article and who is
// credited with each: speaker, reporting cue, intermediary outlet and setting.
package quotes
