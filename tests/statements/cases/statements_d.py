"""Statement cases, families found on real reporting (written here, in the same patterns)."""
D, R = True, False

# ", saying that X" / ", adding that X" / "a statement announcing that X": the participle's clause.
PARTICIPLE = [
    ("The mayor defended the budget cuts, saying they were unavoidable.",
     [(R, "mayor", "they were unavoidable", "say")]),
    ("Coach Lena Brandt praised her defenders, adding that the title race was far from over.",
     [(R, "Lena Brandt", "title race was far from over", "add")]),
    ("Analysts at Norvik Bank cut their forecast, arguing that rates had risen too fast.",
     [(R, "Analysts", "rates had risen too fast", "argue")]),
    ("The ministry issued a statement announcing that the border would reopen on Monday.",
     [(R, "statement", "border would reopen", "announce")]),
    ("Prosecutor Dana Whitfield rested her case, insisting that the evidence was overwhelming.",
     [(R, "Dana Whitfield", "evidence was overwhelming", "insist")]),
    ("The researchers published their data, suggesting the vaccine protects older patients.",
     [(R, "researchers", "vaccine protects older patients", "suggest")]),
    ("Senator Ruth Calloway voted against the bill, warning that it would raise premiums.",
     [(R, "Ruth Calloway", "it would raise premiums", "warn")]),
    ("The airline cancelled 40 flights, explaining that a software fault had grounded its fleet.",
     [(R, "airline", "software fault had grounded", "explain")]),
    ("Shareholders rejected the merger, claiming that the price undervalued the company.",
     [(R, "Shareholders", "price undervalued the company", "claim")]),
    ("The defence lawyer asked for a delay, noting that new witnesses had come forward.",
     [(R, "lawyer", "new witnesses had come forward", "note")]),
    ("Protesters marched through the capital, blaming the government for the fuel shortage.", []),
    ("The striker celebrated wildly, thanking the fans for their support.", []),
]

# "the union, which warned that X" / "officials who said that X": the noun the clause qualifies.
RELATIVE = [
    ("The dockworkers' union, which warned that strikes would spread, met the employers on Friday.",
     [(R, "union", "strikes would spread", "warn")]),
    ("Economists who argue that rates should fall were outvoted at the central bank.",
     [(R, "Economists", "rates should fall", "argue")]),
    ("The talks were led by Minister Paulo Serrano, who said that a deal was within reach.",
     [(R, "Paulo Serrano", "a deal was within reach", "say")]),
    ("Doctors who reported that the drug caused rashes were ignored for months.",
     [(R, "Doctors", "the drug caused rashes", "report")]),
    ("The club's owner, who insisted the manager would stay, sacked him a week later.",
     [(R, "owner", "the manager would stay", "insist")]),
    ("Regulators, who had warned that the bank was fragile, opened an inquiry.",
     [(R, "Regulators", "the bank was fragile", "warn")]),
    ("Judge Miriam Osei, who ruled that the contract was void, ordered a refund.",
     [(R, "Miriam Osei", "the contract was void", "rule")]),
    ("The astronomers, who announced that the comet had split, published new images.",
     [(R, "astronomers", "the comet had split", "announce")]),
    ("Farmers who complained that prices had collapsed blocked the motorway.",
     [(R, "Farmers", "prices had collapsed", "complain")]),
    ("The company, which denied that the data had leaked, hired outside auditors.",
     [(R, "company", "the data had leaked", "deny")]),
]

# "did not say", "would not comment", "may claim": no act of saying is asserted.
# A refusal is attributed as PARC does, its cue saying so ("not say", "decline"); no act of saying is
# asserted by an inability, a possibility or a denial of having said something.
NEGATED = [
    ("The ministry did not say whether the talks would resume.",
     [(R, "ministry", "whether the talks would resume", "not say")]),
    ("The company would not comment on the report.", []),
    ("Coach Erik Lund refused to say if the captain would play.",
     [(R, "Erik Lund", "to say if the captain would play", "refuse")]),
    ("The embassy did not respond to a request for comment.", []),
    ("Officials declined to comment on the investigation.", [(R, "Officials", "to comment on the investigation", "decline")]),
    ("The senator isn't saying whether she will run again.", [(R, "senator", "whether she will run again", "not say")]),
    ("Police have not confirmed that the suspect was armed.", []),
    ("The hospital could not confirm the number of patients.", []),
    ("The defence may argue that the search was illegal.", []),
    ("The regulator never claimed that the bank was insolvent.", []),
]

