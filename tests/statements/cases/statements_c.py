"""Statement cases, part C: unnamed sources, unknown speakers, stray and unbalanced marks.

Each case is (text, expected); expected lists (direct?, speaker name, a fragment of the
content, cue lemma or None). An empty list means no statement at all.
"""
D, R = True, False

UNNAMED = [
    ("“We expect an answer this week,” a senior EU official said.", [(D, "a senior EU official", "answer this week", "say")]),
    ("In June, the camp held 40,000 refugees, aid officials say.", [(R, "aid officials", "camp held 40,000 refugees", "say")]),
    ("NATO officials said the alliance would review its plans.", [(R, "NATO officials", "alliance would review", "say")]),
    ("Police said three people had been arrested.", [(R, "Police", "three people had been arrested", "say")]),
    ("A spokesman for the ministry said the figures were wrong.", [(R, "A spokesman for the ministry", "figures were wrong", "say")]),
    ("Diplomats said the talks could resume next week.", [(R, "Diplomats", "talks could resume", "say")]),
    ("“The situation is very serious,” a European diplomat told reporters.", [(D, "a European diplomat", "very serious", "tell")]),
    ("Witnesses said the car was travelling at high speed.", [(R, "Witnesses", "car was travelling", "say")]),
    ("Two people familiar with the matter said the deal could be signed on Friday.",
     [(R, "Two people familiar with the matter", "deal could be signed", "say")]),
    ("Analysts said the yen could weaken.", [(R, "Analysts", "yen could weaken", "say")]),
    ("“We are running out of food,” one resident said.", [(D, "one resident", "running out of food", "say")]),
    ("Economists expect rates to stay on hold until the end of the year.",  # a stance (belief family)
     [(R, "Economists", "rates to stay on hold", "expect")]),
    ("A government source said the minister would resign.", [(R, "A government source", "minister would resign", "say")]),
    ("Officials said supplies would arrive in monthly shipments.", [(R, "Officials", "supplies would arrive", "say")]),
    ("Israeli officials declined to comment.", [(R, "Israeli officials", "to comment", "decline")]),  # a refusal, as PARC has it
    ("Rescue workers said more bodies had been found.", [(R, "Rescue workers", "more bodies had been found", "say")]),
    ("A company spokeswoman said the factory would reopen.", [(R, "A company spokeswoman", "factory would reopen", "say")]),
    ("“It was chaos,” said a fan who travelled from Leeds.", [(D, "a fan", "It was chaos", "say")]),
    ("Local media reported that the mayor had resigned.", [(R, "Local media", "mayor had resigned", "report")]),
    ("Investigators said the cause of the crash was not yet known.", [(R, "Investigators", "cause of the crash", "say")]),
]

UNKNOWN = [
    ("“Nobody expected this result.”", [(D, "unknown source", "Nobody expected", None)]),
    ("He said the talks would go on.", [(R, "unknown source", "talks would go on", "say")]),
    ("“We will never give up.”\n\nThe march ended peacefully.", [(D, "unknown source", "never give up", None)]),
    ("They said the plan was unfair.", [(R, "unknown source", "plan was unfair", "say")]),
    ("She told reporters the decision was final.", [(R, "unknown source", "decision was final", "tell")]),
    ("“Prices are too high.”", [(D, "unknown source", "Prices are too high", None)]),
    ("It said the service would resume on Monday.", [(R, "unknown source", "service would resume", "say")]),
    ("“The water is rising fast.”\n\nResidents were told to leave.", [(D, "unknown source", "water is rising fast", None)]),
    ("He added that more help was needed.", [(R, "unknown source", "more help was needed", "add")]),
    ("“This is only the beginning,” he warned.", [(D, "unknown source", "only the beginning", "warn")]),
    ("“We are ready.”", [(D, "unknown source", "We are ready", None)]),
    ("She insisted the figures were correct.", [(R, "unknown source", "figures were correct", "insist")]),
    ("“Enough is enough,” they chanted.", [(D, "unknown source", "Enough is enough", "chant")]),
    ("“The roads are closed until further notice.”", [(D, "unknown source", "roads are closed", None)]),
    ("He told the court he was innocent.", [(R, "unknown source", "he was innocent", "tell")]),
    ("“Help is on the way.”", [(D, "unknown source", "Help is on the way", None)]),
    ("They warned that the dam could fail.", [(R, "unknown source", "dam could fail", "warn")]),
    ("“It is far too early to say.”", [(D, "unknown source", "far too early", None)]),
    ("She said the school would stay closed.", [(R, "unknown source", "school would stay closed", "say")]),
    ("“No comment.”\n\nThe door closed.", []),
]

STRAY_MARKS = [
    ("He said “the talks will go on\n\nThe meeting ended late on Friday.", [(R, "unknown source", "the talks will go on", "say")]),
    ("‘A winter of discontent’\n\nThe ministers met in Oslo.", []),
    ("“We will hold firm,” Mayor Luis Ortega said.\n\n‘A winter of discontent’\n\nThe unions met on Monday.",
     [(D, "Luis Ortega", "hold firm", "say")]),
    ("The so-called “peace plan” was rejected.", []),
    ("The “unusual” troop movements alarmed the West.", []),
    ("Shares in “meme stocks” rose again on Monday.", []),
    ("The players' union met on Monday. Its members' votes were counted.", []),
    ("The minister's \"reform\" was delayed again.", []),
    ("The film “Oppenheimer” won seven awards.", []),
    ("“\n\nThe vote was postponed.", []),
    ("He called it a \"disgrace and walked out.\n\nThe session ended.", [(R, "unknown source", "disgrace", "call")]),
    ("Rock 'n' roll fans queued for hours.", []),
    ("The '90s were a different time.", []),
    ("“Unbalanced quote at the end.", [(D, "unknown source", "Unbalanced quote at the end", None)]),
    ("“Unbalanced quote without an end", []),
    ("The report, titled “Rising Seas,” was published on Monday.", []),
    ("The song ‘Yesterday’ was played at the funeral.", []),
    ("The ship, nicknamed the \"Iron Lady\", sank in 1912.", []),
    ("Officials described the move as \"temporary\".", [(R, "Officials", "temporary", "describe")]),
    ("Ministers met in Brussels. ” Stray closing mark.", []),
    ("The term “net zero” is often misunderstood.", []),
    ("“We will win,” she said. “We will", [(D, "unknown source", "We will win", "say")]),
]
