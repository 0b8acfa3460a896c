"""Refusals, directives put as "call for", stances put as adjectives, short quotes with their
attribution, and what is no statement. (direct?, speaker, content fragment, cue lemma)."""
D, R = True, False

REFUSAL = [
    ("The senator declined to comment on the investigation.", [(R, "senator", "to comment on the investigation", "decline")]),
    ("The company refused to say how many workers would lose their jobs.",
     [(R, "company", "to say how many workers would lose their jobs", "refuse")]),
    ("The minister would not say whether the fuel tax would rise.", [(R, "minister", "whether the fuel tax would rise", "not say")]),
    ("Coach Anna Berg declined to name her starting goalkeeper.", [(R, "Anna Berg", "to name her starting goalkeeper", "decline")]),
    ("The hospital refused to release the names of the patients.",
     [(R, "hospital", "to release the names of the patients", "refuse")]),
    ("Prosecutors declined to discuss the evidence against the former mayor.",
     [(R, "Prosecutors", "to discuss the evidence", "decline")]),
    ("The central bank would not confirm whether it had sold gold.", [(R, "bank", "whether it had sold gold", "not confirm")]),
    ("Researchers at the institute declined to speculate on the cause of the outbreak.",
     [(R, "Researchers", "to speculate on the cause of the outbreak", "decline")]),
    ("The club refused to comment on reports that the striker had been sold.",
     [(R, "club", "to comment on reports", "refuse")]),
    ("Judge Omar Haddad would not say when the verdict would be read.",
     [(R, "Omar Haddad", "when the verdict would be read", "not say")]),
    ("The airline declined to give a reason for the cancellations.", [(R, "airline", "to give a reason", "decline")]),
    ("She may not say anything at all.", []),
]

CALL_FOR = [  # the cue is "call" (its lemma); the mention spans "called for"
    ("Activists called for the mayor to resign.", [(R, "Activists", "the mayor to resign", "call")]),
    ("The union called for a ban on night shifts.", [(R, "union", "a ban on night shifts", "call")]),
    ("Opposition leader Ivan Petrov called for early elections.", [(R, "Ivan Petrov", "early elections", "call")]),
    ("Doctors called for more funding for cancer research.", [(R, "Doctors", "more funding for cancer research", "call")]),
    ("The fans called for the manager to be sacked.", [(R, "fans", "the manager to be sacked", "call")]),
    ("The World Health Organization called for calm after the first cases were found.",
     [(R, "World Health Organization", "calm", "call")]),
    ("Investors called for a new chief executive.", [(R, "Investors", "a new chief executive", "call")]),
    ("The judge called for a review of the sentencing rules.", [(R, "judge", "a review of the sentencing rules", "call")]),
    ("Farmers called for the government to cut fuel duty.", [(R, "Farmers", "the government to cut fuel duty", "call")]),
    ("Scientists called for stricter limits on fishing in the Baltic.",
     [(R, "Scientists", "stricter limits on fishing", "call")]),
    ("For years, activists have called for a ban on the pesticide.", [(R, "activists", "a ban on the pesticide", "call")]),
    ("The referee called the match off.", []),
]

CALL_ON = [  # the cue is "call"; the text is what the addressee is asked to do
    ("The union called on members to reject the pay offer.", [(R, "union", "to reject the pay offer", "call")]),
    ("Health officials called on residents to boil their water.",
     [(R, "officials", "to boil their water", "call")]),
    ("Senator Maria Lopez called on the governor to veto the bill.",
     [(R, "Maria Lopez", "to veto the bill", "call")]),
    ("Coach Ana Silva called on her players to show more courage.", [(R, "Ana Silva", "to show more courage", "call")]),
    ("Scientists called on governments to cut methane emissions.",
     [(R, "Scientists", "to cut methane emissions", "call")]),
    ("The prosecutor called on the court to deny bail.", [(R, "prosecutor", "to deny bail", "call")]),
    ("The chief executive called on shareholders to back the merger.",
     [(R, "chief executive", "to back the merger", "call")]),
    ("Rescue teams called on hikers to stay off the mountain.", [(R, "teams", "to stay off the mountain", "call")]),
    ("The mayor called on the family at home on Sunday.", []),  # a visit, no directive
    ("Parents called on the school board to reopen the library.",
     [(R, "Parents", "to reopen the library", "call")]),
]