# "The deal, Moreau said, closes in May.": the attribution set into the sentence it reports.
PARENTHETICAL = [
    ("The deal, Moreau said, closes in May.", [(R, "Moreau", "closes in May", "say")]),
    ("Prices, analysts say, have peaked.", [(R, "analysts", "have peaked", "say")]),
    ("The verdict, Judge Amira Haddad said, sends a message to every landlord.",
     [(R, "Amira Haddad", "sends a message", "say")]),
    ("The new stadium, club chairman Piet Janssen said, will open in August.",
     [(R, "Piet Janssen", "will open in August", "say")]),
    ("Without more funding, the researchers warned, the telescope will close.",
     [(R, "researchers", "the telescope will close", "warn")]),
    ("The merger, the company said, would save 200 million euros a year.",
     [(R, "company", "would save 200 million euros", "say")]),
    ("Most of the damage, firefighters said, was caused by smoke.",
     [(R, "firefighters", "was caused by smoke", "say")]),
    ("The vote, Senator Hal Grier argued, was rushed through without debate.",
     [(R, "Hal Grier", "was rushed through", "argue")]),
    ("Back in March, Kowalski said, the board had already approved the sale.",
     [(R, "Kowalski", "the board had already approved the sale", "say")]),
    ("The trial, defence lawyers said, could last until the summer.",
     [(R, "lawyers", "could last until the summer", "say")]),
    ("Inflation will ease next year, the central bank said.", [(R, "central bank", "Inflation will ease", "say")]),
]

# “...?” X asked. — the parser ends the sentence at the question mark; the attribution follows it.
QUESTION = [
    ("“Who is going to pay for this?” Councillor Amy Tran asked.", [(D, "Amy Tran", "Who is going to pay", "ask")]),
    ("“How can we trust them now?” union leader Rosa Lindqvist said.", [(D, "Rosa Lindqvist", "How can we trust", "say")]),
    ("“Why did nobody warn us?” asked Ivan Petrov, a farmer near the river.",
     [(D, "Ivan Petrov", "Why did nobody warn us", "ask")]),
    ("“Is this the end of the road?” coach Sofia Bertelli wondered aloud.",
     [(D, "Sofia Bertelli", "end of the road", "wonder")]),
    ("“We did it again!” captain Mia Laursen shouted after the final whistle.",
     [(D, "Mia Laursen", "We did it again", "shout")]),
    ("“What happens to the patients now?” asked Dr. Kwame Mensah.", [(D, "Kwame Mensah", "What happens to the patients", "ask")]),
    ("“Where is the money going?” the auditor asked in her report.", [(D, "auditor", "Where is the money going", "ask")]),
    ("“This is a disgrace!” Senator Hal Grier said on the floor.", [(D, "Hal Grier", "This is a disgrace", "say")]),
    ("“Can the grid cope with this demand?” engineer Tomas Berg asked. “Not yet.”",
     [(D, "Tomas Berg", "Can the grid cope", "ask")]),
    ("“Did the jury see all the evidence?” defence lawyer Martin Cole asked.",
     [(D, "Martin Cole", "Did the jury see", "ask")]),
]

# Two apostrophes as a double quote mark, as some papers print them.
APOSTROPHES = [
    ("''We will not back down,'' Mayor Ruth Oduya said on Monday.", [(D, "Ruth Oduya", "We will not back down", "say")]),
    ("''The results speak for themselves,'' said chief executive Daniel Okafor.",
     [(D, "Daniel Okafor", "results speak for themselves", "say")]),
    ("''It was the best match of my life,'' Carlos Alcaraz said.", [(D, "Carlos Alcaraz", "best match of my life", "say")]),
    ("''The court has spoken,'' Judge Helen Marsh said. ''Now the work begins.''",
     [(D, "Helen Marsh", "Now the work begins", "say")]),
    ("''We expect rain through the weekend,'' forecaster Ana Ruiz said.",
     [(D, "Ana Ruiz", "rain through the weekend", "say")]),
    ("''Our patients come first,'' hospital director Amal Nasser said.", [(D, "Amal Nasser", "patients come first", "say")]),
    ("''The vaccine works in older adults,'' researcher Maria Chen said.", [(D, "Maria Chen", "vaccine works", "say")]),
    ("''This deal is good for farmers,'' Trade Minister Paulo Serrano said.", [(D, "Paulo Serrano", "good for farmers", "say")]),
    ("''We have no more beds,'' a nurse said.", [(D, "nurse", "no more beds", "say")]),
    ("''Prices will fall by spring,'' analyst Lena Brandt said.", [(D, "Lena Brandt", "Prices will fall", "say")]),
]

