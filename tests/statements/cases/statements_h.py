"""Statement families, continued: lines that open with who says them and a colon (a headline's label, a
transcript's turn), the speaker named by a word of a name the article gives in full."""
D, R = True, False

LABELS = [
    # a headline's label: a surname the article names in full below
    ("Okafor: Budget Cuts Will Close Rural Clinics.\n\nHealth Secretary Grace Okafor told lawmakers on Monday "
     "that the plan was final.", [(R, "Grace Okafor", "Budget Cuts Will Close Rural Clinics", None)]),
    ("Lindqvist: ‘We Were Robbed In The Final Minute.’\n\nCoach Erik Lindqvist was furious after the match.",
     [(R, "Erik Lindqvist", "We Were Robbed In The Final Minute", None)]),
    ("Dr. Amara Singh: Vaccine Trial Shows Strong Early Results.\n\nThe trial enrolled 4,000 volunteers.",
     [(R, "Amara Singh", "Vaccine Trial Shows Strong Early Results", None)]),
    ("Judge Whitcombe: Company Misled Its Investors For Years.\n\nFederal Judge Helen Whitcombe ruled on "
     "Thursday.", [(R, "Helen Whitcombe", "Company Misled Its Investors For Years", None)]),
    ("Marlow Energy CEO Petra Lund: Oil Prices Will Stay High.\n\nPetra Lund spoke at a conference in Oslo.",
     [(R, "Petra Lund", "Oil Prices Will Stay High", None)]),
    ("Poll: Voters Sour On The Stadium Plan.\n\nA majority of residents oppose the new stadium.",
     [(R, "Poll", "Voters Sour On The Stadium Plan", None)]),
    # a transcript's turns, and the "I" within one
    ("Partial transcript follows.\n\nBRENNAN: The state will not raise the sales tax this year.\n\n"
     "Governor Luis Brennan spoke to reporters on Sunday.",
     [(R, "Luis Brennan", "The state will not raise the sales tax this year", None)]),
    ("The interview, edited for length.\n\nKOWALSKI: Well, I think the team is ready for the new season.\n\n"
     "Manager Anna Kowalski joined the club in May.",
     [(R, "Anna Kowalski", "the team is ready for the new season", "think")]),
    # headings, questions and labels that name no one of the article
    ("The Latest: Storm knocks out power to thousands.\n\nThe storm reached the coast overnight.", []),
    ("Big Win For Labor: Union Secures Pay Rise.\n\nThe deal ends a two-month strike.", []),
    ("Ferreira: Hero or Villain?\n\nStriker Tomas Ferreira was sent off on Saturday.", []),
    ("Election 2026: What the polls got wrong.\n\nThe polls missed the late swing.", []),
    ("Ortega And Vidal: A Rivalry Renewed.\n\nMaria Ortega and Sofia Vidal meet again in the final.", []),
]

CALLING = [  # a participle after a comma that puts a call or a request: its subject is the clause's
    ("The senators sent a letter to the board on Monday, calling for the director's dismissal.",
     [(R, "senators", "the director's dismissal", "call")]),
    ("The governor gave a speech in Denver, calling for stricter gun laws.",
     [(R, "governor", "stricter gun laws", "call")]),
    ("The nurses' union issued a statement, urging members to reject the pay offer.",
     [(R, "union", "to reject the pay offer", "urge")]),
    ("The club wrote to its supporters on Friday, asking them to stay away from the away game.",
     [(R, "club", "to stay away from the away game", "ask")]),
    ("Climate scientists published an open letter, calling on governments to end coal subsidies.",
     [(R, "scientists", "to end coal subsidies", "call")]),
    ("The climber spent the night calling for help.", []),  # a shout, no call put to anyone
]
