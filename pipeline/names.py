"""What archival English says about people: titles, honorifics, name shapes, and who is who.

`Names` holds the persons of one document (and the authority it starts from) and answers two
questions: is this label a person, and which person does this mention mean. The recognizer
works on a token list so that the same code reads a plain label and a level string.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import islice

from lxml import etree

from .read import MONTH_ABBREVIATIONS, MONTHS
from .tei import HEADER_IDS, TEI_NS, XML_ID, XML_LANG, ascii_fold

# Honorifics become addName[@type="honorific"]; titles become roleName.
# Honorifics that head a list of names: each name after them is a person.
PLURAL_HONORIFICS = {"Comrades", "Cdes.", "Coms."}
# `Shri`, `Shrimati`, `Smt.` and `Pandit` are the Indian ones (`Shri N.R. Pillai`, `Shri
# Dutt:`, `Pandit Nehru`), `Sig.` and `Signor` the Italian (`Sig. A. Segni`); `H.E.` is His
# Excellency, as a letter's address names a head of government (`H.E. Mr. Zulfikar Ali Bhutto`).
HONORIFICS = {"Comrade", "Comrades", "Com.", "Cde.", "Cdes.", "Coms.", "Mr.", "Mrs.", "Ms.", "Mme.",
              "Madame", "Mister", "Dr.", "Sir", "Lady", "Lord", "Tovarishch", "Miss", "His", "Her",
              "Excellency", "Majesty", "Highness", "Shri", "Shrimati", "Smt.", "Pandit", "Sig.",
              "Signor", "H.E."}
# `Samdech`, the Khmer one, as Chinese and Cambodian records call Prince Sihanouk (`Samdech
# Norodom Sihanouk`) and Penn Nouth (`Samdech Penn Nouth`): an honorific, never a name's word.
HONORIFICS.add("Samdech")
# The styles of a pope, an Orthodox patriarch or archbishop and a cardinal (`His Holiness Pope
# John Paul II`, `I thank His Beatitude.`, `His Eminence Cardinal Wyszyński`): honorifics as
# `Majesty` is, no one's name alone (`His Beatitude` was a person `#beatitude`).
HONORIFICS |= {"Holiness", "Beatitude", "Eminence"}
# The honorifics of a comrade, who may be called by his given name alone (`Comrade Fidel`).
COMRADES = frozenset({"Comrade", "Com.", "Cde.", "Tovarishch"})
# Honorifics and titles that say the person is a woman, and the form a woman known by one of
# them and her surname alone is registered under (`Mme. Sukarno` and `Madame Sukarno` are one).
WOMEN_HONORIFICS = {"Mrs.": "Mrs.", "Ms.": "Ms.", "Mme.": "Madame", "Madame": "Madame",
                    "Miss": "Miss", "Lady": "Lady", "Shrimati": "Shrimati", "Smt.": "Shrimati"}
# The French `Mlle.` (Mademoiselle) as `Mme.` (`Mlle. Dupont` was a person `#mlle-dupont`).
HONORIFICS |= {"Mlle.", "Mademoiselle"}
WOMEN_HONORIFICS.update({"Mlle.": "Mademoiselle", "Mademoiselle": "Mademoiselle"})
WOMEN_TITLES = {"Chairwoman", "Queen", "Princess", "Empress"}
# Women's given names of the record: a person of the authority or the document with one of
# them is a woman that `Mrs. Gandhi` may mean.
WOMEN_GIVEN_NAMES = {"Indira", "Margaret", "Golda", "Sirimavo", "Hartini", "Nancy", "Eleanor",
                     "Jacqueline", "Madeleine", "Valentina", "Ekaterina", "Yekaterina", "Raisa",
                     "Nina", "Elena", "Imelda", "Corazon", "Benazir", "Dewi", "Anna", "Louise",
                     "Agnes", "Lois"}
TITLES = {"Premier", "Vice", "Chairman", "Chairwoman", "President", "Minister", "Ministers",
          "Secretary", "Secretary-General", "General", "Marshal", "Ambassador", "Deputy", "Director",
          "Prime", "Foreign", "Defense", "Defence", "First", "Second", "Third", "Counselor",
          "Counsellor", "Consul", "Attache", "Chief", "Commander", "Admiral", "Colonel", "Lieutenant",
          "Captain", "Major", "Governor", "Mayor", "Chancellor", "Professor", "Prof.", "Gen.", "Col.",
          "Lt.", "Capt.", "Amb.", "Adm.", "King", "Queen", "Prince", "Princess", "Emperor", "Empress",
          "Senator", "Representative", "Envoy", "Charge", "Chargé", "Delegate", "Head", "Leader",
          "Assistant", "Adviser", "Advisor", "Editor", "Member", "Members", "Acting", "Party",
          "Trade", "Executive", "PM", "Councillor", "Councilor", "Plenipotentiary", "Federal",
          "State", "Rector", "Pro-Rector", "Prorector", "Vice-Rector", "Provost", "Generalissimo",
          "Rear", "Cabinet"}
# The French `M.` (Monsieur), an honorific, where it can be no initial: before a name with a
# French particle, maybe after the given name or its initial (`M. Couve de Murville`, `M. M.
# Couve de Murville`, `M. COUVE DE MURVILLE`). Elsewhere `M.` is an initial (`M. Suslov`).
MONSIEUR = "M."
_MONSIEUR = re.compile(r"M\.[ \u00a0](?:[A-Z]\.[ \u00a0]?)?(?:[A-Z][\w'\u2019\-]*+[ \u00a0]){1,2}"
                       r"(?:de|du|DE|DU)[ \u00a0][A-Z]")
# A British peer's title: the title is the person's name in British records, `the Earl of
# Home` (Lord Home, Alec Douglas-Home), `the Marquess of Salisbury`, the name the place after
# `of` (`Home`, as after `Lord`); `Viscount` and `Baron` also before the name (`Viscount
# Montgomery`). Not `Earl` or `Duke` alone, a given name (`Earl Warren`, `Duke Ellington`).
_PEERAGE_WORDS = ("Earl", "Countess", "Marquess", "Marquis", "Marchioness", "Duke", "Duchess",
                  "Viscount", "Viscountess", "Baron", "Baroness")
PEERAGES = frozenset(_PEERAGE_WORDS) | {word.upper() for word in _PEERAGE_WORDS}
_PEERS_BEFORE_NAME = frozenset({"Viscount", "Viscountess", "Baron", "Baroness", "VISCOUNT",
                                "VISCOUNTESS", "BARON", "BARONESS"})
_PEERAGE_OF = re.compile(r"[ \u00a0](?:of|OF)[ \u00a0]")

# Titles hyphened after `Vice` or `Deputy`, as Soviet and Chinese translations print them
# (`Vice-Premier Chen Yi`, `Deputy-Minister`), and the hyphened military ranks
# (`Lieutenant-General`): one word, the title the spaced words make.
TITLES |= {f"{lead}-{post}" for lead in ("Vice", "Deputy")
           for post in ("Premier", "Chairman", "Chairwoman", "Minister", "President", "Director",
                        "Consul", "Admiral", "Governor", "Chancellor", "Secretary")} | \
    {"Lieutenant-General", "Major-General", "Lieutenant-Colonel", "Vice-Foreign",
     "Deputy-Foreign"}
# An embassy's ranks between the ambassador and the counsellors, hyphened both ways, and the
# attaché with his accent (`Mr. [Yuri] Vorontsov, Minister-Counsellor` was a person
# `minister-counsellor`).
TITLES |= {"Minister-Counsellor", "Minister-Counselor", "Counsellor-Minister",
           "Counselor-Minister", "Attaché"}
# An international body's or a ministry's heads, hyphened (`Director-General Y. Herzog`,
# `Under-Secretary G. Ball`, `Under-Secretary-General`): one title as `Secretary-General`
# is (`Director-General Y. Herzog` was a person `#director-general-y-herzog`).
TITLES |= {"Director-General", "Under-Secretary", "Under-Secretary-General"}
# The compound military ranks, abbreviated (`Maj. Gen.`, `Brig. Gen.`: `Maj.` and `Brig.` are
# titles as `Lt.` is), hyphened (`Lt.-Gen.`, `Col.-Gen.`, `Colonel-General`: tokenize makes the
# abbreviated ones one token) or spaced (`Army General`, `Marshal of the Soviet Union`, one
# token each): one title, the roleName before the name.
TITLES |= {"Maj.", "Brig.", "Brigadier", "Colonel-General", "Brigadier-General", "Rear-Admiral",
           "Lt.-Gen.", "Lt.-Col.", "Maj.-Gen.", "Col.-Gen.", "Brig.-Gen."}
_RANK_FIRSTS = frozenset({"Lt.", "Maj.", "Col.", "Brig."})   # before `-Gen.`, `-Col.`
_RANK_SECONDS = frozenset({"Gen.", "Col."})
ARMY_GENERAL = "Army General"
MARSHAL_OF_THE_SOVIET_UNION = "Marshal of the Soviet Union"
TITLES |= {ARMY_GENERAL, MARSHAL_OF_THE_SOVIET_UNION}
# A general's rank after the unit he may command, as Cuban records translate `General de
# División`, `General de Brigada` (`Division General Senén Casas Regueiro`), and the highest
# ranks of the Soviet Army and Navy, over four words (`General of the Army S. L. Sokolov`,
# `Admiral of the Fleet S. G. Gorshkov`, `Admiral of the Fleet of the Soviet Union`): one
# token each, one title.
_GENERAL_AFTER = {"Army": ARMY_GENERAL, "Division": "Division General",
                  "Brigade": "Brigade General"}
TITLES |= set(_GENERAL_AFTER.values())
TITLES |= {"General of the Army", "Admiral of the Fleet",
           "Admiral of the Fleet of the Soviet Union"}
# ` of the Army`, ` of the Fleet` after `General`, `Admiral`, ` of the Soviet Union` maybe after it.
_OF_THE_FORCE = {"General": "Army", "Admiral": "Fleet"}
_OF_THE_ARMY = re.compile("[ \u00a0]of[ \u00a0]the[ \u00a0](?P<force>Army|Fleet)"
                          "(?P<union>[ \u00a0]of[ \u00a0]the[ \u00a0]Soviet[ \u00a0]Union)?\\b")
# The air forces' ranks of the Commonwealth, as Pakistani and Indian records print them
# (`Air Marshal Rahim Khan`, `Air Vice Marshal`, `Air Chief Marshal`): one title, its `Air`
# no word of the text before the name (`Air <roleName>Marshal</roleName>`).
_AIR_RANKS = {"Marshal": "Air Marshal", "Vice Marshal": "Air Vice Marshal",
              "Chief Marshal": "Air Chief Marshal"}
TITLES |= set(_AIR_RANKS.values())
_OF_THE_SOVIET_UNION = re.compile("[ \u00a0]of[ \u00a0]the[ \u00a0]Soviet[ \u00a0]Union\\b")
# The clergy's, as Polish minutes name the Church's delegates (`Rev. Alojzy Orszulik`, `Bishop
# Tadeusz Gocłowski`, `Primate Glemp`): `Rev.` and `Reverend` are honorifics, the others ranks;
# so is `Father` (`Father Popiełuszko`), a priest's form of address as `Rev.` is, no post.
HONORIFICS |= {"Rev.", "Reverend", "Father"}
TITLES |= {"Bishop", "Archbishop", "Cardinal", "Primate"}
# A court's, as American records name Reagan's adviser William P. Clark (`Judge [William]
# Clark`, `Judge Clark`): a title, no name's word.
TITLES.add("Judge")
# The Sandinista junta's, as Soviet records address Daniel Ortega (`I am listening, Comrade
# Coordinator.`): a post, no one's name.
TITLES.add("Coordinator")
# A parliament's chair (`Speaker O'Neill`, `Speaker Rafsanjani`): a title before a name, no
# person `#speaker-rafsanjani`; capitalized only, as every title is (`the speaker said`).
TITLES.add("Speaker")
# The posts of US agencies and Soviet design bureaus after a name and comma in a participant
# line (`Dr. James C. Fletcher, NASA Administrator`, `Mr. X, Deputy Spokesman`, `Political
# Officer`, `General Counsel`, `Chief Designer`): titles, no one's name (`Deputy
# Administrator` was a person `#administrator` that three officials' posts joined).
TITLES |= {"Administrator", "Spokesman", "Spokeswoman", "Counsel", "Commissioner", "Inspector",
           "Designer", "Engineer", "Officer", "Associate", "Under"}
# A joint body's and a delegation's ranks, as the North-South talks of 1972 print them
# (`Co-Chairman Kim Yong-ju`, `Senior Delegate Chung Hong-jin`, `Alternate Delegate ...`):
# `Senior` and `Alternate` only before another title word (`Senior officials` is prose).
TITLES |= {"Co-Chairman", "Co-Chairwoman", "Co-Chair", "Senior", "Alternate"}
# The West German foreign service's and chancellery's ranks, as their records abbreviate them
# before a name (`MD Teltschik`, Ministerialdirektor, was a person `#md-teltschik`; `MDg`,
# `VLR`, `LR`): titles, no words of the name.
GERMAN_RANKS = {"MD": "Ministerialdirektor", "MDg": "Ministerialdirigent",
                "VLR": "Vortragender Legationsrat", "LR": "Legationsrat"}
TITLES |= set(GERMAN_RANKS)
# The Soviet Academy's ranks and the cosmonaut's, as Soviet and American records print them
# before a name (`Academician [Andrei] Sakharov`, `Corresponding Member Petrov`, `Cosmonaut
# Leonov`): titles, no name's word (`#academician-keldysh`, `#andrei` of a completion read as
# an identification).
TITLES |= {"Academician", "Cosmonaut", "Corresponding"}
# The ranks of the other churches and of Muslim and royal houses (`Pope Paul VI`, `Patriarch
# Justinian`, `Metropolitan Nikodim`, `Rabbi Schneerson`, `Imam Khomeini`, `Ayatollah
# Montazeri`, `Hojatoleslam Rafsanjani`, `Sheikh Mujibur Rahman`, `Emir Jaber`): capitalized
# before a name only, as every title is read (`his father`, `the metropolitan area` are prose).
TITLES |= {"Pope", "Patriarch", "Metropolitan", "Rabbi", "Imam", "Ayatollah", "Sheikh", "Shaikh",
           "Sheik", "Emir", "Hojatoleslam", "Hojjatoleslam"}
# `Metropolitan` is also the adjective of a city's institutions, no rank before their nouns
# (`Metropolitan Opera`, `Metropolitan Cathedral`, `Metropolitan Vickers`, the company).
_METROPOLITAN_NOUNS = frozenset({"Opera", "Cathedral", "Church", "Life", "Vickers", "Board",
                                 "Water"})
# `Commander in Chief`, one title over three words (tokenize makes them one token), and as
# hyphened.
COMMANDER_IN_CHIEF = "Commander in Chief"
TITLES |= {COMMANDER_IN_CHIEF, "Commander-in-Chief"}
# What stands between `Commander` and `Chief` in it: `in` (`Commander in Chief`).
_IN_GAPS = (" in ", "\u00a0in\u00a0")
# `Head of Delegation`, one title over three words (tokenize makes them one token), as the
# North-South talks' minutes print it before a name (`Head of Delegation Kim Tae-hui:`).
HEAD_OF_DELEGATION = "Head of Delegation"
TITLES.add(HEAD_OF_DELEGATION)
_OF_GAPS = (" of ", "\u00a0of\u00a0")
# `Chargé d'Affaires`, one title over two words, with or without its accent, in capitals or
# not after `Chargé` (`chargé d'affaires` opens no token): tokenize makes it one token.
CHARGE_D_AFFAIRES = "Chargé d'Affaires"
TITLES.add(CHARGE_D_AFFAIRES)
_CHARGE = frozenset({"Charge", "Chargé"})
_D_AFFAIRES = re.compile("[ \u00a0]d['\u2019][Aa]ffaires\\b")   # ` d'Affaires`, ` d’affaires`
# Words that can sit in a title but never start one on their own.
_TITLE_ONLY_AFTER = {"Foreign", "Defense", "Defence", "First", "Second", "Third", "Party", "Trade",
                     "Executive", "Members", "Member", "Acting", "Head", "Leader", "Federal",
                     "State", "Vice-Foreign", "Deputy-Foreign", "Rear",   # `Rear Admiral`
                     "Cabinet",   # Japan's `Chief Cabinet Secretary`: no name's word
                     "Senior", "Alternate",   # `Senior Delegate`, `Alternate Delegate`
                     "Corresponding"}   # the Academy's `Corresponding Member`
# An army's or a cabinet's secretary (`Military Secretary Brig. Gen. I. Lior`): `Military`
# only before another title word (`Military aid`, `the Military Committee` are prose).
TITLES.add("Military")
_TITLE_ONLY_AFTER.add("Military")
# `Associate Administrator`, `Under Secretary`: never a title alone (`Under Stalin, ...`).
_TITLE_ONLY_AFTER |= {"Associate", "Under"}
# A Commonwealth envoy's `High Commissioner` (`High Commissioner: My Government ...`): `High`
# only before another title word (`the High Court`, `High Command` are no posts of a person).
TITLES.add("High")
_TITLE_ONLY_AFTER.add("High")

# Of those, the ones that begin a title before another title word: `Foreign Minister`,
# `First Deputy Premier`, `Acting Chairman`, `Party Secretary`, `Federal Councillor`, `State
# Secretary`.
_TITLE_LEADS = _TITLE_ONLY_AFTER - {"Members", "Member", "Head", "Leader"}

# The parties known by their abbreviation alone (`CPSU`, `KWP`), in their own languages too
# (`KSČ`, `PZPR`, `MSZMP`, and the CPCz of the Czechoslovak records' English: the party of
# the English abbreviation, places.py ORG_OTHER_NAMES); persons.py's delegations are of these
# and a few more.
PARTY_ABBREVIATIONS = {"CPC", "CCP", "CPSU", "KWP", "WPK", "VWP", "SED", "PUWP", "BCP", "RWP",
                       "HSWP", "KSC", "MPRP", "KSČ", "CPCz", "PZPR", "MSZMP", "RCP", "PCR", "LPRP"}
# The Soviet party before 1952, the All-Union Communist Party (Bolsheviks), by its Russian
# and its English abbreviations with their `(b)` (`VKP(b)`, `CPSU(b)`, `C.P.S.U.(B.)`): one
# party, the VKP(b) (places.py ORG_OTHER_NAMES), as the RWP was before it became the RCP.
BOLSHEVIK_PARTY = "VKP(b)"
PARTY_ABBREVIATIONS |= {f"{letters}({b})" for letters in ("VKP", "CPSU", "AUCP", "C.P.S.U.")
                        for b in ("b", "B", "b.", "B.")}
# The Yugoslav party by the Cominform's English abbreviation (`the C.P.Y.`, `CPY`): the
# Communist Party of Yugoslavia (places.py ORG_OTHER_NAMES).
PARTY_ABBREVIATIONS |= {"CPY", "C.P.Y."}
# The CPSU with its stops (`the C.P.S.U.`), the bloc's parties by their own languages'
# abbreviations (`KPJ`, Yugoslavia's, and its League of Communists, `SKJ`, `LCY`; `KPD`, `BKP`),
# and the big Western parties (`PCF`, `PCI`, `PCE`, `CPGB`, `KKE`, `CPUSA`): places.py
# ORG_OTHER_NAMES names each.
PARTY_ABBREVIATIONS |= {"C.P.S.U.", "KPJ", "SKJ", "LCY", "KPD", "BKP", "PCF", "PCI", "PCE",
                        "CPGB", "KKE", "CPUSA"}
# Indonesia's party, Democratic Kampuchea's and Ethiopia's revolutionary party (`PKI`, `CPK`,
# `EPRP`): places.py ORG_OTHER_NAMES names each.
PARTY_ABBREVIATIONS |= {"PKI", "CPK", "EPRP"}
# Greece's socialists and united left and Cyprus's communists (`PASOK`, `EDA`, `AKEL`):
# places.py ORG_OTHER_NAMES names each written out.
PARTY_ABBREVIATIONS |= {"PASOK", "EDA", "AKEL"}

# Words that make a capitalized run an organisation, a place or something else, not a person.
NOT_NAME = {
    "University", "Factory", "Factories", "Party", "Committee", "Committees", "Ministry", "Council",
    "Commission", "Bureau", "Department", "Embassy", "Government", "Republic", "Union", "Army",
    "Navy", "Conference", "Plan", "Treaty", "Accords", "Agreement", "Pact", "Organization", "Office",
    "Institute", "Academy", "School", "Hospital", "Bank", "Company", "Corporation", "Works", "Mine",
    "Station", "Plant", "Front", "Federation", "League", "Association", "Congress", "Assembly",
    "Team", "Troupe", "Brigade", "College", "Organisation", "Shipyard", "Plenum",
    "Presidium", "Politburo", "Secretariat", "Central", "People's", "People\u2019s", "Workers'",
    "Workers\u2019", "Socialist", "Communist", "Democratic", "National", "State", "International",
    "Foreign", "Affairs", "Affaires", "Trade", "Planning", "Economic", "Military", "Industry",
    "Steel", "News",
    "Agency", "Radio", "Daily", "Press", "Street", "Square", "Hall", "Palace", "Province", "City",
    "River", "Sea", "Ocean", "Mountain", "Mountains", "Island", "Islands", "Peninsula", "Coast",
    "Strait", "Kingdom", "Empire", "States", "Nations", "Soviet", "Soviets", "Chinese", "Korean",
    "Koreans", "Vietnamese", "Japanese", "American", "Americans", "British", "French", "German",
    "Germans", "Russian", "Russians", "Indian", "Cuban", "Cubans", "Polish", "Czech", "Romanian",
    "Bulgarian", "Hungarian", "Albanian", "Yugoslav", "Mongolian", "Indonesian", "Afghan", "Western",
    "Eastern", "Northern", "Southern", "North", "South", "East", "West", "Northeast", "Asia",
    "Europe", "Africa", "America", "China", "Korea", "Japan", "Vietnam", "India", "Moscow",
    "Beijing", "Peking", "Pyongyang", "Berlin", "Hanoi", "Washington", "Cuba", "Poland", "USSR",
    "PRC", "DPRK", "US", "U.S.", "UN", "CC", "MFA", "TASS",
    # the parties' abbreviations, their own languages' too: an organisation, never a name's
    # word (`the First Secretary of the CC CPCz [Alexander Dubček]`)
    *PARTY_ABBREVIATIONS,
    "Politburo", "Day", "Year", "Years", "Seven-Year", "Five-Year", "War", "Revolution",
    "Movement", "Leap", "Great", "Cultural", "God", "Lord", "Christ", "Geneva", "Top", "Secret",
    "Only", "Copy", "Document", "Information", "Translation", "Record", "Minutes", "Memorandum",
    "Summary", "Notes", "Note", "Source", "Cable", "Telegram", "Letter", "Report", "Journal",
    "Diary", "Excerpt", "Transcript", "Conversation", "Meeting", "Discussion", "Attachment",
    "Appendix", "Enclosure", "Subject", "Re", "Ref", "Time", "Date", "Place", "Location", "Venue",
    "Annex",   # a document's part, as Appendix: `attached as Annex I` names no `I. Annex`
    "Content", "Level", "To", "From", "The", "A", "An", "This", "That", "These", "Those", "It",
    "In", "On", "At", "Of", "For", "By", "With", "And", "But", "Or", "If", "When", "Then", "Now",
    "We", "You", "He", "She", "They", "I", "Our", "Your", "His", "Her", "Their", "My", "Yes", "No",
    "Not", "All", "Some", "Every", "Each", "Both", "After", "Before", "During", "Since", "Until",
    "As", "So", "Also", "Only", "Even", "Still", "Just", "There", "Here", "What", "Who", "Why",
    "How", "Where", "Which", "Is", "Are", "Was", "Were", "Be", "Do", "Does", "Did", "Have", "Has",
    "Had", "Can", "Could", "Will", "Would", "Shall", "Should", "May", "Might", "Must", "Let",
    "Please", "Thank", "Thanks", "Okay", "OK", "Well", "However", "Therefore", "Otherwise",
    "Moreover", "First,", "Second,", "Third,", "Finally", "Many", "Much", "More", "Most", "Less",
    "Few", "Other", "Another", "Such", "Very", "Too", "Again", "Once", "Twice", "Today",
    "Tomorrow", "Yesterday", *MONTHS, "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "MiG-19s", "MiG", "Marxism", "Leninism",
    "Marxism-Leninism", "Comintern", "Cominform", "Kuomintang", "Guomindang", "KMT", "Taiwan",
    # the Western papers' words (`Le Monde`, `Le Figaro`: no Vietnamese Le's given names)
    "Monde", "Figaro",
    # the party papers' words, `newspaper` and `daily` (`Rodong Sinmun`, `Renmin Ribao`)
    "Sinmun", "Ribao",
    # bodies by their abbreviation, before a post (`Comrade Gosplan Chairman Baibakov`)
    "Gosplan", "KGB", "CIA", "KCIA", "GRU", "NKVD", "MfS", "Stasi",
    "Vietnam", "Laos", "Cambodia", "Burma", "Thailand", "Indonesia", "Mongolia", "Albania",
    "Romania", "Bulgaria", "Hungary", "Czechoslovakia", "Yugoslavia", "Germany", "France",
    "Britain", "England", "Italy", "Canada", "Ceylon", "Pakistan", "Afghanistan", "Iran", "Egypt",
    "Israel", "Syria", "Iraq", "Turkey", "Greece", "Austria", "Switzerland", "Sweden", "Norway",
    "Finland", "Denmark", "Holland", "Belgium", "Spain", "Portugal", "Mexico", "Brazil",
    "Argentina", "Chile", "Manchuria", "Tibet",
    "Xinjiang", "Shanghai", "Tianjin", "Nanjing", "Guangzhou", "Canton", "Macao",
    "Seoul", "Tokyo", "Delhi", "Jakarta", "Havana", "Prague", "Warsaw", "Budapest", "Bucharest",
    "Sofia", "Belgrade", "Tirana", "Ulaanbaatar", "Kabul", "London", "Paris", "Bonn", "Rome",
    "Vienna", "New", "York", "Siberia", "Ukraine", "Crimea", "Kremlin", "Zhongnanhai",
    "Jagang",
    "English", "Russian", "Chinese", "Marxist", "Leninist",
    "Internationale", "Christmas", "Easter", "Olympics", "Mr", "Mrs", "Ms", "Jr.", "Sr.",
    # a churchman's form of address (`Most Reverend Eminence:`, `His Holiness`), no one's name
    "Eminence", "Holiness",
    "Excellency", "Embassies", "Agencies", "Ministries", "Councils", "Directorate", "Administration",
    "Command", "Headquarters", "Staff", "Division", "Corps", "Regiment", "Brigade", "Battalion",
    "Volunteers", "Forces", "Force", "Guard", "Police", "Security", "Intelligence", "Service",
    "Services", "Program", "Programme", "Project", "Fund", "Foundation", "Center", "Centre",
    "Archive", "Archives", "Library", "Museum", "Theater", "Theatre", "Stadium", "Airport",
    "Railway", "Railroad", "Road", "Bridge", "Canal", "Port", "Harbor", "Harbour", "Bay", "Gulf",
    "Lake", "Valley", "Plain", "Plains", "Desert", "Region", "District", "County", "Prefecture",
    "Oblast", "Oblast'", "Krai", "Territory", "Zone", "Area", "Sector", "Line", "Parallel",
    # a Soviet region's or republic's kind after its name (`Tatar ASSR` was a person)
    "Kray", "ASSR", "SSR",
    "Nation", "Protection", "Heavy", "Light", "Production", "Construction", "Defense",
    "Demilitarized", "Armistice", "Ceasefire", "Cease-fire", "Peace", "Neutral", "Nations",
    "Security", "General", "Assembly", "Decree", "Resolution", "Law", "Constitution", "Declaration",
    "Statement", "Communique", "Communiqué", "Protocol", "Convention", "Charter", "Program",
    "Doctrine", "Policy", "Line", "Thought", "Ideas", "Juche", "Chollima", "Heaven", "Earth",
    # prepositions that open a sentence before its topic (`Regarding NATO, he said nothing.`,
    # `Concerning CENTO,`: no forename before a surname in capitals)
    "Regarding", "Concerning",
    # a participant's role before the name, no name's word (`Present: ...; Interpreter G.
    # Mirsky`: G. Mirsky, the interpreter)
    "Interpreter", "Translator", "Notetaker", "Note-taker",
}
# Adverbs that open a sentence before a name (`Later Wang Ming [Chen Shaoyu] pursued`) or a
# body's abbreviation (`Later NATO said`, places.py `_LEADING`): no one's name.
SENTENCE_ADVERBS = frozenset({
    "Later", "Afterwards", "Afterward", "Subsequently", "Meanwhile", "Earlier", "Previously",
    "Thereafter", "Formerly", "Initially", "Eventually", "Originally", "Recently"})
NOT_NAME |= SENTENCE_ADVERBS
# A commander's post as Commonwealth records abbreviate it after a name (`Air Marshal Rahim
# Khan, C-in-C PAF`, the air force's commander-in-chief): a post, no name's word.
NOT_NAME |= {"C-in-C", "C.-in-C."}
# A body's plural head before its officer's name (`General Federation of Trade Unions Choe
# Ho-rim`, `Ministry of Light Industries`): the body's, no name's word.
NOT_NAME |= {"Unions", "Industries"}
# `AND` in capitals in a line of prose (`BETWEEN COMRADE I.V. STALIN AND MAO ZEDONG on 16
# December`): the joiner, as `And` is, no name's word between two names.
NOT_NAME |= {"AND"}

# Surnames of Chinese, Korean and Vietnamese persons: the name's shape tells a person.
CHINESE_SURNAMES = set("""Zhou Li Wang Zhang Liu Chen Yang Zhao Huang Wu Xu Sun Hu Zhu Gao Lin He Guo
Ma Luo Liang Song Zheng Xie Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su
Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong
Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng Long Wan Duan Qian Yin Yi Chang Qiao Lai Gong
Wen Bo Ji Ke Nie Geng Rao Tao Xi Ulanhu Hua Lei Tong Zhan Ou Lian Ning Sheng Chai Guan Bi Miao Yue
Qi Che Shu Mu Zhuo Zhai Ai Chu Teng""".split())
KOREAN_SURNAMES = set("""Kim Ri Rhee Lee Pak Park Choe Choi Jeong Jong Chong Kang Cho Jo Yun Jang
Chang Im Lim Han O Oh Seo So Sin Shin Kwon Hwang An Ahn Song Ryu Yu Hong Jeon Chon Ko Mun Moon Yang
Son Pae Bae Baek Paek Heo Ho Nam Sim No Noh Ha Kwak Seong Cha Ju Ku Min Ra Na Jin Ji Chae Won Pang
Kil Tak Yon Ryom Hyon Hyun Ok Pyon Pyo Sok Sim Thae Ma Ryu Gang Yeo Yeom Pi Gwon""".split())
# The commonest Korean and Chinese surnames, in their usual romanizations: alone after an
# honorific or a title they name no one in particular (`Comrade Kim, the deputy head of the
# 1st Department`, `our interpreter, Comrade Pak`), only the one person of that surname the
# document named before, or the one a title of his names (`Names.resolve`, `in_order`).
COMMON_SURNAMES = frozenset("""Kim Pak Park Ri Yi Lee Choe Choi Jeong Chong Jong Kang Jo Cho Han O
Oh Yun Li Wang Zhang Chang Liu Chen Yang Zhao Chao Huang Zhou Chou Wu""".split())
VIETNAMESE_SURNAMES = set("""Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly
Truong Dinh Mai Trinh Lam Ha Xuan""".split())
# The Vietnamese family name the records call one man by alone, against the usage that calls
# no one by it (`Ho said`, `I told Ho`: Ho Chi Minh): he, where the document names him and
# no other person of that name (`_plausible`); `Ho` is a Korean surname too.
FAMILY_NAME_ALONE = {"Ho": "Ho Chi Minh"}
# Family names of Cambodia's leaders, which a Khmer name writes first (`Ieng Sary`, `Khieu
# Samphan`, `Hu Nim`, `Nuon Chea`, `Heng Samrin`, `Hun Sen`): no pinyin given name after `Hu`
# or `Hou`. Not those that are English words (`Son`, `Long`, `Pen`, `Men`, `In`).
KHMER_SURNAMES = frozenset("""Ieng Khieu Hu Hou Nuon Saloth Lon Heng Hun Thiounn Keo Chhit
Chea""".split())

# Surnames of Japanese statesmen of the record: `Sato [Eisaku]` is a person by its surname,
# where `Xisha [Paracel]` is no one. The prime ministers, foreign ministers and the
# negotiators of the 1956 declaration (Matsumoto) and of the Liao-Takasaki trade (Matsumura,
# Takasaki, Furui, Tagawa, Takeyama), whom Chinese and Korean records name surname first.
JAPANESE_SURNAMES = frozenset("""Yoshida Hatoyama Ishibashi Kishi Ikeda Sato Tanaka Miki Fukuda
Ohira Suzuki Nakasone Takeshita Uno Kaifu Miyazawa Shigemitsu Fujiyama Kosaka Shiina Aichi
Kimura Sonoda Abe Okazaki Hirohito Akihito Kono Nikaido Utsunomiya Tojo Konoe Higashikuni
Shidehara Katayama Ashida Hosokawa Murayama Hashimoto Obuchi Matsumoto Matsumura Takasaki
Furui Tagawa Takeyama""".split())
# A Japanese given name romanized (Hepburn, long vowels unmarked or folded), in small
# letters: syllables of a consonant and a vowel, a lone vowel or `n`, a doubled consonant
# before one (`hayato`, `masayoshi`, `etsusaburo`, `kakuei`, `ippei`). Few English words are
# all such syllables but places (`Tokyo`, `Japan`: NOT_NAME) and short ones (`Make`): two
# vowels at least (`_VOWEL`), and a surname of the list beside it.
_JAPANESE_GIVEN = re.compile(r"(?:(?:kk|ss|tt|pp|tch)?(?:sh|ch|ts|[kgnhbpmr]y?|[sztdwyfj])?"
                             r"[aiueo]|n(?![aiueoy]))+")
_VOWEL = re.compile(r"[aiueo]")   # the vowels of a small-letter word: `hayato` has three

# Hungarian given names, without their accents: Hungarian records, and translations that keep
# their order, print a name surname first (`Kádár János`, `KOMÓCSIN ZOLTÁN`, `Nyers Rezső`),
# and the register writes it given name first (`Names.given_name_first`).
HUNGARIAN_GIVEN_NAMES = frozenset("""Janos Zoltan Rezso Jeno Gyula Bela Lajos Ferenc Istvan
Miklos Antal Sandor Karoly Imre Laszlo Jozsef Matyas Erno Dezso Arpad Gabor Pal Peter Tibor
Vilmos Gyorgy Geza Andor Frigyes Kalman Lazar Odon Andras Endre Mihaly Lorinc Tamas Attila
Zsigmond Gusztav Aladar Balint Csaba Denes Elemer Nandor Gyozo Zsolt Gergely Erzsebet Katalin
Ilona Judit Margit""".split())

# Given names of the Cold War record (Russian, German, English, East European, Latin American,
# Portuguese and African, South Asian, Lao...): a given name followed by a capitalized word is
# a person's name (`Jonas Savimbi`, `Clodomiro Almeyda`, `Kaysone Phomvihane`: a Lao name is
# given name first). Not the saints' names of places (`Francisco`, `Paulo`, `Pedro`, `Diego`:
# `San Francisco Conference`, `São Paulo Forum`), nor `Sam` (`Sam Neua`, a town of Laos).
GIVEN_NAMES = set("""Nikita Leonid Andrei Andrey Yuri Yury Alexei Aleksei Alexey Mikhail Nikolai
Nikolay Ivan Vladimir Sergei Sergey Sergo Dmitri Dmitry Dmitriy Boris Georgy Georgii Anastas
Vyacheslav Lavrentiy Lavrenty Konstantin Viktor Victor Pavel Pyotr Petr Aleksandr Alexander Fyodor Fedor
Grigory Grigorii Yakov Semyon Vasily Vasilii Oleg Igor Anatoly Anatolii Valentin Yevgeny Evgenii
Evgeny Kliment Lazar Averky Frol Arvid Dinmukhamed Eduard Valery Gennady Vadim Yegor Eduard
Walter Erich Wilhelm Otto Karl Hermann Willi Willy Helmut Helmuth Konrad Heinrich Ludwig Franz
Friedrich Hans Kurt Egon Horst Gerhard Werner Bruno Rudolf Hermann Albert
John James Robert Richard William Henry George Charles Thomas Dean Dwight Harry Lyndon Jimmy
Ronald Averell Anthony Winston Harold Edward Joseph Paul Peter David Michael Douglas Cyrus
Zbigniew Walt Llewellyn Chester Adlai Foster Hubert Gerald Nelson Alexander Margaret
Josip Edvard Milovan Aleksandar Todor Georgi Vulko Janos Imre Matyas Wladyslaw Boleslaw Edward
Antonin Klement Gustav Alexander Nicolae Gheorghe Ion Emil Enver Mehmet Ramiz Walter Gustáv
Fidel Raul Raúl Ernesto Osvaldo Oswaldo Carlos Emilio Salvador Augusto Juan Jose José Ismael
Claudio Ramiro Joao
Enrique Clodomiro Daniel Humberto Tomas Arnaldo Alfredo Ricardo Hugo Rodrigo Gustavo Alejandro
Pablo Hector Julio Oscar Guillermo Anibal Volodia Anastasio Jaime Ruben Camilo Ulises Jacobo
Ramon Rene Arturo Leonel Alvaro Sergio Felipe Cesar
Jonas Holden Agostinho Samora Marcelino Lucio Joaquim Amilcar Aristides Henrique Armando Alberto
Mario Manuel Eduardo Jorge Luiz
Jawaharlal Indira Krishna Ahmed Gamal Anwar Hafizullah Babrak Nur Mohammad Muhammad Norodom
Kwame Julius Sekou Ahmed Patrice Modibo Houari Charles Harold Clement
Kenneth Joshua Oliver Bernard Desmond Ian Thabo Jomo
Kaysone Nouhak Phoumi Souvanna Khamtay Sisavang Quinim
Mohammed Mohamed Muhammed Khaled Hamed Rashed Saeed Javed Zayed Fred Siegfried Winfried Wilfried
Hafez Hafiz Yasser Yasir Farouk Faruq Hani Saddam Tariq Muammar Mahmoud Mustafa Khalil Abdul Abdel
Ibrahim Yusuf Faisal Hosni Izzat Adnan
Anatoliy Anatoli Gennadi Gennadiy Vitaly Vitali Arkady Arkadi Valerian Kirill Ilya Maxim Ruslan
Nikolay Yevgeni Vasili Vasiliy Afanasy Afanasii Andrian Dmitrii Grigori Matvei Pantelei Panteleimon
Lech Stanislaw Wojciech Jozef Mieczyslaw Kazimierz Tadeusz Jan Piotr Jerzy Zenon Hilary Zbigniew
Edward Henryk Marian Franciszek Stefan Adam Bronislaw Aleksander Jakub Zygmunt Czeslaw Ryszard
Erno Gyula Ferenc Laszlo Istvan Lajos Frigyes Karoly Miklos Jeno Bela Rezso Antal Zoltan Gyorgy
Sandor Andras Jozsef Pal Tibor Endre Arpad Dezso Oldrich Ludvik Vaclav Vasil Lubomir Milos Josef
Geza Lorinc Kalman Mihaly Gabor Tamas Attila Zsigmond Vilmos Gusztav Aladar Odon Balint Csaba
Denes Elemer Nandor Gyozo Zsolt Jakab Kornel Agoston Barnabas Sebestyen Benedek
Andrzej Krzysztof Tomasz Jacek Janusz Leszek Marek Mariusz Maciej Grzegorz Karol Witold Wieslaw
Wlodzimierz Zdzislaw Miroslaw Jaroslaw Boguslaw Radoslaw Eugeniusz Ignacy Lucjan Hieronim Bogdan
Frantisek Karel Jaroslav Ladislav Stanislav Miroslav Bohuslav Jindrich Bedrich Vojtech Evzen
Otakar Viliam Cestmir Drahomir Zbynek Lumir Vitezslav Bretislav Premysl
Eva Erzsebet Katalin Ilona Judit
Jiri Zdenek Vladimir Alois Bohumil Jaromir Gunter Gunther Egon Heinz Alfred Werner Friedrich
Manfred Markus Joachim Dietrich Gerd Hermann Traicho Dimitar Petar Andrey Chivu Ilie Ana Hysni
Mehmet Spiro Brent Jonathan Lawrence Cyrus McGeorge Ellsworth Caspar Melvin Elliot Arthur Philip
Roger Stansfield Dean Alexander Walt Andrew Mike Hubert Lyndon Sargent Adlai Abe Eugene Llewellyn
Raymond Frank Donald Howard Leonard Norman Sherman Maxwell Lucius Lauris Vernon Curtis
Yuriy Iurii
Edgar Harrison Theodore Allen Foy Jacob Samuel Edwin Ralph Hugh Stewart Sumner Patrick Felix
Wilfred Sidney Rewi Alec Selwyn Malcolm Lester Pierre Georges Jean Jacques Maurice Andre
Francois Olof Dag Trygve Palmiro Luigi Enrico Pietro Anna Louise Agnes Lois
Elena Yelena Galina Nina Valentina Tatiana Tatyana Lyudmila Ludmila Raisa Svetlana Irina Natalia
Natalya Olga Ekaterina Yekaterina Nadezhda Larisa Lotte""".split())
# Familiar forms of given names, as American memoranda print them before a surname the
# editors completed in a bracket (`Jim [Baker]`, `Condi [Rice]`, `Dick [Cheney]`): a person's
# first name only there (`Bill`, `Bob` and `Ron` alone are words, or no one's).
# Each is registered by the given name it is short for (`Jim [Baker]` is James Baker).
# The given names that alone name one person in the records, as Cuban and Soviet records
# call Castro (`the greetings of Fidel`): the document's one person of the name, else the
# authority's (`Names.by_given_name`). Others need `Comrade` before them (`Comrade Raúl`).
GIVEN_NAMES_ALONE = frozenset({"Fidel"})

FAMILIAR_NAMES = {"Jim": "James", "Condi": "Condoleezza", "Dick": "Richard", "Bob": "Robert",
                  "Bill": "William", "Ron": "Ronald", "Ted": "Edward", "Tom": "Thomas",
                  "Cy": "Cyrus", "Zbig": "Zbigniew"}
# The Portuguese given names a middle name of the record is (`Samora Moisés Machel`: Samora
# Machel, `_without_middle_name`); a name's accents are folded before it is looked up.
GIVEN_NAMES |= {"Moises"}
# The common Arabic, Persian, Turkish, Albanian and Greek given names of the Middle East's and
# the Balkans' records, without their accents (`Glafkos Clerides`, `Rauf Denktaş`, `Abolhassan
# Bani-Sadr`, `Nureddin Kianuri`, `Koçi Xoxe`, `Beqir [Balluku]`): none an English word.
GIVEN_NAMES |= set("""Ali Hassan Hasan Hussein Husain Hossein Salah Abdallah Abdullah Jamal Kamal
Kamil Camille Rashid Rafik Rafiq Rifaat Walid Nabil Sami Samir Fuad Fouad Habib Amin Bashir
Suleiman Sulayman Omar Khalid Hamid Majid Salim Saleh Talal Youssef Yusef Jalal Fawzi Ismail
Ismat Esmat Munir Shafik Shafiq Muhsin Elias Mahmud Ahmad
Rauf Raouf Abolhassan Abolhasan Mehdi Sadegh Sadeq Mohsen Ruhollah Nureddin Ebrahim Abbas
Jamshid Dariush Nematollah
Bulent Suleyman Turgut Turan Kenan Necmettin Ihsan Ismet Celal Cemal Orhan Umit Esat Ahmet
Osman Kemal Fuat Halil
Koci Tuk Abaz Beqir Kadri Haxhi Bedri Xhafer Adil Petrit Agim Kico Fadil
Glafkos Georgios Konstantinos Andreas Dimitrios Nikos Spyros Evangelos Panagiotis Ioannis
Kostas Vassos Tassos Stavros Christos Alexandros Theodoros Yiannis""".split())


# The given names of the Eastern bloc's records that the lists above left out, without their
# accents: the GDR's (`Wolf Biermann`, `Bärbel Bohley`, `Christoph Wonneberger`, `Lothar de
# Maizière`, `Jürgen Fuchs`), Hungary's (`Gergely Pongrátz`), Poland's (`Artur Starewicz`) and
# Czechoslovakia's (`Bohumír Lomský`, `Milouš Jakeš`). Not those of places or of words of
# prose (`Roman`, `Petra`, `Vera`, `Max`, `Martin`, Luther King's).
GIVEN_NAMES |= set("""Wolf Wolfgang Christoph Christa Barbel Ulrike Rainer Reiner Jurgen Lothar
Klaus Dieter Gregor Hartmut Reinhard Erwin Ernst Fritz Hanns Uwe Jens Bernd Rolf Matthias
Margot Inge Gergely Gaspar Marton Artur Eligiusz Zofia Wanda Halina Bohumir Milous Vilem""".split())


# The capitals with an accent of the Latin alphabets (`Š`, `Č`, `Ž`, `Ł`, `Ó`).
_ACCENTED_CAPITALS = "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
# A run of capitalized words, and a word of a name in it: capitalized, with an accent too
# (`Štrougal`, `Łukaszewicz`), then small letters, a capital inside after an apostrophe or a
# prefix (`O'Brien`, `McNamara`), or a hyphen (`Dong-ok`). The title and summary join an
# interlocutor's name to another's: `between Mao Zedong and Edgar Snow`, `Zhou Enlai with Pol
# Pot`, `between Brezhnev and Štrougal`.
_CAPITALIZED_RUN = re.compile(rf"[A-Z{_ACCENTED_CAPITALS}][\w'\u2019\-]*"
                              rf"(?:[ \u00a0][A-Z{_ACCENTED_CAPITALS}][\w'\u2019\-]*)*")
_JOINED_WORD = re.compile(rf"[A-Z{_ACCENTED_CAPITALS}][a-z\u00df-\u024f]*"
                          rf"(?:['\u2019]?[A-Z{_ACCENTED_CAPITALS}][a-z\u00df-\u024f]+)*"
                          r"(?:-[A-Za-z\u00c0-\u024f][a-z\u00df-\u024f]+)*")
# A quotation a catalogue title quotes a document's title in (`KGB Report, 'On the Activity of
# A.D. Sakharov'`, `‘Record of a Conversation with Chen Yun’`): its closing quote, which a
# name's word takes as its own (`Sakharov'`), is no part of the name before it.
_TITLE_QUOTE_OPENS = re.compile("(?<![\\w'\u2019])['\u2018]")
_TITLE_QUOTE_CLOSES = ("'", "\u2019")
_BETWEEN_OR_WITH = re.compile("\\b(?:between|with)[ \u00a0]+$")   # before a name
_AND = re.compile("[ \u00a0]+and[ \u00a0]+")                      # between two names


def _joined_names(text: str) -> list[tuple[str, str | None]]:
    """The names of one to three capitalized words a catalogue title or summary joins to
    another by `between`, `with` or `and` (`Conversation between Zhou Enlai and Edgar Faure`,
    `Mao Zedong and Pol Pot discuss`), no word a title's, a people's, a place's or a body's;
    each with the name `and` joins it to (None after `with`). `the Border Campaign and asks`
    joins nothing: `and` joins two capitalized runs."""
    runs = []
    for run in _CAPITALIZED_RUN.finditer(text):
        words = run.group().split()
        if words[-1].endswith(("'s", "\u2019s")):
            words[-1] = words[-1][:-2]
        elif words[-1].endswith(_TITLE_QUOTE_CLOSES) and \
                _TITLE_QUOTE_OPENS.search(text, 0, run.start()) is not None:
            words[-1] = words[-1][:-1]   # `'... between the Premier and Soekardjo Wiriopranoto'`
        runs.append((run.start(), run.end(), words))
    found = []
    for i, (start, end, words) in enumerate(runs):
        before = runs[i - 1] if i and _AND.fullmatch(text, runs[i - 1][1], start) else None
        after = runs[i + 1] if i + 1 < len(runs) and _AND.fullmatch(text, end, runs[i + 1][0]) \
            else None
        partner = before or after
        if len(words) <= 3 and all(_JOINED_WORD.fullmatch(w) and _name_word(w) and
                                   w not in NATIONALITIES for w in words) and (
                partner or _BETWEEN_OR_WITH.search(text, max(0, start - 10), start)):
            found.append((" ".join(words), " ".join(partner[2]) if partner else None))
    return found


# A title and what it is of, before a name: `Secretary of State Rusk`, `Minister of Foreign
# Affairs Gromyko` (the title's words are checked after).
_POST_OF = re.compile("(?<![\\w\\-])((?:[A-Z][a-z\\-]*[ \u00a0]){1,3})of[ \u00a0]"
                      "(?=((?:[A-Z][a-z]*[ \u00a0]){1,3}))")


def _posts_of_names(text: str) -> list[tuple[str, str]]:
    """The names a catalogue title or summary gives after a post of `of` (`Secretary of
    State Rusk`, `Secretary of State Dean Rusk`), with the post: (name, post). The words
    after `of` that name no one (State, Foreign Affairs) are the post's, the name words after
    them (at most three) the name's."""
    found = []
    for match in _POST_OF.finditer(text):
        post = match.group(1).split()
        if not all(w in TITLES for w in post):
            continue
        after = match.group(2).split()
        of = 0
        while of < len(after) and after[of] in NOT_NAME:
            of += 1
        at = match.end() + len(match.group(2))
        rest = after[of:] + text[at:at + 80].split()[:3]
        name = []
        for word in rest[:3]:
            word = _trimmed(word.rstrip(",;:"))
            if not _JOINED_WORD.fullmatch(word) or not _name_word(word):
                break
            name.append(word)
        if of and name:
            found.append((" ".join(name), " ".join(post + ["of"] + after[:of])))
    return found


