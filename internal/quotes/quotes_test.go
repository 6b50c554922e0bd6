package quotes

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/segment"
)

// brief is what a test checks of a quote.
type brief struct {
	Text, Speaker, Cue, Intermediary string
	Direct                           bool
}

func extract(text string) []brief {
	var out []brief
	for _, q := range New(lexicon.New()).Extract(segment.Segment(text)) {
		a := q.Attribution
		out = append(out, brief{q.Text, a.Speaker, a.Cue, a.Intermediary, q.Direct})
	}
	return out
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name string
		give string
		want []brief
	}{
		{"straight marks, attribution after", `"We are talking to them," he said.`,
			[]brief{{"We are talking to them", "he", "said", "", true}}},
		{"curly marks, inverted cue", "\u201cThere is no future with Assad,\u201d said Frank Steinmeier.",
			[]brief{{"There is no future with Assad", "Frank Steinmeier", "said", "", true}}},
		{"attribution before, hyphenated name", `German Foreign Minister Frank-Walter Steinmeier said as he arrived: "There is no future with Assad."`,
			[]brief{{"There is no future with Assad.", "German Foreign Minister Frank-Walter Steinmeier", "said", "", true}}},
		{"single marks", "'This is a long way from the finish line,' Lavrov said.",
			[]brief{{"This is a long way from the finish line", "Lavrov", "said", "", true}}},
		{"apostrophes are not marks", "Assad's forces don't move, officials said.",
			[]brief{{"Assad's forces don't move", "officials", "said", "", false}}},
		{"attribution before with a colon", `Lavrov reportedly said: "Today we are far away."`,
			[]brief{{"Today we are far away.", "Lavrov", "said", "", true}}},
		{"attribution inside", `"The talks are over," Ruiz said, "and nobody believes otherwise."`,
			[]brief{{"The talks are over", "Ruiz", "said", "", true}, {"and nobody believes otherwise.", "Ruiz", "said", "", true}}},
		{"partial quote", `Lavrov told reporters he had no "special expectations" of progress.`,
			[]brief{{"special expectations", "Lavrov", "told reporters", "", true}}},
		{"scare quote is no quotation", `The so-called "moderate" rebels advanced.`, nil},
		{"according to a source and when it came out", "Labour leads by 20 points, according to a YouGov poll published on Tuesday.",
			[]brief{{"Labour leads by 20 points", "a YouGov poll", "according to", "", false}}},
		{"what a survey put a party on", "A YouGov survey released Tuesday put Labour on 44 per cent and the Tories on 24 per cent.",
			[]brief{{"Labour on 44 per cent and the Tories on 24 per cent", "A YouGov survey", "put", "", false}}},
		{"a cue's form as an adjective", "The Nuseirat camp has come under repeated bombardment in recent weeks, despite repeated warnings.", nil},
		{"words quoted inside a statement an outlet closes", `Xi Jinping called for "all-out efforts" to rescue those trapped, the official Xinhua News Agency said.`,
			[]brief{{"all-out efforts", "", "said", "the official Xinhua News Agency", true}}},
		{"a body named for its research puts no finding", "The Swiss avalanche research institute had put the danger level at 3 on its five-level scale.", nil},
		{"a passive after a modal names no speaker", `Trump said the tariffs would be formally announced next week, telling executives they would have "protection for a long time."`,
			[]brief{{"protection for a long time.", "Trump", "said", "", true}}},
		{"a clause after the quotation credits its own words", `The European Commission said it would "react firmly and commensurately" to defend EU industry, while China urged Washington to show restraint.`,
			[]brief{{"react firmly and commensurately", "The European Commission", "said", "", true}}},
		{"two people named speak together", `Robert Laurenson and Vivek Trivedi said the government had left them "no choice" but to strike.`,
			[]brief{{"no choice", "Robert Laurenson and Vivek Trivedi", "said", "", true}}},
		{"a name after a clause speaks alone", `Talks broke down on Friday and Smith said "we are done here" to reporters.`,
			[]brief{{"we are done here", "Smith", "said", "", true}}},
		{"a name joined to a name by and", "It is 10 percent larger than Earth, according to Elisa Quintana of the SETI Institute and NASA's Ames Research Center.",
			[]brief{{"It is 10 percent larger than Earth", "Elisa Quintana of the SETI Institute and NASA's Ames Research Center", "according to", "", false}}},
		{"a surname inside a speaker described", `It is larger than Earth, according to lead author Elisa Quintana of the SETI Institute. "This is the first such planet," Quintana said.`,
			[]brief{{"It is larger than Earth", "lead author Elisa Quintana of the SETI Institute", "according to", "", false},
				{"This is the first such planet", "lead author Elisa Quintana of the SETI Institute", "said", "", true}}},
		{"a subject set off from its verb by a participle's phrase", `Secretary of State Antony Blinken, speaking in New Zealand, called for his release and said the United States "strongly condemns any effort to seize power."`,
			[]brief{{"strongly condemns any effort to seize power.", "Secretary of State Antony Blinken", "said", "", true}}},
		{"an election called", "Prime Minister Rishi Sunak called a snap election in May.", nil},
		{"an event called by its name", `Transport Secretary Mark Harper called the strike "completely unnecessary".`,
			[]brief{{"completely unnecessary", "Transport Secretary Mark Harper", "called", "", true}}},
		{"an outlet relays whom it cites", "The Handelsblatt newspaper reported, citing sources, that the Greens would walk out of the talks.",
			[]brief{{"the Greens would walk out of the talks", "sources", "reported", "The Handelsblatt newspaper", false}}},
		{"what a source cites is no part of its statement", "The ministry said, citing figures, that prices rose.",
			[]brief{{"prices rose", "The ministry", "said", "", false}}},
		{"an outlet cites after its attribution", "The Greens would walk out of the talks, the Handelsblatt newspaper reported, citing unnamed sources.",
			[]brief{{"The Greens would walk out of the talks", "unnamed sources", "reported", "the Handelsblatt newspaper", false}}},
		{"a daily is an outlet", "The Greens would walk out of the talks, the Handelsblatt daily reported.",
			[]brief{{"The Greens would walk out of the talks", "", "reported", "the Handelsblatt daily", false}}},
		{"a leading phrase names the outlet", "Speaking to the BBC, the prime minister said the decision was final.",
			[]brief{{"the decision was final", "the prime minister", "said", "the BBC", false}}},
		{"an interview named before the speaker", "In an interview with the Financial Times, Lagarde said rates would stay high.",
			[]brief{{"rates would stay high", "Lagarde", "said", "the Financial Times", false}}},
		{"a possessive lead-in with a colon", `The minister's verdict: "This is not acceptable to us."`,
			[]brief{{"This is not acceptable to us.", "The minister", "verdict", "", true}}},
		{"a contraction is no possessive lead-in", `Here's the deal: "We sign today or never."`,
			[]brief{{"We sign today or never.", "", "", "", true}}},
		{"a word quoted as what a speaker called something", `Kentucky Republican Rand Paul called the bill a "monstrosity" and voted no.`,
			[]brief{{"monstrosity", "Kentucky Republican Rand Paul", "called", "", true}}},
		{"a participle carries the speaker on to a second quotation", `Summit president Sultan al-Jaber hailed the deal as "historic", telling delegates: "We have language on fossil fuels in our final agreement."`,
			[]brief{{"historic", "Summit president Sultan al-Jaber", "hailed", "", true}, {"We have language on fossil fuels in our final agreement.", "Summit president Sultan al-Jaber", "telling delegates", "", true}}},
		{"a description set off after an inverted speaker", `"Humanity has finally done what is long overdue," said Dan Jorgensen, Denmark's climate minister.`,
			[]brief{{"Humanity has finally done what is long overdue", "Dan Jorgensen", "said", "", true}}},
		{"a word quoted as what a speaker judged something", `Turkish President Tayyip Erdogan condemned the attack as "vile".`,
			[]brief{{"vile", "Turkish President Tayyip Erdogan", "condemned", "", true}}},
		{"a word quoted far from the naming verb is a scare quote", `Paul called for changes to what he sees as the so-called "monstrosity" of a budget.`, nil},
		{"nested quotes stay inside", `"He called it 'a farce from start to end'," she said.`,
			[]brief{{"He called it 'a farce from start to end'", "she", "said", "", true}}},
		{"quotation over two paragraphs", "\"The ceasefire is holding. But not in the east.\n\n\"We need observers,\" the envoy Karl Brandt told journalists.",
			[]brief{{"The ceasefire is holding. But not in the east.", "the envoy Karl Brandt", "told journalists", "", true},
				{"We need observers", "the envoy Karl Brandt", "told journalists", "", true}}},
		{"missing closing mark at the end", `Kerry said: "We will meet again next week`,
			[]brief{{"We will meet again next week", "Kerry", "said", "", true}}},
		{"a verb that takes a thing before a long subject and its verb", "The union claimed the airline's offer of a flat 900 euros a month over two years was not enough.",
			[]brief{{"the airline's offer of a flat 900 euros a month over two years was not enough", "The union", "claimed", "", false}}},
		{"a verb that takes a thing before a thing and a relative clause", "The minister denied the allegations of fraud in the tender for new trains that were made on Monday.", nil},
		{"claims counted or after a preposition are nouns", "Bayer has paid $10 billion to resolve most of the Roundup claims it faced, but some 54,000 claims are still outstanding.", nil},
		{"names in hyphenated parts", `"It was felt everywhere," Wu Chien-fu, director of the Seismology Center, told reporters. "We are ready," Moon Jae-in said. "We will respond," said Kim Jong-un.`,
			[]brief{{"It was felt everywhere", "Wu Chien-fu", "told reporters", "", true}, {"We are ready", "Moon Jae-in", "said", "", true},
				{"We will respond", "Kim Jong-un", "said", "", true}}},
		{"a body's spokesman named after its kind", `"Most of the victims died at sea," agency spokesman Yusuf Latif said.`,
			[]brief{{"Most of the victims died at sea", "agency spokesman Yusuf Latif", "said", "", true}}},
		{"according to a described source", "The opposition will attend the talks, according to a spokesman for the High Negotiations Committee.",
			[]brief{{"The opposition will attend the talks", "a spokesman for the High Negotiations Committee", "according to", "", false}}},
		{"a clause of its own after the quotation", `Spokesman Nasser Kanaani called the sanctions "illegal and unjustified" and said Tehran would respond, according to the state news agency IRNA.`,
			[]brief{{"illegal and unjustified", "Spokesman Nasser Kanaani", "called", "the state news agency IRNA", true},
				{"Tehran would respond", "Spokesman Nasser Kanaani", "said", "the state news agency IRNA", false}}},
		{"and a cue inside the quotation is no statement of its own", `Kanaani said "we will respond and said so before" on Monday.`,
			[]brief{{"we will respond and said so before", "Kanaani", "said", "", true}}},
		{"how, before the cue, is no part of who", "Board chair Larry Kellner additionally said he would not seek re-election.",
			[]brief{{"he would not seek re-election", "Board chair Larry Kellner", "said", "", false}}},
		{"a noun in -ly ends the speaker", "The national assembly said it would vote on Friday.",
			[]brief{{"it would vote on Friday", "The national assembly", "said", "", false}}},
		{"the one told, then a clause opening with a possessive", "The survivors told rescuers their boat had capsized.",
			[]brief{{"their boat had capsized", "The survivors", "told rescuers", "", false}}},
		{"a relative clause between the speaker and the cue, however long", "Prime Minister Narendra Modi, who watched the landing from South Africa where he is attending a summit, said the success belonged to all of humanity.",
			[]brief{{"the success belonged to all of humanity", "Prime Minister Narendra Modi", "said", "", false}}},
		{"a hedged cue after a long relative clause", "Prime Minister Narendra Modi, who watched the landing from South Africa where he is attending a summit, reportedly said the success belonged to all of humanity.",
			[]brief{{"the success belonged to all of humanity", "Prime Minister Narendra Modi", "said", "", false}}},
		{"two bodies joined by and, the cue hedged", "At least 41 migrants are feared to have died, the U.N. refugee agency and the International Organization for Migration reportedly said on Wednesday, citing survivors.",
			[]brief{{"At least 41 migrants are feared to have died", "the U.N. refugee agency and the International Organization for Migration", "said", "", false}}},
		{"a dateline is no part of the statement", "ROME, Aug 9 (Reuters) - At least 41 migrants are feared to have died, officials said.",
			[]brief{{"At least 41 migrants are feared to have died", "officials", "said", "", false}}},
		{"a claim that opens with an amount", "The ministry claimed 1,500 troops would be deployed.",
			[]brief{{"1,500 troops would be deployed", "The ministry", "claimed", "", false}}},
		{"an amount pledged to do something is no statement", "Donors pledged $2.5 billion to rebuild the city.", nil},
		{"a claim without that", "Governor Jane Smith claimed the labour market remained tight.",
			[]brief{{"the labour market remained tight", "Governor Jane Smith", "claimed", "", false}}},
		{"the speaker before the quotation, the outlet after", `Spokesman Nasser Kanani said the sanctions were "illegal and unjustified", state media reported.`,
			[]brief{{"illegal and unjustified", "Spokesman Nasser Kanani", "said", "state media", true}}},
		{"a description by its country, then the name", `Ukraine's foreign minister, Dmytro Kuleba, called the decision "a strong signal" on social media.`,
			[]brief{{"a strong signal", "Ukraine's foreign minister, Dmytro Kuleba", "called", "", true}}},
		{"a dateline before the speaker, a day after the cue", `TOKYO (Reuters) - Toyota Motor Corp said on Thursday it would recall about 1.2 million vehicles.`,
			[]brief{{"it would recall about 1.2 million vehicles", "Toyota Motor Corp", "said", "", false}}},
		{"a filing and whom it went to", `The recall covers certain Camry models, the company said in a filing with the National Highway Traffic Safety Administration (NHTSA).`,
			[]brief{{"The recall covers certain Camry models", "the company", "said", "", false}}},
		{"documents and who posted them", `The affected vehicles include some Camry models, according to documents posted by U.S. safety regulators.`,
			[]brief{{"The affected vehicles include some Camry models", "documents posted by U.S. safety regulators", "according to", "", false}}},
		{"a weekday straight after the cue", `Toyota is recalling roughly 1.3 million vehicles, the automaker said Thursday.`,
			[]brief{{"Toyota is recalling roughly 1.3 million vehicles", "the automaker", "said", "", false}}},
		{"a quotation inside a sentence relayed by an outlet", `Lavrov said on Thursday he had no "special expectations" of progress, according to TASS.`,
			[]brief{{"special expectations", "Lavrov", "said", "TASS", true}}},
		{"a broadcaster by its kind and name", `"The situation is very difficult," fire service spokesman Yannis Artopios told state broadcaster ERT.`,
			[]brief{{"The situation is very difficult", "fire service spokesman Yannis Artopios", "told", "state broadcaster ERT", true}}},
		{"a newspaper by its name and kind", `"We are cautiously optimistic," a senior Egyptian official told the state-run Al-Ahram newspaper.`,
			[]brief{{"We are cautiously optimistic", "a senior Egyptian official", "told", "the state-run Al-Ahram newspaper", true}}},
		{"an outlet reports news", "Reuters first reported the deal on Tuesday.", []brief{{"the deal on Tuesday", "", "reported", "Reuters", false}}},
		{"reported results are no words", "Microsoft reported third-quarter revenue of $61.9 billion on Tuesday, up 17% from a year earlier.", nil},
		{"a speaker's attribution, then an outlet's", "The kingdom will not accept the deal, Foreign Minister Adel al-Jubeir said on Monday, Al Arabiya reported.",
			[]brief{{"The kingdom will not accept the deal", "Foreign Minister Adel al-Jubeir", "said", "Al Arabiya", false}}},
		{"according to, leading", "According to a statement from the ministry, the talks will resume in March.",
			[]brief{{"the talks will resume in March", "a statement from the ministry", "according to", "", false}}},
		{"a reporting word as a noun", "A spokeswoman declined to comment on the report.", nil},
		{"they after a plural that opens the sentence", `Officials said the border was closed. "We had no choice," they added.`,
			[]brief{{"the border was closed", "Officials", "said", "", false}, {"We had no choice", "Officials", "added", "", true}}},
		{"a time phrase before that", "The World Health Organization said on Monday that 1.5 million children had been vaccinated.",
			[]brief{{"1.5 million children had been vaccinated", "The World Health Organization", "said", "", false}}},
		{"a pronoun after a name that ends in s", `"This is a major step," WHO chief Tedros Adhanom Ghebreyesus told reporters. He added that funding remained short.`,
			[]brief{{"This is a major step", "WHO chief Tedros Adhanom Ghebreyesus", "told reporters", "", true},
				{"funding remained short", "WHO chief Tedros Adhanom Ghebreyesus", "added", "", false}}},
		{"a pronoun after a name in the possessive, past a dateline", "Rutte's government collapses\n\nTHE HAGUE, July 7 (Reuters) - Dutch Prime Minister Mark Rutte's coalition government collapsed on Friday, he told reporters.",
			[]brief{{"Dutch Prime Minister Mark Rutte's coalition government collapsed on Friday", "Dutch Prime Minister Mark Rutte", "told reporters", "", false}}},
		{"a participle before a colon", `Its chief Tedros was telling reporters: "This is a major step."`,
			[]brief{{"This is a major step.", "Its chief Tedros", "telling reporters", "", true}}},
		{"a quotation someone called something", `Opposition leader Ana Silva called the result "a victory for democracy".`,
			[]brief{{"a victory for democracy", "Opposition leader Ana Silva", "called", "", true}}},
		{"a call for something is no statement", "The opposition called for a ceasefire in the north.", nil},
		{"a few quoted words in another's sentence carry no attribution on", "\"I don't think we can hope for much,\" a ministry spokesman said.\n\nInstead he called for \"concrete steps\" to implement the resolutions.",
			[]brief{{"I don't think we can hope for much", "a ministry spokesman", "said", "", true}, {"concrete steps", "", "", "", true}}},
		{"a cue after a first verb", `Italian Economy Minister Giancarlo Giorgetti welcomed the agreement but warned that "much work remains to be done."`,
			[]brief{{"much work remains to be done.", "Italian Economy Minister Giancarlo Giorgetti", "warned", "", true}}},
		{"a cue after a first verb, reported", "On Friday, Lavrov welcomed the plan and said that Russia would join the talks.",
			[]brief{{"Russia would join the talks", "Lavrov", "said", "", false}}},
		{"member states are no statement", "The fund was created in 2020 to help member states respond to natural disasters.", nil},
		{"a report states a clause", "The report states that the fund was rarely used.",
			[]brief{{"the fund was rarely used", "The report", "states", "", false}}},
		{"a described speaker set off by commas", "It will cut 450 jobs by mid-October, the chief executive, Sergey Ivanov, told the Financial Times.",
			[]brief{{"It will cut 450 jobs by mid-October", "the chief executive, Sergey Ivanov", "told", "the Financial Times", false}}},
		{"a named speaker then the description", "It will cut 450 jobs, Sergey Ivanov, the chief executive, told Reuters.",
			[]brief{{"It will cut 450 jobs", "Sergey Ivanov, the chief executive", "told", "Reuters", false}}},
		{"an infinitive reports nothing", "The Senate voted 52-48 on Thursday to confirm Jane Smith as the next secretary of labor.", nil},
		{"a statement reported before a quotation", `Republicans said Smith lacked management experience, and Senator John Thune called her "the wrong choice at the wrong time."`,
			[]brief{{"Smith lacked management experience", "Republicans", "said", "", false}, {"the wrong choice at the wrong time.", "Senator John Thune", "called", "", true}}},
		{"a post quoted", `Health Minister Anna Berg posted on X: "We have done everything we could."`,
			[]brief{{"We have done everything we could.", "Health Minister Anna Berg", "posted", "", true}}},
		{"a post is no statement", "The ministry posted a video of the border crossing.", nil},
		{"reports of something are no report", "There were no immediate reports of deaths in the town.", nil},
		{"a speaker in the clause after the comma", "There were no immediate reports of deaths, but public broadcaster NHK said several people had been injured.",
			[]brief{{"several people had been injured", "", "said", "public broadcaster NHK", false}}}, // an outlet as the source, as "Reuters reported"
		{"a statement added after a quotation", `"We are doing everything we can," Prime Minister Fumio Kishida said, adding that a task force had been set up.`,
			[]brief{{"We are doing everything we can", "Prime Minister Fumio Kishida", "said", "", true}, {"a task force had been set up", "Prime Minister Fumio Kishida", "adding", "", false}}},
		{"told whom, then what", "Prime Minister Fumio Kishida told reporters the government had set up a task force.",
			[]brief{{"the government had set up a task force", "Prime Minister Fumio Kishida", "told reporters", "", false}}},
		{"informed whom, then what", "Finance Minister Christian Lindner informed parliament that the money would come from the climate fund.",
			[]brief{{"the money would come from the climate fund", "Finance Minister Christian Lindner", "informed parliament", "", false}}},
		{"assured whom, then what", "The central bank assured investors it would act if needed.",
			[]brief{{"it would act if needed", "The central bank", "assured investors", "", false}}},
		{"well-informed sources are no cue", "Well-informed sources expect the deal to be signed.", nil},
		{"informed people are no cue", "The informed public can judge for itself.", nil},
		{"claiming responsibility is no statement", "No group has claimed responsibility for the attack.", nil},
		{"a claim is one", "The group claimed that it had carried out the attack.",
			[]brief{{"it had carried out the attack", "The group", "claimed", "", false}}},
		{"a claim whose verb is in the past", "The opposition leader claimed the country needed change.",
			[]brief{{"the country needed change", "The opposition leader", "claimed", "", false}}},
		{"a confirmation of what happened", "Police confirmed the man died in hospital.",
			[]brief{{"the man died in hospital", "Police", "confirmed", "", false}}},
		{"a claim whose verb is irregular", "Police claimed the burglars got into the vault through a window.",
			[]brief{{"the burglars got into the vault through a window", "Police", "claimed", "", false}}},
		{"a claim whose subject is it", "The company claimed it knew of no injuries.",
			[]brief{{"it knew of no injuries", "The company", "claimed", "", false}}},
		{"a claim of it is no statement", "No group claimed it.", nil},
		{"a claim whose verb's past is its participle", "Kishida claimed the G7 stood united.",
			[]brief{{"the G7 stood united", "Kishida", "claimed", "", false}}},
		{"a thing announced, described by an irregular participle", "The ministry confirmed the ship lost at sea.", nil},
		{"a thing denied, then the statement's own cue, hedged", "Apple denied wrongdoing but reportedly said it agreed to settle.",
			[]brief{{"it agreed to settle", "Apple", "said", "", false}}},
		{"when the words were said, after the cue", "The Confederation won just 7.2%, the National Electoral Commission said after counting ballots from all polling stations.",
			[]brief{{"The Confederation won just 7.2%", "the National Electoral Commission", "said", "", false}}},
		{"how the words came about, before what was said", "The minister said after meeting his counterpart that talks would resume.",
			[]brief{{"talks would resume", "The minister", "said", "", false}}},
		{"footage that shows what happened", "The men were taken to hospital in ambulances, television footage showed.",
			[]brief{{"The men were taken to hospital in ambulances", "television footage", "showed", "", false}}},
		{"a claim whose verb follows an adverb", "Nvidia claimed its revenue more than tripled in the quarter.",
			[]brief{{"its revenue more than tripled in the quarter", "Nvidia", "claimed", "", false}}},
		{"a claim whose verb takes a figure", "AEMET claimed the town received 491 liters of rain.",
			[]brief{{"the town received 491 liters of rain", "AEMET", "claimed", "", false}}},
		{"a claim whose verb is struck", "Police claimed the slide struck shortly before noon.",
			[]brief{{"the slide struck shortly before noon", "Police", "claimed", "", false}}},
		{"a claim whose subject is a pronoun", "She claimed he wanted more time.",
			[]brief{{"he wanted more time", "She", "claimed", "", false}}},
		{"a thing denied, described by a participle", "He denied the allegations leveled against him.", nil},
		{"a thing announced, described by a participle", "The minister announced the measures approved by parliament.", nil},
		{"a thing confirmed, described by a participle and a time", "The ministry confirmed the figures released yesterday.", nil},
		{"a speaker described by a relative clause after the statement", "Two aid workers have been released, the charity that employed them said on Tuesday.",
			[]brief{{"Two aid workers have been released", "the charity that employed them", "said", "", false}}},
		{"a hedged speaker described by a relative clause", "Two aid workers have been released, the charity which employed them reportedly said.",
			[]brief{{"Two aid workers have been released", "the charity which employed them", "said", "", false}}},
		{"a speaker beyond a long relative clause, in the perfect", "Ghosn, who fled Japan in 2019 hidden in a box for audio equipment, has said he is innocent.",
			[]brief{{"he is innocent", "Ghosn", "said", "", false}}},
		{"a speaker beyond a relative clause of whose", "England manager Gareth Southgate, whose side also lost the 2021 final, said he would take time.",
			[]brief{{"he would take time", "England manager Gareth Southgate", "said", "", false}}},
		{"a lead credited through a document", "The company said it would send an update, according to a filing with the regulator.",
			[]brief{{"it would send an update", "The company", "said", "a filing with the regulator", false}}},
		{"what the speaker called so, before the speaker", `EU leaders agreed to open talks, a decision European Council President Charles Michel called "a clear signal of hope" for both countries.`,
			[]brief{{"a clear signal of hope", "European Council President Charles Michel", "called", "", true}}},
		{"an abbreviated title after the cue", `"This sentence reflects the seriousness of his crimes," said Det. Chief Supt. Jane Cole of Counter Terrorism Policing North West.`,
			[]brief{{"This sentence reflects the seriousness of his crimes", "Det. Chief Supt. Jane Cole of Counter Terrorism Policing North West", "said", "", true}}},
		{"a speaker after a quotation, set off by a long relative clause", `"This club never gives up," Kroos, who was playing his last club game for the team, told Movistar.`,
			[]brief{{"This club never gives up", "Kroos", "told", "", true}}},
		{"a speaker after a quotation, set off by a long description", `"Our study confirms that the more you walk, the better," senior author Dr. Maciej Banach, a professor of cardiology at the Medical University of Lodz, said in a statement.`,
			[]brief{{"Our study confirms that the more you walk, the better", "senior author Dr. Maciej Banach", "said", "", true}}},
		{"a title in quotation marks is no quotation of the report's source", `Matthew Perry, the actor who played Chandler Bing on the hit television comedy "Friends", has died at the age of 54, the Los Angeles Times reported on Saturday, citing law enforcement sources.`,
			[]brief{{`Matthew Perry, the actor who played Chandler Bing on the hit television comedy "Friends", has died at the age of 54`, "law enforcement sources", "reported", "the Los Angeles Times", false}}},
		{"a thing denied, then a statement's own cue", "Apple denied wrongdoing but said it agreed to settle to avoid the cost of litigation.",
			[]brief{{"it agreed to settle to avoid the cost of litigation", "Apple", "said", "", false}}},
		{"a clause confirmed, then another verb", "The ministry confirmed that troops had withdrawn and said more would follow.",
			[]brief{{"troops had withdrawn and said more would follow", "The ministry", "confirmed", "", false}}},
		{"a second verb after a word too short to quote", `Trump tweeted "Wow!" shortly after the ruling and later called it "a tremendous victory for the American people and the Constitution."`,
			[]brief{{"a tremendous victory for the American people and the Constitution.", "Trump", "called", "", true}}},
		{"what documents show", "Apple will pay $490 million to settle a lawsuit, court papers show.",
			[]brief{{"Apple will pay $490 million to settle a lawsuit", "court papers", "show", "", false}}},
		{"a passive with its agent", "The deal was first reported by the Financial Times, which said it would be signed in May.",
			[]brief{{"The deal", "", "reported", "the Financial Times", false}}},
		{"an outlet reports", "Reuters first reported on Tuesday that the deal had been signed.",
			[]brief{{"the deal had been signed", "", "reported", "Reuters", false}}},
		{"speaking to an outlet", "The opposition leader, speaking to CNN in an interview, said the decision came too late.",
			[]brief{{"the decision came too late", "The opposition leader", "said", "CNN", false}}},
		{"words described to an outlet", `A Russian diplomat described the talks to TASS as "a frank exchange".`,
			[]brief{{"a frank exchange", "A Russian diplomat", "described", "TASS", true}}},
		{"a description, then the name", `The judge, Sarah Klein, said his crimes showed "a shocking lack of remorse".`,
			[]brief{{"a shocking lack of remorse", "The judge, Sarah Klein", "said", "", true}}},
		{"admitting charges is no statement", "John Miller had admitted 12 fraud charges in November.", nil},
		{"an acronym that is a pronoun in lower case", `WHO Europe director Hans Kluge said vaccination was "the only way to protect children".`,
			[]brief{{"the only way to protect children", "WHO Europe director Hans Kluge", "said", "", true}}},
		{"going on is not speaking", "Fierce fighting continued in the multi-front conflict, with rebels closing in on Dabiq.", nil},
		{"going on is not speaking, before a clause either", "Fighting continued to rage in the north.", nil},
		{"continued beside a quotation", `"We will not stop," he continued.`, []brief{{"We will not stop", "he", "continued", "", true}}},
		{"an amount given is not said", "Donors pledged $2.5 billion at the conference in London.", nil},
		{"an amount said is said", "The UN says 4.8 million Syrians have fled abroad.",
			[]brief{{"4.8 million Syrians have fled abroad", "The UN", "says", "", false}}},
		{"a leading phrase is no speaker", "At the conference in London, officials said the talks would resume.",
			[]brief{{"the talks would resume", "officials", "said", "", false}}},
		{"according to an outlet", "Forty people were arrested, according to the Guardian.",
			[]brief{{"Forty people were arrested", "", "according to", "the Guardian", false}}},
		{"quoted as saying by an outlet", `"We agreed," a senior official was quoted as saying by AFP.`,
			[]brief{{"We agreed", "a senior official", "was quoted as saying", "AFP", true}}},
		{"outlet quoted a speaker", "The rebels, Agence France Presse quoted officials as saying, were more open.",
			[]brief{{"were more open", "officials", "quoted as saying", "Agence France Presse", false}}},
		{"he added resolves to the last speaker", "\"No,\" said Frank Steinmeier. \"Never again,\" he added.",
			[]brief{{"No", "Frank Steinmeier", "said", "", true}, {"Never again", "Frank Steinmeier", "added", "", true}}},
		{"an outlet set off after the speaker, before a quotation", `Lavrov said on Thursday, according to the TASS news agency, that he had no "special expectations" of progress.`,
			[]brief{{"special expectations", "Lavrov", "said", "the TASS news agency", true}}},
		{"an outlet set off after the speaker, before a clause", "Lavrov said on Thursday, according to the TASS news agency, that he had no expectations.",
			[]brief{{"he had no expectations", "Lavrov", "said", "the TASS news agency", false}}},
		{"arguing after the subject's own clause", "An opposition group criticised the talks, arguing they would do nothing to halt the bloodshed.",
			[]brief{{"they would do nothing to halt the bloodshed", "An opposition group", "arguing", "", false}}},
		{"warning that", "The minister criticised the plan, warning that it would fail.",
			[]brief{{"it would fail", "The minister", "warning", "", false}}},
		{"a warning is no cue", "The minister issued a warning to the rebels.", nil},
		{"adding a second quotation", `"We're talking to the Russians," the official said, adding: "Particularly on the regime side."`,
			[]brief{{"We're talking to the Russians", "the official", "said", "", true}, {"Particularly on the regime side.", "the official", "said", "", true}}},
		{"adding a second quotation after the speaker's words", `Mehta said the government had "failed to show a reason" for the cuts, adding that the harm would be "immediate and irreparable."`,
			[]brief{{"failed to show a reason", "Mehta", "said", "", true}, {"immediate and irreparable.", "Mehta", "adding", "", true}}},
		{"a surname after the full name", `U.S. District Judge Amit Mehta said the cuts were unlawful. "The harm is real," Mehta wrote.`,
			[]brief{{"the cuts were unlawful", "U.S. District Judge Amit Mehta", "said", "", false}, {"The harm is real", "U.S. District Judge Amit Mehta", "wrote", "", true}}},
		{"an outlet set off after the attribution", `"We agreed," a senior official said, according to Reuters.`,
			[]brief{{"We agreed", "a senior official", "said", "Reuters", true}}},
		{"an outlet reporting after the attribution", `"We agreed," a senior official said, Reuters reported.`,
			[]brief{{"We agreed", "a senior official", "said", "Reuters", true}}},
		{"a source set off after the attribution is no outlet", `"We agreed," a senior official said, according to a statement.`,
			[]brief{{"We agreed", "a senior official", "said", "", true}}},
		{"an interview with an outlet", `"We have no choice," Ralf Thomas said in an interview with the Financial Times.`,
			[]brief{{"We have no choice", "Ralf Thomas", "said", "the Financial Times", true}}},
		{"an interview with an outlet not known", `"Today is a black day for Grindavik," Prime Minister Katrin Jakobsdottir said in an interview with RUV.`,
			[]brief{{"Today is a black day for Grindavik", "Prime Minister Katrin Jakobsdottir", "said", "RUV", true}}},
		{"a meeting with someone is no interview", `"We are close," Lavrov said after a meeting with Kerry.`,
			[]brief{{"We are close", "Lavrov", "said", "", true}}},
		{"a phrase quoted inside a statement credited at its end", `Mediators remain "cautiously optimistic" that a truce can be agreed before Ramadan, Qatar's Foreign Ministry said.`,
			[]brief{{"cautiously optimistic", "Qatar's Foreign Ministry", "said", "", true}}},
		// A title in quotation marks is nobody's words: the sentence is the
		// statement of whoever closes it.
		{"a title inside a statement credited at its end", `The star of "The French Connection" has died at his home in Santa Fe, authorities said.`,
			[]brief{{`The star of "The French Connection" has died at his home in Santa Fe`, "authorities", "said", "", false}}},
		// Words quoted inside the clause are the statement's whose
		// attribution closes the sentence, not the words after the marks'.
		{"a word quoted inside a clause credited at its end", `Thieves stole jewellery of "immeasurable" cultural value, police said.`,
			[]brief{{"immeasurable", "police", "said", "", true}}},
		{"a description opening with a title after the speaker's name", `"An estimated 1,000 bodies were seen," Gwendolyn Pang, secretary general of the Philippine Red Cross, told Reuters.`,
			[]brief{{"An estimated 1,000 bodies were seen", "Gwendolyn Pang", "told", "Reuters", true}}},
		{"a relative clause set off in two parts before the cue", `Prime Minister Narendra Modi, who watched the landing from Johannesburg, where he is attending a BRICS summit, said the success "belongs to all of humanity."`,
			[]brief{{"belongs to all of humanity.", "Prime Minister Narendra Modi", "said", "", true}}},
		{"a relative clause set off in two parts before a reported statement", "Modi, who watched the landing from Johannesburg, where he is attending a summit, said the success belonged to all of humanity.",
			[]brief{{"the success belonged to all of humanity", "Modi", "said", "", false}}},
		{"a document that carried a quotation", `Ford said "we are ready to talk," according to a statement.`,
			[]brief{{"we are ready to talk", "Ford", "said", "a statement", true}}},
		{"the name a thing is called, set off after it", "The agency cleared the drug, called Zurzuvae, from Sage Therapeutics and Biogen.", nil},
		{"the name a thing is called, before its verb", "The storm, dubbed Ciaran by forecasters, hit the coast on Thursday.", nil},
		{"where the speakers work, before the cue", "Analysts at Jefferies said the rejection was a blow to the companies.",
			[]brief{{"the rejection was a blow to the companies", "Analysts at Jefferies", "said", "", false}}},
		{"where the speakers work, after the cue", "The rejection was a blow to the companies, said economists at Goldman Sachs.",
			[]brief{{"The rejection was a blow to the companies", "economists at Goldman Sachs", "said", "", false}}},
		{"where a speaker spoke is no part of the speaker", "Lavrov at the talks said the plan would fail.",
			[]brief{{"the plan would fail", "Lavrov", "said", "", false}}},
		{"a long description set off after a name written with a hyphen", `"It is felt all over Taiwan," Wu Chien-fu, director of the Central Weather Administration's seismology center, told reporters.`,
			[]brief{{"It is felt all over Taiwan", "Wu Chien-fu", "told reporters", "", true}}},
		{"a cue's form as a noun after a word that describes it", "Japan's weather agency issued a tsunami warning for remote islands, later lifting it.", nil},
		{"a participle after its subject", "Officials met on Monday, the minister telling reporters that talks went well.",
			[]brief{{"talks went well", "the minister", "telling reporters", "", false}}},
		{"a dependent clause after a closing attribution is no statement alone", "Brazil will join OPEC+ in January, Energy Minister Alexandre Silveira said, though the country will not take part in the cuts.",
			[]brief{{"Brazil will join OPEC+ in January", "Energy Minister Alexandre Silveira", "said", "", false}}},
		{"a setting with a participle after it", "The move brings the total to about 25,000, union President Shawn Fain said in a video appearance streamed online.",
			[]brief{{"The move brings the total to about 25,000", "union President Shawn Fain", "said", "", false}}},
		{"an estimate credited at the end", "The strikes have cost the companies $1.6 billion, Anderson Economic Group estimates.",
			[]brief{{"The strikes have cost the companies $1.6 billion", "Anderson Economic Group", "estimates", "", false}}},
		{"estimates in the possessive are no cue", "Acme Corp said its revenue rose 12% to $4.5 billion, beating analysts' estimates, as demand held up.",
			[]brief{{"its revenue rose 12% to $4.5 billion, beating analysts' estimates, as demand held up", "Acme Corp", "said", "", false}}},
		{"a statement credited inside a relative clause", "The quake, which the U.S. Geological Survey said had a preliminary magnitude of 6.8, struck at 11:11 p.m. on Friday.",
			[]brief{{"had a preliminary magnitude of 6.8", "the U.S. Geological Survey", "said", "", false}}},
		{"a clause of its own before the speaker's", "Rail operators cancelled many services and Network Rail urged passengers not to travel.",
			[]brief{{"passengers not to travel", "Network Rail", "urged", "", false}}},
		{"a clause with an auxiliary before the speaker's", "A special commission of 20 officers was investigating and police said they were looking for at least four suspects.",
			[]brief{{"they were looking for at least four suspects", "police", "said", "", false}}},
		{"a statement carried by an agency, then what it said", "The Saudi energy ministry said in a statement carried by the official Saudi Press Agency that the kingdom would reduce output.",
			[]brief{{"the kingdom would reduce output", "The Saudi energy ministry", "said", "the official Saudi Press Agency", false}}},
		{"a headline's announcement of a thing", "Saudi Arabia, other OPEC+ members announce oil production cuts", nil},
		{"a second verb after a quotation is no attribution", `President Joe Biden said he "strongly, strongly" disagreed with the ruling and urged colleges not to abandon their commitment to diversity.`,
			[]brief{{"strongly, strongly", "President Joe Biden", "said", "", true}}},
		{"written for the majority after a quotation", `"The student must be treated as an individual," Chief Justice John Roberts wrote for the majority.`,
			[]brief{{"The student must be treated as an individual", "Chief Justice John Roberts", "wrote", "", true}}},
		{"a noun after a hyphenated modifier", "The yield on the 10-year note rose as high as 4.996%, its highest since 2007.", nil},
		{"a passive names no speaker", `Massa conceded defeat before official results were announced, telling supporters that Milei was "the president that the majority of Argentines have chosen".`,
			[]brief{{"the president that the majority of Argentines have chosen", "Massa", "conceded", "", true}}},
		{"words passed on through someone", "The minister said through a spokesman that the decision was final.",
			[]brief{{"the decision was final", "The minister", "said", "a spokesman", false}}},
		{"speaking through someone", "The minister, speaking through a spokesman, said the decision was final.",
			[]brief{{"the decision was final", "The minister", "said", "a spokesman", false}}},
		{"a judgement quoted, a participle going on", `The Labour Party criticized the plan as "far too little, far too late," saying hospitals faced a backlog.`,
			[]brief{{"far too little, far too late", "The Labour Party", "criticized", "", true}}},
		{"a clause after the cue is no speaker", "The national weather service, AEMET, said the town of Chiva received 491 liters of rain in eight hours, more than in the previous 20 months.",
			[]brief{{"the town of Chiva received 491 liters of rain in eight hours, more than in the previous 20 months", "The national weather service", "said", "", false}}},
		{"two speakers joined", "Kerry and Lavrov said the talks would resume in Geneva.",
			[]brief{{"the talks would resume in Geneva", "Kerry and Lavrov", "said", "", false}}},
		{"a study concluding", "Vos resigned after a parliamentary investigation concluded his ministry had falsely accused parents of fraud.",
			[]brief{{"his ministry had falsely accused parents of fraud", "a parliamentary investigation", "concluded", "", false}}},
		{"a request is no statement", "Prosecutors had asked for 40 to 50 years, while his lawyers asked for no more than six years.", nil},
		{"talks concluding report nothing", "The talks concluded without a deal on Friday.", nil},
		{"a middle initial", `"He lied to his victims," said Philip R. Sellinger, the U.S. attorney.`,
			[]brief{{"He lied to his victims", "Philip R. Sellinger", "said", "", true}}},
		{"told an outlet", `Lavrov told the RIA news agency: "We are far away."`,
			[]brief{{"We are far away.", "Lavrov", "told", "the RIA news agency", true}}},
		{"what is warned of is no speaker after the cue", "IMF cuts global growth forecast, warns of trade risks",
			[]brief{{"of trade risks", "IMF cuts global growth forecast", "warns", "", false}}},
		{"two sources set against each other", "A Western diplomat said the deal was fragile, while a Russian official told TASS it would hold.",
			[]brief{{"the deal was fragile", "A Western diplomat", "said", "", false}, {"it would hold", "a Russian official", "told", "TASS", false}}},
		{"a quotation after a reported statement is its speaker's", `The official said Washington was talking to the Russians. "Particularly on the regime side."`,
			[]brief{{"Washington was talking to the Russians", "The official", "said", "", false}, {"Particularly on the regime side.", "The official", "said", "", true}}},
		{"a speaker repeating what they said", "Montenegro, the AD's leader, reiterated on election night that he would not govern with Chega.",
			[]brief{{"he would not govern with Chega", "Montenegro", "reiterated", "", false}}},
		{"when in the day it was said", "The meeting ended without a deal, officials said on Tuesday night.",
			[]brief{{"The meeting ended without a deal", "officials", "said", "", false}}},
		{"late in the day it was said", "The meeting ended without a deal, officials said late on Tuesday.",
			[]brief{{"The meeting ended without a deal", "officials", "said", "", false}}},
		{"a statement put out on a day", "Two suspects were arrested, police said in a statement released on Sunday.",
			[]brief{{"Two suspects were arrested", "police", "said", "", false}}},
		{"what a source drew on", "Cases rose by 12%, she said, citing data from the health ministry.",
			[]brief{{"Cases rose by 12%", "she", "said", "", false}}},
		{"said by phone", "The plant will close in June, a spokesman said by phone.",
			[]brief{{"The plant will close in June", "a spokesman", "said", "", false}}},
		{"a relative clause describes the source", "The talks had stalled, said the official, who declined to be named.",
			[]brief{{"The talks had stalled", "the official", "said", "", false}}},
		{"a channel the source posted on", "Five drones were shot down, the ministry said on its Telegram channel.",
			[]brief{{"Five drones were shot down", "the ministry", "said", "", false}}},
		{"remarks carried by an outlet", "Assad said the war was nearly over, in remarks carried by the state news agency SANA.",
			[]brief{{"the war was nearly over", "Assad", "said", "the state news agency SANA", false}}},
		{"an interview aired on a day", "We will not back down, Zelensky told CNN in an interview aired on Sunday.",
			[]brief{{"We will not back down", "Zelensky", "told", "CNN", false}}},
		{"a source going on after its statement", "The plant will close, the company said in a statement on Monday, adding that 300 jobs would go.",
			[]brief{{"The plant will close", "the company", "said", "", false}}},
		{"the question a source was asked", "Asked whether the deal was close, the minister said talks would continue.",
			[]brief{{"talks would continue", "the minister", "said", "", false}}},
		{"what a source did not say is no statement", "The ministry did not say how many people were killed.", nil},
		{"a report says, a clause after the cue is no speaker", "The report, released on Tuesday, says emissions rose 2%.",
			[]brief{{"emissions rose 2%", "The report", "says", "", false}}},
		{"a plural speaker after the cue", "The deal is dead, said officials in Brussels.",
			[]brief{{"The deal is dead", "officials", "said", "", false}}},
		{"what a study found", "Data from the statistics office showed inflation fell to 2.3%.",
			[]brief{{"inflation fell to 2.3%", "Data from the statistics office", "showed", "", false}}},
		{"what results showed", "Joao Silva was re-elected with about 52 percent of the vote, official results showed on Monday.",
			[]brief{{"Joao Silva was re-elected with about 52 percent of the vote", "official results", "showed", "", false}}},
		{"what the police found is no statement", "Police found a body in the river.", nil},
		{"what a judge found that", "Judge Matthew Kacsmaryk found that the agency had wrongly approved the drug.",
			[]brief{{"the agency had wrongly approved the drug", "Judge Matthew Kacsmaryk", "found", "", false}}},
		{"what a court ruled that", "The court ruled that the law was void.", []brief{{"the law was void", "The court", "ruled", "", false}}},
		{"what a verdict showed is the statement", `The Manhattan District Attorney's office said the verdict showed that "no one is above the law".`,
			[]brief{{"no one is above the law", "The Manhattan District Attorney's office", "said", "", true}}},
		{"a ruling out is no statement", "The minister ruled out new taxes.", nil},
		{"a source unnamed on condition of anonymity", "The two sides agreed to meet again next week, a senior Iranian official told Reuters on condition of anonymity because he was not authorised to speak to the media.",
			[]brief{{"The two sides agreed to meet again next week", "a senior Iranian official", "told", "Reuters", false}}},
		{"a source's acronym after it", "The landslide buried more than 150 homes, according to the International Organization for Migration (IOM).",
			[]brief{{"The landslide buried more than 150 homes", "the International Organization for Migration", "according to", "", false}}},
		{"a broadcaster told", `"It's been an incredible season," Verstappen told Sky Sports.`,
			[]brief{{"It's been an incredible season", "Verstappen", "told", "Sky Sports", true}}},
		{"calls to resign are no cue", "Braverman, 43, had faced calls to resign after writing an article last week.", nil},
		{"what a source wrote for a paper is no statement", "She had been under pressure since an opinion piece she wrote for the Times newspaper.", nil},
		{"two quotations in one report", `Braverman said serving had been "the greatest privilege of my life" and that she would "have more to say in due course".`,
			[]brief{{"the greatest privilege of my life", "Braverman", "said", "", true}, {"have more to say in due course", "Braverman", "said", "", true}}},
		{"a contrast whose first part reports nothing", "Fratzscher backed the borrowing, while Clemens Fuest said it would weaken the debt brake.",
			[]brief{{"it would weaken the debt brake", "Clemens Fuest", "said", "", false}}},
		{"a contrast without a source of its own", "The minister said prices would fall, but they rose.",
			[]brief{{"prices would fall, but they rose", "The minister", "said", "", false}}},
		{"why the source is not named, after it",
			"Regulators in China could delay the deal, two people familiar with the matter told Reuters, asking not to be named because the talks were private.",
			[]brief{{"Regulators in China could delay the deal", "two people familiar with the matter", "told", "Reuters", false}}},
		{"why the source is not named, in a relative clause",
			"Chinese regulators may slow the review, according to people familiar with the situation who asked not to be identified.",
			[]brief{{"Chinese regulators may slow the review", "people familiar with the situation", "according to", "", false}}},
		{"a list item's number is no part of the speaker", "2. Officials said six members of a road crew are presumed to have died.",
			[]brief{{"six members of a road crew are presumed to have died", "Officials", "said", "", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(tt.give)
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("Extract(%q) (-want +got):\n%s", tt.give, d)
			}
		})
	}
}