BY_SAYING = [  # "by saying X", "after saying X", "for saying X": the gerund's clause, said by the verb's subject
    ("The mayor responded by saying that the budget was balanced.", [(R, "mayor", "the budget was balanced", "say")]),
    ("Coach Dana Reyes began by saying her team had played its worst half of the season.",
     [(R, "Dana Reyes", "her team had played its worst half", "say")]),
    ("The senator was criticized for saying that the vaccine was unsafe.",
     [(R, "senator", "the vaccine was unsafe", "say")]),
    ("The chief executive opened the meeting by saying profits would fall this year.",
     [(R, "chief executive", "profits would fall this year", "say")]),
    ("After saying the plant would close, the company offered workers new jobs.",
     [(R, "company", "the plant would close", "say")]),
    ("The judge ended the hearing by saying the trial would resume in March.",
     [(R, "judge", "the trial would resume in March", "say")]),
    ("The minister angered farmers by saying subsidies would be cut.",
     [(R, "minister", "subsidies would be cut", "say")]),
    ("Scientists surprised the panel by saying the ice sheet was melting faster than expected.",
     [(R, "Scientists", "the ice sheet was melting faster", "say")]),
    ("The striker was fined for saying the referee had been bribed.",
     [(R, "striker", "the referee had been bribed", "say")]),
    ("The governor defended the plan by saying it would save money.", [(R, "governor", "it would save money", "say")]),
    ("She made headlines by saying nothing at all.", []),  # no clause: nothing said
]

WILLING = [
    ("She was reticent to discuss her plans for the team.", [(R, "", "to discuss her plans for the team", "reticent")]),
    ("The governor was eager to point out that the budget was balanced.",
     [(R, "governor", "to point out that the budget was balanced", "eager")]),
    ("Investors were reluctant to buy the new bonds.", [(R, "Investors", "to buy the new bonds", "reluctant")]),
    ("The coach was adamant to keep his captain on the bench.",
     [(R, "coach", "to keep his captain on the bench", "adamant")]),
    ("The minister is keen to reach a deal before the summit.", [(R, "minister", "to reach a deal", "keen")]),
    ("Lenders are unwilling to cut their rates.", [(R, "Lenders", "to cut their rates", "unwilling")]),
    ("The bank was willing to extend the loan.", [(R, "bank", "to extend the loan", "willing")]),
    ("Doctors were hesitant to prescribe the new drug.", [(R, "Doctors", "to prescribe the new drug", "hesitant")]),
    ("The board was eager to sell the factory.", [(R, "board", "to sell the factory", "eager")]),
    ("Residents were reluctant to leave their homes.", [(R, "Residents", "to leave their homes", "reluctant")]),
    ("The water was too cold to swim in.", []),
]

SHORT_QUOTE = [
    ("“Amazing,” Davis said. “To be able to do that in front of our fans is something I will never forget.”",
     [(D, "Davis", "To be able to do that in front of our fans", "say")]),
    ("“Never,” the minister said. “We will not sell the railway to anyone.”",
     [(D, "minister", "We will not sell the railway", "say")]),
    ("“Unacceptable,” said the judge.", [(D, "judge", "Unacceptable", "say")]),
    ("The film is called “Blue Harbour.”", []),
]

NOT_STATEMENTS = [
    ("He was accused of fraud by a former business partner.", []),
    ("The striker was criticised by his coach after the match.", []),
    ("She was praised by the judges for her courage.", []),
]

# Titles of works in quote marks are no speech; the sentence that reports them may be.
TITLES = [
    ("The band’s new album, “Songs for a Burning City,” was released on Friday, the label said.",
     [(R, "label", "was released on Friday", "say")]),
    ("The documentary, titled “Rivers of Salt,” opens at the festival on Monday.", []),
    ("Her novel “The Quiet Harbour” won the prize.", []),
    ("The film “Blue Harbour” premieres in Oslo next week.", []),
]

# "that’s correct": "that" is the clause's subject, and a clitic never opens a content.
CLITICS = [
    ("The coach said that’s the best his team has played.", [(R, "coach", "that’s the best his team has played", "say")]),
    ("The spokesman said that’ll be decided by the board.", [(R, "spokesman", "that’ll be decided by the board", "say")]),
]

# A pronoun goes to the person its gender fits (a given name tells it), else to the speaker of the
# statement before it in the paragraph; when nothing tells two people apart, to no one.
PRONOUN_CONTEXT = [
    ("Mayor Lena Park met Governor Tom Ruiz on Monday. Park said the bridge would reopen. Ruiz agreed. "
     "“It will be done by May,” he said.", [(D, "Tom Ruiz", "It will be done by May", "say")]),
    ("Helen Ward and Mark Lund spoke after the vote. “I respect the voters,” Ward said. Lund was angry. "
     "He said the count was flawed.", [(R, "Mark Lund", "the count was flawed", "say")]),
    ("“We will win the final,” coach Peter Olsen said. Captain Erik Berg nodded. “The team is ready,” he said.",
     [(D, "Peter Olsen", "The team is ready", "say")]),
]