def is_given_name(word: str) -> bool:
    """Is `word` a known given name, written with its letters or without their accents
    (`Władysław`, `Wladyslaw`; `Günter`, `Gunter`), or two joined by a hyphen, as German and
    French given names are (`Hans-Dietrich`, `Jean-Pierre`)?"""
    folded = word if word.isascii() else ascii_fold(word)
    if folded in GIVEN_NAMES:
        return True
    first, hyphen, second = folded.partition("-")
    return hyphen == "-" and first in GIVEN_NAMES and second in GIVEN_NAMES


SPEECH_VERBS = ("says", "said", "asks", "asked", "answers", "answered", "replies", "replied",
                "responds", "responded", "notes", "noted", "remarks", "remarked", "states", "stated",
                "thanks", "thanked", "suggests", "suggested", "emphasizes", "emphasized", "stresses",
                "stressed", "declares", "declared", "objects", "objected", "agrees", "agreed",
                "continues", "continued", "adds", "added", "points out", "pointed out", "informs",
                "informed", "inquires", "inquired", "explains", "explained", "expresses",
                "expressed", "transmitted", "transmits", "turns", "turned", "reports", "reported",
                "proposes", "proposed", "recalls", "recalled", "underlines", "underlined",
                "observes", "observed", "requests", "requested", "confirms", "confirmed",
                "emphasises", "emphasised", "intervened to say", "intervenes to say")

# Words that head field lines, never speaker labels.
FIELD_WORDS = {"time", "date", "location", "place", "venue", "content", "contents", "subject",
               "to", "from", "cc", "level", "city", "guests", "attendees", "present", "participants",
               "interpreter", "interpreters", "translator", "translators", "documentation",
               "notetaker", "note-taker", "recorder", "minutes", "note", "notes", "source",
               "summary", "question", "answer", "attachment", "enclosure", "copy", "re", "ref",
               "agenda", "addendum", "appendix", "topic", "topics", "title", "classification",
               "distribution", "reference", "memorandum", "telegram", "cable", "p.s.", "ps",
               "secret", "confidential", "urgent", "priority", "comment", "comments", "conclusion",
               "chairman's", "signed", "signature", "item", "point", "points", "part", "section",
               "chapter", "article", "annex", "addressee", "sender", "recipient", "via",
               # headings a text may put before a colon, in a body of speech turns too
               "reply", "response", "proposal", "proposals", "decision", "decisions", "result",
               "results", "resolution", "remark", "remarks", "purpose", "background", "issue",
               "issues", "problem", "problems", "task", "tasks", "goal", "goals", "aim",
               "principle", "principles", "condition", "conditions", "position", "positions",
               "view", "views", "opinion", "opinions", "suggestion", "suggestions", "request",
               "requests", "text", "translation", "original", "context", "example", "reason",
               "reasons", "first", "second", "third", "finally", "conclusions", "observation",
               "observations", "annotation", "postscript", "addendum", "supplement",
               # the routing and classification fields of a State Department telegram, written
               # in capitals as often as not (`ACTION:`, `INFO:`, `TAGS:`, `SUBJ:`, `E.O.:`,
               # `FM:`, `REFTEL:`, `Rec'd:`, `Control:`, `Drafted:`), and a US memorandum's
               # (`THROUGH:`); in capitals, one word of three letters or more is otherwise a
               # speaker (`KISSINGER:`)
               "action", "info", "tags", "subj", "refs", "reftel", "fm", "e.o", "control",
               "rec'd", "rec\u2019d", "recd", "received", "sent", "origin", "dist",
               "precedence", "drafted", "cleared", "clearance", "clearances", "approved",
               "through", "thru"}

# The nouns a record heads its sections with (`MAJOR DIFFERENCES:`, `Key Questions:`), in
# lower case, beside the field words: no one's surname.
HEADING_NOUNS = frozenset({
    "difference", "differences", "disagreement", "disagreements", "agreement", "agreements",
    "questions", "matter", "matters", "subjects", "situation", "relations", "development",
    "developments", "prospect", "prospects", "assessment", "assessments", "evaluation",
    "findings", "recommendation", "recommendations", "measure", "measures", "steps", "actions",
    "plan", "plans", "outcome", "outcomes", "overview", "introduction", "discussion",
    "discussions", "talks", "negotiations", "items", "events", "facts", "details",
    "consideration", "considerations", "objective", "objectives", "priority", "priorities",
    "difficulty", "difficulties", "achievements", "successes", "areas", "aspects", "factors",
    "trends", "lessons", "consequences", "implications", "arguments", "demands",
    "requirements", "concerns", "interests", "contradictions", "cooperation", "assistance",
    "economy", "policy", "strategy", "tactics", "affairs", "role", "summing-up"})
# The words around them in a heading: adjectives and participles (`MAJOR`, `KEY`,
# `DISCUSSED`), and linking words. A title among them (`MAJOR`, `GENERAL`) is no title here.
HEADING_QUALIFIERS = frozenset({
    "major", "main", "key", "principal", "basic", "fundamental", "general", "overall", "other",
    "further", "additional", "final", "concluding", "closing", "opening", "introductory",
    "preliminary", "important", "current", "future", "recent", "international", "internal",
    "domestic", "political", "economic", "military", "bilateral", "multilateral", "mutual",
    "common", "remaining", "outstanding", "practical", "concrete", "immediate", "organizational",
    "ideological", "discussed", "raised", "reached", "agreed", "considered", "adopted",
    "the", "of", "and", "on", "in", "for", "with", "a", "an"})
_NOT_NAME_WORDS = frozenset(word.lower() for word in NOT_NAME)
# One word before a colon in a body of turns that names a moment or a role, no speaker:
# `End: 1:40 p.m.`, `Beginning: 10:00 a.m.`, `Chair: Comrade G. Husák`, `Rapporteur: ...`,
# a participant line's `Seated: ...`, `Participating: ...`; or an event of the meeting, the
# hall's or a vote's (`Applause: ...`, `Pause: ...`, `Vote: unanimous`, `Motion: ...`,
# `Attention: ...`). A verb in the past tense is a decision's (`Resolved: ...`, `Decided:
# ...`, `_past_verb`).
_NO_SPEAKER_WORDS = frozenset({
    "beginning", "begin", "start", "end", "close", "opening", "closing", "break", "recess",
    "adjournment", "chair", "chairmanship", "rapporteur", "rapporteurs", "speaker", "speakers",
    "notetaker", "notetakers", "interviewer", "moderator", "presiding", "duration", "seated",
    "attending", "participating", "absent", "invited", "excused", "accompanying",
    "applause", "laughter", "pause", "silence", "attention", "vote", "votes", "voting",
    "motion", "unanimously", "correction", "clarification", "continuation", "draft",
    "instruction", "instructions", "greeting", "toast"})
_LABEL_WORD = re.compile(r"[^\W\d_]+(?:[.'\u2019\-][^\W\d_]+)*")   # `Dubček`, `E.O`, `Rec'd`


def is_heading(label: str) -> bool:
    """Is a label a section's heading, none of its words a name's: a heading noun or a field
    word (`DIFFERENCES`, `CONCLUSIONS`), maybe with adjectives and words no name has around it
    (`MAJOR`, `KEY`, `SOVIET`)? Not `MAJOR:` alone (John Major), nor `PRESIDENT TITO`."""
    words = [word.lower() for word in _LABEL_WORD.findall(label)]
    return any(word in HEADING_NOUNS or word in FIELD_WORDS for word in words) and \
        all(word in HEADING_NOUNS or word in FIELD_WORDS or word in HEADING_QUALIFIERS or
            word in _NOT_NAME_WORDS for word in words)
# The classification and registry markings a document heads with a colon, any case: `Top
# Secret:`, `Strictly Confidential:`, the GDR's `Reserved Matter:` (Verschlusssache), the
# CPSU's `Special Folder:` (osobaya papka). A field line, never a speaker: read as one, it took
# the header and the participant lines after it into its turn.
CLASSIFICATIONS = frozenset({
    "secret", "top secret", "strictly secret", "most secret", "confidential",
    "strictly confidential", "personal", "strictly personal", "personal and confidential",
    "personal and secret", "personal copy", "reserved matter", "closed matter", "secret matter",
    "confidential matter", "classified matter", "special folder", "special file",
    "top secret special folder", "of special importance", "for official use only",
    "for official use", "official use only", "for internal use only", "for service use only",
    "eyes only", "for your eyes only", "restricted", "classified", "single copy", "only copy",
    "not for publication", "not for the press", "streng geheim", "geheim", "vertraulich",
    "geheime verschlusssache", "vertrauliche verschlusssache"})


def is_classification(label: str) -> bool:
    """Is `label` (the words before a colon) a classification marking (`Reserved Matter`)?"""
    return " ".join(label.lower().split()) in CLASSIFICATIONS


# The room's voices heading a turn, no one's name: `Voices:`, `Voice from the floor:`,
# `Several voices:`, `Cries from the hall:`, `Interjection:`; and a tape transcript's speakers
# it cannot name: `Unidentified Male:`, `Unknown Speaker:`, `Male Voice:`, `Unknown:`. A turn
# of the voices, no person of the register's, as `(Voices: "Correct!")` in a turn is a stage
# direction.
VOICES = re.compile(r"(?i:(?:(?:some|several|many|individual|other|loud)[ \u00a0])?"
                    r"(?:voices?|cries|shouts|exclamations?|interjections?)"
                    r"(?:[ \u00a0](?:in|from)[ \u00a0](?:the[ \u00a0])?"
                    r"(?:hall|room|floor|audience|seats|gallery))?"
                    r"|(?:unidentified|unknown)(?:[ \u00a0](?:male|female|man|woman|speaker|person|"
                    r"participant))?(?:[ \u00a0]voice)?|(?:male|female)[ \u00a0]voices?)")


# The addresses of a State Department telegram's routing fields, in any case (`AMEMBASSY
# MOSCOW`, `Amembassy MOSCOW`, `SecState WASHDC`, `USMISSION GENEVA`, `CINCPAC POLAD`): posts
# and commands, never a person's name (`Amembassy MOSCOW` read as `Fidel CASTRO` is).
CABLE_ADDRESSES = {
    "AMEMBASSY", "AMEMB", "AMCONSUL", "AMCONGEN", "AMLEGATION", "SECSTATE", "DEPTSTATE",
    "WASHDC", "USMISSION", "USUN", "USNATO", "USEC", "USOECD", "USDEL", "USDELEGATION", "USINT",
    "USLO", "USCINCEUR", "USCINCPAC", "CINCPAC", "CINCPACFLT", "CINCLANT", "CINCEUR",
    "CINCSTRIKE", "COMUSMACV", "SECDEF", "JCS", "WHITEHOUSE", "POLAD"}

# Initials: N.S., A. M., Iu.V., A.Ia. (transliterated Russian initials have two letters), up to
# four (`J.M.A.H. Luns`), a hyphen between those of a hyphened given name (`P.-H. Spaak`).
# An honorific after them is none of them (`H.E. Mr. Zulfikar Ali Bhutto`: `H.E. Mr.` was one
# group of initials, and the name no one's); `St.` may be a name cut short (`I. St.`).
# A lone two-letter initial is one of those transliterations (`Yu. Andropov`): `Yi.`, `De.`,
# `Il.` end sentences as the last syllables of names (`attended by Chen Yi.`), which read as
# initials made `Chen Yi.` the inverted name `Yi Chen`. A capital with an accent is an
# initial too (`Č. Císař`, `Š. Sádovský`), and so are the Hungarian letters written with two
# (`Gy. Kállai`, `Zs.`, `Sz.`, `Cs.`, `Ny.`), and the Polish given names abbreviated to
# their first letters, as Polish minutes print them (`Cz. Kiszczak` Czesław, `Wł.`
# Władysław, `Zb.` Zbigniew, `Kr.` Krzysztof), which end no word either.
_INITIALS = re.compile(rf"^(?:[A-Z{_ACCENTED_CAPITALS}]|Iu|Ia|Io|Ie|Yu|Ya|Yo|Ye|Ju|Ja|Zh|Kh|Ts|"
                       r"Ch|Sh|Gy|Zs|Sz|Cs|Ny|Cz|Wł|Zb|Kr)\."
                       rf"(?:[ \u00a0\-]?[A-Z{_ACCENTED_CAPITALS}][a-z]?\.){{0,3}}$")
# A given name abbreviated to a capital and one or two consonants, German and Polish style
# (`Kl.` Klaus, `Wl.` Władysław, `Th.` Theodor, `Chr.` Christian): its full stop was
# trimmed as a sentence's (`_trimmed`), and a name reads it only before a surname in capitals
# (`Kl. BLAKE`) or one the register knows (`Wl. Gomułka`). With no vowel it ends no sentence
# (`Yes.`, `Chen Yi.` do); not an honorific's, a rank's or a place's (`Mr.`, `Sgt.`, `Mt.`).
_GIVEN_ABBREVIATION = re.compile(r"[A-Z][b-df-hj-np-tv-xz]{1,2}")
_NO_GIVEN_ABBREVIATIONS = frozenset({"Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Ft", "Pt", "Rd",
                                     "Sq", "Lt", "Jr", "Sr", "Sgt", "Cpl", "Pvt", "Ltd", "Hr",
                                     "Nr", "Pp", "Vs"})
# The letters a name may begin with: ASCII capitals and the Latin letters with accents
# (`Łódź`, `Đồng`); the ranges hold some lower-case letters too, which no name begins with.
CAPITALS = "A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff"
# The capital letters alone, ASCII and with accents (`Ć`, `Ş`, `Ž`, `Ł`, `Ễ`): the letters of
# a name printed in capitals (`POPOVIĆ`, `DENKTAŞ`, `GOMUŁKA`), no small letter among them.
UPPERCASE = "A-Z" + _ACCENTED_CAPITALS + "".join(
    ch for ch in map(chr, range(0x1E00, 0x1F00)) if ch.isupper())
_WORD = re.compile(r"(?!(?:Mr|Ms|Dr|St|Lt|Jr|Sr)\.)[A-Z][a-z]?\."
                   r"(?:[ \u00a0\-]?(?!(?:Mr|Ms|Dr)\.)[A-Z][a-z]?\.){1,3}|[A-Z]\.|"
                   f"[{CAPITALS}]" r"[\w\u00c0-\u024f'\u2019\-]*\.?")
# Only capitalized words matter to names; a lower-case word between two of them shows as a
# gap wider than one space, which ends a name just as the word itself would.
# Peoples, as adjectives: before a title in a speaker label (`Soviet Ambassador`), before the
# role in a participant line (`Korean participants`).
NATIONALITIES = frozenset({
    "Soviet", "Chinese", "Korean", "Vietnamese", "Japanese", "American", "British", "French",
    "German", "Russian", "Indian", "Cuban", "Polish", "Czech", "Romanian", "Bulgarian",
    "Hungarian", "Albanian", "Yugoslav", "Mongolian", "Indonesian", "Afghan"})
# Peoples' adjectives that no regular ending makes of their state's name (`Laotian` for Laos,
# `Filipino` for the Philippines): a side's people for the persons pass (persons.py _PEOPLES),
# never a place for the places pass (places.py _IRREGULAR_DEMONYMS), which both add more.
IRREGULAR_PEOPLES = frozenset({"Laotian", "Filipino", "Czechoslovak", "Belgian", "Argentine",
                               "Mozambican"})
# Words that may stand before a title in a speaker label: `Soviet Ambassador`, `Chinese Premier`.
_LABEL_QUALIFIERS = NATIONALITIES | {"US", "U.S.", "DPRK", "PRC", "GDR", "Soviet-side", "Party",
                                     "State", "Embassy", "Foreign", "Deputy", "Vice"}
_TOKENS = re.compile(r"\[([^\[\]\n]{1,80})\]|\ufffc|" + _WORD.pattern)
# The same tokens, searched for faster. A token begins with `[`, an OBJECT or a capital; the
# pattern takes that character first, so the regex engine skips to the next one at once, and
# each alternative then checks behind it which one it took. (Checked in a look-ahead, as it
# was, the character was looked at by trying the pattern at every position of the text.)
# A word (most tokens) is tried first: one that is not an initial group (no `.` after its
# capital, or after the capital and one small letter) can be nothing else, and is spared the
# look-behinds of the alternatives for brackets and initials (about 0.9 M instructions a
# document). The last alternative takes the words the first leaves to the initials.
_TOKEN_SEARCH = re.compile(
    f"[\\[\ufffc{CAPITALS}]"
    f"(?:(?<=[{CAPITALS}])(?![a-z]?\\.)" "[\\w\u00c0-\u024f'\u2019\\-]*\\.?"
    "|(?<=\\[)([^\\[\\]\\n]{1,80})\\]"
    "|(?<=\ufffc)"
    "|(?<=[A-Z])(?!(?<=M)[rs]\\.|(?<=[DJS])r\\.|(?<=[LS])t\\.)"
    "[a-z]?\\.(?:[ \u00a0\\-]?(?!(?:Mr|Ms|Dr)\\.)[A-Z][a-z]?\\.){1,3}"
    "|(?<=[A-Z])\\."
    f"|(?<=[{CAPITALS}])" "[\\w\u00c0-\u024f'\u2019\\-]*\\.?)")
# The same, the whole token a group, for `tokenize`'s `split`.
_TOKEN_SPLIT = re.compile(f"({_TOKEN_SEARCH.pattern})")
# A transliterated Russian initial of two letters in capitals, a word to `_TOKEN_SEARCH`
# (`YU. TSEDENBAL`, `A.YA. PELSHE`, `YU.V. ANDROPOV`): `tokenize` reads it as the initial
# in mixed case (`Yu.`). No English word is one; `IU.`, `IA.` only glued to another initial
# (`S.IA.`): alone, `IA.` is Iowa's.
_CAPITALS_INITIALS = {"YU.": "Yu.", "YA.": "Ya.", "ZH.": "Zh.", "KH.": "Kh.", "SH.": "Sh.",
                      "CH.": "Ch.", "TS.": "Ts."}
_GLUED_CAPITALS_INITIALS = {**_CAPITALS_INITIALS, "IU.": "Iu.", "IA.": "Ia."}
_CAPITALS_INITIAL_FORMS = frozenset(_GLUED_CAPITALS_INITIALS.values())
# A particle inside a name, between two of its words: Arabic `al-`, `el-`, `bin`, `ibn`, `abu`;
# European `de`, `van`, `von`, `da` (`Abd al-Halim Khaddam`, `Charles de Gaulle`), the
# Portuguese `do` and `e`, "and" between two surnames (`Pedro do Nascimento`, `Luís de Almeida
# e Silva`), and the French `d'` joined to its word (`Valéry Giscard d'Estaing`).
PARTICLES = ("al", "el", "ad", "ash", "as", "an", "ar", "az", "ud", "ul")
PARTICLE_WORDS = ("bin", "ibn", "abu", "bint", "de", "van", "von", "da", "di", "du", "der",
                   "den", "do", "dos", "das", "del", "e", "van der", "van den", "von der",
                   "de la")
ELIDED_PARTICLE = "d['\u2019]"   # `d'Estaing`, `d’Estaing`: a particle with no space after it
_PARTICLE_GAP = re.compile("[ \u00a0]((?:" + "|".join(PARTICLES) + f")-|{ELIDED_PARTICLE}|(?:" +
                           "|".join(sorted(PARTICLE_WORDS, key=len, reverse=True)) +
                           ")[ \u00a0])")
_NONE_TITLED: frozenset[str] = frozenset()   # no titled mention's surname (`scan_reading`)
# A particle in small letters right before a surname, no word of the name before it: `of de
# Gaulle`, `then van der Stoel` (searched for in the few characters before the surname).
_PARTICLE_BEFORE = re.compile(r"(?<![\w'\u2019\-])(?:de|da|du|di|dos|das|del|von|van|"
                              r"von[ \u00a0]der|van[ \u00a0]der|van[ \u00a0]den|de[ \u00a0]la)"
                              r"[ \u00a0]$")
# A word of a name that begins with its particle (`al-Halim`, `d'Estaing`), and the particle
# alone.
PARTICLE_WORD = re.compile("(?:(?:" + "|".join(PARTICLES) + f")-|{ELIDED_PARTICLE})[A-Z]\\w*|" +
                            "|".join(w for w in PARTICLE_WORDS if " " not in w))
# A bracket that ends in a particle, completing the name word just after it: `[Hafez al-]Assad`.
_PARTICLE_END = re.compile("(?:^|[ \u00a0])(?:" + "|".join(PARTICLES) + ")-$")
_PARTICLE_PREFIX = re.compile("^(?:(?:" + "|".join(PARTICLES) + f")-|{ELIDED_PARTICLE}|(?:" +
                              "|".join(sorted(PARTICLE_WORDS, key=len, reverse=True)) +
                              ") )")
# Between two names of a list after a plural honorific: `, `, ` and `, `, and `; and the role
# of the last before him (`Cdes. Gromyko, Ponomarev and the interpreter Sukhodrev`).
_LIST_SEPARATOR = re.compile(r"(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)"
                             r"(?:(?:the[ \u00a0]+)?(?:interpreter|translator)[ \u00a0]+)?")
# The OBJECT of a `sic` word's note right after it: `Vlahović [sic]` in a list.
_NOTE_MARK = re.compile("[ \u00a0]?\ufffc")
# `between` before a person's mention, maybe with `the` (`between the Premier [Zhou Enlai]`).
_BETWEEN_BEFORE = re.compile(r"\bbetween[ \u00a0]+(?:the[ \u00a0]+)?\Z")
_LIST_GOES_ON = re.compile(r"\s*(?:[;,.)]|and\b|$)")  # after `Gromyko, A.A.` in a list
_SPACES = (" ", "\u00a0")  # what may stand between the words of one name
# A nickname in quotation marks between a name's words (`Ernesto "Che" Guevara`, `R.F. "Pik"
# Botha`): the quotation marks before and after its one word.
_NICKNAME_OPENS = (' "', " \u201c")
_NICKNAME_CLOSES = ('" ', "\u201d ")
# Words after a name that make it part of an organisation's (`Kim Il Sung University`) or a
# place's (`Kim Il Sung Square`, `the Prince Edward Islands`) or a paper's (`Le Monde`, no
# Le Duan's), or after a title and words the head of a body (`the General Political
# Department`, `General Logistics Department`: no General Political).
_ORGANISATION_ENDS = frozenset({"University", "Factory", "Party", "Committee", "Institute", "School",
                                "Academy", "Plan", "Street", "Square", "Hall", "Island", "Islands",
                                "Foundation", "Prize",
                                "Doctrine", "Line", "Government", "Works", "Plant", "Mine",
                                "Company", "Hospital", "Team", "Troupe", "Brigade", "College",
                                "Organization", "Organisation", "Shipyard", "Department",
                                "Directorate", "Staff", "Administration", "Command",
                                "Headquarters", "Bureau", "Commission", "Monde", "Figaro",
                                "Sinmun", "Ribao"})
