package segment

import "testing"

func TestIsFurniture(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"https://www.yahoo.com/news/syria-talks-open-switzerland-063500770.html", true},
		{"180", true},
		{"By Jane Doe", true},
		{"By Hyunsu Yim and Ju-min Park", true},
		{"By Maayan Lubell and Nidal al-Mughrabi", true},
		{"By Larry Neumeister, Jennifer Peltz and Michael R. Sisak", true},
		{"By Bart H. Meijer and Stephanie van den Berg", true},
		{"By Tom de la Cruz", true},
		{"By the end of the day", false},
		{"By October the U.S. had left.", false},
		{"By Mid-March the talks had collapsed.", false},
		{"Reporting by Duncan Miriri; Editing by Alex Richardson", true},
		{"Additional reporting by Tom Perry in Beirut", true},
		{"Associated Press writer Lorne Cook in Brussels contributed to this report.", true},
		{"Samy Magdy in Cairo contributed reporting.", true},
		{"The minister contributed to this fund last year.", false},
		{"(This story has been refiled to fix a typo in paragraph 3)", true},
		{"This article was updated to add the company's comment.", true},
		{"This story is about the fine, the company said.", false},
		{"Photo: Reuters/Yves Herman", true},
		{"REUTERS/Yves Herman/File Photo", true},
		{"(AP Photo/Jane Doe)", true},
		{"US/EU talks resume.", false},
		{"FILE PHOTO: A Google logo is seen in Brussels, Belgium, May 28, 2023. REUTERS/Yves Herman/File Photo", true},
		{"Follow AP's coverage of the European Union at https://apnews.com/hub/european-union", true},
		{"Follow the money, the investigators said.", false},
		{"Our Standards: The Thomson Reuters Trust Principles.", true},
		{"Copyright 2016 AFP. All rights reserved.", true},
		{"\u00a9 2016 The Associated Press", true},
		{"By Tuesday the talks had collapsed.", false},
		{"The deal was reported by Reuters.", false},
		{"Our standards of living have fallen, the minister said.", false},
		{"180 people died.", false},
		{"Advertisement", true},
		{"Share", true},
		{"Read more: Aid convoys stuck at border crossing", true},
		{"Related: What we know about the proposed deal", true},
		{"Published 12 May 2024, 09:14 BST", true},
		{"Updated 2 hours ago", true},
		{"Share prices fell on Monday.", false},
		{"Published reports say 12 people died on Monday.", false},
		{"Updated: Monday, 14:05", true},
		{"Updated figures show the toll rose.", false},
		{"Related stories were dropped.", false},
		{"Image source, Getty Images", true},
		{"Image caption, Passengers waited at St Pancras station in London on Saturday", true},
		{"Related Topics", true},
		{"More on this story", true},
		{"More on Monday.", false},
		{"Image sources were checked by the agency.", false},
	}
	for _, tt := range tests {
		doc := Segment(tt.text)
		if len(doc.Sentences) == 0 {
			t.Fatalf("Segment(%q) has no sentence", tt.text)
		}
		if got := IsFurniture(doc.Sentences[0]); got != tt.want {
			t.Errorf("IsFurniture(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
