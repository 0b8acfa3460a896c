"""Given names common in international news, as data: a name opening with one is a person's.

Lower-cased; names that are also common words or places in their own right (Jordan, Georgia, Paris,
Victoria, Chase, Guy) are left out on purpose.
"""
GIVEN_NAMES = frozenset("""
aaron abdul abdullah abu adam adrian ahmad ahmed aisha alan alberto alejandro aleksandr alex alexander
alexandra alexandre alexei alfonso ali alice alicia alistair amanda amir amy ana anastasia anders andre
andrea andreas andrei andrew andrzej andy angela angelo ann anna anne annie anthony antoine anton antonio
arnold arthur ashley barack barbara barry ben benjamin bernard bernd bill billy bjorn bob bobby bogdan
boris brad brandon brian bruce bruno carl carla carlos carmen carol caroline catherine cecilia cedric
charles charlie chen chris christian christina christine christopher claire claudia claus colin conchita
craig cristina dan daniel daniela danny dario dave david dean deborah dennis derek diana diego dieter
dmitry dominique donald donna donovan doug douglas dylan ed eddie edgar eduardo edward elena eleni elizabeth
ellen emily emma emmanuel enrique eric erik ernesto eva evan evgeny fabio fatima federico felipe felix
fernando filippo francesca francesco francis francisco frank franz fred frederic friedrich gabriel
gabriela gary gaston gerald gerard gerhard gianluigi gilbert giorgio giovanni giuseppe gordon goran grace
greg gregory gunter gustavo hans harold harry hassan heinz helen helena helmut henri henrik henry hillary
howard hugo hussein ian igor ilya ines ingrid irina isabel isabella ivan jack jacob jacques jaime jake
james jan jane janet janos javier jean jeff jeffrey jennifer jens jeremy jerome jerry jessica jim jimmy
jiri joachim joan joao joe johan johann johannes john johnny jon jonas jonathan jorge jose josef joseph
joshua juan julia julian julie julio jurgen justin karen karim karin karl kate katherine kathleen kazuo
keith kelly ken kenneth kevin khalid kim klaus kurt larry laura lars laurent lee leila lena leon leonard
leonid lewis linda lindsay lisa lorenzo louis luca lucas luis luiz lukas lynn magnus mahmoud manuel marc
marcel marco marcus margaret maria mariano marie mario mark marta martin martina mary massimo matteo
matthew mauricio mauro max maxim megan mehmet melissa michael michel michele miguel mikael mikhail mike
milan miroslav mohamed mohammad mohammed monica monika muhammad nancy naomi natalia natalya nathan
neil nelson nicholas nick nicola nicolas nikita nikolai nina noah norbert oleg oliver olivia omar oscar
otto pablo paolo pascal patricia patrick paul paula pavel pedro peter petr petra philip philippe pierre
pietro piotr rachel rafael rainer ralph ramon randall raul ray raymond rebecca reza ricardo richard rick
rita robert roberto robin rodney roger roman ronald rosa ruth ryan salvatore samuel sandra sandrine sara
sarah scott sean sebastian sergei sergey sergio shane sharon shinzo silvio simon sofia sophie stefan
stefano stephen steve steven stuart susan sven takeshi tamara tatiana ted teresa thierry thomas tim
timothy tobias todd tom tomas tommy tony valentina valentin valery vanessa vera veronica victor viktor
vincent vittorio vladimir walter wayne werner william willie wolfgang xavier yannick yasser yekaterina
yuri yusuf zoltan
""".split())

# Short forms of given names and the names they shorten ("Fred" LaRue is Frederick LaRue). A link made
# on these alone needs more evidence than a shared first name: see identity.
NICKNAMES: dict[str, frozenset[str]] = {short: frozenset(full.split()) for short, full in {
    "al": "albert alan alfred", "alex": "alexander alexandra", "andy": "andrew", "becky": "rebecca",
    "ben": "benjamin", "beth": "elizabeth", "betty": "elizabeth", "bill": "william", "billy": "william",
    "bob": "robert", "bobby": "robert", "cathy": "catherine", "charlie": "charles", "chris": "christopher",
    "chuck": "charles", "dan": "daniel", "danny": "daniel", "dave": "david", "debbie": "deborah",
    "dick": "richard", "don": "donald", "doug": "douglas", "ed": "edward", "eddie": "edward",
    "fred": "frederick", "freddie": "frederick", "gene": "eugene", "greg": "gregory", "hank": "henry",
    "harry": "henry harold", "jack": "john", "jake": "jacob", "jeff": "jeffrey", "jen": "jennifer",
    "jenny": "jennifer", "jerry": "gerald jerome", "jim": "james", "jimmy": "james", "joe": "joseph",
    "johnny": "john", "jon": "jonathan", "josh": "joshua", "kate": "katherine kathryn catherine",
    "kathy": "katherine kathryn", "katie": "katherine kathryn catherine", "ken": "kenneth",
    "larry": "lawrence", "liz": "elizabeth", "maggie": "margaret", "matt": "matthew", "meg": "margaret",
    "mike": "michael", "nick": "nicholas", "pam": "pamela", "pat": "patrick patricia", "peggy": "margaret",
    "pete": "peter", "phil": "philip", "ray": "raymond", "rich": "richard", "rick": "richard",
    "rob": "robert", "ron": "ronald", "sam": "samuel samantha", "stan": "stanley", "steve": "steven stephen",
    "sue": "susan", "ted": "edward theodore", "teddy": "theodore", "tim": "timothy", "tom": "thomas",
    "tommy": "thomas", "tony": "anthony", "vince": "vincent", "walt": "walter", "will": "william",
    "zach": "zachary",
}.items()}

# The given names above (and short forms) that are women's; the rest are men's but for those that are
# either (AMBIGUOUS_SEX). Used only as evidence of who a description ("an Arkansas woman") stands for.
FEMALE_NAMES = frozenset("""
aisha alexandra alice alicia amanda amy ana anastasia angela ann anna anne annie ashley barbara carla
carmen carol caroline catherine cecilia christina christine claire claudia conchita cristina daniela
deborah diana donna elena eleni elizabeth ellen emily emma eva fatima francesca gabriela grace helen
helena hillary ines ingrid irina isabel isabella jane janet jennifer jessica joan julia julie karen karin
kate katherine kathleen laura leila lena linda lindsay lisa margaret maria marie marta martina mary
megan melissa monica monika nancy naomi natalia natalya nina olivia patricia paula petra rachel rebecca
rita rosa ruth sandra sandrine sara sarah sharon sofia sophie susan tamara tatiana teresa valentina
vanessa vera veronica yekaterina katie kathy kathryn liz beth betty sue jenny jen meg maggie peggy pam
debbie becky cathy
""".split())
AMBIGUOUS_SEX = frozenset("andrea jean kim lee lynn robin kelly dominique nicola michele chen jan chris alex pat sam"
                          .split())


def given_name_sex(name: str) -> str:
    """ "male" or "female" by a person's given name (the first word of the name), "" when it does not say."""
    given = name.split()[0].casefold() if name.split() else ""
    if given in AMBIGUOUS_SEX or not (given in GIVEN_NAMES or given in NICKNAMES or given in FEMALE_NAMES):
        return ""
    return "female" if given in FEMALE_NAMES else "male"