# The last words of a building's or a company's name that a title and a name may begin
# (`King Fahd Mosque`, `Imam Reza Shrine`, `President Kennedy Airport`, `General Motors`): a
# run so ending, the word a name's or after one, names no person (`Karl Marx Theater`).
# `Church` is a surname too (`Frank Church`, `Senator Church`): a building's only after a word
# that is no given name (`St. Sava Church`).
_BUILDING_ENDS = frozenset({"Mosque", "Shrine", "Church", "Cathedral", "Square", "Street", "Avenue",
                            "Boulevard", "Bridge", "Hospital", "University", "Airport", "Palace",
                            "Stadium", "Theater", "Theatre", "Motors", "Company", "Corporation",
                            # and what else is named after a person (`the Lenin Library`, `the
                            # Martin Luther King Center`, `Ho Chi Minh City`)
                            "Mausoleum", "Library", "Museum", "Center", "Centre", "Canal",
                            "Peak", "City"})
_SURNAME_BUILDING_ENDS = frozenset({"Church"})
# A facility's kind in lower case after `the` and a name (`the Stalin textile combine`, `the
# Lenin hydroelectric station`, `the Kirov works`, `the Gorky collective farm`, `the Circle
# facility`): the name is the facility's, no person's. The article keeps verbs out (`Stalin
# works`, `Lenin planned`).
_FACILITY_AFTER = re.compile(r"[ \u00a0](?:(?:textile|hydroelectric|hydro-electric|power|steel|"
                             r"iron|metallurgical|tractor|automobile|machine-building|coal|"
                             r"collective)[ \u00a0])?(?:combine|station|works|plant|factory|mine|"
                             r"kolkhoz|farm|shipyard|dam|canal|facility)\b")
# The article right before a name or a post, matched where they start, in the four
# characters before them: `the Stalin textile combine`; the `The ` of `The Soviet Ambassador,
# Chaplin,`, the `the ` of `met the Foreign Minister, Trinh,`.
_THE_BEFORE = re.compile(r"(?<![\w\-])[Tt]he[ \u00a0]$")
_ABBREVIATIONS = {"Com.", "Cde.", "Cdes.", "Coms.", "Mr.", "Mrs.", "Ms.", "Mme.", "Smt.", "Sig.",
                  "Dr.", "Gen.", "Col.", "Lt.", "Capt.", "Amb.", "Adm.", "Prof.", "St.", "Jr.",
                  "Sr.", "Rev.", "Maj.", "Brig.", "Mlle."}


# What an id writes as one hyphen: `kim il sung` gives kim-il-sung. Compiled here, as the
# patterns below: `re.sub` with a pattern's text looks it up in re's cache (interpreted
# Python) at every call, and re's cache of 512 may have dropped it.
_NOT_IN_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """Return the xml:id form of a name: ASCII, lower case, words joined by hyphens."""
    ascii_name = ascii_fold(name)
    ascii_name = ascii_name.replace("'", "").replace("\u2019", "")
    value = _NOT_IN_SLUG.sub("-", ascii_name.lower()).strip("-")
    return value if value and value[0].isalpha() else f"p-{value or 'unknown'}"


_NOT_KEY = re.compile(r"[^a-z0-9]")
_GIVEN_PARTS = re.compile(r"[^\W\d_]+")   # the letters of given names: `L.I.` -> L, I


def _agree(given: list[str], other: list[str]) -> bool:
    """Do two lists of given names or initials name the same person, as far as both go? The
    first must be there in both; an initial agrees with a name it begins (`A` and `Andrei`),
    in either romanization of Russian (`Iu` and `Yuri`); a list may go on where the other
    stops (a middle initial, a patronymic)."""
    if not given or not other:
        return False
    for one, two in zip(given, other):
        if key(one) == key(two) or given_key(one) == given_key(two):
            continue
        short, long = sorted((key(one), key(two)), key=len)
        if len(short) > 2 or not long.startswith(short) and \
                not given_key(long).startswith(given_key(short)):
            return False
    return True


def given_key(word: str) -> str:
    """A given name's comparison key without what its romanizations of Russian tell apart: a
    final `y`, `i`, `iy`, `ii` and a first `Iu`, `Ia` (`Anatoly`, `Anatoliy`, `Anatolii` give
    anatol; `Yuri`, `Yuriy`, `Iurii` yur; `Sergei`, `Sergey` serge)."""
    folded = key(word)
    if folded[:2] in ("iu", "ia"):
        folded = "y" + folded[1:]
    for ending in ("iy", "ii", "y", "i"):
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            return folded[:-len(ending)]
    return folded


def _respelt_given(given: list[str], other: list[str]) -> bool:
    """Are two lists of given names the same names, one at least in another romanization
    (`Anatoly` and `Anatoliy F.`), as far as both go? Names spelt alike (`John` and `John
    Paul`) are not enough: the other list may name someone else."""
    pairs = list(zip(given, other))
    return bool(pairs) and all(given_key(one) == given_key(two) for one, two in pairs) and \
        any(key(one) != key(two) for one, two in pairs)


# A Russian patronymic, a man's or a woman's: `Viktorovich`, `Andreyevich`, `Il'ich`,
# `Sergeyevna`, `Il'inichna`.
_PATRONYMIC = re.compile(r"[A-Z][a-z'\u2019]+(?:ich|ovna|evna|ichna)")


def _without_patronymic(name: str) -> str | None:
    """A given name, a patronymic and a surname without the patronymic (`Alexei Nikolayevich
    Kosygin` -> `Alexei Kosygin`), or None for another name: the person the two name, known to
    the document or the authority, is the person the three do."""
    words = name.split()
    if len(words) != 3 or address_key(" ".join(words[:2])) is None:
        return None
    return f"{words[0]} {words[2]}"


def _without_middle_name(name: str) -> str | None:
    """A given name, a middle given name and a surname without the middle one (`Samora
    Moisés Machel` -> `Samora Machel`), or None for another name: the person the two name,
    when the authority knows him, is the person the three do."""
    words = name.split()
    if len(words) != 3 or not is_given_name(words[1]) or is_initials(words[0]):
        return None
    return f"{words[0]} {words[2]}"


def _initialled(name: str) -> bool:
    """Is `name` initials and a surname (`S. Kiryluk`, `K.V. Rusakov`)?"""
    words = name.split()
    return len(words) >= 2 and all(is_initials(w) for w in words[:-1])


def _initials_fit(person: Person, initials: list[str]) -> bool:
    """May a person be named by these initials and a surname: none given, or the person has
    no given names written, or some form of the name has given names they begin (`F.` fits
    Fidel Castro, `R.` does not)?"""
    if not initials:
        return True
    given = [_GIVEN_PARTS.findall(" ".join(form.split()[:-1]))
             for form in (person.name, *person.variants)
             if len(form.split()) >= 2 and not _tail_of_name(person, form)]
    return not given or any(_agree(initials, names) for names in given)


def _tail_of_name(person: Person, form: str) -> bool:
    """Is `form` the last words of the person's main name, fewer of them (`Krishna Menon` of
    `V. K. Krishna Menon`)? Its first word is then no first given name of his: initials are
    not asked of it, or `K.P.S. Menon`, another man, would be he."""
    words, main = form.split(), person.name.split()
    return len(words) < len(main) and \
        [key(w) for w in main[-len(words):]] == [key(w) for w in words]


def _two_initials(form: str, words: list[str]) -> bool:
    """Is `form` a name with two initials before its surname (`K.V. Rusakov`, `K. V.
    Rusakov`) that begin the two `words`?"""
    parts = form.split()
    if len(parts) < 2 or not all(is_initials(w) for w in parts[:-1]):
        return False
    letters = _GIVEN_PARTS.findall(" ".join(parts[:-1]))
    return len(letters) == 2 and _agree(letters, words)


_NOTE_ID = re.compile(r"note-[0-9]+")   # the ids of the end notes (body.py)
# The size of each cache of word and name tests. Small enough that they are full within the
# first few hundred documents of a batch, after which a worker's memory stays level (at 8,192
# entries they were still filling after 1,400 documents and had grown it by 4 MB, at 1,024 by
# 1 MB); the common words stay in, and a document misses 66 times instead of 41, a few
# microseconds each.
WORD_CACHE = 1 << 10
_UNKNOWN = object()   # what `word_cache` holds for a word not asked yet (None is an answer)


def word_cache(test):
    """`test`, a pure function of one word or name, with its answers kept, at most
    WORD_CACHE of them (all dropped when it is full, memory staying level). For the tests
    asked of every word: `lru_cache`'s wrapper cost the compiled module more per call than a
    dict look-up in a plain function, a tuple made for each call and its order kept on each
    hit."""
    answers = {}

    def cached(word):
        answer = answers.get(word, _UNKNOWN)   # one look-up: safe if a thread clears it
        if answer is _UNKNOWN:
            if len(answers) >= WORD_CACHE:
                answers.clear()
            answer = answers[word] = test(word)
        return answer

    cached.__doc__ = test.__doc__
    cached.__name__ = test.__name__
    return cached


@word_cache
def key(name: str) -> str:
    """A comparison key: case, spaces, hyphens, apostrophes and accents do not count.

    Cached: resolving short forms compares the same few names thousands of times.
    """
    folded = ascii_fold(name).lower()
    return _NOT_KEY.sub("", folded)


def romanization(name: str) -> str | None:
    """Guess the romanization of an East Asian name from its surname (for @xml:lang)."""
    words = name.replace("-", " ").split()
    if not words:
        return None
    if _wade_giles(name.split()):
        return "zh-Latn-wadegile"   # BCP 47's variant for Wade-Giles: `Chang Wen-chin`
    if words[0] in KOREAN_SURNAMES and ("-" in name or len(words) >= 3):
        return "ko-Latn"
    if words[0] in CHINESE_SURNAMES and len(words) == 2:
        # A given name with a vowel no pinyin syllable writes is Korean: `Kang Geon`, `Mu Jeong`.
        return "ko-Latn" if _KOREAN_ONLY_VOWEL.search(words[1].lower()) else "zh-Latn-pinyin"
    if words[0] in KOREAN_SURNAMES:
        return "ko-Latn"
    if words[0] in VIETNAMESE_SURNAMES:
        # Vietnamese is written in Latin letters: no script subtag (BCP 47), as the authority.
        return "vi"
    return None


# The Revised Romanization's vowels that pinyin never writes (`Geon`, `Jeong`, `Eun`, `Chae`,
# `Choe`): a given name with one after a Chinese surname is a Korean's (`Kang`, `Mu` are both).
_KOREAN_ONLY_VOWEL = re.compile(r"eo|eu|ae|oe")


# Chinese surnames as Wade-Giles spells them, and what only a Wade-Giles syllable has (no
# Korean romanization writes `ie`, `ao`, `ai`, `ou`, `hs`, `tz`, `ts`, an `f` or a syllable `en`,
# `wen`): `Chang Wen-chin`, `Chi Chao-chu`, `Chang Han-fu`, `Mao Tse-tung` are Chinese, `Chang
# Chun-ha` may be Korean.
WADE_GILES_SURNAMES = frozenset("""Chou Teng Yeh Chi Chang Chiang Hsu Hsieh Huang Kuo Liu Lin Li
Wang Chen Ch'en Chu Chao Tung Peng P'eng Ho Lo Mao Yang Wu Kang K'ang Keng Chiao Ch'iao Tsai
Ts'ai Hu Sung Tan T'an Liao Po Ku Kao Yao Lu Pai Hua Chia Fu Tsou Hsiao Tseng Chien Ch'ien Hsueh
Yu Sun Ma Kuan Shen Tu T'ung Jen Wei Tsao Ts'ao Chin Chung Ch'i Pan P'an Pu P'u""".split())
_WADE_GILES_SYLLABLE = re.compile(r"ie|ao|ai|ei|ou|ih|hs|tz|ts|ss|f|'|\u2019|^w?en$|^erh$")
_WADE_GILES_GIVEN = re.compile(r"[A-Z][a-z'\u2019]*-[a-z'\u2019]+")   # `En-lai`, `Ch'ing-ling`
# What Wade-Giles never writes, which Korean romanizations do: `oun` (`young`, `youn`, where
# Wade-Giles writes `yung`): `Chang Ki-young` is a Korean's, though its `ou` is Wade-Giles's.
_NO_WADE_GILES = re.compile(r"oun")


def _wade_giles(words: list[str]) -> bool:
    """Is a name a Chinese one in Wade-Giles: its surname, then a given name of two syllables
    joined by a hyphen (`Chou En-lai`, `Yeh Chien-ying`), one of them no Korean syllable?"""
    if len(words) != 2 or words[0] not in WADE_GILES_SURNAMES or \
            not _WADE_GILES_GIVEN.fullmatch(words[1]):
        return False
    syllables = words[1].lower().split("-")
    return any(_WADE_GILES_SYLLABLE.search(syllable) for syllable in syllables) and \
        not any(_NO_WADE_GILES.search(syllable) for syllable in syllables)


@dataclass
class Person:
    """One person of a document's register."""

    id: str
    name: str
    lang: str | None = None
    variants: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    occupation: str | None = None
    # The authority's posts with their dates, (post, from, to) as ISO dates (a bound may be
    # empty): a document takes the one it is dated in (`occupation_at`), none otherwise.
    posts_held: tuple[tuple[str, str, str], ...] = ()
    # The authority's dates of birth and death, ISO (either may be empty): a surname alone
    # names him acting in the record only in a document dated in his life (`lived_at`).
    lived: tuple[str, str] = ("", "")
    role: str | None = None     # participant role: accompanying, seated, interpreter, ...
    side: str | None = None     # chinese-side, korean-side ...
    present: bool = False       # a speaker or a listed participant
    from_authority: bool = False
    mentions: int = 0
    woman: bool = False         # named with a woman's honorific or title (`Mme. Hartini Sukarno`)
    # A variant's own romanization where the authority tags it (`Lin Piao`, Wade-Giles, of
    # pinyin `Lin Biao`): its shape alone may be pinyin's too.
    variant_langs: dict[str, str] = field(default_factory=dict)

    def add_variant(self, variant: str) -> None:
        if variant and variant != self.name and variant not in self.variants:
            self.variants.append(variant)

    @property
    def surname(self) -> str:
        return surname_of(self.name, self.lang)

    @property
    def known_as_woman(self) -> bool:
        """Did the document name her as a woman, or is her given name a woman's?"""
        return self.woman or self.name.split()[0] in WOMEN_GIVEN_NAMES and \
            self.surname != self.name.split()[0]


# A word after an Arabic name's first that makes it Arabic: `Abd`, `Abu`, `bin`, `ibn` or one
# opening with `al-`, `el-` (`Humam Abd al-Khaliq`, `Izzat Ibrahim al-Douri`).
_ARABIC_NAME_WORD = re.compile(r"Abd|Abdul|Abdel|Abu|bin|ibn|bint|[AaEe]l-[A-Z]\w*")


def _arabic_given(name: str) -> str | None:
    """The given name of an Arabic name of three words or more, by which he is called alone
    (`Comrade Humam` of Humam Abd al-Khaliq, given name first); None for another name or
    one opening with its particle (`Abd al-Halim Khaddam`: `Abd` is no one's name)."""
    words = name.split()
    if len(words) < 3 or _ARABIC_NAME_WORD.fullmatch(words[0]) or is_initials(words[0]) or \
            not any(_ARABIC_NAME_WORD.fullmatch(w) for w in words[1:]):
        return None
    return words[0]


def _given_name(name: str, surname: str) -> str | None:
    """The one given name of a two-word name, beside its surname (`Enver` of Enver Hoxha,
    `Xiannian` of Li Xiannian); None for initials, or when there is not exactly one."""
    words = name.split()
    if len(words) != 2 or surname not in words:
        return None
    given = words[1] if words[0] == surname else words[0]
    return None if is_initials(given) or given == surname or not given[:1].isupper() else given


_AuthorityIndexes = tuple[dict[str, list[Person]], dict[str, list[str]], dict[str, Person]]


def _authority_indexes(authority: Sequence[Person]) -> _AuthorityIndexes:
    """An authority's persons by the key of their surname, the keys of their names by id,
    and the persons by the key of each of their name forms (the first person to have it)."""
    by_surname: dict[str, list[Person]] = {}
    id_keys: dict[str, list[str]] = {}
    by_key: dict[str, Person] = {}
    for person in authority:
        id_keys.setdefault(person.id, []).append(key(person.name))
        if _called_by_given_name(person):
            continue
        # A surname with its particle is found without it too, as in a document's register
        # (`_index_form`): `H. ASSAD` is the authority's Hafez al-Assad.
        for short in dict.fromkeys((key(person.surname),
                                    key(_PARTICLE_PREFIX.sub("", person.surname)),
                                    *_respelt_surnames(person), *_first_surnames(person))):
            by_surname.setdefault(short, []).append(person)
    for person in authority:
        for form in [person.name, *person.variants]:
            by_key.setdefault(key(form), person)
    return by_surname, id_keys, by_key


def _respelt_surnames(person: Person) -> list[str]:
    """The keys of the surname as the person's other spellings of the full name write it
    (`Todor Živkov` of Todor Zhivkov): `T. Živkov` is him too. Only a variant with the main
    name's given names counts; a bare surname, a pseudonym (`Filippov`), a given name and
    patronymic (`Nikita Sergeyevich`) or an East Asian name (surname first) does not."""
    words = person.name.split()
    if not words or person.surname != words[-1]:
        return []    # an East Asian name: its last word is no surname (`Mao Tsetung`)
    found = []
    for form in person.variants:
        other = form.split()
        if len(other) == len(words) >= 2 and \
                [key(w) for w in other[:-1]] == [key(w) for w in words[:-1]] and \
                key(other[-1]) != key(words[-1]) and _PATRONYMIC.fullmatch(other[-1]) is None:
            found.append(key(other[-1]))
    return found


def _first_surnames(person: Person) -> list[str]:
    """The keys of the last word of each variant that is the main name without its last
    word or words (`Osvaldo Dorticós` of Osvaldo Dorticós Torrado, a Spanish name without
    the mother's surname; `Josip Broz` of Josip Broz Tito): `O. Dorticós` is him too, as it
    is in a document that wrote the variant."""
    words = [key(w) for w in person.name.split()]
    return [key(form.split()[-1]) for form in person.variants
            if 2 <= len(form.split()) < len(words) and
            [key(w) for w in form.split()] == words[:len(form.split())]]


def _called_by_given_name(person: Person) -> bool:
    """Does the authority call the person by the first word of the name alone, never by the
    last (`Saddam` of Saddam Hussein, `Mengistu` of Mengistu Haile Mariam)? Then the last word
    is the father's name, no surname: `King Hussein` is not Saddam Hussein."""
    words = person.name.split()
    forms = {key(form) for form in person.variants}
    return len(words) >= 2 and person.surname != words[0] and key(words[0]) in forms and \
        key(person.surname) not in forms


def _without_regnal_number(name: str) -> str | None:
    """The name before its regnal number, by which a record calls a patriarch, a pope or a
    king again (`Alexy` of `Alexy II`, `John Paul` of `John Paul II`), or None. `I` is no
    such number here: it is a Chinese given name's syllable too (`Ch'en I`)."""
    words = name.split()
    if len(words) < 2 or len(words[-1]) < 2 or not _ROMAN_NUMERAL.fullmatch(words[-1]) or \
            is_initials(words[-2]) or romanization(name) is not None:
        return None
    return " ".join(words[:-1])


@lru_cache(maxsize=1)
def _builtin_indexes() -> _AuthorityIndexes:
    """The built-in authority's indexes: every conversion without a register asks for them."""
    return _authority_indexes(builtin_authority())


def _another_name(person: Person, form: str) -> bool:
    """Is `form` a Vietnamese person's name of another surname, a name he went by, not his
    own respelt (`Nguyen Ai Quoc`, "Nguyen the Patriot", of Ho Chi Minh)? Vietnamese has one
    romanization, so its surname is none of his: `Nguyen` alone, four Vietnamese in ten,
    `Thai Nguyen` a province, is not he."""
    return person.lang == "vi" and romanization(form) == "vi" and \
        key(surname_of(form, "vi")) != key(person.surname)


def _romanized_surnames(authority: Sequence[Person]) -> dict[str, list[Person]]:
    """The authority's persons by the key of the surname of each other name they have in an
    East Asian romanization (`Chou En-lai`, `Teng Hsiao-ping` of Zhou Enlai and Deng Xiaoping
    give chou, teng): `Premier Chou` is one of them when no other has that surname."""
    found: dict[str, list[Person]] = {}
    for person in authority:
        for form in person.variants:
            if len(form.split()) >= 2 and romanization(form) and not _another_name(person, form):
                entries = found.setdefault(key(surname_of(form)), [])
                if person not in entries:
                    entries.append(person)
    return found


@lru_cache(maxsize=1)
def _builtin_romanized_surnames() -> dict[str, list[Person]]:
    return _romanized_surnames(builtin_authority())


def _addresses(authority: Sequence[Person]) -> dict[str, list[Person]]:
    """The authority's persons by the `address_key` of each given name and patronymic they
    are addressed by (`Aleksei Nikolayevich`)."""
    found: dict[str, list[Person]] = {}
    for person in authority:
        for form in (person.name, *person.variants):
            address = address_key(form)
            if address is not None:
                entries = found.setdefault(address, [])
                if person not in entries:
                    entries.append(person)
    return found


@lru_cache(maxsize=1)
def _builtin_addresses() -> dict[str, list[Person]]:
    return _addresses(builtin_authority())


def _given_names(authority: Sequence[Person]) -> dict[str, list[Person]]:
    """The authority's persons by the key of the one given name of their name (`fidel` of
    Fidel Castro), for `Comrade Fidel`."""
    found: dict[str, list[Person]] = {}
    for person in authority:
        given = _given_name(person.name, person.surname)
        if given is not None:
            found.setdefault(key(given), []).append(person)
    return found


@lru_cache(maxsize=1)
def _builtin_given_names() -> dict[str, list[Person]]:
    return _given_names(builtin_authority())


def address_key(name: str) -> str | None:
    """The key of a given name and a patronymic (`Alexei Nikolaevich`), the same in each
    romanization of Russian (`Aleksei Nikolayevich`, `Aleksey Nikolaevich`), or None for
    another name."""
    words = name.split()
    if len(words) != 2 or not _PATRONYMIC.fullmatch(words[1]) or is_given_name(words[1]):
        return None
    return f"{_russian_key(given_key(words[0]))} {_russian_key(key(words[1]))}"


# What romanizations of Russian write differently, in a key: `x` for `ks` (Alexei, Aleksei),
# `yo`, `ye` and `ie` for `e` (Fyodorovich, Fedorovich; Nikolayevich, Nikolaevich;
# Vasilievich, Vasilevich), a `y` beside a vowel (Ilyich, Ilich).
_RUSSIAN_SPELLINGS = (("x", "ks"), ("yo", "e"), ("ye", "e"), ("ie", "e"))
_Y_BESIDE_A_VOWEL = re.compile("y(?=[aeiou])|(?<=[aeiou])y")


def _russian_key(folded: str) -> str:
    """A key (`key`, `given_key`) without the letters romanizations of Russian spell
    differently (`_RUSSIAN_SPELLINGS`)."""
    for spelling, common in _RUSSIAN_SPELLINGS:
        folded = folded.replace(spelling, common)
    return _Y_BESIDE_A_VOWEL.sub("", folded)


# A generational suffix after a name and its comma (`James A. Baker, III`, `Walter J.
# Stoessel, Jr.`): a variant of the name, whose surname is the word before it.
_GENERATION = re.compile(r",[ \u00a0]+(?:[JS]r\.?|II|III|IV)\Z")


@lru_cache(maxsize=WORD_CACHE)
def surname_of(name: str, lang: str | None = None) -> str:
    """The family name: first in East Asian names, last in the others, before a generational
    suffix (`Baker` of `James A. Baker, III`: `III` alone was his, an empty persName)."""
    if "," in name:
        name = _GENERATION.sub("", name)
    words = name.split()
    if lang in ("zh-Latn-pinyin", "zh-Latn-wadegile", "ko-Latn", "vi", "vi-Latn", "zh-Latn") or \
            romanization(name):
        return words[0]
    return words[-1]


def first_surname(name: str) -> str | None:
    """The first of a Spanish or Portuguese name's two surnames, the father's, by which a
    record calls him alone (`Risquet` of Jorge Risquet Valdés, `Castro` of Fidel Castro Ruz;
    `Rosales` of Ulises Rosales del Toro, `Almeida` of Luís de Almeida e Silva, before the
    particle of the second): the word before the last, or before the particles in small
    letters that open the last; in a name of three words or more, neither its first word nor
    a given name, title, patronymic or initials. None for another name (`Charles de Gaulle`,
    `Hans van den Broek`, `John Foster Dulles`, `Pham Van Dong`)."""
    words = name.split()
    if len(words) < 3 or "," in name or romanization(name):
        return None
    at = len(words) - 2
    while at > 0 and words[at].islower():
        at -= 1   # `del`, `de la`, `e`: the second surname's particles
    word = words[at]
    if at == 0 or not word[:1].isupper() or is_initials(word) or is_given_name(word) or \
            _is_title(word) or PARTICLE_WORD.fullmatch(word) or _PATRONYMIC.fullmatch(word):
        return None
    return word


@lru_cache(maxsize=1)
def builtin_authority() -> tuple[Person, ...]:
    """Load the authority shipped with the package (pipeline/data/persons.xml)."""
    data = resources.files("pipeline").joinpath("data/persons.xml").read_bytes()
    return tuple(read_authority(etree.fromstring(data)))


def read_authority(root: etree._Element) -> list[Person]:
    """Read persons from a TEI listPerson (an authority or register file)."""
    ns = {"t": TEI_NS}
    persons = []
    for element in root.iter(f"{{{TEI_NS}}}person"):
        main = element.find("t:persName[@type='main']", ns)
        if main is None:
            main = element.find("t:persName", ns)
        if main is None or not element.get(XML_ID):
            continue
        person = Person(id=element.get(XML_ID), name="".join(main.itertext()).strip(),
                        lang=main.get(XML_LANG), from_authority=True)
        for variant in element.findall("t:persName[@type='variant']", ns):
            form = "".join(variant.itertext()).strip()
            person.add_variant(form)
            if variant.get(XML_LANG):
                person.variant_langs[form] = variant.get(XML_LANG)
        occupation = element.find("t:occupation", ns)
        if occupation is not None:
            person.occupation = "".join(occupation.itertext()).strip()
        person.posts_held = tuple(("".join(held.itertext()).strip(), held.get("from", ""),
                                   held.get("to", ""))
                                  for held in element.iterfind("t:occupation", ns)
                                  if held.get("from") or held.get("to"))
        birth, death = element.find("t:birth", ns), element.find("t:death", ns)
        person.lived = (birth.get("when", "") if birth is not None else "",
                        death.get("when", "") if death is not None else "")
        persons.append(person)
    return persons


def occupation_at(person: Person, date: str | None) -> str | None:
    """The authority's post `person` held at `date` (ISO, maybe a year or a month), the first
    that holds; None without a date or dates: `Premier of the DPRK` is Kim Il Sung's in 1961,
    not in 1975, and an undated post may not be the document's."""
    if not date:
        return None
    for post, start, end in person.posts_held:
        if date[:len(start)] >= start[:len(date)] and \
                (not end or date[:len(end)] <= end[:len(date)]):
            return post
    return None


def lived_at(person: Person, date: str | None) -> bool:
    """Could `person` act in a record of `date` (speak, take part, sign): not after his
    death, nor before he was fifteen? True without a date or dates (`Mr. KENNEDY` speaking in
    1981 is no John F. Kennedy, dead in 1963; `the Kennedy administration` in 1981 is he)."""
    birth, death = person.lived
    if not date:
        return True
    if death and date[:len(death)] > death[:len(date)]:
        return False
    return not birth or date[:4] >= str(int(birth[:4]) + 15)


@dataclass(slots=True)
class Token:
    """A word, an initial group or a bracket (plain `[..]` text or a supplied child)."""

    start: int
    end: int
    text: str
    bracket: str | None = None      # the bracket's content, when this token is one
    element: object | None = None   # the child element behind an OBJECT mark

    # Written out, not generated, as Mention's: dataclass's own `__init__` is interpreted
    # Python, which the compiled module cannot speed up, and every word of a text makes one.
    def __init__(self, start: int, end: int, text: str, bracket: str | None = None,
                 element: object | None = None):
        self.start = start
        self.end = end
        self.text = text
        self.bracket = bracket
        self.element = element

    @property
    def is_bracket(self) -> bool:
        return self.bracket is not None


# The rest of a hyphened name, glued to its first word in a bracket: `-ul-Haq` of
# `Zia[-ul-Haq]`, `-sung` of `Kim Il[-sung]`.
_HYPHENED_REST = re.compile(r"(?:-[^\W\d_]+)+")
# A surname in Wade-Giles with its apostrophe (`Ch'en`, `K'ang`, `Ts'ao`): `I.` after it is
# the given name I and a sentence's full stop (`Ch'en I.`, Chen Yi), no initial.
_WADE_GILES_SURNAME = re.compile(r"[A-Z][a-z]{0,2}['\u2019][a-z]{1,4}")


def tokenize(text: str, objects: dict[int, tuple[str, object, bool]] | None = None
             ) -> list[Token]:
    """Split `text` into name-relevant tokens; `objects` maps OBJECT offsets to (content,
    element, is_word): a bracket's content, or a word as printed (a `sic`), for the child
    element that stands there."""
    tokens: list[Token] = []
    # [text before, token, bracket content or None, text after, token, ...]: the offsets are
    # the lengths summed, with no match object and no method call for each token.
    # Annotated for the compiled module: a list's items and a string's characters are then
    # read directly, not through Python's generic calls.
    parts: list = _TOKEN_SPLIT.split(text)
    end = 0
    for n in range(1, len(parts), 3):
        word: str = parts[n]
        start = end + len(parts[n - 1])
        end = start + len(word)
        if word[0] not in "[\ufffc":  # a word, as most tokens are: spared the bracket's questions
            if word[-1] in ".sn":   # what `_trimmed` takes off ends so: most words are spared it
                if len(word) == 3 and word in _GLUED_CAPITALS_INITIALS:
                    glued = tokens and tokens[-1].end == start and is_initials(tokens[-1].text)
                    if glued or word in _CAPITALS_INITIALS:
                        initial = _GLUED_CAPITALS_INITIALS[word]
                        if glued:   # `A.YA.`: one group of initials, as `A.Ya.` is
                            tokens[-1] = Token(tokens[-1].start, end, tokens[-1].text + initial)
                        else:
                            tokens.append(Token(start, end, initial))
                        continue
                if len(word) == 2 and tokens and tokens[-1].end == start and \
                        tokens[-1].text[-3:] in _CAPITALS_INITIAL_FORMS and is_initials(word):
                    tokens[-1] = Token(tokens[-1].start, end, tokens[-1].text + word)
                    continue   # `YU.V.`: the initial after one in capitals, one group
                if word == "I." and tokens and text[tokens[-1].end:start] == " " and \
                        _WADE_GILES_SURNAME.fullmatch(tokens[-1].text):
                    word = "I"   # `Ch'en I.`: the given name, the full stop the sentence's
                elif len(word) == 3 and word[2] == "." and tokens and \
                        _syllable_at_stop(text, tokens[-1], start, word):
                    word = word[:-1]   # `Su Yu.`: the name's syllable, no initial
                else:
                    word = _trimmed(word)
            if word == "Chief" and tokens and tokens[-1].text == "Commander" and \
                    text[tokens[-1].end:start] in _IN_GAPS:
                # `Commander in Chief`: one title, not `Commander` and a `Chief`
                tokens[-1] = Token(tokens[-1].start, start + len(word), COMMANDER_IN_CHIEF)
                continue
            if word == "Delegation" and tokens and tokens[-1].text == "Head" and \
                    text[tokens[-1].end:start] in _OF_GAPS:
                tokens[-1] = Token(tokens[-1].start, start + len(word), HEAD_OF_DELEGATION)
                continue
            if word in _CHARGE:
                affaires = _D_AFFAIRES.match(text, start + len(word))
                if affaires:   # `Chargé d'Affaires`: one title, its `Affaires` no token of its own
                    tokens.append(Token(start, affaires.end(), CHARGE_D_AFFAIRES))
                    continue
            elif word == "Affaires" and tokens and tokens[-1].end > start:
                continue
            elif word in _RANK_SECONDS and tokens and tokens[-1].text in _RANK_FIRSTS and \
                    text[tokens[-1].end:start] == "-":
                # `Lt.-Gen.`: one rank, not a `Lt.` and a general
                tokens[-1] = Token(tokens[-1].start, start + len(word), f"{tokens[-1].text}-{word}")
                continue
            elif word == "General" and tokens and tokens[-1].text in _GENERAL_AFTER and \
                    text[tokens[-1].end:start] in _SPACES:
                # `Army General`, `Division General`: one rank
                tokens[-1] = Token(tokens[-1].start, start + len(word),
                                   _GENERAL_AFTER[tokens[-1].text])
                continue
            elif word in _OF_THE_FORCE and text[start + len(word):start + len(word) + 4] in \
                    _OF_GAPS and _forces_rank(text, start, word, tokens):
                continue   # `General of the Army`, `Admiral of the Fleet`: one rank
            elif word == "Marshal":
                union = _OF_THE_SOVIET_UNION.match(text, start + len(word))
                if union:   # one title: its `Soviet Union` is no place and no name's words
                    tokens.append(Token(start, union.end(), MARSHAL_OF_THE_SOVIET_UNION))
                    continue
                if tokens and tokens[-1].text in ("Vice", "Chief") and len(tokens) > 1 and \
                        tokens[-2].text == "Air" and text[tokens[-2].end:tokens[-1].start] in \
                        _SPACES and text[tokens[-1].end:start] in _SPACES:
                    del tokens[-1]   # `Air Vice Marshal`: one rank
                    tokens[-1] = Token(tokens[-1].start, start + len(word),
                                       _AIR_RANKS[text[tokens[-1].end + 1:start + len(word)]])
                    continue
                if tokens and tokens[-1].text == "Air" and text[tokens[-1].end:start] in _SPACES:
                    tokens[-1] = Token(tokens[-1].start, start + len(word), "Air Marshal")
                    continue
            elif word in ("Soviet", "Union", "Army", "Fleet") and tokens and tokens[-1].end > start:
                continue
            tokens.append(Token(start, start + len(word), word))
            continue
        bracket = parts[n + 1]
        if bracket is None:  # an OBJECT: a bracket when it stands for a `supplied`
            bracket, element, is_word = (objects or {}).get(start, (None, None, False))
            if is_word:   # a word marked [sic]: a word of the text
                tokens.append(Token(start, end, bracket, None, element))
                continue
        else:
            element = None
        previous = tokens[-1] if tokens else None
        if bracket is not None and previous is not None and previous.end == start and \
                previous.bracket is None and (bracket.isalpha() and bracket.islower() or
                                              _HYPHENED_REST.fullmatch(bracket) is not None):
            # `Com[rade]`: a lower-case bracket glued to a word completes the word, for matching;
            # so does a name's hyphened rest (`Zia[-ul-Haq]`, `Kim Il[-sung]`).
            tokens[-1] = Token(previous.start, end, previous.text + bracket)
        else:
            tokens.append(Token(start, end, word, bracket, element))
    return tokens


def _forces_rank(text: str, start: int, word: str, tokens: list[Token]) -> bool:
    """Add the token of the rank `word` opens at `start` over four words or more (`General of
    the Army`, `Admiral of the Fleet of the Soviet Union`), if it is one: its `Army` and
    `Fleet` are no body's."""
    force = _OF_THE_ARMY.match(text, start + len(word))
    if force is None or force.group("force") != _OF_THE_FORCE[word] or \
            force.group("union") is not None and word != "Admiral":
        return False
    rank = f"{word} of the {force.group('force')}"
    tokens.append(Token(start, force.end(), rank if force.group("union") is None
                        else rank + " of the Soviet Union"))
    return True


def _syllable_at_stop(text: str, previous: Token, start: int, word: str) -> bool:
    """Is `word`, of three characters and a full stop, a two-letter initial (`Yu.`) just
    after a Chinese surname, the token `previous`, a space away: the name's last syllable,
    its full stop the sentence's (`the command of Su Yu. Mao agreed.` was the person `Yu.
    Mao`, and `Su Yu. [In the margin]` the inverted `Yu. Su`)?"""
    return previous.bracket is None and previous.text in CHINESE_SURNAMES and \
        _name_word(previous.text) and text[previous.end:start] in _SPACES and is_initials(word)


@word_cache
def _trimmed(word: str) -> str:
    """`word` without a sentence's full stop (abbreviations and initials keep theirs) and
    without a possessive (`Zhou's`). Cached: the same words come back in every paragraph."""
    if word.endswith(".") and word not in _ABBREVIATIONS and not is_initials(word):
        word = word[:-1]
    if word.endswith(("'s", "\u2019s")) and len(word) > 2:
        word = word[:-2]  # a possessive: Zhou's
    if word.endswith("-san") and _honoured_surname(word[:-4]):
        word = word[:-4]  # the Japanese honorific after a surname: Fujiyama-san
    return word