# "continues to insist that X": a reporting verb carried by another verb, its subject the carrier's.
CARRIED = [
    ("Mayor Ruth Oduya continues to insist that the budget is balanced.", [(R, "Ruth Oduya", "budget is balanced", "insist")]),
    ("The company keeps saying that the recall is voluntary.", [(R, "company", "recall is voluntary", "say")]),
    ("Coach Erik Lund went on to explain that the squad was exhausted.", [(R, "Erik Lund", "squad was exhausted", "explain")]),
    ("Senator Ruth Calloway appeared to suggest that the vote would be delayed.",
     [(R, "Ruth Calloway", "vote would be delayed", "suggest")]),
    ("The defendant began to claim that he had been framed.", [(R, "defendant", "he had been framed", "claim")]),
    ("Astronomer Priya Nair started to argue that the signal was real.", [(R, "Nair", "signal was real", "argue")]),
    ("The regulator seemed to acknowledge that the rules had failed.", [(R, "regulator", "rules had failed", "acknowledge")]),
    ("Finance Minister Carl Meyer proceeded to announce that taxes would rise.",
     [(R, "Carl Meyer", "taxes would rise", "announce")]),
    ("The union continued to warn that a strike was likely.", [(R, "union", "a strike was likely", "warn")]),
    ("Judge Helen Marsh went on to rule that the evidence was inadmissible.",
     [(R, "Helen Marsh", "evidence was inadmissible", "rule")]),
    ("The minister wants to say that he is sorry.", []),
]

# "Vance's claim that X", "a Herald report that X": a reporting noun whose owner is the source.
NOMINAL = [
    ("Vance's claim that turnout doubled was false.", [(R, "Vance", "turnout doubled", "claim")]),
    ("Moreau's warning that prices would rise came true.", [(R, "Moreau", "prices would rise", "warning")]),
    ("The ministry's statement that the border was open surprised drivers.",
     [(R, "ministry", "the border was open", "statement")]),
    ("Okafor's prediction that demand would slow proved wrong.", [(R, "Okafor", "demand would slow", "prediction")]),
    ("The club's announcement that the stadium would close upset fans.",
     [(R, "club", "the stadium would close", "announcement")]),
    ("Dr. Kwame Mensah's assessment that the outbreak had peaked was premature.",
     [(R, "Kwame Mensah", "the outbreak had peaked", "assessment")]),
    ("The prosecutor's argument that the deal was a bribe persuaded the jury.",
     [(R, "prosecutor", "the deal was a bribe", "argument")]),
    ("Brandt's admission that the figures were wrong cost her the job.",
     [(R, "Brandt", "the figures were wrong", "admission")]),
    ("The senator's insistence that the bill would pass was misplaced.",
     [(R, "senator", "the bill would pass", "insistence")]),
    ("Nasser's testimony that the ward was understaffed was not challenged.",
     [(R, "Nasser", "the ward was understaffed", "testimony")]),
    ("The claim that turnout doubled was false.", []),
]

# Complements the parser hangs elsewhere: "said after the vote she would resign" (as an adverbial
# clause), "told a meeting of leaders that X" (as a relative clause on whom was told).
COMPLEMENT = [
    ("Senator Ruth Calloway said after the vote she would not accept the deal.",
     [(R, "Ruth Calloway", "she would not accept the deal", "say")]),
    ("The minister said because of the storm the vote was delayed.", [(R, "minister", "the vote was delayed", "say")]),
    ("Coach Erik Lund said after the match his team had run out of ideas.",
     [(R, "Erik Lund", "his team had run out of ideas", "say")]),
    ("Chief executive Daniel Okafor said at the briefing the talks had stalled.",
     [(R, "Daniel Okafor", "the talks had stalled", "say")]),
    ("In Nairobi last week, Mayor Ruth Oduya told a meeting of city leaders that the budget was exhausted.",
     [(R, "Ruth Oduya", "the budget was exhausted", "tell")]),
    ("Judge Helen Marsh told the jury that the evidence must be ignored.",
     [(R, "Helen Marsh", "the evidence must be ignored", "tell")]),
    ("The chairman assured shareholders that the dividend was safe.", [(R, "chairman", "the dividend was safe", "assure")]),
    ("Dr. Kwame Mensah warned a panel of lawmakers that the hospitals were full.",
     [(R, "Kwame Mensah", "the hospitals were full", "warn")]),
    ("She told the story that her father had told her.", []),
    ("He said when the plant closed that workers were angry.", []),
]

