"""Statement cases: stances (beliefs, fears, expectations) attributed as news attributes speech."""
D, R = True, False

# "X believes/fears/expects that Y": a statement with its cue; no holder or a question, no statement.
BELIEF = [
    ("Investigators believe the fire at the warehouse was started deliberately.",
     [(R, "Investigators", "fire at the warehouse was started deliberately", "believe")]),
    ("Coach Marta Ilves thinks her side can still win the league.",
     [(R, "Marta Ilves", "her side can still win the league", "think")]),
    ("Economists at Tallow Bank expect that inflation will peak in the spring.",
     [(R, "Economists", "inflation will peak in the spring", "expect")]),
    ("The minister hopes that the talks will resume on Monday.",
     [(R, "minister", "talks will resume on Monday", "hope")]),
    ("Farmers fear the drought will cut the wheat harvest by a third.",
     [(R, "Farmers", "drought will cut the wheat harvest", "fear")]),
    ("Investors worry that the merger could collapse before the deadline.",
     [(R, "Investors", "merger could collapse", "worry")]),
    ("Defence lawyer Omar Haddad doubts that the jury will reach a verdict this week.",
     [(R, "Omar Haddad", "jury will reach a verdict", "doubt")]),
    ("Astronomers suspect that the signal came from a distant neutron star.",
     [(R, "Astronomers", "signal came from a distant neutron star", "suspect")]),
    ("Chief executive Priya Nair felt that the board had moved too slowly.",
     [(R, "Priya Nair", "board had moved too slowly", "feel")]),
    ("Nobody knows whether the vote will pass.", []),
    ("Residents know how the river behaves in spring.", []),
    ("Everyone expects that prices will rise.", []),
    ("“I think we can win this,” Mendez said.", [(D, "Mendez", "I think we can win this", "say")]),
]

# "X plans/wants/refuses to Y": the to-infinitive is what they mean to do; without one, no statement.
INTENTION = [
    ("The dockworkers' union plans to strike on Monday.",
     [(R, "union", "to strike on Monday", "plan")]),
    ("Goalkeeper Tomas Berg refused to sign a new contract.",
     [(R, "Tomas Berg", "to sign a new contract", "refuse")]),
    ("The board of Halden Steel agreed to sell the rolling mill.",
     [(R, "board", "to sell the rolling mill", "agree")]),
    ("Mayor Ines Duarte wants to double the number of bus lanes.",
     [(R, "Ines Duarte", "to double the number of bus lanes", "want")]),
    ("The regulator intends to fine the bank for the outage.",
     [(R, "regulator", "to fine the bank", "intend")]),
    ("Judge Alan Price decided to delay the sentencing until June.",
     [(R, "Alan Price", "to delay the sentencing", "decide")]),
    ("The space agency aims to land a rover near the south pole.",
     [(R, "agency", "to land a rover", "aim")]),
    ("The striker wants a new contract.", []),
    ("The council did not want to raise taxes.", []),
    ("Nobody wants to pay more for bread.", []),
]

# "a poll shows X", "video shows that X": a document or a record says it.
DOCUMENTS = [
    ("Polls show a close race in the northern districts.",
     [(R, "Polls", "a close race in the northern districts", "show")]),
    ("Video shows that the officer fired first.",
     [(R, "Video", "the officer fired first", "show")]),
    ("The transcript shows the senator praised the plan.",
     [(R, "transcript", "the senator praised the plan", "show")]),
    ("Emails show the chief executive knew of the fault.",
     [(R, "Emails", "chief executive knew of the fault", "show")]),
    ("The guide showed the visitors the old harbour.", []),
    ("Divers found the wreck near the reef.", []),
]

# ", calling X a Y": what a source calls something is what it says of it.
NAMING = [
    ("The archbishop spoke in Lyon, calling the new law a betrayal of the poor.",
     [(R, "archbishop", "the new law a betrayal of the poor", "call")]),
    ("Union leader Sam Okoye walked out of the talks, calling the offer an insult.",
     [(R, "Sam Okoye", "the offer an insult", "call")]),
    ("The manager defended his goalkeeper, calling the penalty decision a disgrace.",
     [(R, "manager", "the penalty decision a disgrace", "call")]),
    ("Critics of the dam rallied in the capital, calling it a threat to the delta.",
     [(R, "Critics", "it a threat to the delta", "call")]),
    ("The senator left the hearing, calling for an inquiry.",  # a call put, as "called for" is
     [(R, "senator", "an inquiry", "call")]),
]

# "In a poll released Monday, X": the document at the head of the sentence says the rest.
IN_DOCUMENT = [
    ("In a Harlow Institute poll released Monday, 52 percent of voters backed the tax.",
     [(R, "poll", "52 percent of voters backed the tax", "in")]),
    ("In the polls, the incumbent mayor holds a clear lead.",
     [(R, "polls", "the incumbent mayor holds a clear lead", "in")]),
    ("In a study of 4,000 patients, the drug cut hospital stays by a third.",
     [(R, "study", "the drug cut hospital stays by a third", "in")]),
    ("In the morning, the fleet left the harbour.", []),
    ("In Brussels, ministers met to discuss the budget.", []),
]

# "Name: what they say", headline style.
COLON = [
    ("Marta Ilves: The league owes the fans an apology", [(R, "Marta Ilves", "The league owes the fans an apology", None)]),
    ("Bank of England: Inflation will fall by the summer", [(R, "Bank of England", "Inflation will fall by the summer", None)]),
    ("UPDATE: The vote was delayed until Friday.", []),
    ("WASHINGTON: The Senate voted on Tuesday to extend the program.", []),
]