def _honoured_surname(word: str) -> bool:
    """May `word` be a Japanese surname before the honorific `-san` (`Fujiyama-san`,
    `Ohira-san`, `Abe-san`): a statesman's of the list, or four letters or more of Japanese
    syllables? Not a Korean given name's first syllable (`Ma Dong-san`, `Kang Song-san`)."""
    return _japanese_surname(word) or len(word) >= 4 and _japanese_given(word)


def _is_title(word: str) -> bool:
    return word in TITLES or word in HONORIFICS


# Titles and honorifics as ALL-CAPS labels print them (`PRESIDENT TITO:`, `VICE PREMIER DENG
# XIAOPING:`), and a people before a title (`SOVIET AMBASSADOR PUZANOV:`), with the form the
# lists above give them: a title in capitals is a title.
_CAPITAL_TITLES = {word.upper(): word for word in TITLES | HONORIFICS | _LABEL_QUALIFIERS
                   if not word.isupper()}
# Abbreviated titles and the title they stand for: `PM Chou` is Prime Minister Chou.
_TITLE_ABBREVIATIONS = {"PM": "Prime Minister", "Amb.": "Ambassador", "Gen.": "General",
                        "Col.": "Colonel", "Lt.": "Lieutenant", "Capt.": "Captain",
                        "Adm.": "Admiral", "Prof.": "Professor", "Maj.": "Major",
                        "Brig.": "Brigadier", **GERMAN_RANKS}
# The posts Indian records label their turns by in initials (`P.M.: Thank you.`, `F.M.:`,
# `E.A.M.:`): a label alone, never a title before a name (`11:30 P.M. Chou` is the hour).
_LABEL_ABBREVIATIONS = {"P.M.": "Prime Minister", "F.M.": "Foreign Minister",
                        "FM": "Foreign Minister", "E.A.M.": "External Affairs Minister",
                        "F.S.": "Foreign Secretary"}
# The honorifics a post alone may carry as a label (`Comrade Secretary:`, `Comrade Deputy
# Secretary:`): the post's holder still.
_POST_HONORIFICS = frozenset({"Comrade", "Cde.", "COMRADE"})
# Title words that qualify the title after them and name no post alone (`Vice:`, `Deputy:`).
_TITLE_MODIFIERS = _TITLE_ONLY_AFTER - {"Members", "Member", "Head", "Leader"} | \
    {"Vice", "Deputy", "Prime", "Assistant", "Chief"}
_WORDS = re.compile(r"[^ \u00a0]+")
# Title words that, alone before a word in capitals, are as often a heading's adjective
# (`MAJOR DIFFERENCES:`, `GENERAL SITUATION:`, `HER ROLE:`): a title only before another
# (`GENERAL SECRETARY BREZHNEV:`, `FIRST SECRETARY GIEREK:`).
_CAPITAL_ADJECTIVES = _TITLE_ONLY_AFTER | _TITLE_MODIFIERS | {
    "General", "Major", "Representative", "Delegate", "Editor", "Adviser", "Advisor", "Envoy",
    "His", "Her", "Lord", "Lady", "Sir", "Miss", "Excellency", "Majesty", "Highness"}


def with_titles_cased(label: str) -> str:
    """`label` with the titles in capitals that begin it written as the title lists write them
    (`PRESIDENT TITO` gives `President TITO`, `CHAIRMAN HUA` `Chairman HUA`), its length kept:
    only before a name in capitals, none of its words an organisation's, a place's or a
    heading's (`MINISTER OF FOREIGN AFFAIRS`, `CHIEF TASKS` stay as they are); after `THE`
    before a bracket naming the holder too (`THE PREMIER [ZHOU ENLAI]`, as `The Premier [Zhou
    Enlai]`)."""
    first = _WORDS.search(label)
    if first is not None and first.group() == "THE" and label.endswith(_HOLDER_ENDS):
        first = _WORDS.search(label, first.end())
    if first is None or first.group() not in _CAPITAL_TITLES:
        return label    # most labels, asked of every paragraph: the words are not all read
    words = list(_WORDS.finditer(label, first.start()))
    run = 0
    while run < len(words) and words[run].group() in _CAPITAL_TITLES:
        run += 1
    if not run or not any(_is_title(_CAPITAL_TITLES[w.group()]) for w in words[:run]) or \
            run == 1 and _CAPITAL_TITLES[words[0].group()] in _CAPITAL_ADJECTIVES or \
            not all(_capitals_name_word(w) for w in _WORDS.findall(_BRACKETS.sub(
                "", label[words[run - 1].end():])) if w != "\ufffc"):
        return label
    cased = list(label)
    for word in words[:run]:
        cased[word.start():word.end()] = _CAPITAL_TITLES[word.group()]
    return "".join(cased)


_BRACKETS = re.compile(r"\[[^\[\]]*\]")
# How a label that names a post's holder in brackets ends: the bracket, or the OBJECT of its
# `supplied` in a speaker's level string.
_HOLDER_ENDS = ("]", "\ufffc")


def _capitals_name_word(word: str) -> bool:
    """Can `word`, in capitals, be a name's (`TITO`, `DENG`, `DO`, not `OF`, `AFFAIRS`)?"""
    word = _trimmed(word)
    name = word.capitalize()
    return word.isupper() and (name in CHINESE_SURNAMES or name in KOREAN_SURNAMES or
                               name in VIETNAMESE_SURNAMES or
                               word not in NOT_NAME and name not in NOT_NAME and
                               name not in TITLES and word.lower() not in FIELD_WORDS)


# -- text in capitals ----------------------------------------------------------------------
# US State Department telegrams and some Soviet cables print their text wholly in capitals
# (`PARK SAID THAT THE ATTACK OF 21 JANUARY ...`). The passes read such a text as prose would
# print it (`prose_cased`), the text itself staying as printed; capitals inside prose (`The NEW
# CHINA NEWS AGENCY reported`) are not read so.

# A word of letters of a text in capitals (`in_capitals`), and the small words of names and
# prose such a text may print in small letters (`CARLOS de la GUARDIA`, `MINISTER of TRADE`).
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_SMALL_WORDS = frozenset(word for word in PARTICLE_WORDS if " " not in word) | {
    "do", "della", "la", "le", "y", "e", "al", "el", "of", "and", "the"}
_FEWEST_CAPITALS_WORDS = 3   # `TO COMRADE FILIPPOV`: a signature `A. GROMYKO` is no such text
_NO_WORD = "\ufffc \n\t\u00a0"   # OBJECT marks and blanks: a text of them has no word


def in_capitals(text: str, fewest: int = _FEWEST_CAPITALS_WORDS) -> bool:
    """Is `text` (a level string) written in capitals: `fewest` words of two letters or more
    at least, none with a small letter but the small words of names (`de`, `van`, `of`)? The
    brackets inside are children, no part of it (`ZHOU [Enlai] SAID`)."""
    # Asked of nearly every text the passes read, most of them short: two looks at its
    # first characters settle most without a search, whose setting up costs more than the
    # rest. A capital and a small letter opening it (`The`, `Kim`) are a word's, two letters
    # (`isalpha`, as `_LETTERS` reads them) with a small one: not in capitals. A text of
    # brackets and blanks alone has no word.
    if len(text) > 1 and text[0].isupper() and text[1].islower() and text[0].isalpha() and \
            text[1].isalpha():
        return False
    if not text.strip(_NO_WORD):
        return fewest <= 0
    first = _LETTERS.search(text)
    if first is None:
        return fewest <= 0   # no word at all (a text of brackets or figures)
    if not first.group().isupper() and first.group() not in _SMALL_WORDS:
        return False   # most texts, at their first word: one search, no iterator
    capitals = 0
    for word in _LETTERS.finditer(text):
        word = word.group()
        if word.isupper():
            capitals += 1
        elif word not in _SMALL_WORDS:
            return False
    return capitals >= fewest


# A word in capitals with its apostrophes and hyphens (`PARK'S`, `IL-KWON`), as places.py
# reads a heading's.
_CAPITALS_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_MONTHS_IN_CAPITALS = frozenset(month.upper() for month in MONTHS + MONTH_ABBREVIATIONS)
_WEEKDAYS_IN_CAPITALS = frozenset(
    "MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY".split())
# A month's name is one beside a day or year in figures (`NOVEMBER 18, 1983`, `18 NOVEMBER`,
# `NOV 18`, `THE 13TH OF MAY`); elsewhere it is a word (`WE MAY`, `THE MARCH ON`).
_DAY_BEFORE = re.compile(r"[0-9](?:ST|ND|RD|TH)?(?:[ \u00a0]OF)?[ \u00a0]$")
_DAY_AFTER = re.compile(r"\.?[ \u00a0][0-9]")
# `MAY` after a modal's subject is the verb, a figure after it or not (`WE MAY 3 TIMES`, `IT
# MAY`); the month follows a preposition, a comma, a verb's object (`ON MAY 3`, `HIM MAY 3`).
_MODAL_SUBJECT = re.compile(r"(?<![^\W\d_])(?:I|WE|YOU|HE|SHE|IT|THEY)[ \u00a0]$")
_ORDINAL_ENDINGS = frozenset({"ST", "ND", "RD", "TH"})
# The time of day after figures (`11:30 P.M.`): no initials.
_TIME_OF_DAY = re.compile(r"[AP]\.M\.")
_AFTER_FIGURES = re.compile(r"[0-9][ \u00a0]?$")
# Initials after a surname, maybe after a comma, and the word after them, which is one of
# prose (`ALIEV G.A.,`, `DEMICHEV, P.N. AND`; not `FORESTRY I. KONO`, the initials of the next
# name); not a state's (`U.S.`, `U.K.`) or the time of day (`P.M.`).
_INITIALS_AFTER = re.compile(r",?[ \u00a0](?!U\.[SNK]\.|[AP]\.M\.)(?:[A-Z]\.){1,2}(?![^\W\d_])"
                             r"(?:[ \u00a0](?P<next>[^\W\d_]+))?")
# What a post or body is of goes after `OF` (`COUNCIL OF MINISTERS A.N. KOSYGIN`, `SECRETARY
# OF THE PRIME MINISTER P.N. HAKSAR`): no title of the name after it.
_AFTER_OF = re.compile(r"(?<![^\W\d_])OF[ \u00a0](?:THE[ \u00a0])?$")
# Words of prose that no name has, in small letters: the words a telegram prints around names
# (`PARK SAID`, `THE PRESIDENT WOULD`, `CASTRO MADERO TOLD`, `LE DUAN STOOD`), which end a
# name begun by a title or a name's word; and the telegram's own words (`NODIS`, `REFTEL`,
# `EMBOFF`, `USG`).
_PROSE_WORDS = frozenset("""
a an the this that these those it its he she him her his hers they them their we us our you
your i me my who whom whose which what when where why how whether if then than as so also too
not no yes all any some both each every either neither other another such same own only even
just still yet already again ever never always often soon now here there today tonight
and or but nor of in on at to for by with from into onto upon about against between among
through during before after since until till under over above below across along around
near within without toward towards beyond behind despite via per off out up down
is are was were be been being am has have had having do does did done doing will would
shall should may might must can could ought
says said tells told asks asked meets met sees saw seen gives gave given takes took taken
makes made goes went gone comes came become became gets got know knows knew known think
thinks thought feel feels felt want wants hope hopes believe believes remain remains seem
seems appear appears intend intends plan plans expect expects understand understands
understood agree agrees wish wishes say ask meet see give take make go come get tell
leave leaves left hold holds held bring brings brought keep keeps kept send sends sent
speak speaks spoke write writes wrote call calls let lets put puts set sets run runs ran
visit visits arrive arrives return returns receive receives indicate indicates mention
mentions insist insists urge urges warn warns reply replies accept accepts reject rejects
refuse refuses support supports oppose opposes consider considers discuss discusses raise
raises finish finishes stop stops start starts begin begins began begun end ends continue
continues try tries need needs help helps follow follows show shows shown stand stands stood
sit sits sat rise rises rose risen fall falls fell lose loses lost win wins won read reads
hear hears heard shake shakes shook break breaks broke choose chooses chose fight fights
fought lead leads led mean means meant pay pays paid spend spends spent throw threw
withdraw withdraws withdrew laugh laughs smile smiles nod nods decide decides look looks
turn turns walk walks enter enters answers emphasize emphasizes stress stresses
very much many more most less least few little great good well better best bad worse
new old long short high low full whole next last first second third one two three four
five six seven eight nine ten hundred thousand million billion half
government regime family speech message letter remarks views view position side sides
talks talk people country countries press forces force men man women morning afternoon
evening night day days week weeks month months year years hour hours minute minutes time
times point matter question answer case way part beginning finally personally
especially actually generally officially really usually
himself herself itself themselves ourselves myself yourself inside outside abroad
together alone
mr mrs ms sir madam
nodis exdis limdis noforn niact immediate routine flash info action tags subject subj ref
reftel refs para paras dept deptel embtel septel emb emboff embassy amembassy amconsul
secstate washdc usg goa gob gok gor goj gvn rokg decl oadr declas xgds nnn garble garbled
comment summary text quote unquote unclassified sensitive limited official use
exclusively eyes secret confidential control rpt rptd repeat repeated drafted cleared
approved page
""".split())
# Endings of words of prose (`ANNOUNCED`, `CONSIDERING`, `STATEMENT`, `NATION`, `FIRMLY`; not
# `-LLY`, `KELLY`): a word of five letters or more so ending is none of a name's the lists
# know (`AHMED` is one).
_PROSE_ENDING = re.compile(r".{3,}(?:ED|ING|MENT|TION|SION|NESS|ITY|IES|[^L]LY)")
# Surnames of the lists that are English words too, and a name's only with a name of the
# authority's or the document's (`HO CHI MINH`): alone they are prose (`A LONG TALK`).
_PROSE_SURNAMES = frozenset({
    "He", "Ho", "An", "So", "No", "Do", "Ma", "Ha", "Na", "Oh", "Ok", "Im", "Pi", "Ye", "Ai",
    "Bi", "Bo", "Mu", "Ra", "Ko", "Le", "O", "Long", "Song", "Sun", "Son", "Moon", "Won", "Fan",
    "Pan", "Tan", "Ding", "Gong", "Sin", "Min", "Lam", "Wan", "Hong", "Kong", "Tang", "Chai",
    "Pang", "Tong", "Gang", "Ku", "Ji", "Cha", "Sim", "Chang", "Mai", "Lai", "Ren", "Shu"})
# The heads of the bodies and places a person's name begins (`KIM IL SUNG UNIVERSITY`, `KIM
# CHAEK IRON AND STEEL WORKS`, `PRINCE EDWARD ISLANDS`): written with the name, as prose
# prints them, the persons pass reads the name as theirs. Not the heads prose writes in
# small letters after a name (`THE PARK GOVERNMENT`, `THE CASTRO LINE`).
_NAMED_HEADS = _ORGANISATION_ENDS - {
    "Government", "Line", "Plan", "Doctrine", "Staff", "Administration", "Command", "Party",
    "Committee", "Department", "Directorate", "Headquarters", "Bureau", "Commission",
    "Organization", "Organisation", "Team"}
# The most words of a name a text in capitals reads (`PRESIDENT VADM CARLOS CASTRO MADERO`).
_MOST_NAME_WORDS = 6
# The words a name's body goes on with before its head (`IRON AND STEEL`), at most.
_MOST_HEAD_WORDS = 4
_HEAD_JOINERS = frozenset({"AND", "OF", "THE", "FOR"})


def prose_cased(text: str, names: "Names | None" = None) -> str:
    """`text`, a level string in capitals (`in_capitals`), as prose would print it, letter
    for letter (its offsets those of the text): the words of prose in small letters (`THE`,
    `SAID`, `WILL`), a month's name beside a day or year in figures and a weekday capitalized
    (`NOVEMBER 18`, `18 NOVEMBER`, `NOV 18`), an ordinal's ending in small letters (`18TH`),
    titles as the title lists write them (`PRIME MINISTER`), and the words of names
    capitalized: a given name or surname the lists know (`CARLOS`, `KIM`, `CHOI`), a word of a
    name of the authority or of the document (`CASTRO`, `PARK`), and after a title, an
    initial or such a word up to two words in a row that no list knows (`PRESIDENT PARK CHUNG
    HEE THIS`, `A. PUZANOV`, `PRIME MINISTER CHUNG IL-KWON AND`, `VADM CARLOS CASTRO MADERO
    TOLD`, `MR. DULLES DECIDES`), a word of prose or a title ending the name, and a known name
    ending where no known name goes on (`COMRADE STALIN ADVISES`). Another word is no name's
    (`ROBERTO ORNSTEIN`, `AMEMBASSY`, `PILCANIYEU`): small letters. A lone title word that
    is as often an adjective (`GENERAL`, `FIRST`, `MAJOR`) is one only before a name's word
    the lists or the authority know (`GENERAL GIAP`, not `GENERAL ASSEMBLY`), and titles
    after `OF` are what a post is of (`COUNCIL OF MINISTERS A.N. KOSYGIN`)."""
    known = names.known_names() if names is not None else _builtin_names()
    cased = list(text)
    tokens = list(_CAPITALS_TOKEN.finditer(text))
    kinds = [_capitals_kind(text, token, known) for token in tokens]
    group: list[int] = []
    for index, token in enumerate(tokens):
        if group and not _goes_on(text, tokens[group[-1]], kinds[group[-1]], token.start()):
            _case_group(text, tokens, kinds, group, cased, known)
            group = []
        group.append(index)
    if group:
        _case_group(text, tokens, kinds, group, cased, known)
    return "".join(cased)


def _capitals_kind(text: str, token: re.Match, known: _KnownNames) -> str:
    """What a word of a text in capitals is: `keep` (small letters already, an initial, a
    code with figures: `F-4`, `211930Z`), `lower` (an ordinal's ending, the time of day's
    `P.M.`), `initial` (of two letters: `IA.`), `calendar` (a month's name beside its day, a
    weekday), `title`, `prose`, `name` (a word the lists or the authority or the document
    know as a name's), or `other`."""
    word = token.group()
    start, end = token.span()
    if not word.isupper():
        return "keep"
    if start and text[start - 1].isdigit():
        return "lower" if word in _ORDINAL_ENDINGS else "keep"
    if text[start - 2:start - 1].isdigit() and text[start - 1] == ".":
        return "keep"    # a month in Roman numerals (`12.XI.1962`)
    if text[end:end + 1].isdigit() or text[end:end + 1] == "-" and text[end + 1:end + 2].isdigit():
        return "keep"
    if text[end:end + 1] == "." and len(word) == 2 and is_initials(f"{word.capitalize()}."):
        return "initial"     # a transliterated initial of two letters (`S.IA. SINITSIN`)
    if len(word) == 1:   # an initial (`A. PUZANOV`), `I`, `U THANT`; the article `A`
        at = start - 2 if word == "M" else start     # `11:30 P.M.`, its `P` and its `M`
        if at >= 0 and _TIME_OF_DAY.match(text, at) and \
                _AFTER_FIGURES.search(text, max(0, at - 2), at):
            return "lower"
        return "prose" if word == "A" and text[end:end + 1] != "." else "keep"
    if word in _MONTHS_IN_CAPITALS and (_DAY_AFTER.match(text, end) or
                                        _DAY_BEFORE.search(text[max(0, start - 8):start])) \
            and not (word == "MAY" and _MODAL_SUBJECT.search(text, max(0, start - 5), start)):
        return "calendar"
    if word in _WEEKDAYS_IN_CAPITALS:
        return "calendar"
    if word in _CAPITAL_TITLES or text[end:end + 1] == "." and f"{word}." in _CAPITAL_TITLES:
        return "title"
    lower = word.lower()
    if lower in _PROSE_WORDS or lower in _NOT_NAME_WORDS or lower in FIELD_WORDS or \
            lower in HEADING_NOUNS or lower in HEADING_QUALIFIERS or lower in _SPEECH_WORDS or \
            word in CABLE_ADDRESSES or word.capitalize() in _IRREGULAR_PAST:
        return "prose"
    name = word.capitalize()
    bare = _trimmed(name)
    if known.knows_word(key(bare)) or is_given_name(bare) or bare in WOMEN_GIVEN_NAMES or \
            bare in JAPANESE_SURNAMES or bare not in _PROSE_SURNAMES and (
                bare in CHINESE_SURNAMES or bare in KOREAN_SURNAMES or
                bare in VIETNAMESE_SURNAMES):
        return "name"
    if _PROSE_ENDING.fullmatch(word) and not _pinyin_given(name):
        return "prose"
    initials = _INITIALS_AFTER.match(text, end)
    if initials and (initials["next"] is None or initials["next"].lower() in _PROSE_WORDS):
        return "name"    # a surname before its initials, as Soviet minutes list them
    return "other"


_SPEECH_WORDS = frozenset(verb for verb in SPEECH_VERBS if " " not in verb)
# What may stand between two words of a group: a space, or a bracket (an OBJECT) between
# spaces (`KIM IL [Sung]`, `PRESIDENT [Anwar] SADAT`).
_GROUP_GAPS = frozenset({" ", "\u00a0", " \ufffc ", " \ufffc", "\ufffc "})


def _goes_on(text: str, last: re.Match, kind: str, start: int) -> bool:
    """Does the word starting at `start` go on the group of words whose last is `last`: a
    space or a bracket between them, or the full stop of an initial or an abbreviated title
    and a space or none (`N.S. KHRUSHCHEV`, `DR. KISSINGER`)?"""
    gap = text[last.end():start]
    if gap in _GROUP_GAPS:
        return True
    return gap in (".", ". ", ".\u00a0") and (len(last.group()) == 1 or
                                            kind in ("title", "initial"))


def _case_group(text: str, tokens: list[re.Match], kinds: list[str], group: list[int],
                cased: list[str], known: _KnownNames) -> None:
    """Write the words of a group (words one space apart) into `cased` as prose would print
    them (`prose_cased`)."""
    at = 0
    while at < len(group):
        index = group[at]
        kind = kinds[index]
        if kind == "title":
            run = at
            while run < len(group) and kinds[group[run]] == "title":
                run += 1
            titles = [_title_in_capitals(tokens[group[i]].group()) for i in range(at, run)]
            after = kinds[group[run]] if run < len(group) else None
            start = tokens[index].start()
            real = any(_is_title(t) and t not in _CAPITAL_ADJECTIVES and
                       not t.endswith(("s", "s.")) for t in titles)
            if (real or after == "name" and any(_is_title(t) for t in titles)) and \
                    not _AFTER_OF.search(text[max(0, start - 8):start]):
                for i, title in zip(range(at, run), titles):
                    _write(cased, tokens[group[i]], title[:len(tokens[group[i]].group())])
                at = _case_name(tokens, kinds, group, run, cased, known)
            else:
                for i in range(at, run):
                    _write(cased, tokens[group[i]], tokens[group[i]].group().lower())
                at = run
        elif kind in ("name", "initial") or kind == "keep" and len(tokens[index].group()) == 1 \
                and text[tokens[index].end():tokens[index].end() + 1] == "." and \
                at + 1 < len(group):
            at = _case_name(tokens, kinds, group, at, cased, known)
        else:
            _case_word(tokens[index], kind, cased)
            at += 1


def _case_name(tokens: list[re.Match], kinds: list[str], group: list[int], at: int,
               cased: list[str], known: _KnownNames) -> int:
    """Capitalize the words of a name from `group[at]` on (`prose_cased`), and the words of a
    body or place it begins up to their head (`_NAMED_HEADS`); return where it ends. A name
    the authority or the document knows ends where no name they know goes on (`KIM IL SUNG
    REMEMBERS`, `COMRADE STALIN ADVISES`)."""
    unknown = 0      # the words in a row that no list knows
    name: list[str] = []   # the keys of the name's words so far
    while at < len(group):
        token = tokens[group[at]]
        kind = kinds[group[at]]
        word = token.group()
        if kind == "keep":
            at += 1      # an initial's letter (`A.`, `N.S.`), as printed
            continue
        if kind == "initial":
            _write(cased, token, word.capitalize())   # `IA.` is `Ia.`
            at += 1
            continue
        # a letter alone is an initial, no particle `e` (`JOHN E SMITH`)
        if name and len(word) > 1 and word.lower() in PARTICLE_WORDS and at + 1 < len(group) and \
                kinds[group[at + 1]] in ("other", "name") and not known.goes_on(name, word):
            _write(cased, token, word.lower())        # `AZEREDO DA SILVEIRA`, not `ZHU DE`
            at += 1
            continue
        if name and known.ends(name, word) or len(name) == _MOST_NAME_WORDS:
            break
        name.append(key(word))
        if kind == "other":
            unknown += 1
            if unknown > 2:
                break    # `PROF. JACK RUINA`, `CHUNG IL-KWON`
        elif kind == "name":
            unknown = 0
        else:
            break
        _write(cased, token, _capitalized(word))
        at += 1
        if word.endswith(("'S", "\u2019S")):
            return at    # `PARK'S GOVERNMENT`: the name ends at its possessive
    return _case_head(tokens, kinds, group, at, cased)


def _case_head(tokens: list[re.Match], kinds: list[str], group: list[int], at: int,
               cased: list[str]) -> int:
    """Capitalize the words after a name up to the head of the body or place it begins, if
    one comes within a few words (`KIM CHAEK IRON AND STEEL WORKS`, `PRINCE EDWARD ISLANDS`);
    return where they end (where the name ended, when none does)."""
    for end in range(at, min(at + _MOST_HEAD_WORDS, len(group))):
        word = tokens[group[end]].group()
        if _capitalized(word) in _NAMED_HEADS:
            for index in group[at:end + 1]:
                word = tokens[index].group()
                _write(cased, tokens[index], word.lower() if word in _HEAD_JOINERS else
                       _capitalized(word))
            return end + 1
        kind = kinds[group[end]]
        if kind not in ("other", "name", "prose") or kind == "prose" and \
                word not in _HEAD_JOINERS and word.lower() in _PROSE_WORDS:
            break        # `KIM IL SUNG SAID`: a sentence goes on
    return at


def _capitalized(word: str) -> str:
    """A word in capitals as a name prints it: `PARK'S` `Park's`, `IL-KWON` `Il-kwon`."""
    first, _, rest = word.partition("-")
    return first.capitalize() + ("-" + rest.lower() if rest else "")


# Initials in capitals (`P.F.`, `S.IA.`, `IU.`), and one of two letters in them (`IA.`).
_INITIALS_IN_CAPITALS = re.compile(r"(?:[A-Z][A-Z]?\.)+")
_TWO_LETTER_INITIAL = re.compile(r"([A-Z])([A-Z])\.")
# A generational suffix after a surname in capitals, kept as printed (`BAKER, III`).
_GENERATION_NUMERALS = frozenset({"II", "III", "IV"})


def ordinary_case(name: str) -> str:
    """A name printed only in capitals as the register writes its main name (`KANG SONG-SAN`
    `Kang Song-san`, `P.F. YUDIN` `P.F. Yudin`, `HUGO DE ANDRADE ABREU` `Hugo de Andrade
    Abreu`, `QUAISON-SACKEY` `Quaison-Sackey`, `MCNAMARA` `McNamara`): each word capitalized,
    an East Asian given name's syllables after its first in small letters (`_capitalized`),
    another hyphened word's parts capitalized, a particle between words in small letters;
    initials as printed but for a two-letter one's second letter (`IU.` `Iu.`), and a
    generational numeral as printed."""
    words = name.split()
    cased = [_name_cased(word) for word in words]
    if romanization(" ".join(cased)) is None:
        for n, word in enumerate(words):
            if 0 < n < len(words) - 1 and len(word) > 1 and word.lower() in PARTICLE_WORDS:
                cased[n] = word.lower()
            elif "-" in word:
                cased[n] = "-".join(_name_cased(part) for part in word.split("-"))
    return " ".join(cased)


def _name_cased(word: str) -> str:
    """One word of a name in capitals as `ordinary_case` writes it."""
    if word in _GENERATION_NUMERALS:
        return word
    if _INITIALS_IN_CAPITALS.fullmatch(word):
        return _TWO_LETTER_INITIAL.sub(lambda m: m.group(1) + m.group(2).lower() + ".", word)
    if word.startswith("MC") and len(word) > 3:
        return "Mc" + word[2:].capitalize()
    if word[1:2] in ("'", "\u2019") and len(word) > 2:
        return word[:2] + word[2:].capitalize()   # `O'BRIEN`
    return _capitalized(word)


def _case_word(token: re.Match, kind: str, cased: list[str]) -> None:
    """Write a word outside a name as prose prints it: a month's or weekday's name
    capitalized (`calendar`), one to keep as printed (`keep`), another in small letters."""
    word = token.group()
    if kind == "calendar":
        _write(cased, token, word.capitalize())
    elif kind != "keep":
        _write(cased, token, word.lower())


def _title_in_capitals(word: str) -> str:
    """A title word in capitals as the title lists write it (`DR` before its stop is `Dr.`)."""
    return _CAPITAL_TITLES.get(word) or _CAPITAL_TITLES[f"{word}."]


def _write(cased: list[str], token: re.Match, word: str) -> None:
    """Put `word` in place of `token` in `cased`, if it is as long: offsets must not move."""
    if len(word) == len(token.group()):    # `ß` and the like: as printed
        cased[token.start():token.end()] = word


class _KnownNames:
    """The names a text in capitals reads (`prose_cased`): the keys of their words, of the
    names whole and of the runs of words inside them, each name's keys joined by spaces; and
    the authority's, looked up after the document's (`within`), shared, never copied."""

    def __init__(self, forms: Iterable[str], within: "_KnownNames | None" = None):
        self.words: set[str] = set()
        self.names: set[str] = set()
        self.starts: set[str] = set()
        self.within = within
        self.add(forms)

    def add(self, forms: Iterable[str]) -> None:
        for form in forms:
            keys = [k for k in (key(word) for word in form.split() if not is_initials(word))
                    if len(k) > 1]
            if not keys or len(keys) > _MOST_NAME_WORDS:
                continue     # no name has more words: a long run of capitals is read as none
            self.words.update(keys)
            self.names.add(" ".join(keys))
            # the words a name begins with, and the words inside it a mention may begin with
            # (`CASTRO MADERO` of `Carlos Castro Madero`)
            self.starts.update(" ".join(keys[first:last]) for first in range(len(keys))
                               for last in range(first + 1, len(keys) + 1)
                               if last - first < len(keys))

    def knows_word(self, word_key: str) -> bool:
        return word_key in self.words or self.within is not None and \
            self.within.knows_word(word_key)

    def _named(self, joined: str, starts: bool) -> bool:
        return joined in self.names or starts and joined in self.starts or \
            self.within is not None and self.within._named(joined, starts)

    def goes_on(self, name: list[str], word: str) -> bool:
        """Does `word` go on `name` (its words' keys) in a known name (`ZHU` `DE`)?"""
        return self._named(f"{' '.join(name)} {key(word)}", starts=True)

    def ends(self, name: list[str], word: str) -> bool:
        """Is `name` (its words' keys) a known name that `word` does not go on (`KIM IL SUNG`
        before `REMEMBERS`, `STALIN` before `ADVISES`)?"""
        return self._named(" ".join(name), starts=False) and not self.goes_on(name, word)


def _forms(persons: Iterable[Person]) -> list[str]:
    """Every name and variant of `persons`, for `_KnownNames`."""
    return [form for person in persons for form in (person.name, *person.variants)]


@lru_cache(maxsize=1)
def _builtin_names() -> _KnownNames:
    return _KnownNames(_forms(builtin_authority()))


def full_title(title: str) -> str:
    """`title` with its abbreviations written out: `PM` is `Prime Minister`."""
    return " ".join(_TITLE_ABBREVIATIONS.get(word, word) for word in title.split())


@word_cache
def title_of_label(label: str) -> str | None:
    """The title of a label that is title words only, after `The` or alone (`The Secretary`,
    `The Foreign Minister`, `Prime Minister`, `PM`, `THE PRESIDENT`), written out: someone
    named by post, as a memorandum of conversation names its speakers, and an Indian record
    its Prime Minister (`PM:`, `P.M.:`)."""
    if label in _LABEL_ABBREVIATIONS:
        return _LABEL_ABBREVIATIONS[label]
    words = label.split()
    the = 1 if words and words[0] in ("The", "THE") else 0
    if not the and len(words) > 1 and words[0] in _POST_HONORIFICS:
        words = words[1:]   # `Comrade Secretary:`, as Khmer Rouge minutes name Pol Pot
    words = with_titles_cased(" ".join(words[the:])).split()
    if not words or words[-1] in _TITLE_MODIFIERS or words[0] in _TITLE_ONLY_AFTER and \
            words[0] not in _TITLE_LEADS or \
            not all(word in TITLES or the and word in HONORIFICS for word in words):
        return None
    return full_title(" ".join(words))


@word_cache
def title_before_name(label: str) -> str | None:
    """The titles, written out, before the name of a label of title and name (`Secretary
    Kissinger` gives Secretary, `PM Chou` Prime Minister, `PRESIDENT TITO` President)."""
    words = with_titles_cased(label).split()
    count = 0
    while count < len(words) and words[count] in TITLES:
        count += 1
    if not count or count == len(words) or not words[count][:1].isupper():
        return None
    return full_title(" ".join(words[:count]))


def same_title(one: str | None, other: str | None) -> bool:
    """Are two titles one, a hyphen read as a space? A document may print both `Vice-Premier`
    and `Vice Premier`."""
    return one is not None and other is not None and \
        one.replace("-", " ") == other.replace("-", " ")


def is_post(words: str) -> bool:
    """Are `words` a post alone, as a UN record's label gives it in parentheses: title words,
    maybe `of` and what the post serves (`Director General`, `Minister of Defence`, `Director
    General of the IAEA`, `Chairman of the Council of Ministers of the USSR`)? No `The` and
    no name."""
    title, of, served = words.partition(" of ")
    return title_of_label(title) is not None and title.split()[0] not in ("The", "THE") and \
        (not of or len(served.split()) <= 8 and
         all(word[0].isupper() or word in ("the", "and", "of") for word in served.split()))


# `First` before a deputy's post, which the title without it still names: `First Vice Premier`
# is a Vice Premier, `First Deputy Minister` a Deputy Minister (`First Secretary` is none).
_ORDINAL_POST = re.compile(r"^(?:First|1st)[ \u00a0\-]+(?=Vice|Deputy)")


def post_begins_with(post: str, title: str) -> bool:
    """Does a participant's post begin with `title`, after the people it serves (`Secretary of
    State`, `Soviet Ambassador` begin with Secretary, Ambassador; `Deputy Assistant to the
    President` begins with neither Assistant nor President)? A hyphen is a space in both
    (`Vice-Premier` begins with Vice Premier)."""
    words = full_title(post.replace(",", " ")).replace("-", " ").split()
    while words and (words[0] in NATIONALITIES or words[0] in ("US", "U.S.")):
        del words[0]
    wanted = title.lower().replace("-", " ").split()
    return [w.lower() for w in words[:len(wanted)]] == wanted


@word_cache
def is_initials(word: str) -> bool:
    """Is `word` a group of initials (`N.S.`, `A. M.`, `Iu.V.`)? Cached, like the word tests below:
    they are pure, and the recognizer asks them of every capitalized word."""
    return _INITIALS.match(word) is not None


_DIGIT = re.compile(r"\d")   # no name's word has one: `1st`, `K-19`


@word_cache
def _name_word(word: str) -> bool:
    """Can this word be part of a person's name?"""
    if not word or word in NOT_NAME or word in TITLES or word in HONORIFICS or \
            word.upper() in CABLE_ADDRESSES or _plural_title(word):
        return False
    if is_initials(word):
        return True
    first = word[0]
    return (first.isupper() or _PARTICLE_PREFIX.match(word) is not None) and \
        not word.isdigit() and not _DIGIT.search(word)


def _plural_title(word: str) -> bool:
    """Is `word` a title's plural (`Secretaries`, `Generals`, `Chairmen`): posts, no one's name
    (`the General Secretaries` was a person `#secretaries`)?"""
    return word.endswith("ies") and f"{word[:-3]}y" in TITLES or \
        word.endswith("men") and f"{word[:-3]}man" in TITLES or \
        word.endswith("s") and word[:-1] in TITLES



@word_cache
def _may_start(word: str) -> bool:
    """Can a mention begin at this word: a title that can lead, or a name word?"""
    return _is_title(word) and word not in _TITLE_ONLY_AFTER or _name_word(word)