// TestSetting checks which words after the cue say where or how the words were
// said, and so belong to the attribution.
// TestStatementOfQuotedWords checks that words quoted inside a reported
// statement carry that statement, and a quotation that is the statement
// none.
func TestStatementOfQuotedWords(t *testing.T) {
	tests := []struct{ give, want string }{
		{`NHS England said the incident was having "a major impact" on services, especially blood transfusions.`,
			`the incident was having "a major impact" on services, especially blood transfusions`},
		{`Lavrov told reporters he had no "special expectations" of progress.`, `he had no "special expectations" of progress`},
		{`Lavrov said: "We will not accept this deal."`, ""},
		{`Lavrov said that "we will not accept this deal."`, ""},
		{`"We will not accept this deal," Lavrov said.`, ""},
	}
	for _, tt := range tests {
		qs := New(lexicon.New()).Extract(segment.Segment(tt.give))
		if len(qs) != 1 {
			t.Errorf("Extract(%q) = %d quotes, want 1", tt.give, len(qs))
			continue
		}
		if qs[0].Statement != tt.want {
			t.Errorf("Extract(%q).Statement = %q, want %q", tt.give, qs[0].Statement, tt.want)
		}
	}
}

func TestSetting(t *testing.T) {
	tests := []struct{ give, want string }{
		{"At least six people have died, Governor Jane Roe said in Baton Rouge.", "in Baton Rouge"},
		{"At least six people have died, Governor Jane Roe said at a briefing in the state capital.", "at a briefing in the state capital"},
		{"The move was illegal, the ministry said in a statement on Monday.", "in a statement"},
		{"The move was illegal, the minister said on social media.", "on social media"},
		{"The move was illegal, the minister said on Monday.", ""},
		{"The move was illegal, the minister said at the end of a long day.", ""},
		{`"It's disappointing," said Dr. John McNeil of Monash University in Australia, who led the study.`, ""},
		{`"We are ready," said John Kerry in Vienna.`, "in Vienna"},
		{"In a letter to employees, the chief executive said the company would cut costs.", "in a letter to employees"},
		{"The minister said in an interview with CNN that the talks would resume.", "in an interview with CNN"},
		{"In the end, the minister said the talks would resume.", ""},
	}
	for _, tt := range tests {
		if a, ok := onlyAttribution(t, tt.give); ok && a.Setting != tt.want {
			t.Errorf("setting of %q = %q, want %q", tt.give, a.Setting, tt.want)
		}
	}
}

