// Package facts finds the numbers, dates and named entities of one article, each
// with its span and a normalised value.
package facts