def _starts(text: str, tokens: list[Token]) -> list[int]:
    """The indexes of the tokens a mention can begin at (see `_shape_at`): most
    capitalized words (`The`, `Korea`) cannot, and trying each one would cost a full attempt;
    nor can a post's portfolio (`_portfolio`)."""
    starts = [i for i, token in enumerate(tokens)
              if (_name_bracket(token.bracket) or _completion_at(text, tokens, i)
                  if token.bracket is not None else _may_start(token.text) or
                  token.text in _TITLE_LEADS and _leads_title(tokens, i) or
                  token.text == "Head" and _heads_department(text, tokens, i) or
                  token.text in _WORD_SURNAME_WORDS and _begins_korean_name(text, tokens, i))]
    if _SINGLE_INITIAL.search(text) is not None and _BODY_FOR.search(text) is not None:
        complement = _body_complement(text, tokens)
        starts = [i for i in starts if i not in complement]
    # Its words looked for first: a search from `\b` tries every position of the text. (A
    # loop, not `any()`: the compiled module makes a generator object for that.)
    for post in _PORTFOLIO_POSTS:
        if post in text:
            break
    else:
        return starts   # most texts
    if _POST_OF_PORTFOLIO.search(text) is None:
        return starts
    portfolio = _portfolio(text, tokens)
    return [i for i in starts if i not in portfolio]


# Korean surnames that are English words that names.py keeps out of names (`So`, `An`, `No`):
# the first word of a name only before a Korean given name (`So Hwi`, `An Mak`), and then a
# person only on a person's evidence (`So Hwi [Seo Hwi]`, `An Mak [An Mak]`) or when the
# document knows the name: `So Far`, `An Old` are no names.
_WORD_SURNAME_WORDS = frozenset(w for w in KOREAN_SURNAMES if w in NOT_NAME)


def _begins_korean_name(text: str, tokens: list[Token], i: int) -> bool:
    """Is token i such a surname, and the word after it, a space away, a Korean given name?"""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return following is not None and following.bracket is None and \
        text[tokens[i].end:following.start] in _SPACES and _korean_given(following.text)


def _korean_given(word: str) -> bool:
    """Is `word` a Korean given name: one syllable or syllables joined by hyphens (`Hwi`,
    `Jeong-suk`, `Nam-un`), capitalized?"""
    parts = word.split("-")
    return word[:1].isupper() and len(parts) <= 3 and word not in NOT_NAME and \
        all(_KOREAN_SYLLABLE.fullmatch(part if n == 0 else part.capitalize())
            for n, part in enumerate(parts))


# A post of `of` before its holder's name, to the portfolio (`Minister of Education Baek
# Nam-un`, `Minister of Culture and Propaganda Heo Jeong-suk`, `Secretary of Commerce
# Hodges`, `Minister of the Interior`), hyphened after `Vice` or `Deputy` too (`Vice-Minister
# of Foreign Affairs A.A. Gromyko`).
_PORTFOLIO_POSTS = ("Minister", "Secretary", "Commissar", "Vice-Minister", "Deputy-Minister")
_OF_GAPS = (" of ", "\u00a0of\u00a0")
# Title words that are a portfolio after a post and `of`: `Secretary of State`, `Secretary of
# Defense`, `Minister of Trade`.
_PORTFOLIO_TITLES = frozenset({"State", "Defense", "Defence", "Trade"})
_POST_OF_PORTFOLIO = re.compile(f"\\b(?:{'|'.join(_PORTFOLIO_POSTS)})[ \u00a0]+of[ \u00a0]+"
                                "(?:the[ \u00a0]+)?")


def _portfolio(text: str, tokens: list[Token]) -> set[int]:
    """The indexes of the tokens that are a post's portfolio after `of`, no name's words: its
    first word, and a second, after `and` or not, when the holder's name by its shape comes
    next (`Culture and Propaganda Heo Jeong-suk`, `Public Health Ri Byong-nam`, `Agriculture
    and Forestry I. Kono`; not `Trade Jang Si-u`, whose second word begins the name)."""
    at = {token.start: n for n, token in enumerate(tokens)}
    found = set()
    for post in _POST_OF_PORTFOLIO.finditer(text):
        n = at.get(post.end())
        if n is None or not _portfolio_word(tokens[n]):
            continue
        found.add(n)
        second = n + 1
        if second < len(tokens) and _portfolio_word(tokens[second]) and \
                text[tokens[n].end:tokens[second].start] in (" ", " and ") and \
                not _begins_name(text, tokens, second) and _begins_name(text, tokens, second + 1):
            found.add(second)
    return found


# A body's head and `for` or `of` (`Committee for Foreign Liaison`, `Commission of Foreign
# Affairs`), and a single initial with a surname after it (` A. Turayki`): the words between
# are the body's when the last is a body's field, the holder's name begins at the initial.
_BODY_FOR = re.compile(r"\b(?:Committee|Commission|Council|Ministry|Department|Directorate|"
                       r"Administration|Bureau)[ \u00a0](?:for|of)[ \u00a0](?:the[ \u00a0])?")
_SINGLE_INITIAL = re.compile(r"[ \u00a0][A-Z]\.[ \u00a0][A-Z]")
# The last words of a body's field (`for Foreign Liaison`, `of Culture and Education`), no
# given names: `Ray` of `Bureau of Intelligence and Research Ray S. Cline` stays his.
_BODY_FIELDS = frozenset({
    "Liaison", "Relations", "Affairs", "Security", "Cooperation", "Co-operation", "Trade",
    "Research", "Education", "Culture", "Defense", "Defence", "Construction", "Planning",
    "Development", "Technology", "Science", "Sciences", "Industry", "Agriculture", "Health",
    "Information", "Propaganda", "Intelligence", "Justice", "Finance", "Finances", "Energy",
    "Communications", "Transport", "Labor", "Labour", "Supply", "Supplies", "Broadcasting",
    "Aviation", "Shipping", "Engineering", "Machine-Building", "Reconnaissance"})
_COMPLEMENT_WORDS = 3


def _body_complement(text: str, tokens: list[Token]) -> set[int]:
    """The indexes of the tokens of a body's complement after `for` or `of`, ending in a
    field's word, that a holder's name with one initial follows (`Committee for Foreign
    Liaison A. Turayki`): `Liaison A.` read as a given name and an initial made the person
    `Liaison A. Turayki`. Up to three words, a space or `and` apart."""
    at = {token.start: n for n, token in enumerate(tokens)}
    found = set()
    for body in _BODY_FOR.finditer(text):
        n = at.get(body.end())
        k = n
        while k is not None and k + 1 < len(tokens) and k - n < _COMPLEMENT_WORDS and \
                tokens[k].bracket is None:
            following = tokens[k + 1]
            gap = text[tokens[k].end:following.start]
            if tokens[k].text in _BODY_FIELDS and gap in _SPACES and \
                    following.bracket is None and len(following.text) == 2 and \
                    is_initials(following.text) and _begins_name(text, tokens, k + 1):
                found.update(range(n, k + 1))
                break
            if gap not in _SPACES and gap not in _AND_GAPS:
                break
            k += 1
    return found


def _portfolio_word(token: Token) -> bool:
    """Can a token be a portfolio's word: a capitalized word that begins no name of its own
    (no surname of East Asia's, no given name, no initials) and no title (`Secretary of the
    Prime Minister P.N. Haksar`: a post of its own before the name)?"""
    word = token.text
    return token.bracket is None and word[:1].isupper() and word[1:].islower() and \
        not _is_title(word) and \
        word not in KOREAN_SURNAMES and word not in CHINESE_SURNAMES and \
        word not in VIETNAMESE_SURNAMES and not _japanese_surname(word) and \
        not is_given_name(word)


def _begins_name(text: str, tokens: list[Token], n: int) -> bool:
    """Do two or three words from token n, a space apart, make a name by its shape?"""
    words = []
    for token in tokens[n:n + 3]:
        if token.bracket is not None or words and text[words[-1].end:token.start] not in _SPACES:
            break
        words.append(token)
        if len(words) >= 2 and _name_shape([t.text for t in words]):
            return True
    return False


def _leads_title(tokens: list[Token], i: int) -> bool:
    """Is token i a word that begins a title only before another title word (`Foreign` in
    `Foreign Minister Chen Yi`, `Foreign Trade Minister`, `First Secretary`)?"""
    return tokens[i].text in _TITLE_LEADS and i + 1 < len(tokens) and \
        tokens[i + 1].bracket is None and _is_title(tokens[i + 1].text) and \
        tokens[i + 1].start - tokens[i].end == 1


@word_cache
def _name_bracket(content: str) -> bool:
    """Is a bracket's content a name (or name part), such as `Enlai` or `Kim Chang Man`? Not
    a sentence: a full stop after a word that is no initial or abbreviation (`[Noise.]
    Listen` was a person `#noise-listen`)."""
    words = content.split()
    if content.endswith(".") and words and not is_initials(words[-1]) and \
            words[-1] not in _ABBREVIATIONS:
        return False
    if 2 <= len(words) <= 3 and words[0] in _WORD_SURNAME_WORDS and \
            all(_korean_given(w) for w in words[1:]):
        return True   # `Seo Cheol [So Chol]`: a Korean name that `So` begins
    if _PARTICLE_END.search(content):
        words = words[:-1]   # `[Hafez al-]Assad`: the particle opens the word after it
    return 0 < len(words) <= 4 and all(_name_word(w.rstrip(",")) or w in ("Il", "Sung") or
                                       PARTICLE_WORD.fullmatch(w) for w in words) and \
        (_name_word(words[0]) or len(words) > 1 and words[0] in PARTICLE_WORDS) and \
        not content.endswith(",")


# Peoples before the title in a bracket completing a name (`[US Ambassador Malcolm] Toon`,
# `[Soviet Ambassador Anatoly] Dobrynin`).
_COMPLETION_PEOPLES = NATIONALITIES | {"US", "U.S."}


@word_cache
def completion_titles(content: str) -> int:
    """How many title words open a bracket that completes the surname after it with a title
    and given names (`[President John F.] Kennedy`, `[Admiral Carlos] Castro Madero`: 1), or
    with given names one of which no name has alone (`[Carlos Washington] Pastor`, a place's
    word: 0); -1 for another bracket. Its first word after the titles is a given name the
    lists know, the others initials or capitalized words, none a title or a body's."""
    words = content.split()
    n = 0
    while n < len(words) and words[n] in _COMPLETION_PEOPLES:
        n += 1   # `[US Ambassador Malcolm] Toon`: the people his title's
    if n and (n == len(words) or not _is_title(words[n])):
        n = 0    # no title after them: the brackets pass reads it
    while n < len(words) and _is_title(words[n]):
        n += 1
    given = words[n:]
    if n and len(given) == 1 and _chinese_surname_alone(given[0]):
        return n   # `[Chairman Mao] Zedong`: `_completion_at` asks a pinyin given name after it
    if not 1 <= len(given) <= 3 or not is_given_name(given[0]) or \
            n == 0 and _name_bracket(content):
        return -1
    for word in given[1:]:
        if not is_initials(word) and not (word.isalpha() and word[0].isupper() and
                                          not _is_title(word) and
                                          word not in _ORGANISATION_ENDS):
            return -1
    return n


def _chinese_surname_alone(word: str) -> bool:
    """Is `word` a Chinese surname that no given name of the lists is (`Mao`, `Zhou`)?"""
    return word in CHINESE_SURNAMES and not is_given_name(word)


def _completion_at(text: str, tokens: list[Token], i: int) -> bool:
    """Is bracket token i one that `completion_titles` reads, right before a name's word (a
    pinyin given name after a title and a Chinese surname: `[Premier Zhou] Enlai`)?"""
    return completion_titles(tokens[i].bracket) >= 0 and i + 1 < len(tokens) and \
        tokens[i + 1].bracket is None and _name_word(tokens[i + 1].text) and \
        text[tokens[i].end:tokens[i + 1].start] in _SPACES and \
        (not _chinese_surname_alone(tokens[i].bracket.split()[-1]) or
         _pinyin_given(tokens[i + 1].text))


@dataclass(slots=True)   # its attributes set and read faster, as Token's
class Mention:
    """A person found in a token list: where it is and how it is built."""

    start: int
    end: int
    title_end: int | None          # offset where the titles end (None when there are none)
    titles: list[Token]
    words: list[Token]             # name words and name brackets, in order
    person: Person | None = None
    reasons: dict[int, str] = field(default_factory=dict)  # bracket token start -> supplied reason
    # named by where it stands: in a list after a plural honorific (`Coms. A, B, C`), set off
    # by commas after a post (`The Soviet Ambassador, Chaplin,`), or after an envoy's post and
    # state (`the Ambassador of France Chataigneau`)
    listed: bool = False

    # Derived from the words, which never change once the mention is made: computed once,
    # since the recognizer and the markup pass ask for them many times.
    plain: list[str] = field(init=False, repr=False, compare=False)  # the words, brackets left out
    inverted: bool = field(init=False, repr=False, compare=False)    # surname first: `Gromyko, A.A.`
    # The name as written, brackets left out (`Gromyko, A.A.` read as `A.A. Gromyko`).
    spoken: str = field(init=False, repr=False, compare=False)

    # Written out, not generated: dataclass's own `__init__` (and `__post_init__` after it)
    # is interpreted Python that the compiled module cannot speed up.
    def __init__(self, start: int, end: int, title_end: int | None, titles: list[Token],
                 words: list[Token], person: Person | None = None,
                 reasons: dict[int, str] | None = None, listed: bool = False):
        self.start = start
        self.end = end
        self.title_end = title_end
        self.titles = titles
        self.words = words
        self.person = person
        self.reasons = {} if reasons is None else reasons
        self.listed = listed
        # A word marked [sic] is as printed, a possessive too (`Cde. Brezhnev's [sic]`): the
        # name is without it.
        plain = self.plain = [t.text if t.element is None else _trimmed(t.text)
                              for t in words if t.bracket is None]
        self.inverted = len(plain) == 2 and is_initials(plain[1]) and not is_initials(plain[0])
        self.spoken = " ".join(reversed(plain) if self.inverted else plain)


class Reading:
    """A text and its tokens, with what scanning them finds that does not depend on the
    register: where a mention can begin and which titles and words it would take. A text
    scanned more than once (the persons pass reads each paragraph twice) works these out once.
    """

    def __init__(self, text: str, tokens: list[Token] | None = None):
        self.text = text
        self.tokens = tokenize(text) if tokens is None else tokens
        self.starts = _starts(text, self.tokens)
        self._shapes: dict[int, tuple[list[Token], list[Token]] | None] = {}

    def shape(self, i: int) -> tuple[list[Token], list[Token]] | None:
        """The titles and name words of a mention starting at token i, or None when there
        are no name words."""
        if i not in self._shapes:
            self._shapes[i] = _shape_at(self.text, self.tokens, i)
        return self._shapes[i]


def _shape_at(text: str, tokens: list[Token], i: int, join: bool = True
              ) -> tuple[list[Token], list[Token]] | None:
    """The titles and name words of a mention starting at token i, before the register is asked;
    with `join`, a post joined by `and` before them (once: `A and B and C` stays linear)."""
    count = len(tokens)
    titles: list[Token] = []
    j = i
    first = tokens[i]
    initial: list[Token] = []   # the given name's initial an initials token held after `M.`
    if first.text.startswith(MONSIEUR) and first.bracket is None and \
            _MONSIEUR.match(text, first.start):
        # `M. Couve de Murville`: the honorific, then the name; `M. M.` is one token, the
        # honorific and the initial
        titles.append(Token(first.start, first.start + 2, MONSIEUR) if first.text != MONSIEUR
                      else first)
        if first.text != MONSIEUR:
            initial.append(Token(first.end - 2, first.end, first.text[-2:]))
        j += 1
    elif first.text in PEERAGES and first.bracket is None:
        peerage = _peerage(text, tokens, i)
        if peerage is not None:
            return [first], [peerage]   # `Earl of Home`: the title, `of` and the name
        if first.text in _PEERS_BEFORE_NAME:
            titles.append(first)   # `Viscount Montgomery`
            j += 1
    # At most four title words (`First Deputy Foreign Minister`): a run of titles with no
    # name after it would otherwise be read again from each of its words.
    while j < count and j - i < 4:
        token = tokens[j]
        if token.bracket is not None or not _is_title(token.text) or \
                j > i and text[tokens[j - 1].end:token.start] not in _SPACES:
            break
        if j == i and token.text in _TITLE_ONLY_AFTER and not _leads_title(tokens, i) and \
                not _heads_department(text, tokens, i):
            break
        if titles and _rank_as_surname(text, tokens, titles, j):
            break   # `Cde. Bishop`: the surname after the title, no rank
        if token.text == "Metropolitan" and j + 1 < count and \
                tokens[j + 1].text in _METROPOLITAN_NOUNS:
            break   # `Metropolitan Opera`: the adjective, no rank
        titles.append(token)
        j += 1
    if titles:
        titles = titles[_post_object(text, tokens, i, j):]
        if join and len(titles) == j - i and j < count and \
                text[tokens[j - 1].end:tokens[j].start] == " and " and \
                not _title_before(text, tokens, i) and \
                all(t.text not in HONORIFICS for t in tokens[i:j + 1]) and \
                not _ARTICLE_BEFORE.search(text, max(0, tokens[i].start - 8), tokens[i].start):
            # `Vice Premier and Foreign Minister Chen Yi`: two posts, one holder.
            second = _shape_at(text, tokens, j, join=False)
            if second is not None and second[0] and second[0][0] is tokens[j]:
                between = Token(tokens[j - 1].end + 1, tokens[j].start - 1, "and")
                return titles + [between] + second[0], second[1]
        if j + 1 < count and tokens[j - 1].text in _PORTFOLIO_POSTS and \
                text[tokens[j - 1].end:tokens[j].start] in _OF_GAPS and \
                (tokens[j].text in _PORTFOLIO_TITLES or _portfolio_word(tokens[j])) and \
                text[tokens[j].end:tokens[j + 1].start] in _SPACES and \
                (is_given_name(tokens[j + 1].text) or is_initials(tokens[j + 1].text) or
                 _lone_surname(text, tokens, j + 1) or _identifies(tokens[j + 1])) and \
                not _portfolio_place(tokens[j].text):
            # `Secretary of State Dean Rusk`, `Minister of Education Ivan Petrov`: the
            # portfolio is the post's, a given name or initials after it the holder's (a
            # place stays the places pass's: `Prime Minister of India Indira Gandhi`); a
            # surname alone (`Secretary of State Rusk`) only when known (`_surname_after_post`).
            titles = titles + [Token(tokens[j - 1].end + 1, tokens[j].start - 1, "of"), tokens[j]]
            j += 1
        elif j + 1 < count and tokens[j - 1].text == "Chief" and tokens[j].text == "Staff" and \
                text[tokens[j - 1].end:tokens[j].start] in _OF_GAPS and \
                text[tokens[j].end:tokens[j + 1].start] in _SPACES:
            # `Chief of Staff Y. Rabin`: the army's post, its holder after it.
            titles = titles + [Token(tokens[j - 1].end + 1, tokens[j].start - 1, "of"), tokens[j]]
            j += 1
        elif j + 2 < count and tokens[j - 1].text in _PORTFOLIO_POSTS and \
                text[tokens[j - 1].end:tokens[j].start] in _OF_GAPS:
            # `Minister of Foreign Affairs A.A. Gromyko`, `Minister of State for Foreign
            # Affairs John Smith`: a portfolio of words, then the holder's given name.
            titles, j = _post_words(titles, text, tokens, j, _portfolio_holder(text, tokens, j),
                                    "of", _PORTFOLIO_FOR, "for")
        elif j + 1 < count and tokens[j - 1].text in _DEPARTMENT_POSTS and \
                text[tokens[j - 1].end:tokens[j].start] in _OF_THE_GAPS:
            # `Director of the West European Department Huan Xiang`: the post and its
            # department, then the holder (the places pass marks the department in it).
            titles, j = _post_words(titles, text, tokens, j, _department_holder(text, tokens, j),
                                    "of the", _AND_GAPS, "and")
    # Titles followed by "of/for/to" are a post, not a name ("Minister for Seafood").
    words: list[Token] = initial
    k = j
    while k < count and len(words) < 5:
        token = tokens[k]
        if k > i:
            gap = text[tokens[k - 1].end:token.start]
            if words and gap in _NICKNAME_OPENS and _nickname_at(text, tokens, k):
                words.append(tokens[k + 1])   # the nickname is in the mention, no name word
                k += 2
                continue
            if gap in _ABBREVIATION_GAPS and len(words) == 1 and words[0] is tokens[k - 1] and \
                    token.bracket is None and token.text[:1].isupper() and \
                    given_abbreviation(words[0].text) and \
                    token.text.partition("-")[0] not in _NUMBER_WORDS:
                # `Kl. BLAKE`, `Wl. Gomułka`: the given name with its full stop, and the
                # surname (`_plausible` asks a capitals surname or a known one)
                words[0] = Token(words[0].start, words[0].end + 1, words[0].text + ".")
                words.append(token)
                k += 1
                continue
            if gap not in _SPACES and not (gap == "" and token.bracket is not None) and \
                    not (gap == "" and tokens[k - 1].bracket is not None and
                         _PARTICLE_END.search(tokens[k - 1].bracket) and words):
                particle = _PARTICLE_GAP.fullmatch(gap) if token.bracket is None and \
                    (words or titles) and _name_word(token.text) else None
                if particle is None:
                    break
                # A particle belongs to the name word after it: `H. al-Assad`, `bin Laden`.
                token = Token(token.start - len(particle.group(1)), token.end,
                              particle.group(1) + token.text)
        if token.bracket is not None:
            if words and _towns_named(words[-1], token.bracket):
                break   # `Stalin [Stalingrad]`: the towns named after him, no name of his
            if not _name_bracket(token.bracket) and \
                    (words or not _completion_at(text, tokens, k)) and \
                    not (words and "," in token.bracket and restated_post(
                        [t.text for t in words if t.bracket is None], token.bracket)) and \
                    not (words and identification_titles(
                        [t.text for t in words if t.bracket is None], token.bracket)):
                # (`[President John F.] Kennedy`: a title and given names complete it; `Kostadin
                # Gyaurov [Kostadin Gyaurov, Ambassador]`: the name again and a post; `Mujib
                # [Sheikh Mujibur Rahman]`: a title and the full name)
                break
        elif not _name_word(token.text):
            if not words and token.text in _WORD_SURNAME_WORDS and \
                    _begins_korean_name(text, tokens, k):
                words.append(token)   # `So Hwi`: the register decides (`_plausible`)
                k += 1
                continue
            if _surname_completed(text, tokens, words, k):
                words += tokens[k:k + 2]   # F. Press [Frank Press], the word and its bracket
                k += 2
                continue
            if _title_as_surname(text, tokens, words, k) or \
                    not words and titles and _rank_as_surname(text, tokens, titles, k):
                words.append(token)   # Winston Lord, John Major; Cde. Bishop
                k += 1
            break
        words.append(token)
        k += 1
    if not words:
        return None
    # Trailing words that belong to an organisation name end the run: not a person (`Kim Il
    # Sung University`, and up to four words on: `Mao Zedong Thought Propaganda Team`).
    j = k
    while j < count and j < k + 4 and tokens[j].bracket is None and \
            text[tokens[j - 1].end:tokens[j].start] == " ":
        if tokens[j].text in _ORGANISATION_ENDS or tokens[j].text in _BUILDING_ENDS:
            return None
        j += 1
    if words[-1].text in _BUILDING_ENDS and words[-1].bracket is None and \
            _building_end(words):
        return None   # `King Fahd Mosque`, `General Motors`: the building's, the company's
    if not titles and _FACILITY_AFTER.match(text, words[-1].end) and \
            _THE_BEFORE.search(text, max(0, words[0].start - 4), words[0].start):
        # `the Stalin textile combine`, `the Lenin hydroelectric station`, `the Circle
        # [Kentron Circle] facility` (its bracket the name's)
        return None
    if len(words) == 1 and words[0].bracket is None and k < count and \
            text[words[0].end:tokens[k].start] == ", " and is_initials(tokens[k].text) and \
            _LIST_GOES_ON.match(text, tokens[k].end):
        words.append(tokens[k])  # an inverted name in a list: Gromyko, A.A.;
    return titles, words


def _building_end(words: list[Token]) -> bool:
    """Does the last of a mention's words, one of `_BUILDING_ENDS`, end a building's or a
    company's name: any but a surname too, which needs a word before it that is no given name
    (`St. Sava Church`, not `Frank Church`)?"""
    if words[-1].text not in _SURNAME_BUILDING_ENDS:
        return True
    return len(words) >= 2 and words[-2].bracket is None and not is_given_name(words[-2].text)


def _peerage(text: str, tokens: list[Token], i: int) -> Token | None:
    """The name word of a peer's title at token i followed by `of` (`Earl of Home`, `EARL OF
    HOME`): the place, a name's word, the title's last; None for no such title."""
    gap = _PEERAGE_OF.match(text, tokens[i].end)
    if gap is None:
        return None
    n = i + 2 if i + 1 < len(tokens) and tokens[i + 1].text == "OF" else i + 1
    if n >= len(tokens) or tokens[n].start != gap.end() or tokens[n].bracket is not None or \
            not _name_word(tokens[n].text) or is_initials(tokens[n].text) or \
            n + 1 < len(tokens) and text[tokens[n].end:tokens[n + 1].start] in _SPACES:
        return None   # `Duke of Edinburgh Award`: more capitalized words, no peer alone
    return tokens[n]


def _given_and_initial(plain: list[str]) -> bool:
    """Is a name read surname-first a known given name and one initial (`John F.`), a given
    name and its middle initial that a surname follows (`[John F.] Kennedy School` was a
    person `#f-john`)? A surname first carries the name and patronymic: `Aliev G.A.`."""
    return len(plain[1]) == 2 and is_given_name(plain[0])


# What stands between an abbreviated given name, its full stop trimmed, and the surname.
_ABBREVIATION_GAPS = (". ", ".\u00a0")
# Number words that open a sentence (`Thirty-five`, `Twelve`): after a word that looks like an
# abbreviated given name they are the next sentence's, no surname (`the Final Act. Thirty-five
# heads of state` was the person `Act. Thirty-five`).
_NUMBER_WORDS = frozenset({
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
    "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen",
    "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Hundred"})


@lru_cache(maxsize=WORD_CACHE)
def given_abbreviation(word: str) -> bool:
    """Is `word` (its full stop trimmed) a given name abbreviated (`Kl`, `Wl`, `Chr`; see
    `_GIVEN_ABBREVIATION`)?"""
    return _GIVEN_ABBREVIATION.fullmatch(word) is not None and \
        word not in _NO_GIVEN_ABBREVIATIONS


# The gaps inside a portfolio of words: `Foreign Affairs`, `State for Foreign Affairs`.
_PORTFOLIO_GAPS = (" ", "\u00a0", " for ", "\u00a0for\u00a0")
_PORTFOLIO_FOR = (" for ", "\u00a0for\u00a0")


def _post_words(titles: list[Token], text: str, tokens: list[Token], j: int,
                holder: int | None, of: str, joints: tuple[str, ...], joint: str
                ) -> tuple[list[Token], int]:
    """`titles` with the words of a post from token j to the holder's (a portfolio, `Foreign
    Affairs`; a department, `West European Department`) after its `of` (a new list), a gap in
    `joints` between two of them the small word `joint` (`State for Foreign Affairs`, `Asian
    and African Department`), and the holder's index; as they were with no holder."""
    if holder is None:
        return titles, j
    titles = titles + [Token(tokens[j - 1].end + 1, tokens[j].start - 1, of)]
    for n in range(j, holder):
        if n > j and text[tokens[n - 1].end:tokens[n].start] in joints:
            titles.append(Token(tokens[n - 1].end + 1, tokens[n].start - 1, joint))
        titles.append(tokens[n])
    return titles, holder


def _portfolio_holder(text: str, tokens: list[Token], j: int) -> int | None:
    """The index of the token that begins the holder's name after a portfolio of two or three
    capitalized words from token j (`Foreign Affairs A.A. Gromyko`, `State for Foreign Affairs
    John Smith`): given names or initials, or a surname alone (`Foreign Affairs Gromyko`, the
    holder only when known: `_surname_after_post`), or None."""
    n = j
    while n < len(tokens) and n < j + 4:
        word = tokens[n].text
        if n > j and text[tokens[n - 1].end:tokens[n].start] not in _PORTFOLIO_GAPS:
            return None
        if n - j >= 2 and (is_given_name(word) or is_initials(word) or
                           _lone_surname(text, tokens, n) and _portfolio_words(tokens, j, n)) and \
                text[tokens[n - 1].end:tokens[n].start] in _SPACES or \
                n > j and _identifies(tokens[n]) and \
                text[tokens[n - 1].end:tokens[n].start] in _SPACES:
            # (or the translator's bracket naming the holder: `Minister of Foreign Affairs
            # [Jan Marko]`)
            return n
        if tokens[n].bracket is not None or not word[:1].isupper() or not word[1:].islower() or \
                is_given_name(word) or n == j and _portfolio_place(word):
            return None
        n += 1
    return None


# A post over a ministry's or a body's department, `of the` and the department's name before
# its holder: `Director of the West European Department Huan Xiang`, `Head of the Far Eastern
# Department M.S. Kapitsa`, `Deputy Director of the Asian Affairs Department Zhang Wenjin`.
_DEPARTMENT_POSTS = frozenset({"Director", "Head", "Chief", "Commander", "Chairman"})
DEPARTMENTS = frozenset({"Department", "Bureau", "Division", "Section", "Committee",
                         "Commission"})
# The other bodies such a post is over, an army's and a state's committee, their head noun
# last as a department's, before a holder with initials, as Soviet and Israeli records print
# him (`Chief of the General Staff M. Zakharov`, `Commander of the Air Force K. Vershinin`,
# `Chairman of the State Planning Committee N. Baibakov`); a full name after a committee
# stays outside the post (`Chairman of the State Planning Commission Li Fuchun`).
_INITIALLED_BODIES = frozenset({"Committee", "Commission", "Staff", "Force", "Forces"})
_POST_BODIES = DEPARTMENTS | _INITIALLED_BODIES
_OF_THE_GAPS = (" of the ", "\u00a0of\u00a0the\u00a0")
_AND_GAPS = (" and ", "\u00a0and\u00a0")


def _heads_department(text: str, tokens: list[Token], i: int) -> bool:
    """Is token i such a post before `of the` (`Head of the Far Eastern Department`): `Head`,
    which begins a title only so, begins a mention there."""
    return tokens[i].text in _DEPARTMENT_POSTS and i + 1 < len(tokens) and \
        text[tokens[i].end:tokens[i + 1].start] in _OF_THE_GAPS


def _department_holder(text: str, tokens: list[Token], j: int) -> int | None:
    """The index of the token that begins the holder's name after a department's name of up
    to five capitalized words from token j, `and` between two of them or a space, that ends
    in its head noun (`West European and African Affairs Department Huan Xiang`), or None:
    a name not right after it (`Department of the CC CPSU`) is no holder of this post."""
    n = j
    while n < len(tokens) and n <= j + 5:
        token = tokens[n]
        if token.bracket is not None or not token.text[:1].isupper() or \
                n > j and text[tokens[n - 1].end:token.start] not in _SPACES and \
                text[tokens[n - 1].end:token.start] not in _AND_GAPS:
            return None
        if token.text in _POST_BODIES:
            after = n + 1
            if after < len(tokens) and text[token.end:tokens[after].start] in _SPACES and \
                    tokens[after].bracket is None and _name_word(tokens[after].text) and \
                    (token.text not in _INITIALLED_BODIES or is_initials(tokens[after].text)):
                return after
            return None
        n += 1
    return None


def _portfolio_words(tokens: list[Token], j: int, n: int) -> bool:
    """Are tokens j to n (not n) a portfolio's words, none a name's or a title's but a field's
    (`Foreign Affairs`, `Foreign Trade`; not `Trade Jang` of `Minister of Trade Jang Si-u`,
    whose surname is Korean, nor `Defence Marshal` of `Minister of Defence Marshal Grechko`)?"""
    for token in tokens[j:n]:
        if token.text not in _TITLE_LEADS and not _portfolio_word(token):
            return False
    return True


def _lone_surname(text: str, tokens: list[Token], n: int) -> bool:
    """Is token n a name word alone, no name word a space after it (`Rusk` of `Secretary of
    State Rusk`; not `Health` of `Public Health Ri Byong-nam`)?"""
    if tokens[n].bracket is not None or not _name_word(tokens[n].text):
        return False
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    return after is None or text[tokens[n].end:after.start] not in _SPACES or \
        after.bracket is None and not _name_word(after.text)


def _surname_after_post(titles: list[Token], words: list[Token]) -> bool:
    """Is a mention a post, `of` and its portfolio before one word that is neither a given name
    nor initials (`Secretary of State Rusk`, `Minister of Foreign Affairs Gromyko`): a surname,
    the holder only when it is known? Not after a portfolio of words that one of
    `_PORTFOLIO_ENDS` closes (`Deputy Minister of Foreign Affairs Firyubin`): the holder,
    known or not, as after `Deputy Foreign Minister`."""
    if len(titles) < 3 or len(words) != 1:
        return False
    for n, title in enumerate(titles[1:-1], 1):   # the `of` after the post, before a
        if title.text == "of" or title.text == "of the":   # portfolio or department
            break
    else:
        return False
    if title.text == "of" and len(titles) - n > 2 and titles[-1].text in _PORTFOLIO_ENDS and \
            words[0].text not in _PORTFOLIO_ENDS:
        return False
    return words[0].bracket is None and not is_given_name(words[0].text) and \
        not is_initials(words[0].text)


# The last word of a portfolio of words that closes it (`Foreign Affairs`, `Foreign Trade`,
# `Public Security`, `National Defence`, `Foreign Economic Relations`): a capitalized word
# after it is no more of the portfolio but its holder's name.
_PORTFOLIO_ENDS = frozenset({"Affairs", "Trade", "Security", "Defense", "Defence", "Relations"})


def _title_before(text: str, tokens: list[Token], i: int) -> bool:
    """Is token i inside a run of titles, a title a space before it (`Minister` of `the Prime
    Minister`)?"""
    return i > 0 and tokens[i - 1].bracket is None and _is_title(tokens[i - 1].text) and \
        text[tokens[i - 1].end:tokens[i].start] in _SPACES


def _portfolio_place(word: str) -> bool:
    """Is a post's object after `of` a place (`Prime Minister of India`)?"""
    from .markup.places import known_place   # places.py reads names.py: imported when asked
    return known_place(word)


# A bare post, no article before it, joined by `and` to another post before a name: the name
# holds both (`Vice Premier and Foreign Minister Chen Yi`), where `the President and Secretary
# Rusk` are two, as are `President and Mrs. Kennedy` (an honorific is no post). Looked for
# in the few characters before the post: `the `, `his `.
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Ii]ts)"
                             r"[ \u00a0]+\Z")


def _nickname_at(text: str, tokens: list[Token], k: int) -> bool:
    """Is token k a nickname in quotation marks between two words of one name, the second
    just after it (`Ernesto "Che" Guevara`)? One word, itself a name's, then the name goes
    on: a name's words, not two names."""
    return k + 1 < len(tokens) and tokens[k].bracket is None and \
        tokens[k + 1].bracket is None and _name_word(tokens[k].text) and \
        _name_word(tokens[k + 1].text) and \
        text[tokens[k].end:tokens[k + 1].start] in _NICKNAME_CLOSES


def _post_object(text: str, tokens: list[Token], i: int, j: int) -> int:
    """How many of the titles `tokens[i:j]` are the object of a post or a body before them
    and `of`, not titles of the name after them: all after a post (`Secretary of the Prime
    Minister P.N. Haksar`, the prime minister's secretary), a ministry's field (`Minister of
    Defence Marshal Grechko`, `Ministry of Foreign Trade Minister Ye`) and a body's members
    (`Chairman of the Council of Ministers A.N. Kosygin`). The whole run of titles is read,
    from its first word (of four at most, as `_shape_at` reads), wherever `i` is in it."""
    first = i
    while first > max(0, i - 3) and tokens[first - 1].bracket is None and \
            _is_title(tokens[first - 1].text) and \
            text[tokens[first - 1].end:tokens[first].start] in _SPACES:
        first -= 1
    start = tokens[first].start
    # Its `of` ends at most eight characters before (`of the`, a space, a line's end), which
    # one `find` asks of most titles, with none: the search tries each of the forty positions.
    if text.find("of", max(0, start - 8), start) < 0:
        return 0
    before = _OF_BEFORE.search(text, max(0, start - 40), start)
    if before is None or before[1] not in TITLES and before[1] not in _BODY_HEADS:
        return 0
    run = [t.text for t in tokens[first:j]]
    size = 0
    while size < len(run) and run[size] in _TITLE_FIELDS:
        size += 1                             # `of Defence Marshal Grechko`: the ministry's
    while size < len(run) and _plural_title(run[size]):
        size += 1                             # `of Ministers`: the council's
    if not size and before[1] in TITLES:
        size = len(run)                       # `Secretary of the Prime Minister`: the post's
    return max(0, size - (i - first))