# "A poll shows that X", "the study found that X": a document or a count as the source.
DOCUMENT = [
    ("A new poll shows that the senator leads by five points.", [(R, "poll", "the senator leads by five points", "show")]),
    ("The study found that the drug cut deaths by a third.", [(R, "study", "the drug cut deaths", "find")]),
    ("An audit of the hospital found that waiting lists had doubled.", [(R, "audit", "waiting lists had doubled", "find")]),
    ("The survey showed that most fans backed the new coach.", [(R, "survey", "most fans backed", "show")]),
    ("Census data show that the city has grown by ten percent.", [(R, "data", "the city has grown", "show")]),
    ("The inquiry found that the dam had not been inspected for years.",
     [(R, "inquiry", "the dam had not been inspected", "find")]),
    ("Court records show that the company paid no tax in 2022.", [(R, "records", "the company paid no tax", "show")]),
    ("An analysis by the central bank found that rents rose faster than wages.",
     [(R, "analysis", "rents rose faster than wages", "find")]),
    ("She found her keys in the car.", []),
    ("The coach showed the players a video of the match.", []),
]

# "told staff to delete the files": what a directive verb asks of its object.
DIRECTIVE = [
    ("Kessler told staff to delete the files.", [(R, "Kessler", "to delete the files", "tell")]),
    ("The union urged members to reject the offer.", [(R, "union", "to reject the offer", "urge")]),
    ("Judge Helen Marsh ordered the bank to repay its customers.", [(R, "Helen Marsh", "to repay its customers", "order")]),
    ("The moderator asked the candidates to discuss their own plans.", [(R, "moderator", "to discuss their own plans", "ask")]),
    ("Health officials advised residents to boil their water.", [(R, "officials", "to boil their water", "advise")]),
    ("Coach Erik Lund encouraged his players to enjoy the final.", [(R, "Erik Lund", "to enjoy the final", "encourage")]),
    ("The mayor invited investors to visit the new port.", [(R, "mayor", "to visit the new port", "invite")]),
    ("Police warned drivers to avoid the motorway.", [(R, "Police", "to avoid the motorway", "warn")]),
    ("Dr. Kwame Mensah implored the ministry to send more nurses.", [(R, "Kwame Mensah", "to send more nurses", "implore")]),
    ("The regulator instructed airlines to inspect their engines.", [(R, "regulator", "to inspect their engines", "instruct")]),
    ("She wants to say sorry.", []),
]

# "what the ministry says it costs": the clause of a verb inside a free relative; and "According to
# X, Y" where the parser hangs Y on X.
WHAT_SAYS = [
    ("The price is far above what the ministry says it costs.", [(R, "ministry", "it costs", "say")]),
    ("The gap between what Halvorsen says his plan would do and what it does is wide.",
     [(R, "Halvorsen", "his plan would do", "say")]),
    ("Fans paid more than what the club says the tickets were worth.", [(R, "club", "the tickets were worth", "say")]),
    ("Output fell short of what the company claims the plant can produce.",
     [(R, "company", "the plant can produce", "claim")]),
    ("That is far less than what analysts estimate the deal is worth.", [(R, "analysts", "the deal is worth", "estimate")]),
    ("According to radio host Dana Kell, the move reeks of fear and desperation.",
     [(R, "Dana Kell", "the move reeks of fear", "according to")]),
    ("According to the UN refugee agency, more than 2,000 people fled.",
     [(R, "refugee agency", "more than 2,000 people fled", "according to")]),
    ("According to court documents, the firm paid no tax for a decade.",
     [(R, "court documents", "the firm paid no tax", "according to")]),
    ("According to coach Erik Lund, the squad is tired but confident.",
     [(R, "Erik Lund", "the squad is tired", "according to")]),
    ("According to NASA, the probe is healthy.", [(R, "NASA", "the probe is healthy", "according to")]),
]