// onlyAttribution returns the attribution of the one statement in text, and
// false, with an error, when text does not hold exactly one.
func onlyAttribution(t *testing.T, text string) (Attribution, bool) {
	t.Helper()
	qs := New(lexicon.New()).Extract(segment.Segment(text))
	if len(qs) != 1 {
		t.Errorf("Extract(%q) = %d quotes, want 1", text, len(qs))
		return Attribution{}, false
	}
	return qs[0].Attribution, true
}

// TestAttributionPhrase checks how far an attribution runs: a description set
// off after a name the cue comes before is its own, words set off after a
// speaker the cue follows describe something else.
func TestAttributionPhrase(t *testing.T) {
	tests := []struct{ give, want string }{
		{"The ship caught fire near Manado, said Yusuf Latif, a spokesperson for the national search and rescue agency.",
			"said Yusuf Latif, a spokesperson for the national search and rescue agency"},
		{"The ship caught fire near Manado, said Yusuf Latif.", "said Yusuf Latif"},
		{"The KM Barcelona V caught fire near Talise\nisland in North Sulawesi province while\nsailing from Ternate to Manado, said Yusuf\nLatif, a spokesperson for the national search\nand rescue agency.",
			"said Yusuf\nLatif, a spokesperson for the national search\nand rescue agency"},
		{`"This approval is an important step forward," said Dr. Teresa Buracchio, acting director of the FDA's Office of Neuroscience.`,
			"said Dr. Teresa Buracchio, acting director of the FDA's Office of Neuroscience"},
		{"The group could make a firm offer within weeks, according to the report.", "according to the report"},
		{"Officials could not confirm the claims, according to media reports.", "according to media reports"},
		{"Arcadia will buy Nuvola for $12 billion, the companies said on Tuesday, the biggest chip deal this year.",
			"the companies said on Tuesday"},
	}
	for _, tt := range tests {
		if a, ok := onlyAttribution(t, tt.give); ok && a.Text != tt.want {
			t.Errorf("attribution of %q = %q, want %q", tt.give, a.Text, tt.want)
		}
	}
}

// TestRelativeClauseIsNoCredit checks that a relative clause after a speaker
// ("who ...", "whose ...") is what the attribution stands around, not its
// words: it says what the speaker did, not who the speaker is.
func TestRelativeClauseIsNoCredit(t *testing.T) {
	for _, give := range []string{
		"Modi, who followed the landing from Johannesburg, said the country had made history.",
		"Southgate, whose side also lost the 2021 final, said he would take time.",
	} {
		a, ok := onlyAttribution(t, give)
		if around := give[a.Around.Start:a.Around.End]; ok && !strings.HasPrefix(around, "who") {
			t.Errorf("attribution of %q stands around %q, want the relative clause", give, around)
		}
	}
}