# A post or a body and `of (the)` just before a title: `Secretary of the Prime Minister`,
# `Council of Ministers`, `Minister of Defence`.
_OF_BEFORE = re.compile(r"(?<![\w\-])([A-Z][\w\-]*)[ \u00a0]of[ \u00a0](?:the[ \u00a0])?$")
# A ministry's field, which also begins a title (`Foreign Minister`, `Defence Minister`).
_TITLE_FIELDS = frozenset({"Foreign", "Defense", "Defence", "Trade"})
# Bodies named after their field or their members: `Ministry of Foreign Trade`, `Council of
# Ministers`.
_BODY_HEADS = _ORGANISATION_ENDS | {"Ministry", "Council", "Conference", "Office", "Embassy",
                                    "Secretariat", "Presidium", "Politburo", "Congress",
                                    "Assembly", "Union", "Cabinet"}


# An envoy's post and `of` before his state, as Soviet records name him, the state then his
# surname (`the Ambassador of the USA Smith`, `Ambassador of France Chataigneau`): read in the
# few characters before the state.
_ENVOY_OF = re.compile(r"\b(?:Ambassador|Envoy)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?\Z")


def _after_envoy(text: str, tokens: list[Token], i: int) -> bool:
    """Is token i a surname right after an envoy's post and a state the gazetteer knows
    (`_ENVOY_OF`)? The state stays a place, outside the name, as in `Prime Minister of India
    Indira Gandhi`."""
    return i > 0 and tokens[i - 1].bracket is None and tokens[i].bracket is None and \
        text[tokens[i - 1].end:tokens[i].start] in _SPACES and _name_word(tokens[i].text) and \
        _ENVOY_OF.search(text, max(0, tokens[i - 1].start - 24), tokens[i - 1].start) is not None \
        and _portfolio_place(tokens[i - 1].text)


def _envoy_surname(text: str, tokens: list[Token], i: int) -> int | None:
    """The index of an envoy's surname (`_after_envoy`) at token i or right after it, the
    state at i (a mention may begin at either), or None."""
    if _after_envoy(text, tokens, i):
        return i
    return i + 1 if i + 1 < len(tokens) and _after_envoy(text, tokens, i + 1) else None


def surnames_named(text: str) -> set[str]:
    """The keys of the surnames of the names `text` gives with a title or in a name's shape
    (`Counsellor Jerzy Knothe`, `Yu Zhan` give knothe, zhan), or in brackets after a title, a
    post's holder (`the First Secretary [Alexander Dubček]` gives dubcek), the register not
    asked: the persons a document introduces before its turns."""
    reading = Reading(text)
    found = set()
    envoys = "Ambassador" in text or "Envoy" in text
    for i in reading.starts:
        envoy = _envoy_surname(text, reading.tokens, i) if envoys else None
        if envoy is not None:
            found.add(key(reading.tokens[envoy].text))   # `Ambassador of France Chataigneau`
            continue
        shape = reading.shape(i)
        plain = [t.text for t in shape[1] if t.bracket is None] if shape else []
        if not plain and shape and shape[0]:
            plain = shape[1][0].bracket.split()   # the titles' bracket, a name's (`_name_bracket`)
        if plain and (shape[0] or _name_shape(plain)) and \
                not (shape[0] and _surname_after_post(shape[0], shape[1])):
            found.add(key(plain[-1]))
            if "-" in plain[-1]:
                found.add(key(without_particle(plain[-1])))   # `el-Shazly` is Shazly too
    return found


def without_particle(surname: str) -> str:
    """`surname` without the particle it opens with (`el-Shazly`, `al-Assad`, `d'Estaing`):
    the surname a record calls the person by alone (`Shazly added that ...`), as `find`
    reads it."""
    return _PARTICLE_PREFIX.sub("", surname)


def _surname_completed(text: str, tokens: list[Token], words: list[Token], k: int) -> bool:
    """Is word k, a word that names no one alone (`Press`, `Daily`), the surname after initials
    that the bracket after it writes out (`F. Press [Frank Press]`): the bracket ends with the
    word, and the initials begin its given names?"""
    if not words or not all(t.bracket is None and is_initials(t.text) for t in words) or \
            k + 1 >= len(tokens) or _is_title(tokens[k].text):
        return False
    bracket = tokens[k + 1].bracket
    if bracket is None or text[tokens[k].end:tokens[k + 1].start] not in _SPACES:
        return False
    given = bracket.split()
    return len(given) >= 2 and given[-1] == tokens[k].text and \
        _agree(_GIVEN_PARTS.findall(" ".join(t.text for t in words)), given[:-1])


# The endings of towns named after a person (`Stalingrad`, `Kirovabad`, `Sverdlovsk`).
_TOWN_ENDING = re.compile(r"[a-z](?:grad|abad|sk)$")


def _towns_named(word: Token, bracket: str) -> bool:
    """Is a bracket after a surname the towns named after him (`Stalin [Stalingrad]`, `Lenin
    [Leningrad, Leninakan]`, `Kirov [Kirovograd]`): each the surname and an ending, one of
    them a known place or a town's name by its ending? The brackets pass keeps it as a
    clarification; it was a name-completion (`#stalin-stalingrad`), an identification or the
    person's variants. (`Long Chau [Longzhou]` is the place's other name: `places.other_name`.)"""
    if word.bracket is not None or not bracket.startswith(word.text):
        return False   # most brackets
    towns = [town.strip() for town in bracket.split(",")]
    return all(len(town) > len(word.text) and town.startswith(word.text) and town.isalpha()
               for town in towns) and \
        any(_portfolio_place(town) or _TOWN_ENDING.search(town) for town in towns)


# Titles that are surnames after two words of a name too, not only after a known given name
# (`Martin Luther King`, `Coretta Scott King`; `King Hussein` keeps the title).
_TITLE_SURNAMES = frozenset({"King"})


def _title_as_surname(text: str, tokens: list[Token], words: list[Token], k: int) -> bool:
    """Is title word k the surname after a lone given name (`Winston Lord`, `John Major`), or
    one of `_TITLE_SURNAMES` after two name words no article opens (`Martin Luther King`; not
    `the Saudi Arabian King`): no name word follows it?"""
    if not _is_title(tokens[k].text) or tokens[k].text.endswith("."):
        return False
    if not (len(words) == 1 and is_given_name(words[0].text)) and \
            not (len(words) == 2 and tokens[k].text in _TITLE_SURNAMES and
                 words[0].bracket is None and words[1].bracket is None and
                 not _ARTICLE_BEFORE.search(text, max(0, words[0].start - 8), words[0].start)):
        return False
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return following is None or text[tokens[k].end:following.start] not in _SPACES or \
        following.bracket is None and not _name_word(following.text) and \
        not _is_title(following.text)


# Clergy ranks that are also surnames: after another title or an honorific, no name word
# after them, the surname (`Cde. Bishop`, `Prime Minister Bishop`: Maurice Bishop).
_RANK_SURNAMES = frozenset({"Bishop"})
_CLERGY_RANKS = frozenset({"Bishop", "Archbishop", "Cardinal", "Primate", "Rev.", "Reverend"})
# The honorifics before a surname alone, never a king's (`Mr. King`; `His Majesty King` is none).
_SURNAME_HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Mister", "Miss"})


def _rank_as_surname(text: str, tokens: list[Token], titles: list[Token], k: int) -> bool:
    """Is token k such a rank after the titles `titles`, none of them the clergy's
    (`Archbishop Bishop` is none), or one of `_TITLE_SURNAMES` after honorifics only (`Mr.
    King`: Mackenzie King; a king is no Mister), and no name word a space after it (`Cde.
    Bishop said`; not `Mr. Bishop Tadeusz Gocłowski`)?"""
    if tokens[k].bracket is not None:
        return False
    if tokens[k].text in _TITLE_SURNAMES:
        if not titles or not all(t.text in _SURNAME_HONORIFICS for t in titles):
            return False
    elif tokens[k].text not in _RANK_SURNAMES or any(t.text in _CLERGY_RANKS for t in titles):
        return False
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return following is None or text[tokens[k].end:following.start] not in _SPACES or \
        following.bracket is None and not _name_word(following.text) and \
        not _is_title(following.text)


