package facts

import (
	"fmt"
	"time"
)

// Type is the type of a fact.
type Type int

// Fact types.
const (
	Number Type = iota + 1
	Date
	Person
	Place
	Organization
)

func (t Type) String() string {
	switch t {
	case Number:
		return "number"
	case Date:
		return "date"
	case Person:
		return "person"
	case Place:
		return "place"
	case Organization:
		return "organisation"
	}
	return fmt.Sprintf("Type(%d)", int(t))
}

// IsEntity reports whether t is a named-entity type.
func (t Type) IsEntity() bool { return t == Person || t == Place || t == Organization }

// Fact is one number, date or named entity of an article.
type Fact struct {
	Type       Type
	Text       string // as written
	Start, End int    // byte span of Text in the article
	Sentence   int    // index of the sentence that holds it

	Value    string // normalised: "300000", "2016-08-01", "--08", "Sergie Lavrov"
	Hedge    string // numbers: "more than", "nearly"
	Unit     string // numbers: the counted thing, "nation", "people", "%"
	Resolved bool   // dates: a full calendar date or month with its year
	When     When   // dates: the parts that are known
	Key      string // entities: the key that joins mentions of one entity ("lavrov")
	Filer    bool   // entities: who filed the story or its photo, named in the dateline ("LAUSANNE (AFP) -") or a photo credit ("(AFP Photo/Fabrice Coffrini)")
	Dateline bool   // places: the city a dateline opens with, where the story was filed ("MUNICH (Bloomberg) -"); dates: the day it was filed ("BLANTYRE, Feb 8 (Reuters) -", a line "Dec 5, 2023" alone)
	Restated bool   // numbers: the measure before it restated in other units, in brackets ("10 km (6 miles)", "9 billion euros ($10.1 billion)")
	Zone     string // times of day: the time zone written after it, in lower case ("cdt", "gmt", "eastern"), or ""
	Holiday  bool   // dates: a holiday, which gives its day by name ("before Christmas")
	Shift    int    // dates: the days from the day the story named before it ("a day earlier": -1), or 0
}

// When is a date's known parts; zero means unknown.
type When struct {
	Year, Month, Day int
	Weekday          int // 1 = Sunday ... 7 = Saturday; 0 unknown
	// Part is the part of the month a date without a day names: "early",
	// "mid" or "late" ("late March"); "" for the whole month or a day.
	Part string
}

// DayOfWeek returns the day of the week of w (1 = Sunday ... 7 = Saturday): the
// one a full date falls on, or else the weekday w names, 0 if none.
func (w When) DayOfWeek() int {
	if w.Year > 0 && w.Month > 0 && w.Day > 0 {
		return int(time.Date(w.Year, time.Month(w.Month), w.Day, 0, 0, 0, 0, time.UTC).Weekday()) + 1
	}
	return w.Weekday
}