class Names:
    """The persons of one document: participants, speakers and everyone mentioned."""

    def __init__(self, authority: list[Person] | tuple[Person, ...] | None = None):
        self.authority = list(builtin_authority() if authority is None else authority)
        self.persons: dict[str, Person] = {}
        self.label_counts: dict[str, int] = {}   # by key(label)
        # The labels as printed, for _ends_a_label and segment, in the order they are printed:
        # reading one may register a person, so a set's order, which changes with the hash
        # seed, could change the register.
        self.labels: dict[str, None] = {}
        self.dialogue = False   # the body is speech turns (three labels of known persons)
        # The participants' posts, as the participant lines give them (segment reads them):
        # (name, post), the name without its titles (`Jawaharlal Nehru`, `Prime Minister`).
        self.posts: tuple[tuple[str, str], ...] = ()
        # The keys of the surnames the participant lines list (segment reads them): `Nyers`
        # of `Present: Comrades Fock, Nyers` makes `NYERS REZSŐ:` a name surname first.
        self.participants: frozenset[str] = frozenset()
        # The keys of the names the lines naming the chair give (`Chairman: Walter Ulbricht`,
        # `Chaired by Comrade L.I. Brezhnev`): the register's role `chair` (persons.py).
        self.chairs: frozenset[str] = frozenset()
        # The titles the participant lines list alone after `The` (`PARTICIPANTS: The
        # President`), and the ids of the persons they name: the record's own holder of such
        # a title is none of those (persons.py).
        self.posts_alone: set[str] = set()
        self.named_in_lines: set[str] = set()
        # A telephone transcript's labels of initials (`D:`, `K:`, `HAK:`) and the name of
        # whom each stands for, or None (segment's `_initials_speakers`).
        self.initials: dict[str, str | None] = {}
        # The words of a label or name a cut-off page ends in (`Premier Zho`): no one's name
        # (segment's `_cut_name`).
        self.cut_off: str | None = None
        self._label_ends: tuple[int, set[str]] = (0, set())
        self.places: dict = {}      # id -> markup.places.Entity, filled by mark_places
        self.orgs: dict = {}        # id -> markup.places.Entity
        self.document_date: str | None = None   # ISO date of the document, for relative dates
        # The document is talk, years later, of past events (`markup.dates.looks_back`): a
        # day without its year is not put in the years around its date.
        self.looks_back = False
        # The xml:lang codes of the languages the original was written in (`zh`): `¥` is the
        # yuan's in a document translated from Chinese (`markup.quantities`).
        self.languages: frozenset[str] = frozenset()
        self._by_key: dict[str, Person] = {}
        self.hints: list[str] = []  # full names in the title and summary, for short forms
        # The keys of the full names the participant lines list (`Sergo Mikoyan`): a surname
        # alone is the one listed person of that surname before the authority's namesake.
        self.listed: set[str] = set()
        # The short forms the text defines, by key, and whose they are (`Kim Il Sung
        # [henceforth Kim]`): that person from then on, a bare surname though it is. The
        # persons pass sets them, in the order of the text as it marks (persons.py).
        self.defined: dict[str, Person] = {}
        # The posts the title and summary give a name (`President Kennedy`, `Secretary of
        # State Rusk`), as (name, post): who `The President:` is when no participant is.
        self.catalogue_posts: list[tuple[str, str]] = []
        self.catalogue_text = ""   # the title and summary, for the words they name (`_holder`)
        # The keys of the surnames alone the title and summary join to a person's name
        # (`between Brezhnev and Dubček`): a label of one of them is a speaker's.
        self.interlocutors: set[str] = set()
        self._by_surname: dict[str, list[Person]] = {}
        self._by_given: dict[str, list[Person]] = {}   # the document's persons by given name
        # and by the first of two surnames (`first_surname`): `Risquet` for Jorge Risquet Valdés
        self._by_first_surname: dict[str, list[Person]] = {}
        # The authority's persons by surname and by the key of each name form, and the keys
        # of its names by id (an id is free for a name only if the authority gives it to no
        # other name): read, never changed, so the built-in authority's are made once.
        self._authority_by_surname, self._authority_id_keys, self._authority_by_key = \
            _builtin_indexes() if authority is None else _authority_indexes(self.authority)
        self._builtin = authority is None
        self._authority_romanized: dict[str, list[Person]] | None = None   # read when asked
        self._authority_addresses: dict[str, list[Person]] | None = None   # read when asked
        self._authority_given: dict[str, list[Person]] | None = None   # read when asked
        # read when asked (`known_names`), with how many of the persons it holds
        self._known_names: tuple[_KnownNames, int, int] | None = None
        # The surnames that titled mentions of the text being scanned have named so far
        # (`Ambassador Smirnov`): the register learns them only once the text is scanned.
        self._titled_here: set[str] | frozenset[str] = _NONE_TITLED

    # -- building the register -------------------------------------------------------------

    def add(self, name: str, *, variant: str | None = None, title: str | None = None,
            lang: str | None = None, acting: bool = False) -> Person:
        """Return the person called `name`, adding them (from the authority if known). A
        Japanese or Hungarian name printed surname first is the person of the name given name
        first (`Names.given_name_first`). When `name` is known to neither the document nor the
        authority but its `variant` is (`Pak Jeong-hui [Park Chung Hee]`), it is that person's,
        and `name` a variant of theirs. `acting` as `resolve`'s."""
        ordered = self.given_name_first(name)
        if ordered != name:
            person = self.add(ordered, variant=variant, title=title, lang=lang, acting=acting)
            self.add_variant(person, name)   # `Ikeda Hayato` for Hayato Ikeda
            return person
        person = self.find_exact(name)
        if person is not None and not self._may_act(person, name, acting):
            person = None   # `KENNEDY` in 1981 beside the John F. Kennedy the document named
        if person is None and variant and " " in name and respelt_word(name.split()[-1], variant):
            # `A.I. Luk'ianov [Lukyanov]` after `A.I. Lukyanov`: the surname respelt, he
            person = self.find_exact(name.rpartition(" ")[0] + " " + variant)
            if person is not None:
                self.add_variant(person, name)
        if person is None and variant and key(name) not in self._authority_by_key and (
                self.find_exact(variant) is not None or
                key(variant) in self._authority_by_key):
            person = self.add(variant, title=title, acting=acting)
            self.add_variant(person, name)
            return person
        if person is None:
            person = self._by_initials(name, self._by_surname)
            if person is not None:
                person.add_variant(name)   # `A. Gromyko` for the Andrei Gromyko named before
                self._index_form(person, name)
        if person is None and _initialled(name):
            hinted = self._hinted_initials(name)
            if hinted is not None:   # `I. Hatoyama` of `... Prime Minister Hatoyama Ichiro`
                person = self.add(hinted)
                self.add_variant(person, name)
        if person is None:
            person = self._initialled_before(name) or self._surnames_before(name) or \
                self._without_second_surname(name)
            if person is not None:
                self._complete(person, name)   # `Stanisław Kiryluk` after `S. Kiryluk`
        if person is None:
            person = self._with_second_surname(name)
            if person is not None:   # `Aníbal Escalante` after `Aníbal Escalante Dellundé`
                self.add_variant(person, name)
        if person is None and (name.count(" ") >= 2 or name[:1].islower() and
                               name.split(maxsplit=1)[0] in PARTICLE_WORDS):
            # `COUVE DE MURVILLE` after `M. Couve de Murville`; a surname and its particle,
            # `Comrade dos Santos` after `Marcelino dos Santos`
            person = self._by_two_surnames(name.split())
            if person is not None:
                self.add_variant(person, name)
        if person is None:
            known = self._authority_by_key.get(key(name)) or \
                self._by_initials(name, self._authority_by_surname) or \
                self._initialled_known(name)
            if known is not None and not self._may_act(known, name, acting):
                known = None   # a surname alone acting, in a year he was dead or a child
            person = self._by_patronymic(name) if known is None else None
            if person is not None:
                self.add_variant(person, name)   # `Konstantin Mikhailovich` for K.M. Simonov
            elif known is None:
                known = self._by_address(name)   # `Alexei Nikolaevich`: Aleksei Nikolaevich
                person = self.persons.get(known.id) if known is not None else None
                if person is not None:
                    self.add_variant(person, name)
        if person is None and known is None:
            short = _without_patronymic(name)
            if short is None:
                # the authority's only: `John Paul Smith` is not the document's John Smith
                short = _without_middle_name(name)
                if short is not None and key(short) not in self._authority_by_key:
                    short = None
            if short is not None and self._knows(short):
                person = self.add(short)   # `Alexei Nikolayevich Kosygin`: Alexei Kosygin
                self.add_variant(person, name)
        if person is None:
            if known is not None:
                person = Person(id=known.id, name=known.name, lang=known.lang,
                                variants=list(known.variants),
                                occupation=occupation_at(known, self.document_date),
                                from_authority=True, variant_langs=known.variant_langs,
                                lived=known.lived)
                if key(name) != key(known.name):
                    person.add_variant(name)
            else:
                person = Person(id=self._free_id(name), name=name,
                                lang=lang or romanization(name))
            self.persons[person.id] = person
            self._index(person)
        if variant:
            self.add_variant(person, variant)
        if title and title not in person.titles:
            person.titles.append(title)
        return person

    def given_name_first(self, name: str) -> str:
        """`name` given name first, as the register writes names: a Japanese name printed
        surname first (`given_name_first`), or a Hungarian one (`Kádár János`, `NYERS REZSŐ`
        cased): two words, the second a Hungarian given name, the first a surname the document
        or the authority knows or the participant lines list (`Fock Jenő`), or no given name
        and the name written with its accents (`Komócsin Zoltán`). Any other name as it is."""
        ordered = given_name_first(name)
        words = (name.title() if name.isupper() else name).split()   # a label in capitals
        if ordered != name or len(words) != 2 or not words[1][1:].islower():
            return ordered
        first, given = words
        if (given if given.isascii() else ascii_fold(given)) not in HUNGARIAN_GIVEN_NAMES or \
                not first[1:].islower() or not _name_word(first) or first in NOT_NAME or \
                _is_title(first) or self.knows_surname(given) or key(given) in self.participants:
            return name
        if self.knows_surname(first) or key(first) in self.participants or \
                not name.isascii() and not is_given_name(first) and \
                ascii_fold(first) not in HUNGARIAN_GIVEN_NAMES:
            return f"{given} {first}"   # `Kádár János`, `KÁDÁR JÁNOS`: János Kádár
        return name

    @staticmethod
    def _by_initials(name: str, by_surname: dict[str, list[Person]]) -> Person | None:
        """The one person with `name`'s surname whose given names agree with its initials:
        `A. Gromyko`, `L.I. Brezhnev`, `Henry A. Kissinger` are Andrei Gromyko, Leonid Brezhnev,
        Henry Kissinger; or, for a name without initials, whose given names are its own in
        another romanization (`Anatoliy Dobrynin` is Anatoly Dobrynin). Surname last.
        Initials are asked of the person's other forms with that surname too: `I. Stalin`
        and `Iu. ANDROPOV` begin no Joseph or Yuri, but the I.V. Stalin and Iu.V. Andropov
        they also are. A Spanish name's two surnames after initials (`F. Castro Ruz`, `R. Castro
        Ruz`) are asked of the first, the father's, when no one has the two."""
        words = name.split()
        if len(words) < 2:
            return None
        initialled = any(is_initials(w) for w in words[:-1])
        agree = _agree if initialled else _respelt_given
        if agree is _respelt_given and romanization(name):
            return None   # an East Asian name: surname first, and no such endings
        given = _GIVEN_PARTS.findall(" ".join(words[:-1]))
        surname = key(words[-1])
        matches = [person for person in by_surname.get(surname, ())
                   if any(agree(given, _GIVEN_PARTS.findall(" ".join(form.split()[:-1])))
                          for form in (person.name, *(person.variants if initialled else ()))
                          if key(form.split()[-1]) == surname and
                          not _tail_of_name(person, form))]
        if not matches and initialled and len(words) >= 3 and not is_initials(words[-2]):
            return Names._by_initials(" ".join(words[:-1]), by_surname)   # F. Castro [Ruz]
        return matches[0] if len(matches) == 1 else None

    def _hinted_initials(self, name: str) -> str | None:
        """The one name of the catalogue's title or summary with the surname of `name`,
        initials and a surname, whose given names its initials begin (`I. Hatoyama` of a
        `Conversation between N.S. Khrushchev and Prime Minister Hatoyama Ichiro`, which
        `hint` keeps as Ichiro Hatoyama), or more initials (`I. SHCHERBAKOV`, a signature, of
        the title's `I.S. Shcherbakov`). Surname last, as `_by_initials` reads names; a
        Spanish name's first surname, the father's, is asked too (`T. Borge` of `Tomás Borge
        Martínez`, `D. Ortega` of `Daniel Ortega Saavedra`), as the record shortens it."""
        words = name.split()
        given = _GIVEN_PARTS.findall(" ".join(words[:-1]))
        found = {hint for hint in self.hints for cut in (1, 2)
                 if len(hint.split()) >= cut + 1 and
                 key(hint.split()[-cut]) == key(words[-1]) and not romanization(hint) and
                 _agree(given, _GIVEN_PARTS.findall(" ".join(hint.split()[:-cut]))) and
                 (not _initialled(hint) or
                  len(_GIVEN_PARTS.findall(" ".join(hint.split()[:-cut]))) > len(given))}
        return found.pop() if len(found) == 1 else None

    def knows_initialled(self, name: str) -> bool:
        """Is `name`, initials and a surname, one person of the document or the authority
        whose given names its initials begin (`A. Gromyko`; not `I. Khrushchev`)?"""
        return self._by_initials(name, self._by_surname) is not None or \
            self._by_initials(name, self._authority_by_surname) is not None

    def knows_surname(self, word: str) -> bool:
        """Has a person of the document or the authority the surname `word` (`Gromyko`)?"""
        return key(word) in self._by_surname or key(word) in self._authority_by_surname

    def _initialled_before(self, name: str) -> Person | None:
        """The one person of the document known only by initials and a surname whose
        initials begin the given names of `name` (`S. Kiryluk` for `Stanisław Kiryluk`): the
        reverse of `_by_initials`, for a document that names him in full later. Surname
        last: an East Asian name is not written with initials."""
        words = name.split()
        if len(words) < 2 or any(is_initials(w) for w in words) or romanization(name):
            return None
        given = _GIVEN_PARTS.findall(" ".join(words[:-1]))
        matches = [person for person in self._by_surname.get(key(words[-1]), ())
                   if not person.from_authority and _initialled(person.name) and
                   key(person.name.split()[-1]) == key(words[-1]) and
                   _agree(_GIVEN_PARTS.findall(" ".join(person.name.split()[:-1])), given)]
        return matches[0] if len(matches) == 1 else None

    def _initialled_known(self, name: str) -> Person | None:
        """The one person of the authority known only by initials and the surname of `name`,
        whose initials begin its given names: a register's entry from documents that printed
        no more (`I.V. Arkhipov`), which a later document's `Ivan Arkhipov` is, as
        `_initialled_before` finds him within a document. The built-in authority has none."""
        words = name.split()
        if len(words) < 2 or any(is_initials(w) for w in words) or romanization(name):
            return None
        given = _GIVEN_PARTS.findall(" ".join(words[:-1]))
        matches = [person for person in self._authority_by_surname.get(key(words[-1]), ())
                   if all(_initialled(form) for form in (person.name, *person.variants)) and
                   key(person.name.split()[-1]) == key(words[-1]) and
                   _agree(_GIVEN_PARTS.findall(" ".join(person.name.split()[:-1])), given)]
        return matches[0] if len(matches) == 1 else None

    def _surnames_before(self, name: str) -> Person | None:
        """The one person of the document known only by the last two words of `name`, a
        given name and more (`Castro Madero`, a label read before the participant line's
        `Carlos Castro Madero`): a Spanish name's two surnames; or two words and the particle
        between them (`Couve de Murville` before `Maurice Couve de Murville`, or before `M.
        Couve de Murville`: initials before them)."""
        words = name.split()
        if len(words) < 3 or romanization(name):
            return None
        cut = 2 + sum(1 for word in words[-3:-1] if word in PARTICLE_WORDS)   # `van der`
        if any(is_initials(w) for w in words[-cut:]):
            return None
        tail = " ".join(words[-cut:]) if len(words) > cut else " ".join(words[-2:])
        person = self._by_key.get(key(tail))
        return person if person is not None and not person.from_authority and \
            key(person.name) == key(tail) else None

    def _without_second_surname(self, name: str) -> Person | None:
        """The one person of the document known only by `name` without its second surname
        (`Aníbal Escalante` before `Aníbal Escalante Dellundé`): a Spanish name as a record
        shortens it, the given name and the father's surname (`first_surname`). Not when the
        authority knows the fuller name: its person is another than the document's."""
        first = first_surname(name)
        if first is None or any(is_initials(w) for w in name.split()) or \
                key(name) in self._authority_by_key:
            return None
        short = name[:name.rindex(f" {first} ") + len(first) + 1]
        person = self._by_key.get(key(short))
        return person if person is not None and not person.from_authority and \
            key(person.name) == key(short) else None

    def _with_second_surname(self, name: str) -> Person | None:
        """The one person of the document whose name is `name` and a second surname
        (`Aníbal Escalante` of the Aníbal Escalante Dellundé named before, as `Fidel Castro`
        is Fidel Castro Ruz): the reverse of `_without_second_surname`. Not when two are
        (Aníbal Escalante Pérez too), nor when the authority knows `name`: its person."""
        words = name.split()
        if len(words) < 2 or any(is_initials(w) for w in words) or romanization(name) or \
                key(name) in self._authority_by_key:
            return None
        wanted = [key(w) for w in words]
        found = [p for p in self._by_first_surname.get(wanted[-1], ())
                 if not p.from_authority and key(first_surname(p.name) or "") == wanted[-1] and
                 [key(w) for w in p.name.split()[:len(words)]] == wanted]
        return found[0] if len(found) == 1 else None

    def _complete(self, person: Person, name: str) -> None:
        """Give a person known by initials the full name the document now gives: the name
        and id it would have had, were it named in full first, while nothing points at the
        person yet (no persName made, no turn's speaker); else the full name as a variant."""
        if person.mentions or person.present:
            self.add_variant(person, name)
            return
        del self.persons[person.id]
        initialled, person.name = person.name, name
        if name in person.variants:
            person.variants.remove(name)
        person.add_variant(initialled)
        person.id = self._free_id(name)
        self.persons[person.id] = person
        self._index(person)

    def _knows(self, name: str) -> bool:
        """Is `name` a person of the document or the authority, as written or by initials
        (`A. Kosygin`)?"""
        return self.find_exact(name) is not None or key(name) in self._authority_by_key or \
            self._by_initials(name, self._by_surname) is not None or \
            self._by_initials(name, self._authority_by_surname) is not None

    def _by_patronymic(self, name: str) -> Person | None:
        """The one person of the document whose two initials begin a given name and a
        patronymic (`Konstantin Mikhailovich` is the K.M. Simonov named before): a Soviet
        record addresses a colleague so, without his surname."""
        words = name.split()
        if len(words) != 2 or not _PATRONYMIC.fullmatch(words[1]) or is_given_name(words[1]):
            return None   # (`Karl Heinrich`: a given name, no patronymic)
        found = [person for person in self.persons.values()
                 if any(_two_initials(form, words) for form in (person.name, *person.variants))]
        return found[0] if len(found) == 1 else None

    def _by_address(self, name: str) -> Person | None:
        """The one person of the authority whom a given name and a patronymic address in
        another romanization of Russian (`Alexei Nikolaevich` is the Aleksei Nikolaevich and
        Alexei Nikolayevich of Alexei Kosygin)."""
        address = address_key(name)
        if address is None:
            return None
        if self._authority_addresses is None:
            self._authority_addresses = _builtin_addresses() if self._builtin else \
                _addresses(self.authority)
        found = self._authority_addresses.get(address, ())
        return found[0] if len(found) == 1 else None

    def by_given_name(self, word: str) -> Person | None:
        """The one person whom a given name alone after `Comrade` means (`Comrade Fidel`,
        `Comrade Raúl`, as Cuban and Nicaraguan comrades call the Castros): the document's one
        person of that given name, else, when the document has none, the authority's one."""
        found = self._by_given.get(key(word), ())
        if not found:
            if self._authority_given is None:
                self._authority_given = _builtin_given_names() if self._builtin else \
                    _given_names(self.authority)
            found = self._authority_given.get(key(word), ())
            if len(found) == 1:
                return self.add(found[0].name)
        return found[0] if len(found) == 1 else None

    def _free_id(self, name: str) -> str:
        """The slug of `name`, with -2, -3... when another person (here or in the authority)
        already has it, or the header or a note does (`converter`, `note-1`)."""
        name_key = key(name)
        base = candidate = slug(name)
        n = 1
        while candidate in self.persons or candidate in HEADER_IDS or \
                _NOTE_ID.fullmatch(candidate) or \
                any(k != name_key for k in self._authority_id_keys.get(candidate, ())):
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def forget(self, ids: set[str]) -> None:
        """Take the persons with these ids out of the register, and their names out of the
        indexes: persons read on the way that no mention came to mean."""
        if not ids:
            return
        for ident in ids:
            del self.persons[ident]
        for form, person in list(self._by_key.items()):
            if person.id in ids:
                del self._by_key[form]
        for index in (self._by_surname, self._by_given, self._by_first_surname):
            for form, entries in list(index.items()):
                entries[:] = [p for p in entries if p.id not in ids]
                if not entries:
                    del index[form]

    def add_variant(self, person: Person, variant: str) -> None:
        """Record another form of a person's name, findable from now on."""
        person.add_variant(variant)
        self._index_form(person, variant)

    def _index(self, person: Person) -> None:
        if _called_by_given_name(person):
            self._by_key.setdefault(key(person.name), person)   # no surname: `King Hussein`
        else:
            self._index_form(person, person.name, surname=person.surname)
        for form in person.variants:
            self._index_form(person, form)

    def _index_form(self, person: Person, form: str, surname: str | None = None) -> None:
        """Index a name form whole, and as a short form (its surname, or itself if one word):
        a variant's own surname too, so that `Premier Chou:` finds Zhou Enlai when the
        document wrote `Chou En-lai`. A name with a regnal number is whole without it too
        (`Alexy` of `Patriarch Alexy [II]`, `John Paul` of `Pope John Paul II`)."""
        self._by_key.setdefault(key(form), person)
        regnal = _without_regnal_number(form)
        if regnal is not None:
            self._by_key.setdefault(key(regnal), person)
        if surname is None:
            if _another_name(person, form):
                return
            surname = surname_of(form, person.lang) if " " in form.strip() else form
        # A surname with its particle is found without it too: `Assad` for H. al-Assad.
        for short in {key(surname), key(_PARTICLE_PREFIX.sub("", surname))}:
            entries = self._by_surname.setdefault(short, [])
            if person not in entries:
                entries.append(person)
        given = _given_name(form, surname) or _arabic_given(form) if form == person.name else None
        if given is not None:
            entries = self._by_given.setdefault(key(given), [])
            if person not in entries:
                entries.append(person)
        first = first_surname(form) if form.count(" ") >= 2 else None
        if first is not None:
            entries = self._by_first_surname.setdefault(key(first), [])
            if person not in entries:
                entries.append(person)

    def hint(self, *texts: str) -> None:
        """Remember the full names that the catalogue title and summary use (`Premier Zhou
        Enlai's Second Meeting with Nehru`, `Conversation between Zhou Enlai and Edgar Faure`),
        so that a body that says only `Zhou:`, `Faure:` finds them; the posts they give a name
        (`President Kennedy`), for `The President:`; and the surnames alone they join to a
        person's (`between Brezhnev and Dubček`), for a label of one of them."""
        self.catalogue_text = "\n".join(text or "" for text in texts)
        for text in texts:
            text = text or ""
            for mention in self.scan(text):
                spoken = mention.spoken
                if spoken.endswith(_TITLE_QUOTE_CLOSES) and \
                        _TITLE_QUOTE_OPENS.search(text, 0, mention.start) is not None:
                    spoken = spoken[:-1]   # `'On the Activity of A.D. Sakharov'`: its quote
                titles = [t.text for t in mention.titles if t.text not in HONORIFICS]
                if titles and spoken:
                    self.catalogue_posts.append((spoken, full_title(" ".join(titles))))
                spoken = given_name_first(spoken)   # `Hatoyama Ichiro`: Ichiro Hatoyama
                if len(spoken.split()) >= 2 and spoken not in self.hints:
                    self.hints.append(spoken)
            for name, partner in _joined_names(text):
                if " " not in name:
                    if self._interlocutor(name, partner):
                        self.interlocutors.add(key(name))
                elif given_name_first(name) not in self.hints:
                    self.hints.append(given_name_first(name))
            self.catalogue_posts.extend(_posts_of_names(text))

    def _interlocutor(self, word: str, partner: str | None) -> bool:
        """Is `word`, joined by `and` to `partner` in the catalogue (`between Brezhnev and
        Dubček`), a person's surname: the partner a person the authority or a name's shape
        tells, the word no place's and no surname the authority or East Asian usage knows
        (those are found without the catalogue)?"""
        if partner is None or word in CHINESE_SURNAMES or word in KOREAN_SURNAMES or \
                word in VIETNAMESE_SURNAMES or key(word) in self._authority_by_surname:
            return False
        words = partner.split()
        return key(partner) in self._authority_by_key or _name_shape(words) or \
            len(words) == 1 and key(partner) in self._authority_by_surname

    def hint_catalogue(self, entries: str) -> None:
        """Names from the page's list of associated people (`Kim, Il-sung, 1912-1994`): the
        catalogue's own form, surname first, turned into the running order for `hints`."""
        for entry in entries.splitlines():
            parts = [p.strip() for p in entry.split(",") if p.strip()]
            parts = [p for p in parts if not re.fullmatch(r"[\d\s?-]+", p)]
            if len(parts) != 2 or not all(_name_word(w) for p in parts for w in p.split()):
                continue
            surname, given = parts
            east = romanization(f"{surname} {given}") is not None
            full = f"{surname} {given}" if east else f"{given} {surname}"
            if full not in self.hints:
                self.hints.append(full)

    def find_exact(self, name: str) -> Person | None:
        return self._by_key.get(key(name))

    # -- questions -------------------------------------------------------------------------

    def resolve(self, spoken: str, titles: Sequence[str] = (), acting: bool = False, *,
                in_order: bool = False) -> Person | None:
        """Which person does a mention mean? Full names first, then short forms. `acting`
        when the name is of one acting in the record (a speaker's label, a participant, a
        signer, `Mr. KENNEDY`): a surname alone is then no one dead at the document's date
        (`_may_act`); `in_order` when the mention is read where it stands, after the ones
        before it (`_named_before`)."""
        if self.listed and not titles and " " not in spoken:
            listed = self._listed_by_surname(spoken)
            if listed is not None:
                return listed
        exact = self.find_exact(spoken) or self.defined.get(key(spoken))
        if exact is not None and self._may_act(exact, spoken, acting):
            return exact
        known = self._authority_by_key.get(key(spoken))
        if known is not None and not self._may_act(known, spoken, acting):
            known = None   # `Mr. KENNEDY` in 1981: not the John F. Kennedy dead since 1963
        if known is not None:
            namesake = self._hinted_namesake(spoken, known, titles) if self.hints else None
            return self.add(namesake or known.name)
        words = spoken.split()
        if not words:
            return None
        # A short form: a surname (maybe after initials, or a given name abbreviated: `Wl.
        # Gomułka`) among this document's persons.
        surname = words[-1] if len(words) > 1 and all(
            is_initials(w) or w[-1] == "." and given_abbreviation(w[:-1]) for w in words[:-1]) \
            else (words[0] if len(words) == 1 else None)
        if surname is None:
            return self._by_two_surnames(words)
        # Initials say whom a surname is not: `R. Castro` is not the Fidel Castro named before.
        initials = _GIVEN_PARTS.findall(" ".join(words[:-1])) if len(words) > 1 else []
        candidates = [p for p in self._by_surname.get(key(surname), ())
                      if _initials_fit(p, initials) and self._may_act(p, spoken, acting)]
        if in_order and candidates and len(words) == 1 and surname in COMMON_SURNAMES:
            candidates = self._named_before(candidates, titles)
        if len(candidates) > 1 and titles:
            # The whole title first: `Vice Premier Kim` is not Premier Kim (nor is
            # `Vice-Premier Kim`).
            whole = " ".join(titles)
            titled = [p for p in candidates if any(same_title(whole, t) for t in p.titles)] or \
                self._holding(candidates, whole) or \
                [p for p in candidates if any(t in p.titles for t in titles)]
            candidates = titled or candidates
        if len(candidates) > 1:
            present = [p for p in candidates if p.present]
            candidates = present if len(present) == 1 else candidates
        if len(candidates) > 1 and self.hints:
            # The one the catalogue names: `Snow:` in a conversation with Edgar Snow is he,
            # not Lois Wheeler Snow, listed as present too.
            hinted = {key(h) for h in self.hints}
            named = [p for p in candidates
                     if any(key(form) in hinted for form in (p.name, *p.variants))]
            candidates = named if len(named) == 1 else candidates
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            hinted = [h for h in self.hints if key(surname_of(h)) == key(surname)]
            if len(hinted) == 1:
                return self.add(hinted[0])
            # Nobody in the document: the authority's one person of that surname. A title
            # does not choose among several (`Chairman Li` is not Li Fuchun because the
            # authority's Li Fuchun chaired a commission): the document did not say which.
            # One word that is the given name of one person of the document, as colleagues
            # and Chinese usage address him (`Comrade Enver` for Enver Hoxha, `Comrade
            # Xiannian` for Li Xiannian).
            given = self._by_given.get(key(surname), ()) if len(words) == 1 else ()
            if len(given) == 1:
                return given[0]
            # The first of the two surnames of one person of the document, no one's last
            # (`Risquet:` is the Jorge Risquet Valdés present, `Rosales` signs for Ulises
            # Rosales del Toro), before the authority's persons of that surname.
            first = [p for p in self._by_first_surname.get(key(surname), ())
                     if _initials_fit(p, initials)]
            if len(first) == 1:
                return first[0]
            hinted = self._hinted_by_given(surname) if len(words) == 1 and self.hints else None
            if hinted is not None:
                person = self.add(hinted)
                # the word he is called by, alone too: `Soekardjo said` after `Ambassador
                # Soekardjo` of the title's Soekardjo Wiriopranoto
                self.add_variant(person, surname)
                return person
            known = [p for p in self._authority_by_surname.get(key(surname), ())
                     if _initials_fit(p, initials) and self._may_act(p, spoken, acting)]
            if not known and titles:
                # No one's surname, but the one person's in another romanization: `Premier
                # Chou` is the Zhou Enlai the authority also writes `Chou En-lai`.
                known = self._romanized_surnames().get(key(surname), ())
            if len(known) == 1 and (titles or len(words) > 1):
                return self.add(known[0].name)
            if len(words) == 1 and surname in GIVEN_NAMES_ALONE:
                return self.by_given_name(surname)   # `the greetings of Fidel`: Fidel Castro
        return None

    def _may_act(self, person: Person, name: str, acting: bool) -> bool:
        """May `person` be the one `name` names? Whatever the date for a mention (`under
        Ulbricht`, `President Kennedy`, `Ulbricht` after `Walter Ulbricht` in 1986: the records
        name the dead all the time) and for a full name; a surname alone of one acting in the
        record only in his life (`lived_at`): `Mr. KENNEDY` speaking in 1981 is no John F.
        Kennedy."""
        return not acting or len(name.split()) > 1 or lived_at(person, self.document_date)

    def _named_before(self, candidates: list[Person], titles: Sequence[str]) -> list[Person]:
        """The persons a common surname alone may mean where it stands (`Comrade Kim`): those
        the document named before it (marked, listed, a speaker, or in the catalogue's title
        or summary), not one it names only later (`Comrade Kim, the deputy head ...` before
        `Kim Il Sung`); all of them when a title the document or the date gave one of them
        names him (`Premier Kim` before `Kim Il Sung`)."""
        whole = " ".join(titles)
        if whole and any(any(same_title(whole, t) for t in p.titles) or
                         p.occupation and post_begins_with(p.occupation, whole)
                         for p in candidates):
            return candidates
        hinted = {key(h) for h in self.hints}
        return [p for p in candidates if p.mentions or p.present or
                any(key(form) in hinted for form in (p.name, *p.variants))]

    def _holding(self, candidates: list[Person], title: str) -> list[Person]:
        """The candidates whose post a participant line gives after the name as `title`,
        maybe after an ordinal (`Kim Il, First Vice Premier` for `Vice Premier Kim`; `Premier`
        is no Vice Premier's): the label's title says which of several namesakes speaks."""
        if not self.posts:
            return []
        held = {key(name) for name, post in self.posts
                if post_begins_with(_ORDINAL_POST.sub("", post), title)}
        return [p for p in candidates if key(p.name) in held]

    def _hinted_by_given(self, word: str) -> str | None:
        """The one full name of the catalogue's title or summary whose first word, no
        surname, is `word`, as a Thai record calls the Prime Minister by his given name
        alone (`Prime Minister Kriangsak` of Kriangsak Chomanan; it was a person of his own,
        `#kriangsak`); None when another of its names holds that word too."""
        word_key = key(word)
        found = [hint for hint in self.hints if word_key in map(key, hint.split())]
        if len(found) != 1 or len(found[0].split()) < 2 or \
                key(found[0].split()[0]) != word_key or key(surname_of(found[0])) == word_key:
            return None
        return found[0]

    def _hinted_namesake(self, word: str, known: Person, titles: Sequence[str]) -> str | None:
        """The one name of the catalogue's title or summary of surname `word` written with
        initials that begin none of the given names of the authority's `known` of that
        surname (`R.K. Nehru`): the document's own namesake, whom the surname alone means, or
        with the catalogue's title of him (`NEHRU` signing a cable from R.K. Nehru was
        Jawaharlal Nehru). A given name is no such sign: `Sukarno` in a talk with Hartini
        Sukarno is her husband."""
        if " " in word:
            return None
        found = [hint for hint in self.hints if key(surname_of(hint)) == key(word)]
        if len(found) != 1 or not _initialled(found[0]) or \
                _initials_fit(known, _GIVEN_PARTS.findall(" ".join(found[0].split()[:-1]))):
            return None
        if titles and (found[0], full_title(" ".join(titles))) not in self.catalogue_posts:
            return None   # `Prime Minister Nehru` is not the title's Ambassador R.K. Nehru
        return found[0]

    def _listed_by_surname(self, word: str) -> Person | None:
        """The one person of the document of surname `word` whom the participant lines list
        by a full name (`Participants: ..., Sergo Mikoyan` makes `MIKOYAN:` Sergo Mikoyan, not
        the authority's Anastas Mikoyan, whose variant `Mikoyan` is), unless the catalogue's
        title or summary names another of that surname (`Snow:` in a conversation with Edgar
        Snow is he, though Lois Wheeler Snow is listed)."""
        found = []
        for person in self._by_surname.get(key(word), ()):
            for form in (person.name, *person.variants):
                if key(form) in self.listed:
                    found.append(person)
                    break
        if len(found) != 1:
            return None
        forms = {key(form) for form in (found[0].name, *found[0].variants)}
        for hint in self.hints:
            if key(surname_of(hint)) == key(word) and key(hint) not in forms:
                return None
        return found[0]

    def _by_two_surnames(self, words: list[str]) -> Person | None:
        """The one person of the document whose name, of a given name and more, ends in the
        two words (`Castro Madero:` is the Carlos Castro Madero present): a Spanish name's
        two surnames, by which a record may call him; or in two words with a particle between
        them, a French surname (`Couve de Murville` of Maurice Couve de Murville, `COUVE DE
        MURVILLE` as a council's record prints it)."""
        words = " ".join(words).split()   # a mention's word holds its particle: `de Murville`
        if len(words) != 2 and not (len(words) in (3, 4) and
                                    " ".join(words[1:-1]).lower() in PARTICLE_WORDS) or \
                any(is_initials(w) for w in words):
            return None
        wanted = [key(w) for w in words]
        size = len(words)
        found = [p for p in self._by_surname.get(wanted[-1], ())
                 if any(len(form.split()) > size and
                        [key(w) for w in form.split()[-size:]] == wanted
                        and romanization(form) is None for form in (p.name, *p.variants))]
        return found[0] if len(found) == 1 else None

    def _romanized_surnames(self) -> dict[str, list[Person]]:
        """`_romanized_surnames` of the authority, read when first asked (the built-in
        authority's once for all documents)."""
        if self._authority_romanized is None:
            self._authority_romanized = _builtin_romanized_surnames() if self._builtin else \
                _romanized_surnames(self.authority)
        return self._authority_romanized

    def resolve_woman(self, surname: str, honorific: str) -> Person:
        """The person `Mme. Sukarno`, `Mrs. Gandhi` means: the one woman of the document (or
        of the authority) with that surname, else a person of her own (`Madame Sukarno`),
        never a person known only by a man's title or another given name (President
        Sukarno)."""
        found = [p for p in self._by_surname.get(key(surname), ()) if p.known_as_woman]
        known = self._authority_by_key.get(key(f"{WOMEN_HONORIFICS[honorific]} {surname}"))
        if not found and known is not None:
            return self.add(known.name)   # `Mme. Binh`: the authority's `Madame Binh`
        if not found:
            found = [p for p in self._authority_by_surname.get(key(surname), ())
                     if p.known_as_woman]
            if len(found) == 1:
                return self.add(found[0].name)
        if len(found) == 1:
            return found[0]
        person = self.add(f"{WOMEN_HONORIFICS[honorific]} {surname}")
        person.woman = True
        return person

    def is_person_label(self, label: str, strict: bool = False) -> bool:
        """Is `label` (the text before a turn's colon or period) a person's name? A name in
        capitals that no rule knows as printed (`KANG SONG-SAN`, `HO DAM`, `DEAN RUSK`: most
        Korean officials are in no authority) is asked as its mixed case (`_cased_label`)."""
        if self._is_label_as_printed(label, strict):
            return True
        cased = _cased_label(label, self)
        ordered = self.given_name_first(cased or label)
        if ordered != (cased or label) and self._is_label_as_printed(ordered, strict):
            # `KÁDÁR JÁNOS`, `Nyers Rezső`: a Hungarian name surname first, known from now
            # on, as the scan of the speaker does not read it so
            if not strict and self.resolve(label) is None:
                self.add(label)
            return True
        if cased is None:
            return False
        if self._is_label_as_printed(cased, strict):
            return True
        hyphened = _korean_given_hyphened(cased)
        return hyphened is not None and self._is_label_as_printed(hyphened, True)

    def _is_label_as_printed(self, label: str, strict: bool) -> bool:
        if is_heading(label):
            return False   # `MAJOR DIFFERENCES:`, which a body of turns took for a speaker
        label = with_titles_cased(label)   # `PRESIDENT TITO` is President TITO
        tokens = tokenize(label)
        words = [t for t in tokens if not t.is_bracket]
        if not tokens or not words:
            return False
        # `The` before a post and the translator's name of its holder belongs to the label:
        # `The Premier [Zhou Enlai]`, `The Prime Minister [Nehru]` (the mention must have titles).
        the = len(tokens) > 2 and tokens[0].text in ("The", "THE") and tokens[-1].is_bracket
        # A nationality or body before a title belongs to the label: `Soviet Ambassador Puzanov`.
        lead = 1 if the else 0
        while lead < len(tokens) - 1 and tokens[lead].text in _LABEL_QUALIFIERS and \
                _is_title(tokens[lead + 1].text):
            lead += 1
        if not lead and len(tokens) > 1 and tokens[0].text in ("The", "THE") and \
                tokens[1].text in PEERAGES:
            lead = 1   # `The EARL OF HOME`: a peer, named by the title
        tokens, words = tokens[lead:], words[lead:]
        if not strict and self.dialogue and len(tokens) >= 2 and tokens[0].text == "The" and \
                all(_is_title(t.text) for t in tokens[1:]):
            return True   # `The President:`, `The Secretary:` in a memorandum's dialogue
        first = words[0].text.lower().rstrip(".")
        # A field word opens no name (`Time:`, `E.O.:`), unless it is initials with a name
        # after them (`E.O. Smith`: the telegram's field has a number after it, `E.O. 12958`)
        # or begins a title (`First Secretary Gierek`, `FIRST DEPUTY PREMIER MIKOYAN`).
        if first in FIELD_WORDS and not (len(words) > 1 and is_initials(words[0].text)) and \
                not _leads_title(tokens, 0) or \
                words[0].text in NOT_NAME and not _is_title(words[0].text) or \
                is_classification(label) or VOICES.fullmatch(label):
            return False
        if len(words) == 1 and words[0].text.rstrip(".").upper() in _MONTHS_IN_CAPITALS:
            return False   # a cable's date line, `OCT. 26, 1962`: `OCT` was a speaker
        if len(tokens) > 1 and _past_verb(words[0].text) and not self._may_know(words[0].text):
            return False   # a verb, no name's word: `Reserved Matter:` heads a German record
        if len(tokens) == 1 and _name_word(words[0].text):
            # One word: a known surname, a name the document uses as a label again and again,
            # the last word of a longer label it uses (`Kozyrev:` after `Cde. Kozyrev:`), a
            # name the catalogue joins to a person's (`between Brezhnev and Dubček`).
            word = words[0].text
            if self.resolve(word, acting=True) is not None or word.isupper() and len(word) >= 3 or \
                    (not strict and (self.label_counts.get(key(label), 0) >= 2 or
                                     key(word) in self.interlocutors or
                                     word in CHINESE_SURNAMES or word in KOREAN_SURNAMES or
                                     self._ends_a_label(key(word)))):
                return True
            # Else, in a body of speech turns, a speaker the first time: `Eban:` once among
            # Eshkol's and Barbour's turns was text in Barbour's. Not registered here: the
            # persons pass finds whose surname it is (`Knothe:`, a participant's).
            return not strict and self.dialogue and len(word) > 1 and \
                word.lower() not in _NO_SPEAKER_WORDS and not _past_verb(word)
        if not strict and all(not t.is_bracket and _name_word(t.text) and len(t.text) > 1 and
                              t.text.lower() not in FIELD_WORDS for t in tokens) and (
                2 <= len(tokens) <= 4 and self.label_counts.get(key(label), 0) >= 2 or
                self.dialogue and 1 <= len(tokens) <= 4):
            # Capitalized words a document uses as a label again (`Yasser Arafat`), or once
            # in a document of speech turns (`Ieng Sary:` between two of Zhou's): a person,
            # known from now on, so that `Hartini Sukarno` is not read as `Sukarno`. Its
            # particles are the name's (`Mahmoud al-Zubi`, `Ali bin Salim`).
            name = " ".join(t.text for t in tokens)
            if all(_PARTICLE_GAP.fullmatch(label, one.end, two.start)
                   for one, two in zip(tokens, tokens[1:])
                   if label[one.end:two.start] not in _SPACES):
                name = " ".join(label[tokens[0].start:tokens[-1].end].split())
            # Not a surname with its particle (`Dos Santos:`): a short form, whose full name
            # (José Eduardo dos Santos) the persons pass finds, as for one word.
            if self.resolve(name) is None and tokens[0].text.lower() not in PARTICLE_WORDS:
                self.add(name)
            return True
        mention = self.scan(label, tokens)
        if not mention or mention[0].start > tokens[0].start or mention[0].end < len(label.rstrip()):
            # The label must be a person from its first word to its last.
            return False
        found = mention[0]
        if the:
            return bool(found.titles)
        if found.titles or any(is_initials(t.text) or t.is_bracket for t in found.words):
            return True  # a title, initials or a bracketed completion: `[Evgenii] Primakov`
        spoken = found.spoken
        if self.resolve(spoken) is not None or self._authority_by_key.get(key(spoken)):
            return True
        plain = [t.text for t in found.words if not t.is_bracket]
        if label.isupper() and len(label) >= 3:
            return True
        if len(plain) >= 2:
            return True
        if strict:
            return False
        return self.label_counts.get(key(label), 0) >= 2 or plain[0] in CHINESE_SURNAMES \
            or plain[0] in KOREAN_SURNAMES

    def _ends_a_label(self, word_key: str) -> bool:
        """Is `word_key` the last word of a label of several words the document uses?"""
        if self._label_ends[0] != len(self.labels):   # labels added since: read them again
            self._label_ends = (len(self.labels), {
                key(label.split()[-1]) for label in self.labels if len(label.split()) > 1})
        return word_key in self._label_ends[1]

    def scan(self, text: str, tokens: list[Token] | None = None) -> list[Mention]:
        """Find the person mentions in `text` (a plain string or a level string)."""
        return self.scan_reading(Reading(text, tokens))

    def scan_reading(self, reading: Reading) -> list[Mention]:
        """Find the person mentions in a reading; scanning it again reuses what the register
        has no say in."""
        tokens = reading.tokens
        mentions: list[Mention] = []
        end = 0  # where the last mention ended: the next one starts after it
        listing = False   # the mentions so far are a list after `Comrades`, `Coms.`
        titled: set[str] = set()
        envoys = "Ambassador" in reading.text or "Envoy" in reading.text
        for i in reading.starts:
            if tokens[i].start < end:
                continue
            # A surname a titled mention before named is known here, not right after another
            # capitalized word (`... and Secretary of State Smithers`: a post's holder unknown).
            self._titled_here = titled if titled and (
                i == 0 or reading.text[tokens[i - 1].end:tokens[i].start] not in _SPACES) \
                else _NONE_TITLED
            envoy = _envoy_surname(reading.text, tokens, i) if envoys else None
            if envoy is not None:
                i = envoy   # `Ambassador of France Chataigneau`: the state stays a place
                self._titled_here = frozenset({tokens[i].text})
            mention = self._mention_at(reading, i)
            if envoy is not None and mention is not None:
                mention.listed = True   # named by where he stands, after his post and state
            in_list = listing and _LIST_SEPARATOR.fullmatch(reading.text, end, tokens[i].start)
            if mention is None and in_list:
                mention = self._listed_at(reading, i)
            if mention is None and reading.text[tokens[i].start - 2:tokens[i].start] == ", ":
                mention = self._appositive_at(reading, i)
            if (mention is None or not mention.titles) and \
                    reading.text[tokens[i].start - 2:tokens[i].start - 1].islower() and \
                    reading.text[tokens[i].start - 1:tokens[i].start] in _SPACES:
                mention = self._particled_at(reading, i, end, mentions) or mention
            if mention is None and mentions and mentions[-1].end == end and \
                    reading.text[tokens[i].start - 5:tokens[i].start] == " and ":
                mention = self._partner_at(reading, i, mentions[-1])
            if mention is None and mentions and mentions[-1].end == end and \
                    _japanese_pair(mentions[-1].plain) and \
                    _LIST_SEPARATOR.fullmatch(reading.text, end, tokens[i].start):
                mention = _japanese_listed_at(reading, i)
            if mention is not None and not mention.titles and "-" in tokens[i].text and \
                    mention.words[0] is tokens[i]:
                pair = self._hyphened_pair(reading, i, mention, end)
                if pair is not None:   # `the Pol Pot-Ieng Sary clique`: two persons
                    mentions.append(pair[0])
                    mention = pair[1]
            if mention is None and "-" in tokens[i].text and tokens[i].bracket is None:
                pair = self._hyphened_known(reading, i, end)
                if pair is not None:   # `the Brezhnev-Kosygin leadership`: two persons
                    mentions.append(pair[0])
                    mention = pair[1]
            if mention is not None and mention.inverted and \
                    reading.text[mention.end:mention.end + 1] == ")":
                # `(COON, JANE A.)`, a cable's drafter: Jane A. Coon
                mention = _drafter(reading.text, mention, end) or mention
            if mention is not None:
                mentions.append(mention)
                end = mention.end
                if mention.titles and mention.plain:
                    titled.add(mention.plain[-1])
                listing = bool(mention.titles and mention.titles[-1].text in PLURAL_HONORIFICS
                               or in_list and not mention.titles)
                last = mention.words[-1]
                if listing and last.element is not None and last.bracket is None:
                    # a word marked [sic] (`Vlahović [sic]`): its note's mark after it, and the
                    # list goes on after that
                    note = _NOTE_MARK.match(reading.text, end)
                    end = note.end() if note is not None else end
        self._titled_here = _NONE_TITLED
        return mentions

    def _hyphened_pair(self, reading: Reading, i: int, mention: Mention, end: int
                       ) -> tuple[Mention, Mention] | None:
        """Two known persons a hyphen joins, their mention read from the word the hyphen is
        in (`the Pol Pot-Ieng Sary clique`: `Pol` and `Pot-Ieng Sary`): the name before it,
        one word or two, and the name after it, each a name the document or the authority
        knows, and the hyphened word none (`Vukmanović-Tempo`); else None."""
        tokens, text = reading.tokens, reading.text
        word = tokens[i]
        hyphen = word.text.find("-")
        right = word.text[hyphen + 1:]
        if hyphen < 1 or not right[:1].isupper() or self._knows(word.text):
            return None
        split = word.start + hyphen
        before = Token(word.start, split, word.text[:hyphen])
        first = [before]
        if i and tokens[i - 1].start >= end and tokens[i - 1].bracket is None and \
                text[tokens[i - 1].end:word.start] == " " and tokens[i - 1].text[:1].isupper() and \
                self._knows(f"{tokens[i - 1].text} {before.text}"):
            first = [tokens[i - 1], before]   # `Pol Pot`
        after = [Token(split + 1, word.end, right), *mention.words[1:]]
        if not self._knows(" ".join(t.text for t in first)) or \
                not self._knows(" ".join(t.text for t in after if t.bracket is None)):
            return None
        return (Mention(first[0].start, split, None, [], first),
                Mention(split + 1, mention.end, None, [], after, reasons=mention.reasons))

    def _hyphened_known(self, reading: Reading, i: int, end: int
                        ) -> tuple[Mention, Mention] | None:
        """Two known persons a hyphen joins where no mention was read at the hyphened word
        (`the Brezhnev-Kosygin leadership`, `the Boun Oum-Phoumi Nosavan clique`): the name
        after the hyphen, its part alone or with the next word, as `_hyphened_pair` reads
        it. Not before a capitalized word, a name's head (`the Molotov-Ribbentrop Pact`)."""
        tokens, text = reading.tokens, reading.text
        word = tokens[i]
        right = [word]
        if i + 1 < len(tokens) and tokens[i + 1].bracket is None and \
                text[word.end:tokens[i + 1].start] == " " and \
                self._knows(f"{word.text[word.text.find('-') + 1:]} {tokens[i + 1].text}"):
            right.append(tokens[i + 1])   # `Phoumi Nosavan`
        after = right[-1].end
        if text[after:after + 1] in _SPACES and text[after + 1:after + 2].isupper():
            return None
        return self._hyphened_pair(reading, i, Mention(word.start, after, None, [], right), end)

    def _particled_at(self, reading: Reading, i: int, end: int,
                      before: list[Mention]) -> Mention | None:
        """A surname after its particle in small letters, with no title or given name before
        them (`the reaction of de Gaulle`, `de Murville`, `van der Stoel`): the particle is the
        name's, as after a title (`General de Gaulle`), when the document or the authority
        knows the two together, or a mention `before` it in the text ends with them (`Maurice
        Couve de Murville came. Then de Murville left.`). `Gaulle` alone was no one, or a
        mention without its `de`."""
        token = reading.tokens[i]
        particle = _PARTICLE_BEFORE.search(reading.text, max(end, token.start - 9), token.start)
        if particle is None or token.bracket is not None:
            return None
        shape = reading.shape(i)
        if shape is None or shape[0] or len(shape[1]) != 1 or shape[1][0] is not token:
            return None
        word = Token(particle.start(), token.end, reading.text[particle.start():token.end])
        mention = Mention(word.start, word.end, None, [], [word])
        spoken = mention.spoken
        if any(m.spoken.endswith(" " + spoken) or m.spoken == spoken for m in before):
            return mention
        return mention if self.resolve(spoken) is not None else None

    def _appositive_at(self, reading: Reading, i: int) -> Mention | None:
        """A surname (or two name words) set off by commas after a post that `the` opens, maybe
        with a people's word: `The Soviet Ambassador, Chaplin, met ...` names the ambassador.
        Not after an honorific (`Mr., Chaplin`), nor a list (`Ambassador, Chaplin and ...`)."""
        tokens, text = reading.tokens, reading.text
        if i == 0 or tokens[i - 1].text not in TITLES or \
                text[tokens[i - 1].end:tokens[i].start] != ", ":
            return None
        j = i - 1
        while j > 0 and i - j < 4 and text[tokens[j - 1].end:tokens[j].start] == " " and \
                (tokens[j - 1].text in TITLES or tokens[j - 1].text in NATIONALITIES):
            j -= 1
        if _THE_BEFORE.search(text, max(0, tokens[j].start - 4), tokens[j].start) is None:
            return None
        shape = reading.shape(i)
        if shape is None or shape[0] or len(shape[1]) > 2 or \
                any(t.bracket is not None for t in shape[1]) or \
                text[shape[1][-1].end:shape[1][-1].end + 1] != ",":
            return None
        return Mention(shape[1][0].start, shape[1][-1].end, None, [], shape[1], listed=True)

    def _partner_at(self, reading: Reading, i: int, before: Mention) -> Mention | None:
        """Two or three capitalized words that `between` and `and` join to a person named
        before them: `between the Premier [Zhou Enlai] and Soekardjo Wiriopranoto` names two,
        whatever the second's given name, as a catalogue title does (`_joined_names`). No
        title, people, place or body among the words (`between Kim Il Sung and Soviet
        Union`)."""
        text, tokens = reading.text, reading.tokens
        if text[before.end:tokens[i].start] != " and " or \
                _BETWEEN_BEFORE.search(text, max(0, before.start - 12), before.start) is None:
            return None
        shape = reading.shape(i)
        if shape is None or shape[0] or not 2 <= len(shape[1]) <= 3:
            return None
        words = shape[1]
        if any(t.bracket is not None or t.element is not None or
               not _JOINED_WORD.fullmatch(t.text) or not _name_word(t.text) or
               t.text in NATIONALITIES or t.text in NOT_NAME for t in words) or \
                _portfolio_place(" ".join(t.text for t in words)):
            return None
        return Mention(words[0].start, words[-1].end, None, [], words, listed=True)

    def _listed_at(self, reading: Reading, i: int) -> Mention | None:
        """A surname (or two name words) in a list after a plural honorific: `Rankovic` in
        `Coms. Kardelj, Rankovic, Vukmanovic-Tempo`, and a surname with the translator's other
        spelling of it (`Djilas [Đilas]`; `Žujović [Serbia]` is no name of his)."""
        shape = reading.shape(i)
        if shape is None or shape[0]:
            return None
        words = shape[1]
        if len(words) == 2 and words[1].bracket is not None and words[0].bracket is None:
            if not respelt_word(words[0].text, words[1].bracket):
                return None
        elif len(words) > 2 or any(t.bracket is not None for t in words):
            return None
        return Mention(words[0].start, words[-1].end, None, [], words, listed=True)

    def _mention_at(self, reading: Reading, i: int) -> Mention | None:
        """Try to read a person mention starting at token i."""
        shape = reading.shape(i)
        if shape is None:
            return None
        titles, words = shape
        words = self._known_longer(reading, i + len(titles) + len(words), words)
        if not titles and len(words) == 1 and words[0].bracket is None and \
                not self._may_know(words[0].text):
            return None  # one word, neither a title nor a shape: only the register could make it a name
        if not titles and len(words) > 1 and words[0].bracket is None and \
                _past_verb(words[0].text) and _opens_sentence(reading.text, words[0].start) and \
                not self._may_know(words[0].text):
            return None  # `Received Kolarov`: the name begins at the next word
        if not titles and len(words) == 3 and words[0].bracket is None and \
                is_initials(words[1].text) and not is_given_name(words[0].text) and \
                _POST_OBJECT.search(reading.text, max(0, words[0].start - 40), words[0].start):
            return None  # `Minister of Agriculture and Forestry I. Kono`: no given name
        if titles and _surname_after_post(titles, words) and self.resolve(words[0].text) is None:
            return None   # `Secretary of State Rusk`, Rusk unknown: no one named (yet)
        start = titles[0].start if titles else words[0].start
        title_end = titles[-1].end if titles else None
        # A list, not `all()` and `any()` of the words: the compiled module makes a generator
        # object for each of those, at every mention.
        brackets = [t for t in words if t.bracket is not None]
        if len(brackets) == len(words):
            # A lone bracket (`[Zhou]`) is a person only when it names someone known, or the
            # brackets pass read it as naming a post's holder (`Prime Minister [Djuanda]`).
            bracket = words[0]
            person = self.resolve(bracket.bracket)
            if person is None and not (titles and _name_shape(bracket.bracket.split())) and \
                    not _identifies(bracket):
                return None
            return Mention(start, words[-1].end, title_end, titles, words[:1], person,
                           {bracket.start: "identification"})
        mention = Mention(start, words[-1].end, title_end, titles, words)
        if not titles and _named_thing(reading.text, mention) or _ship(reading.text, mention):
            return None
        if not titles and _ORDER_OF.search(reading.text, max(0, start - 40), start):
            return None   # `the Order of Lenin`: the decoration's name, no mention of him
        if not titles and _park(mention) and \
                (_at_place(reading.text, mention) or _portfolio_place(mention.plain[0]) or
                 self.resolve(mention.plain[0]) is not None or
                 _after_town(reading.text, mention)) and \
                self.resolve(mention.spoken) is None:
            return None   # `in Gorky Park`, `Lenin Park`: a park, no Korean surname
        tail = bool(brackets) and _after_a_start(reading, i)
        if not self._plausible(mention, tail):
            # `Kosygin do Everything`: English `do`, no particle (`Pedro do Nascimento`); the
            # name, if any, ends before it
            cut = next((n for n, w in enumerate(words) if n and w.text.startswith("do ")), 0)
            if not cut:
                return None
            mention = Mention(start, words[cut - 1].end, title_end, titles, words[:cut])
            if not self._plausible(mention, tail):
                return None
        if not titles and len(words) == 1 and words[0].bracket is None and \
                (_town_at_place(reading.text, mention) or _noun_used(reading.text, mention)):
            # `in Togliatti`: the town, though Palmiro Togliatti is a person; `the Catholic
            # Church`, `Church and State`: the noun, though Frank Church is one
            return None
        if not titles and _place_after_preposition(reading.text, mention) and \
                not self.find_exact(mention.spoken) and \
                not self._authority_by_key.get(key(mention.spoken)) and \
                mention.spoken not in self.hints:
            return None
        return mention

    def _known_longer(self, reading: Reading, n: int, words: list[Token]) -> list[Token]:
        """`words`, and token n after them when it is a word no name has (a place's, a common
        word) that makes with them a name the document or the authority knows: a surname of
        two words (`[Pierre] Mendès France`, `Mendès France`: France is no place there)."""
        tokens = reading.tokens
        if n >= len(tokens) or tokens[n].bracket is not None or _name_word(tokens[n].text) or \
                not tokens[n].text[:1].isupper() or \
                reading.text[tokens[n - 1].end:tokens[n].start] not in _SPACES:
            return words   # most mentions: the name ended at a word of a name's
        longer = words + [tokens[n]]
        for name in (" ".join(t.text for t in longer if t.bracket is None),
                     " ".join(t.text if t.bracket is None else t.bracket for t in longer)):
            if key(name) in self._by_key or key(name) in self._authority_by_key:
                return longer
        return words

    def known_names(self) -> _KnownNames:
        """The names the authority and the document know so far, its title's and summary's
        too, for a text in capitals (`prose_cased`). The persons added since the last call
        are added to the document's names (a variant added to a person known already is not:
        a text in capitals reads what the persons' names say)."""
        if self._known_names is None:
            authority = _builtin_names() if self._builtin else _KnownNames(_forms(self.authority))
            self._known_names = (_KnownNames((), within=authority), 0, 0)
        known, persons, hints = self._known_names
        if persons < len(self.persons) or hints < len(self.hints):
            known.add(_forms(islice(self.persons.values(), persons, None)))
            known.add(self.hints[hints:])
            self._known_names = (known, len(self.persons), len(self.hints))
        return known

    def _may_know(self, word: str) -> bool:
        """Could `resolve(word)` find someone? False only when it surely cannot: most lone
        capitalized words (`Things`, `Whether`) are nobody, and this asks the indexes directly."""
        if len(word.split()) != 1:
            return True  # initials with spaces (`A. M.`) are resolved word by word
        word_key = key(word)
        return word_key in self._by_key or word_key in self._authority_by_key or \
            word_key in self._by_surname or word_key in _surname_keys(tuple(self.hints)) or \
            word_key in self._by_first_surname or word in self._titled_here or \
            word in GIVEN_NAMES_ALONE

    def _plausible(self, mention: Mention, tail: bool = False) -> bool:
        """Decide whether a run of capitalized words is a person, by title, shape or register;
        `tail` when the run goes on a longer one that is no person."""
        if mention.titles or mention.inverted and not _given_and_initial(mention.plain):
            return True
        if mention.words[-1].element is not None and _note_names(mention.words[-1]):
            return True
        spoken = mention.spoken
        if self.find_exact(spoken) or self.defined.get(key(spoken)) or \
                self._authority_by_key.get(key(spoken)) or self._by_address(spoken):
            return True
        if any(t.bracket is not None for t in mention.words):
            if mention.words[0].bracket is not None:
                return True   # a given name supplied before a surname: `[Evgenii] Primakov`
            if any(w.isupper() and (w in _CAPITAL_TITLES or not _capitals_name_word(w))
                   for w in mention.plain):
                # A line in capitals: its words before the name are none of it (`TO COMRADE
                # FILIPPOV [STALIN]`); the name is read from a later word.
                return False
            # A bracket after words is as often another name of a place or a thing, translated
            # or respelt (`the Xisha [Paracel] Islands`, `Solidarność [Solidarity]`,
            # `Chongjin [Cheongjin]`), as the rest of a person's name (`Zhou [Enlai]`): a
            # person only with evidence of one.
            # A known surname respelt in the bracket is the person (`Brejnev [Brezhnev]`).
            if _respelt_word(mention):
                return self.resolve(spoken) is not None or \
                    self.resolve(mention.words[1].bracket) is not None
            return self._person_evidence(mention, tail) or self.resolve(spoken) is not None
        plain = mention.plain
        if _name_shape(plain):
            return True
        if self._another_given_name(plain):
            return True   # `Jehan Sadat`: not the authority's Anwar Sadat, nor `Sadat` alone
        if len(plain) == 2 and _GIVEN_NAME_SHAPE.fullmatch(plain[0]) and \
                self._initialled_before(spoken) is not None and _other_given_word(plain[0]):
            return True   # `Lúcio Lara`, the `L. Lara` of the document: his given name
        if len(plain) == 2 and plain[0][-1] == "." and given_abbreviation(plain[0][:-1]):
            return self.resolve(spoken) is not None   # `Wl. Gomułka`: a surname known
        if len(plain) == 3 and plain[2] in _TITLE_SURNAMES:
            return True   # `Martin Luther King`: the shape's (`_title_as_surname`)
        if len(plain) != 1:
            return self._by_two_surnames(plain) is not None   # `Castro Madero`
        if spoken in FAMILY_NAME_ALONE:
            return [p.name for p in self._by_surname.get(key(spoken), ())] == \
                [FAMILY_NAME_ALONE[spoken]]
        person = self.resolve(spoken)
        if person is None:
            # `Ambassador Smirnov met him. ... that Smirnov agreed.`: known from the titled
            # mention on, in its own paragraph too
            # (not when a name the document has holds the word: `King Hussein` and `Saddam
            # Hussein` leave `Hussein` alone no one's)
            return spoken in self._titled_here and spoken not in CHINESE_SURNAMES and \
                spoken not in KOREAN_SURNAMES and not any(
                    key(spoken) in map(key, person.name.split())
                    for person in self.persons.values())
        return person.present or spoken not in CHINESE_SURNAMES and spoken not in KOREAN_SURNAMES


    def _another_given_name(self, plain: list[str]) -> bool:
        """Are two words a given name, by its shape, and the surname of persons the authority
        knows under other given names (`Jehan Sadat`, Anwar's wife; `Rifaat al-Assad`, Hafez's
        brother; `Galina Brezhnev`)? Another person, the whole name hers: without this the
        surname alone was read as the authority's. A word of prose (`Yesterday Sadat`), a
        people's (`Syrian Assad`), a patronymic (`Ilyich Brezhnev`) or a word of the person's
        own names, another romanization of them too (`Leonid`, `Anouar`), is no such name."""
        if len(plain) != 2 or not _GIVEN_NAME_SHAPE.fullmatch(plain[0]):
            return False
        # The authority's surnames first: most pairs have none, and the word's tests ask more.
        known = self._authority_by_surname.get(key(_PARTICLE_PREFIX.sub("", plain[1])), ())
        if not known or not _other_given_word(plain[0]):
            return False
        given = key(plain[0])
        return not any(
            _initials_fit(p, [plain[0]]) or
            any(given in (key(w), key(_PARTICLE_PREFIX.sub("", w))) or
                given_key(w) == given_key(plain[0]) or _same_given_sounds(plain[0], w)
                for form in (p.name, *p.variants) for w in form.split())
            for p in known)

    def _person_evidence(self, mention: Mention, tail: bool = False) -> bool:
        """Do the words and brackets of a mention show a person, whatever the text around
        them: a given name (a man's or a woman's: `Golda [Meir]`), a Japanese surname, a
        name's shape (the words, a bracket, or the two together: `Zhou [Enlai]`, `Kim [Il
        Sung]`), a name of several words written
        again or shortened (`Mun Il [Mun Il]`, `Sheikh Mujibur Rahman [Mujib]`), a name
        written out in full (`Shastri [Lal Bahadur Shastri]`; not the end of a longer run,
        `Rodong Sinmun [Nodong Sinmun]`, the `tail`), or a bracket naming someone known? An
        acronym in brackets after words in mixed case (`Nuclear Weapons [NPT]`, `Joint
        Institute for Nuclear Research [JINR]`) abbreviates the name before it and is no
        surname in capitals (`Fidel CASTRO`): it counts only as the words' initials, when they
        are a person by themselves (`Pham Van Dong [PVD]`)."""
        plain = mention.plain
        brackets = [t.bracket.split() for t in mention.words if t.bracket is not None]
        capitals = all(w.isupper() for w in plain)
        together = [w for t in mention.words
                    for w in (t.bracket.split() if t.bracket is not None else [t.text])
                    if t.bracket is None or capitals or not ACRONYM.fullmatch(w)]
        return any(is_given_name(w) or w in WOMEN_GIVEN_NAMES or w in JAPANESE_SURNAMES
                   for w in together) or \
            len(plain) == 1 and plain[0] in FAMILIAR_NAMES and len(brackets) == 1 and \
            len(brackets[0]) == 1 and mention.words[-1].bracket is not None or \
            _name_shape(plain) or _name_shape(together) or \
            any(_name_shape(words) or len(plain) >= 2 and written_again(plain, words) or
                not tail and (written_out(plain, words) or
                              identification_titles(plain, " ".join(words)))
                for words in brackets) or \
            any(self.resolve(" ".join(words)) is not None for words in brackets) or \
            any(restated_post(plain, " ".join(words)) for words in brackets)


# The editors' note after a word marked [sic] that says the words are a person's name:
# `Ta Khmu Kan [sic; translator's note: unable to confirm proper spelling of individual's
# name]`, `[sic: the person's name as in the original]`, `[sic, his name]`.
_PERSON_NAME_NOTE = re.compile(r"\b(?:(?:individual|person)(?:'s|\u2019s)?|his|her)"
                               r"[ \u00a0]+names?\b")
_SIC_NOTE = f"{{{TEI_NS}}}note"


# A surname in parentheses before a comma, as a US cable's filing line prints its drafter,
# surname first (`(COON, JANE A.)`; in capitals, read in small letters if no name knows it).
_DRAFTER_SURNAME = re.compile(r"\(([^\W\d_]{2,}), $")


def _drafter(text: str, given: Mention, end: int) -> Mention | None:
    """The mention of a name a US cable's filing line prints surname first in parentheses,
    its given name and initial after a comma (`E.O. 12065: GDS 11/1/85 (COON, JANE A.)`,
    the drafter's): one name, read given name first (`Jane A. Coon`, not `A. Jane`); None
    when the words before it are no such surname."""
    before = _DRAFTER_SURNAME.search(text, max(end, given.start - 40), given.start)
    if before is None:
        return None
    word = before.group(1)
    surname = Token(before.start(1), before.end(1), word.capitalize() if word.isupper() or
                    word.islower() else word)
    mention = Mention(surname.start, given.end, None, [], [surname, *given.words])
    mention.plain = [*given.plain, surname.text]
    mention.inverted = False
    mention.spoken = " ".join(mention.plain)
    return mention


def _note_names(word: Token) -> bool:
    """Is a word marked [sic] followed by the editors' note that it is of a person's name
    (`_PERSON_NAME_NOTE`)? The capitalized words before it and it are a name, whatever their
    shape: the note says so."""
    note = word.element.getnext() if word.bracket is None else None
    return note is not None and note.tag == _SIC_NOTE and note.get("type") == "sic" and \
        not (word.element.tail or "").strip() and \
        _PERSON_NAME_NOTE.search(note.text or "") is not None


@lru_cache(maxsize=WORD_CACHE)
def _other_given_word(word: str) -> bool:
    """May a capitalized word before a known surname be a given name by its shape (`Jehan`,
    `Rifaat`, `Galina`), not a word of prose, a people's or a patronymic (see
    `Names._another_given_name`), nor a place's (`In Cairo Sadat said`)?"""
    from .markup.places import known_place   # places.py reads names.py: imported when asked
    lower = word.lower()
    return lower not in _PROSE_WORDS and lower not in _OPENING_WORDS and \
        word not in NATIONALITIES and word not in IRREGULAR_PEOPLES and not _past_verb(word) and \
        _PROSE_ENDING.fullmatch(word.upper()) is None and \
        _PEOPLE_ENDING.search(lower) is None and _PATRONYMIC.fullmatch(word) is None and \
        not known_place(word)


# The endings of a people's adjective or of an adverb, no given name's: `Egyptian`, `Syrian`,
# `Iraqi`, `Lebanese`, `Afterwards`, `Thereupon`, `Meanwhile`.
_PEOPLE_ENDING = re.compile(r"(?:ian|ese|ish|qi|eli|wards|upon|while|over|less)$")
# Words that open a sentence or a clause before a name and that `_PROSE_WORDS` leaves out:
# `Although Brezhnev said`, `Thus Sadat`, `Yesterday Assad`, `Further Kim stated`; the verbs
# of a decision's points (`3) Inform Tito through ...`) and of a marginal note (`Compare
# Thatcher`). (The ranks of clergy and of Muslim and royal houses, `Archbishop Glemp`, are
# titles: no name's word.)
_OPENING_WORDS = frozenset("""
although though because unless whereas while once thus hence however indeed instead perhaps
later earlier yesterday tomorrow recently subsequently therefore furthermore moreover likewise
otherwise meanwhile nevertheless nonetheless accordingly consequently besides dear
further thereafter additionally next lastly
inform instruct notify invite thank congratulate brief consult entrust summon approve
telegraph advise charge request propose oblige commission assign direct compare
""".split())


def _same_given_sounds(one: str, two: str) -> bool:
    """Are two given names one name romanized twice, by their first letter and consonants,
    `w`, `y` and `h` left out (`Anouar` and `Anwar`, `Leonide` and `Leonid`)?"""
    return one[:1].lower() == two[:1].lower() and \
        _NOT_CONSONANT.sub("", one.lower()) == _NOT_CONSONANT.sub("", two.lower())


# What a given name's consonant skeleton leaves out: vowels, `w`, `y`, `h` and all but letters
# (`Anouar` -> nr, `Anwar` -> nr).
_NOT_CONSONANT = re.compile(r"[^bcdfgjklmnpqrstvxz]+")


# An acronym: a word of capitals only, accented ones too (`NPT`, `JINR`, `HVA`, `ÁVH`, `ČSSR`).
ACRONYM = re.compile(f"[A-Z{_ACCENTED_CAPITALS}]{{2,}}")


# The words of a post before a name, ending in what the post is of (`Minister of Forestry `,
# `Minister of Agriculture and `): the capitalized word after them is the post's, no given name.
_POST_OBJECT = re.compile(r"\bof[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+and[ \u00a0]+)?$")


# Verbs in the past tense that open a diary's sentences before a name (`Met Manuilsky.`,
# `Saw Molotov`) and end in no `-ed`, which tells the others (`Received`, `Telephoned`).
_IRREGULAR_PAST = frozenset({"Met", "Saw", "Spoke", "Wrote", "Sent", "Told", "Gave", "Took",
                             "Went", "Heard", "Rang", "Brought", "Came", "Drove", "Flew", "Left",
                             "Found", "Got", "Sat", "Began", "Thought", "Taught", "Sought"})
# What may stand between a sentence's end and its first word: spaces, an opening quote or
# parenthesis, a list's dash or bullet (`- Wrote to Molotov`).
_SENTENCE_LEAD = " \t\u00a0\"'\u201c\u2018(-\u2013\u2014\u2022"


@lru_cache(maxsize=WORD_CACHE)
def _past_verb(word: str) -> bool:
    """Is `word` a capitalized verb in the past tense (`Received`, `Telephoned`, `Met`), not a
    given name that ends so (`Ahmed`, `Mohammed`, `Alfred`)?"""
    return word in _IRREGULAR_PAST or len(word) >= 5 and word.endswith("ed") and \
        word[1:].islower() and not is_given_name(word)


def _opens_sentence(text: str, at: int) -> bool:
    """Does the word at `at` open a sentence: nothing but `_SENTENCE_LEAD` after the text's
    start, a line's or a sentence's end (`.`, `!`, `?`, `:`, `;`)?"""
    while at > 0 and text[at - 1] in _SENTENCE_LEAD:
        at -= 1
    return at == 0 or text[at - 1] in ".!?:;\n"


def _after_a_start(reading: Reading, i: int) -> bool:
    """Does token i follow, a space apart, a word a mention could begin at (`Sinmun` after
    `Rodong`): the end of a longer run?"""
    if i == 0 or reading.text[reading.tokens[i - 1].end:reading.tokens[i].start] not in _SPACES:
        return False
    before = bisect_left(reading.starts, i - 1)   # the starts are in order: not read through
    return before < len(reading.starts) and reading.starts[before] == i - 1


# A label of two or three words in capitals, a Korean given name's hyphen kept (`KANG
# SONG-SAN`, `HO DAM`, `PAK SONG-CHOL`), a letter maybe with an accent (`KOČA POPOVIĆ`); each
# word read once.
_CAPITALS_LABEL = re.compile(rf"[{UPPERCASE}][{UPPERCASE}'\u2019\-]*+"
                             rf"(?:[ \u00a0][{UPPERCASE}][{UPPERCASE}'\u2019\-]*+){{1,2}}")


def _cased_label(label: str, names: Names) -> str | None:
    """A label in capitals (`_CAPITALS_LABEL`) as prose prints it (`prose_cased`: `Kang
    Song-san`), when it reads so as a name, each word capitalized; None for any other label
    and for a heading, whose words prose prints in small letters (`MAJOR DIFFERENCES`, `TOP
    SECRET`, `SOVIET SIDE`)."""
    if _CAPITALS_LABEL.fullmatch(label) is None:
        return None
    cased = prose_cased(label, names)
    return cased if all(word[0].isupper() and not word.isupper()
                        for word in cased.split()) else None


def _korean_given_hyphened(cased: str) -> str | None:
    """A label in capitals cased (`_cased_label`) that is a Korean surname and a given name of
    two syllables run together (`Lee Hurak`, `Pak Songchol` of `LEE HURAK.`, `PAK
    SONGCHOL.`), with its syllables hyphened as the usual romanization writes them (`Lee
    Hur-ak`: where does not matter, a name's key has no hyphens), for the shape a name has;
    None for any other label. Not after a surname that is an English word too (`Moon`)."""
    words = cased.split()
    if len(words) != 2 or words[0] not in KOREAN_SURNAMES or words[0] in _WORD_SURNAMES:
        return None
    given = _TWO_KOREAN_SYLLABLES.fullmatch(words[1])
    return f"{words[0]} {given.group(1)}-{given.group(2)}" if given else None


def written_again(plain: list[str], words: list[str]) -> bool:
    """Are a bracket's words the printed name written again (`Mun Il [Mun Il]`, the original's
    form) or one of its words shortened (`Mujibur` as `[Mujib]`)?"""
    if not words:
        return False
    if key(" ".join(words)) == key(" ".join(plain)):
        return True
    short = key(words[0])
    return len(words) == 1 and len(short) >= 4 and \
        any(key(w) != short and key(w).startswith(short) for w in plain)


def restated_post(plain: list[str], content: str) -> str | None:
    """The post in a bracket that writes the name before it again, then a comma and the post,
    its first word a title, maybe after a people's (`Kostadin Gyaurov [Kostadin Gyaurov,
    Ambassador]`: `Ambassador`); None for another bracket. Two name words at least."""
    name, comma, post = content.partition(",")
    if not comma or len(plain) < 2 or key(name) != key(" ".join(plain)):
        return None
    post = " ".join(post.split())
    words = post.split()
    while words and (words[0] in NATIONALITIES or words[0] in IRREGULAR_PEOPLES):
        del words[0]
    return post if words and _is_title(words[0]) else None


def written_out(plain: list[str], words: list[str]) -> bool:
    """Is a bracket the printed name written out in full, given names before it (`Shastri
    [Lal Bahadur Shastri]`, `Gaddafi [Muammar Gaddafi]`), as `Wałęsa [Lech Wałęsa]` is?"""
    extra = len(words) - len(plain)
    return extra > 0 and [key(w) for w in words[extra:]] == [key(w) for w in plain] and \
        all(w[:1].isupper() and not w.isupper() for w in words[:extra])


def identification_titles(plain: list[str], content: str) -> int:
    """How many title words open a bracket that gives the full name of the words before it
    (`Mujib [Sheikh Mujibur Rahman]`, `Khomeini [Ayatollah Ruhollah Khomeini]`: 1): the name
    written out (`written_out`) or the printed word a shortening of one of its words; the
    bracket identifies him, its titles his. 0 for another bracket: one with no title first,
    or the printed name again after a title (`Kosygin [Chairman Kosygin]`)."""
    words = content.split()
    n = 0
    while n < len(words) - 1 and _is_title(words[n]):
        n += 1
    if n == 0 or not plain:
        return 0   # most brackets: no title first
    name = words[n:]
    return n if _name_bracket(" ".join(name)) and key(" ".join(name)) != key(" ".join(plain)) \
        and (written_out(plain, name) or len(plain) == 1 and written_again(name, plain) or
             _surname_written_out(plain, name)) else 0


def _surname_written_out(plain: list[str], name: list[str]) -> bool:
    """Is a bracket's name the printed Chinese surname and its pinyin given name (`Zhou
    [Premier Zhou Enlai]`), a surname that is no name form of the authority: the bracket
    says who he is (`Mao [Chairman Mao Zedong]` is two mentions of Mao, as `Kosygin [Chairman
    Kosygin]` is of Kosygin)?"""
    return len(plain) == 1 and len(name) == 2 and name[0] == plain[0] and \
        _chinese_surname_alone(plain[0]) and _pinyin_given(name[1]) and \
        key(plain[0]) not in _builtin_indexes()[2]


def _identifies(token: Token) -> bool:
    """Is a bracket token a `supplied` the brackets pass marked as an identification?"""
    return token.element is not None and token.element.get("reason") == "identification"


def _park(mention: Mention) -> bool:
    """Is the mention a word and `Park` (`Gorky Park`, `Gorky Park [sic]`), the word no given
    name, Western or Korean (`Chung-hee Park`, `John Park`) and no Korean surname: a park's
    name when a place's word (`in`, `at`) or a known place or person's name is before `Park`
    (`_mention_at`)?"""
    plain = mention.plain
    return len(plain) == 2 and plain[1] == "Park" and park_word(plain[0])


def park_word(word: str) -> bool:
    """May `word` before `Park` name a park (`Gorky Park`): no given name, Western or Korean,
    and no Korean surname? Asked by the places pass too, which marks the park."""
    return not is_given_name(word) and not _korean_given(word) and word not in KOREAN_SURNAMES


def _named_thing(text: str, mention: Mention) -> bool:
    """Is the mention (a part of) a name in quotation marks after a common noun (`the floating
    base "Nikolai Kolomeytsev"`, `the ship "Lenin"`)? A ship, a base, a newspaper named after a
    person: no person. A name quoted after anything else (`In the original: "Kim Il Sung"`) is
    the person still."""
    return mention.end < len(text) and text[mention.end] in _CLOSING_QUOTES and \
        _QUOTED_BEFORE.search(text, max(0, mention.start - 80), mention.start) is not None


def _ship(text: str, mention: Mention) -> bool:
    """Is the mention a ship's name, after a word for a ship or `aboard` (`Soviet Ship Maxim
    Gorky`, `aboard the Maxim Gorky`, `the cruiser Admiral Nakhimov`)? A ship named after a
    person is no person, as a quoted one is not (`_named_thing`); `aboard Kissinger's plane`
    names him."""
    return _SHIP_BEFORE.search(text, max(0, mention.start - 16), mention.start) is not None and \
        not text.startswith(_POSSESSIVES, mention.end)


# The words a ship's name follows: `ship`, `motor ship`, `cruiser`, `liner`, `steamer`,
# `aboard`, `aboard the` (`Soviet Ship Maxim Gorky`, `aboard the Maxim Gorky`). Written to
# open with their first letters, the word's start looked behind for after it: the engine
# skips to those letters, where a pattern opening with a look-behind is tried at every
# character (it is asked before most mentions).
_SHIP_BEFORE = re.compile(r"[CLSacls](?<![\w\-].)(?:(?<=[Ss])(?:hip|teamer)|(?<=[Cc])ruiser|"
                          r"(?<=[Ll])iner|(?<=a)board(?:[ \u00a0]the)?)[ \u00a0]$")
_POSSESSIVES = ("'s", "\u2019s")


# The words before a decoration's name after a person, looked for just before a mention
# (`the Order of Lenin`; `Order of Karl Marx`, read from `Marx` too).
_ORDER_OF = re.compile("Orders?[ \u00a0]of[ \u00a0](?:[A-Z][\\w\\-]*[ \u00a0]){0,2}$")
_CLOSING_QUOTES = "\"\u201d\u00bb"
# A lower-case word, an opening quote and capitalized words up to a mention: the words of the
# quoted name before the mention are its own (`"Nikolai Kolomeytsev"`, read from `Kolomeytsev`).
_QUOTED_BEFORE = re.compile("(?<![\\w\\-])[a-z]+[ \u00a0][\"\u201c\u00ab]"
                            "(?:[A-Z][\\w\\-.]*[ \u00a0])*$")


# The word before a name, and `from` a place `to` before it: `from Pingxiang to Dong Dang`.
_WORD_BEFORE = re.compile(r"(?<![\w\-])(\w+)[ \u00a0]+$")
_FROM_PLACE_TO = re.compile(r"\bfrom[ \u00a0]+[A-Z][\w\-]*(?:[ \u00a0]+[A-Z][\w\-]*)?[ \u00a0]+to"
                            r"[ \u00a0]+$")
# Words after which a place is named: `in`, `at`, `near`, and reaching it (`had reached Dong
# Dang`).
_AT_PLACE = frozenset({"in", "at", "near", "reach", "reached", "reaches", "reaching"})
# A place of two words after one of those, then `and`: `at Lang Son and` (a pair like the
# one after it; `at Beijing and Li Peng said` may join two sentences).
_AT_PLACE_AND = re.compile(r"\b(?:in|at|near|reached)[ \u00a0]+[A-Z][\w\-]*[ \u00a0]+[A-Z][\w\-]*"
                           r"[ \u00a0]+and[ \u00a0]+$")


def _at_place(text: str, mention: Mention) -> bool:
    """Is the word before the mention one after which a place is named (`in`, `at`; `In`
    opening a sentence)?"""
    before = _WORD_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    return before is not None and before[1].lower() in _AT_PLACE


def _town_at_place(text: str, mention: Mention) -> bool:
    """Is a word a town the gazetteer knows after `in`, `at` or `near` (`in Togliatti`, the
    Soviet town so named from 1964), a place more likely than the person of that name? Not
    before a possessive (`in Togliatti's view` is the man's), nor after `to` or `from`,
    which a letter is sent or comes (`wrote to Togliatti`)."""
    before = _WORD_BEFORE.search(text, max(0, mention.start - 8), mention.start)
    return before is not None and (before[1].lower() in _IN_TOWN or before[1].lower() == "to"
                                   and mention.spoken in _TOWNS_GONE_TO) and \
        not text.startswith(("'s", "\u2019s"), mention.end) and \
        _portfolio_place(mention.spoken)


# The words after which a town is named rather than a person: `in`, `at`, `near`.
_IN_TOWN = frozenset({"in", "at", "near"})
# Towns named after a man no letter of the records is sent to, who died before them: after
# `to` the town too (`exiled to Gorky`, `flew to Gorky`; Maxim Gorky died in 1936).
_TOWNS_GONE_TO = frozenset({"Gorky"})


def _noun_used(text: str, mention: Mention) -> bool:
    """Is a surname that is a common noun too (`Church`, `King`, `Young`) used alone as the
    noun: after `the` and up to three capitalized words (`the Church`, `The Catholic Church`),
    or before `and State` or `of` and a church's name (`Church and State`, `Church of
    England`)? No person, though the document names Frank Church; `Church said`, `Senator
    Church` stay his."""
    if mention.spoken not in _NOUN_SURNAMES:
        return False   # most mentions
    return _NOUN_AFTER.match(text, mention.end) is not None or \
        _THE_AND_CAPITALS.search(text, max(0, mention.start - 40), mention.start) is not None


# Surnames that are common nouns or adjectives too, which a text uses alone as such (`the
# Church`, `the King`, `the Young`): a person's name alone only without them (`Park`, a
# Korean surname, has rules of its own: `_park`). And the ranks a name may hold as a word
# (`Ali Sultan Issa`, `Aga Khan`, `Enver Pasha`): `the Sultan` is the ruler, no participant.
_NOUN_SURNAMES = frozenset({"Church", "Bishop", "Long", "Young", "Rich", "Strong", "Wise", "King",
                            "Law", "Hope", "Sultan", "Prince", "Khan", "Bey", "Pasha"})
# `the` and up to three capitalized words before such a word (`the `, `The Catholic `, `the
# Russian Orthodox `), looked for in the few characters before it.
_THE_AND_CAPITALS = re.compile(r"(?<![\w\-])[Tt]he[ \u00a0]+(?:[A-Z][\w\-]*+[ \u00a0]+){0,3}$")
# What makes the word after it a noun (` and State`, ` of England`, ` of Rome`).
_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:and[ \u00a0]+[Ss]tate|"
                         r"of[ \u00a0]+(?:England|Scotland|Rome|Christ|God))\b")


def _after_town(text: str, mention: Mention) -> bool:
    """Is the word before the mention a known town's (`in Moscow Gorky Park`: the park's town,
    as Moscow is Red Square's)?"""
    before = _WORD_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    return before is not None and before[1][:1].isupper() and _portfolio_place(before[1])


def _place_after_preposition(text: str, mention: Mention) -> bool:
    """Is the mention a pinyin-like pair (a Chinese surname and one or two syllables,
    `Dong Dang`) after `in`, `at`, `near`, `reached`, after `to` in `from A to`, or after
    another place so named and `and` (`at Lang Son and Cao Bang`): a place more likely than a
    person? `to` alone (`said to Chen Yi`) and `from` (`a letter from Li Qiang`) are said of
    persons as often. The caller asks the register first: a known name is a person."""
    plain = mention.plain
    if len(plain) != 2 or len(mention.words) != 2 or not (
            plain[0] in CHINESE_SURNAMES and _pinyin_given(plain[1])) or \
            text.startswith(("'s", "\u2019s"), mention.end):
        return False   # not a pair, or a possessive: `in Li Peng's name`
    before = text[max(0, mention.start - 60):mention.start]
    word = _WORD_BEFORE.search(before)
    if word is None:
        return False
    if word.group(1) in _AT_PLACE:
        return True
    if word.group(1) == "and":
        return _AT_PLACE_AND.search(before) is not None
    return word.group(1) == "to" and _FROM_PLACE_TO.search(before) is not None


def _respelt_word(mention: Mention) -> bool:
    """Is the mention one word and a bracket of one word spelling it another way
    (`Chongjin [Cheongjin]`, not `Zhou [Enlai]`)?"""
    if len(mention.words) != 2 or mention.words[0].bracket is not None:
        return False
    bracket = mention.words[1].bracket
    return bracket is not None and respelt_word(mention.words[0].text, bracket)


def respelt_word(word: str, other: str) -> bool:
    """Is `other` one word spelling `word` another way: the same first letter, most of their
    letters in common (`Cheongjin` for Chongjin, `Khrushchov` for Khrushchev; not `Ho-man`,
    the given name after Han)?"""
    return len(other.split()) == 1 and spelt_alike(key(word), key(other))


def spelt_alike(one: str, two: str, shifts: Sequence[tuple[str, str]] = ()) -> bool:
    """Are two name keys one name spelt two ways: the same first letter, once the `shifts`
    (first letters romanizations exchange, as (one, the other)) are undone, and a
    SequenceMatcher ratio of at least 0.8? One test for the persons and the brackets."""
    for first, second in shifts:
        if one.startswith(second) and two.startswith(first):
            one = first + one[len(second):]
        elif two.startswith(second) and one.startswith(first):
            two = first + two[len(second):]
    if one[:1] != two[:1]:
        return False
    # The ratio, twice the matched letters over both lengths, is at most twice the shorter
    # length over both (SequenceMatcher's `real_quick_ratio`, the same sum): keys far apart
    # in length are not alike, and the matcher, interpreted Python, is not built for them.
    length = len(one) + len(two)
    if length and 2.0 * min(len(one), len(two)) / length < 0.8:
        return False
    return difflib.SequenceMatcher(None, one, two).ratio() >= 0.8


@lru_cache(maxsize=64)
def _surname_keys(names: tuple[str, ...]) -> frozenset[str]:
    """The comparison keys of the surnames of `names` (the hints of a document)."""
    return frozenset(key(surname_of(name)) for name in names)


# A ruler's title that is also a given name, which it is before another given name and a
# surname: `Sultan Mohammed Khan`, Pakistan's ambassador (a ruler's is one name after it).
_GIVEN_BEFORE_GIVEN = frozenset({"Sultan"})


# A surname word with its particle, as a mention's words join them (`de Souza`, `da Silva`,
# `von Weizsäcker`, `van der Stoel`).
_PARTICLE_SURNAME = re.compile(rf"(?:de|da|do|dos|das|del|von|van|von der|van der|van den)"
                               rf"[ \u00a0][{CAPITALS}][a-z\u00e0-\u00ff]+")


def _name_shape(words: list[str]) -> bool:
    """Does a word list look like a person's full name whatever the context?"""
    # `in` first: most names have no `Kong`, and `any()` costs the compiled module a generator.
    if not words or "Kong" in words and \
            any(a == "Hong" and b == "Kong" for a, b in zip(words, words[1:])):
        return False   # the place, not a Chinese name (Hong and Kong alone are surnames)
    if len(words) >= 2 and all(is_initials(w) for w in words[:-1]) and len(words[-1]) > 2:
        return True  # N.S. Khrushchev, A. M. PUZANOV
    if len(words) >= 2 and words[-1].isupper() and len(words[-1]) > 2 and words[0][0].isupper() \
            and not words[0].isupper() and not any(is_initials(w) for w in words[1:-1]) and \
            not _ROMAN_NUMERAL.fullmatch(words[-1]) and _CAPITAL_VOWEL.search(words[-1]):
        # Fidel CASTRO (not `Afterwards A.I. MIKOYAN`: the initials begin the name; not
        # `Authority NND`, a declassification stamp's code: a surname has a vowel)
        return True
    if 3 <= len(words) <= 5 and is_given_name(words[-2]) and \
            all(is_initials(w) for w in words[:-2]) and \
            words[-1][:1].isupper() and not words[-1].isupper():
        # W. Richard Smyser: an initial, the given name used, a surname; V.K. Krishna Menon,
        # V. K. Krishna Menon: initials before them too
        return True
    if len(words) == 3 and is_initials(words[0]) and len(words[0]) == 2 and \
            all(w[:1].isupper() and not w.isupper() and not is_initials(w) for w in words[1:]):
        return True  # F. Castro Ruz, O. Dorticós Torrado: an initial, a Spanish name's surnames
    if 2 <= len(words) <= 3 and is_given_name(words[0]) and \
            all(w[:1].isupper() and not w.isupper() or _PARTICLE_SURNAME.fullmatch(w)
                for w in words[1:]):
        # Walter Lippmann, Nikolai Firyubin: a given name, then a surname; the last maybe
        # with its particle (Cláudio Garcia de Souza)
        return True
    if len(words) == 3 and words[0] in _GIVEN_BEFORE_GIVEN and is_given_name(words[1]) and \
            words[2][:1].isupper() and not words[2].isupper():
        return True  # Sultan Mohammed Khan: two given names, then a surname
    if len(words) == 3 and _GIVEN_NAME_SHAPE.fullmatch(words[0]) and is_initials(words[1]) and \
            len(words[1]) == 2 and words[2][:1].isupper() and not words[2].isupper():
        return True  # Henry A. Kissinger, Leslie H. Gelb: a given name, a middle initial, a surname
    if len(words) == 2 and (_japanese_surname(words[0]) and _japanese_given(words[1]) or
                            _japanese_surname(words[1]) and _japanese_given(words[0])):
        return True  # a Japanese statesman, in either order: Ikeda Hayato, Hayato Ikeda
    first = words[0] if words[0].isascii() else ascii_fold(words[0])   # `Phạm` is Pham
    if first in CHINESE_SURNAMES and len(words) == 2 and _pinyin_given(words[1]):
        return True
    if first in KOREAN_SURNAMES and 2 <= len(words) <= 3 and (
            "-" in words[1] or len(words) == 3) and \
            all(w[0].isupper() and len(w) > 1 for w in words[1:]):
        return True   # (a given name's syllable is no single letter: `C O N F I D E N T I A L`)
    if first in VIETNAMESE_SURNAMES and 2 <= len(words) <= 3:
        return True
    if first in KHMER_SURNAMES and len(words) == 2 and words[1][:1].isupper() and \
            words[1][1:].islower() and words[1] not in NOT_NAME:
        return True   # a Khmer family name, then a given name: Ieng Sary, Hu Nim
    if len(words) == 2 and len(first) <= 5 and first.istitle() and \
            _KOREAN_HYPHENATED.fullmatch(words[1]):
        return True  # a Korean given name in the usual hyphenated romanization: Dong-san
    if len(words) == 2 and first in KOREAN_SURNAMES and first not in _WORD_SURNAMES and \
            _KOREAN_SYLLABLE.fullmatch(words[1]) and words[1] not in NOT_NAME:
        return True  # a one-syllable Korean given name: Nam Il, Kim Il, Choe Hyon
    return False


def _japanese_surname(word: str) -> bool:
    """Is `word` the surname of a Japanese statesman of the record (`Ikeda`, `Ōhira`)?"""
    return (word if word.isascii() else ascii_fold(word)) in JAPANESE_SURNAMES


def _japanese_given(word: str) -> bool:
    """Is `word` a Japanese given name by its syllables (`Hayato`, `Etsusaburō`): two at
    least, capitalized, and no word of a kind names.py knows (`Tokyo`, `Mike`)?"""
    folded = word if word.isascii() else ascii_fold(word)
    lower = folded.lower()
    return 3 <= len(folded) <= 12 and folded[0].isupper() and folded[1:] == lower[1:] and \
        folded not in NOT_NAME and folded not in JAPANESE_SURNAMES and \
        folded not in GIVEN_NAMES and len(_VOWEL.findall(lower)) >= 2 and \
        _JAPANESE_GIVEN.fullmatch(lower) is not None


def _japanese_pair(words: list[str]) -> bool:
    """Are two words a Japanese name by their syllables, surname first or last (`Sasaki
    Kozo`, `Hosoya Matsuta`, `Ikeda Hayato`)?"""
    return len(words) == 2 and all(_japanese_surname(w) or _japanese_given(w) for w in words)


def _japanese_listed_at(reading: "Reading", i: int) -> "Mention | None":
    """A Japanese name by its syllables listed after another (`Sasaki Kozo, Kuroda Hisao,
    Hosoya Matsuta and others`): a delegation's names, whose surnames no list holds."""
    shape = reading.shape(i)
    if shape is None or shape[0] or len(shape[1]) != 2 or \
            any(t.bracket is not None for t in shape[1]) or \
            not _japanese_pair([t.text for t in shape[1]]):
        return None
    words = shape[1]
    return Mention(words[0].start, words[-1].end, None, [], words, listed=True)


def given_name_first(name: str) -> str:
    """A Japanese name written surname first, as Chinese and Korean records print it
    (`Ikeda Hayato`, `Ohira Masayoshi`), in the order of the register's other Japanese names,
    given name first (`Hayato Ikeda`): one person and id, `hayato-ikeda`, whichever order a
    document prints. Any other name as it is."""
    words = name.split()
    if len(words) == 2 and _japanese_surname(words[0]) and _japanese_given(words[1]):
        return f"{words[1]} {words[0]}"
    return name


# A vowel in capitals, accented too: a surname in capitals has one (`CASTRO`, `GÓMEZ`), a
# stamp's or a file's code need not (`NND`, `SMD`).
_CAPITAL_VOWEL = re.compile(r"[AEIOUY\u00c0-\u00c6\u00c8-\u00cf\u00d2-\u00d6\u00d8-\u00dd]")


# A word shaped as a given name, known or not (`Henry`, `Leslie`, `Jean-Pierre`): before a middle
# initial and a surname, as in `Leslie H. Gelb`, it is one.
_GIVEN_NAME_SHAPE = re.compile(f"[{CAPITALS}][a-z\u00df-\u024f]{{2,}}"
                               f"(?:-[{CAPITALS}][a-z\u00df-\u024f]+)?")


# A Roman numeral (III to XXXIX): a congress's number, no surname in capitals (`the
# Extraordinary XIV Congress` was a person `#extraordinary-xiv`); after a name it may still
# be the name's (`Charles H. Bonesteel III`).
_ROMAN_NUMERAL = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


# A Korean given name in the usual hyphenated romanization: `Dong-san`, `Jeong-suk`.
_KOREAN_HYPHENATED = re.compile(r"[A-Z][a-z]{1,6}-[a-z]{2,6}")


# One syllable of a Korean name romanized (McCune-Reischauer without breves, or the Revised
# Romanization): `Il`, `Hyon`, `Chaek`. Capitalized, as a given name is.
_KOREAN_VOWELS = ("yae", "yeo", "wae", "ae", "ya", "eo", "ye", "wa", "oe", "yo", "wo", "we", "wi",
                  "yu", "eu", "ui", "a", "e", "i", "o", "u")
_KOREAN_SYLLABLE = re.compile(
    "(?:(?:Kk|Tt|Pp|Ss|Jj|Ch|K|G|N|D|T|R|L|M|B|P|S|J|H)(?:" + "|".join(_KOREAN_VOWELS) + ")|"
    + "|".join(v.capitalize() for v in _KOREAN_VOWELS) + ")(?:ng|k|n|t|l|m|p|g|r)?")
# A Korean given name of two syllables run together (`Hurak`, `Songchol`), each a group.
_TWO_KOREAN_SYLLABLES = re.compile(
    f"({_KOREAN_SYLLABLE.pattern})({_KOREAN_SYLLABLE.pattern.lower()})")
# Korean surnames that are also English words, or Chinese: before a capitalized word they
# begin a sentence (`So Far`, `An Old`) or a Chinese name more often than a Korean one.
_WORD_SURNAMES = frozenset({"An", "Ha", "Han", "Ho", "Im", "Jin", "Ju", "Ko", "Ku", "Ma", "Min",
                            "Mun", "Na", "No", "O", "Oh", "Ok", "Pi", "Ra", "Sim", "Sin", "So",
                            "Son", "Song", "Won", "Yu", "Ji", "Jo", "Moon", "Tak", "Kil", "Pang",
                            "Chang", "Yang", "Hong", "Cha", "Ryu", "Yon", "Sok", "Jang"})


_PINYIN = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|"
    r"ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|v)(?:n|ng|r)?", re.IGNORECASE)
# A given name of one or two syllables, lower-cased (`enlai`, `yi`, `xiaoguang`); the flag is
# not needed, as it was not when this was built from the pattern's text at every call.
_PINYIN_GIVEN = re.compile(f"(?:{_PINYIN.pattern}){{1,2}}")


def _pinyin_given(word: str) -> bool:
    """Is `word` one or two pinyin syllables (Enlai, Yi, Fuchun, Xiaoguang)?"""
    if not word[:1].isupper() or not word[1:].islower():
        return False
    plain = word.lower().replace("'", "")
    return bool(_PINYIN_GIVEN.fullmatch(plain)) and len(plain) <= 10
