"""Split a body into blocks: paragraphs, speech turns, standalone gaps, footnotes, salutations.

Works on text only; building TEI from the blocks is `body.py`'s job. Every character of the
body belongs to exactly one block or to the whitespace between blocks, so nothing is lost.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from . import names
from .markup import dates
from .markup.brackets import is_page_note, names_holder
from .markup.persons import (CHAIR_LABELS, CHAIR_TITLES, HEADING_WITHOUT_COLON,
                             INTERVIEW_LABELS, ROLE_LABELS, given_after_title, list_start,
                             listed_surnames, lists_of, one_a_line, side_label)
from .markup.places import known_place
from .read import DATE_LINE, MONTHS
from .tei import SPEAKER_DELIMITERS

# From a line's start only, and never giving back its spaces: a line of 20,000 spaces was
# read again from each of them (quadratic: 9 s).
_PARAGRAPH = re.compile(r"^[ \t]*+[^ \t\n][^\n]*(?:\n[ \t]*+[^ \t\n][^\n]*)*", re.MULTILINE)

# Atomic: once a token is read, a failing label is not read again with its initials split
# other ways (`A. B. C.` as one token, three, or words): that made `A. ` * 25 take 16 s.
# A name's word may open with its particle (`al-Assad`, `el-Sadat`: `Hafez al-Assad:`;
# `d'Estaing`: `Giscard d'Estaing:`); a particle is a word of its own (`de Gaulle:`,
# `Comrade dos Santos:`, `Ulises Rosales del Toro:`, `Almeida e Silva:`); a post's `of the`
# (`Head of the Far Eastern Department M.S. Kapitsa:`) is one word.
_TOKEN = (r"(?>\[[A-Z][^\[\]\n]{0,59}\]|[A-Z]\.(?:[ \u00a0\-]?[A-Z]\.)*|"
          f"(?:(?:{'|'.join(names.PARTICLES)})-|{names.ELIDED_PARTICLE})?[{names.CAPITALS}]"
          r"[\w'\u2019\-]*(?:\[[a-z]+\])?\.?"
          r"|(?:de|da|do|dos|das|del|e|van|von|bin|al|el|la|le|of(?:[ \u00a0]the)?)\b)")
# A record's paragraph number before a label (`1. Prime Minister Tanaka: ...`) or a reported
# turn (`2. Mr. RUSK (United States) said ...`, `(3) The CHAIRMAN said ...`), as a council's
# summary record numbers them: the paragraph's, the speaker's before his name.
_PARAGRAPH_NUMBER = r"(?:(?:[1-9][0-9]{0,2}\.|\([1-9][0-9]{0,2}\))[ \u00a0]+)"
# A label: name-like tokens, maybe a parenthesised stage direction, maybe a bracketed note, colon.
_LABEL = re.compile(
    rf"(?P<lead>[ \t\u00a0]*{_PARAGRAPH_NUMBER}?)"
    rf"(?P<label>{_TOKEN}(?:[ \u00a0]+{_TOKEN}){{0,7}})"
    r"(?P<extra>(?:[ \u00a0]*\((?P<stage>[^()\n]{1,120})\)|[ \u00a0]*\[(?P<note>[^\[\]\n]{1,120})\]){0,2})"
    r"(?P<delim>:)(?P<sep>[ \t]*(?:\n|$)?[ \t]*)")
# A joint label, two persons speaking together: `Ion Gheorghe Maurer and Manea Mănescu
# (together): We support it.` Each side must be a person's label.
_JOINT_LABEL = re.compile(
    rf"(?P<lead>[ \t\u00a0]*)(?P<label>(?P<first>{_TOKEN}(?:[ \u00a0]+{_TOKEN}){{0,4}})"
    rf"[ \u00a0]+and[ \u00a0]+(?P<second>{_TOKEN}(?:[ \u00a0]+{_TOKEN}){{0,4}}))"
    r"(?P<extra>(?:[ \u00a0]*\((?P<stage>[^()\n]{1,120})\)|[ \u00a0]*\[(?P<note>[^\[\]\n]{1,120})\]){0,2})"
    r"(?P<delim>:)(?P<sep>[ \t]*(?:\n|$)?[ \t]*)")
# ALL-CAPS names ending in a period (BREZHNEV., MAO ZEDONG.), a capital maybe with an accent
# (POPOVIĆ., T. ŽIVKOV.), and initials + name (W. Ulbricht.), maybe with the editors' `[sic]`
# or a stage direction before the period: `HOXHA [sic].`, `H. ASSAD (after consulting Shakkur).`
# An abbreviated honorific or title may come first, its period no label's (`MR. SMITH.`,
# `MRS. MEIR.`, `DR. KISSINGER.`, `CDE. BISHOP.`, `GEN. HAIG.`): read as a label, `MRS.` spoke
# `MEIR. I ...` and `MR. SMITH.` was no turn. A word of two letters opens a name of two or three
# (`HO DAM.`, `RI JONG-OK.`, `YI HU-RAK.`: a Korean surname), not one alone (`OK.`, `UN.`).
# A transliterated Russian initial of two letters opens one as a letter does (`Yu. Tsedenbal.`,
# `Iu. Andropov.`, `Yu.V. Andropov.`): `_PERIOD_INITIAL`.
_UPPER = f"[{names.UPPERCASE}]"
_TWO_LETTER_INITIALS = ("Yu", "Iu", "Ya", "Ia", "Zh", "Sh", "Ch", "Kh", "Ts", "Fr")
_PERIOD_INITIAL = "(?:[A-Z]|" + "|".join(_TWO_LETTER_INITIALS) + r")\."
_UPPER_REST = f"[{names.UPPERCASE}'\u2019\\-]"   # a word's letters after its first
# In capitals, one of them (`YU. TSEDENBAL.`, `A.YA. PELSHE.`, `YU.V. ANDROPOV.`): its second
# letter no word's, as a letter's initial is.
_UPPER_INITIAL = ("(?:" + "|".join(initial.upper() for initial in _TWO_LETTER_INITIALS
                                  if initial != "Fr") + f"|{_UPPER})" + r"\.")
_ABBREVIATED = sorted({word[:-1] for word in names.HONORIFICS | names.TITLES
                       if word.endswith(".") and word.count(".") == 1},
                      key=lambda word: (-len(word), word))   # `Mrs` before `Mr`
_PERIOD_HONORIFIC = ("(?:(?:" + "|".join(_ABBREVIATED + [word.upper() for word in _ABBREVIATED])
                     + r")\.[ \u00a0])")
_PERIOD_LABEL = re.compile(
    rf"(?P<lead>[ \t\u00a0]*)(?P<label>{_PERIOD_HONORIFIC}?"
    rf"(?:{_UPPER_INITIAL}[ \u00a0]?)*{_UPPER}{_UPPER_REST}"
    rf"(?:{_UPPER_REST}+(?:[ \u00a0]{_UPPER}{_UPPER_REST}+){{0,2}}"
    rf"|(?:[ \u00a0]{_UPPER}{_UPPER_REST}+){{1,2}})"
    rf"|(?:{_PERIOD_INITIAL}[ \u00a0]?){{1,3}}[A-Z][a-z][\w'\u2019\-]+)"
    r"(?P<extra>(?:[ \u00a0]*\[sic\])?(?:[ \u00a0]*\((?P<stage>[^()\n]{1,120})\))?)(?P<note>)"
    r"(?P<delim>\.)(?=[ \t\n\u00a0]|$)(?P<sep>[ \t]*\n?[ \t]*)")
# A name in mixed case before a period, the paragraph's whole first sentence: one to four
# capitalized words (`Kosygin. How is ...`, `Taraki (after a pause). We can`, the editors'
# `[sic]` after it: `Hoxha [sic]. Albania ...`). A label only where the body's period labels
# named that surname before (`A.N. Kosygin.`), see `_period_surnames`: read alone, it would
# be any short sentence. A word's letters are never given back (possessive): nothing after a
# word can match one, and given back, every paragraph (`Vice Premier Deng Xiaoping said ...`)
# was read again from each letter.
_NAME_WORD_LOWER = f"[{names.CAPITALS}]" r"[a-z\u00e0-\u00ff\u0100-\u024f][\w'\u2019\-]*+"
_SURNAME_PERIOD_LABEL = re.compile(
    rf"(?P<lead>[ \t\u00a0]*)(?P<label>{_NAME_WORD_LOWER}(?:[ \u00a0]{_NAME_WORD_LOWER}){{0,3}})"
    r"(?P<extra>(?:[ \u00a0]*\[sic\])?(?:[ \u00a0]*\((?P<stage>[^()\n]{1,120})\))?)(?P<note>)"
    r"(?P<delim>\.)(?=[ \t\n\u00a0]|$)(?P<sep>[ \t]*\n?[ \t]*)")
# One word in mixed case, a surname's shape (`Alekseev`, `Castro`): `PersonLabels.known_surname`.
_ONE_NAME_WORD = re.compile(_NAME_WORD_LOWER)
# A label that defines its short form, then a full stop: `Ambassador Kim Yong-nam [henceforth
# referred to as Kim]. The talks ...`.
_DEFINING_LABEL = re.compile(
    rf"(?P<lead>[ \t\u00a0]*)(?P<label>{_TOKEN}(?:[ \u00a0]+{_TOKEN}){{0,7}})"
    r"(?P<extra>[ \u00a0]*\[(?P<note>(?:henceforth|hereafter)\b[^\[\]\n]{1,100})\])(?P<stage>)"
    r"(?P<delim>\.)(?=[ \t\n\u00a0]|$)(?P<sep>[ \t]*\n?[ \t]*)")
# The room's voices as a turn's label (`names.VOICES`), or an interjection and who made it:
# `Voices: Correct!`, `Voice from the floor: And the economic assistance?`, `Interjection by
# Comrade Matern: When?`; in a body of period labels, `VOICES. Correct.`. In a body of turns
# only, after the first. A transcript's speaker it cannot name may be in brackets, maybe with
# the editors' guess, or be a question mark (`[Unidentified speaker, probably Ornstein]:`,
# `[?]:`), and the guess may follow the label (`UNIDENTIFIED [probably Dobrynin]:`).
_VOICES_LABEL = re.compile(
    rf"(?P<lead>[ \t\u00a0]*)(?P<label>{names.VOICES.pattern}"
    rf"(?:[ \u00a0]+(?:by|from)[ \u00a0]+(?P<person>{_TOKEN}(?:[ \u00a0]+{_TOKEN}){{0,4}}))?"
    r"|\[(?:(?i:unidentified|unknown)\b[^\[\]\n]{0,80}|\?)\])"
    r"(?P<extra>(?:[ \u00a0]*\[(?P<note>[^\[\]\n]{1,120})\])?)(?P<stage>)"
    r"(?P<delim>:|\.(?=[ \t\n\u00a0]|$))(?P<sep>[ \t]*(?:\n|$)?[ \t]*)")
# A name, a spaced dash and the speech, as Polish, Hungarian and East German minutes print
# their turns: `W. Gomułka – We support ...`, `A. Gromyko — Then ...`, `Wojciech Jaruzelski -
# We have ...`. The speech opens with a capital, a parenthesis, a bracket or a quotation mark
# (`Lech Wałęsa – the leader of Solidarity – said` is an apposition). The delimiter holds the
# space before the dash, a no-break space too: an `sp` holds no text of its own. A stage
# direction may stand before it (`W. Gomułka (to Ulbricht) – We agree.`). A label only of a
# person's name (initials, a title or the register's), in a body that has two of them
# (`_dash_labelled`) or, once, in a body of turns of another style (`_lone_dash_speaker`).
_DASH_LABEL = re.compile(
    rf"(?P<lead>[ \t\u00a0]*)(?P<label>{_TOKEN}(?:[ \u00a0]+{_TOKEN}){{0,5}})"
    r"(?P<extra>(?:[ \u00a0]*\((?P<stage>[^()\n]{1,120})\))?)(?P<note>)"
    r"(?P<delim>[ \u00a0][\u2013\u2014\-])(?P<sep>[ \t]+)"
    f"(?=[{names.CAPITALS}(\\[\"\u201c\u201e'])")
# A section's number in Roman numerals (I to XXXIX): `III. Proposals` heads a section, no one
# speaks it (read as ALL-CAPS name, it made a speaker `III` and a person `#iii`).
_SECTION_NUMBER = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
# A section's heading in capitals after its Roman numeral, a paragraph or a label's name, maybe
# ending in a full stop or a colon: `I. DISARMAMENT`, `II. DATE OF NEXT MEETING`, `IV. TRADE:`.
# No one's label (`PersonLabels.section_heading`), though `I. HATOYAMA.` has its shape.
_CAPITALS_SECTION = re.compile(r"[ \t\u00a0]*(?P<number>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\."
                               r"[ \u00a0]+[A-Z][A-Z'\u2019\-]++"
                               r"(?:[ \u00a0,]++[A-Z][A-Z'\u2019\-]*+)*+[.:]?[ \t\u00a0]*")
# The recorder's own label among the turns, the author speaking: `I: Thank you, Comrade Kim
# Jong Il.` (a journal's dialogue; persons gives it the signer's `@who`). Not in a body whose
# sections a paragraph numbers `II.` or `II:`: there `I:` heads the first section.
_AUTHOR_LABEL = re.compile(r"[ \t\u00a0]*I:")
_SECOND_SECTION = re.compile(r"^[ \t\u00a0]*II[.:]", re.MULTILINE)
# A reported-speech turn: a name, then the verb, maybe after an adverb, which is the speech's
# (`Comrade E. Honecker then informed him ...`, `Kim in turn said ...`), or a gesture and
# `and` (`N.S. KHRUSHCHEV laughed and said that ...`).
_SPEECH_ADVERB = (r"(?:then|also|further|again|once again|finally|later|next|subsequently|"
                  r"thereupon|thereafter|afterwards?|likewise|in turn|in reply|in response|"
                  r"(?:laughed|smiled|nodded) and)")
# An adverb before the reporting verb that may place the sentence after the conversation
# (`Ambassador Thompson later noted that ...`, `... afterwards said ...`): a turn only for
# someone who had one before. So may the same opening the paragraph (`Afterwards Chen Yi
# said ...`).
_AFTERWARDS = re.compile(r"(?:later|subsequently|thereafter|afterwards?) ")
_AFTERWARDS_OPENING = re.compile(r"[ \t\u00a0]*(?:Later|Afterwards?)\b")
# An adverbial that may open such a turn, before the name (`In conclusion Chen Yi said that
# ...`, `At the end of the conversation, Zhou Enlai stressed ...`): the speaker holds it, the
# name marked in it. A short list: a longer phrase may say whose words follow (`In his
# letter Mao Zedong said`), which the turn's speaker would not say. The greetings and the
# beginning open the talk too (`After an exchange of greetings Stalin asks about ...`).
_TURN_OPENING = (r"(?:In (?:conclusion|reply|response|closing|turn)|At the (?:end|beginning)"
                 r"(?: of the (?:conversation|talks?|meeting|discussion))?|Then|Afterwards?|"
                 r"After (?:that|(?:an exchange of |the )?greetings)|Finally|Further|Next|Later)")
# A short adverbial of topic ending in a comma, before the name, that may open such a turn
# too (`On trade, Khrushchev said ...`, `Turning to Berlin, Gromyko stated ...`, `As for the
# GDR, ...`): up to six words, each read once; a turn only for a participant or a speaker.
_TOPIC_OPENING = (r"(?:On|Turning to|Returning to|Coming to|As (?:to|for|regards)|Regarding|"
                  r"Concerning|With (?:regard|respect|reference) to)"
                  r"(?:[ \u00a0][\w'\u2019\-]++){1,6},")
_TOPIC = re.compile(rf"[ \t\u00a0]*{_TOPIC_OPENING}")
# A no-break space may stand before the spaces after the name (`Kim Il Sung\u00a0 turns to
# ...`, as a web page prints it): the label holds it, the speaker's as for a colon label (an
# `sp` holds no text of its own); the name is read without it (`_name`).
# A short phrase between commas after the name (and its delegation), before the verb, which
# the speaker holds as it holds the delegation: a participle and up to five words, or a short
# adverbial (`The CHAIRMAN, summing up, said ...`, `Mr. RUSK, replying to M. Couve de
# Murville, said ...`, `Mr. SPAAK, in reply, said ...`). Each word read once.
_ASIDE = (r"(?:(?<=[^\W\d_.]|\)),[ \u00a0]+(?:[a-z]{2,20}ing\b(?:[ \u00a0]+[^\s,()]++){0,5}|"
          r"in (?:reply|response|turn|conclusion)|for (?:his|her) part),)")
# A council's verbs of position, a reported turn's verb after a delegation only (`Mr. GREEN
# (Canada) and Mr. KRAG (Denmark) supported ...`): after a name alone, narration.
_POSITION_VERBS = r"(?<=\) )(?:supported|supports|endorsed|endorses)\b"
# The verbs a meeting's business opens with, a reported turn's verb only for the chair or a
# participant the lines list (`1. The Chairman welcomed the Minister and explained ...`, `Mr.
# Foster opened by saying that ...`, `_opens_business`): of anyone else, narration.
_BY_SAYING = r"(?:opened|opens|began|begins) by saying"
_OPENING_VERBS = rf"(?P<opening>welcomed|welcomes|{_BY_SAYING})\b"
# A verb of speech that takes no that-clause, thanks or a feeling expressed (`Shri Rajiv
# Gandhi expressed his gratitude for ...`, `Mr. Foster thanked the Minister`): a reported
# turn's verb too, its object the clause `_REPORTED_CLAUSE` reads.
_THANKS_VERBS = (r"(?P<thanks>thanked|expressed[ \u00a0](?:his|her|their)[ \u00a0](?:gratitude|"
                 r"thanks|satisfaction|hope|regret|concern))\b")
_REPORTED = re.compile(
    rf"(?P<lead>[ \t\u00a0]*{_PARAGRAPH_NUMBER}?"
    rf"(?:{_TURN_OPENING},?[ \u00a0]+|{_TOPIC_OPENING}[ \u00a0]+)?)"
    rf"(?P<label>{_TOKEN}(?:[ \u00a0]+{_TOKEN}){{0,5}}\u00a0*)"
    r"(?P<extra>(?:(?<=[^\W\d_.]) \((?P<stage>[A-Z][^()\n]{0,40})\))?" rf"{_ASIDE}?)(?P<note>)"
    rf"(?P<delim>)(?P<sep> +)(?=(?:{_SPEECH_ADVERB} )?"
    r"(?:(?:" + "|".join(names.SPEECH_VERBS) + rf")\b|{_OPENING_VERBS}|{_THANKS_VERBS})|"
    rf"{_POSITION_VERBS})")
# How far into a paragraph the `and` of `_JOINT_REPORTED` may stand: a number, two names of
# up to five words and a delegation (`7. Mr. GREEN (Canada) and ...`).
_JOINT_REACH = 160
# Two persons' reported turn, as a council's record joins two delegations saying the same
# (`7. Mr. GREEN (Canada) and Mr. KRAG (Denmark) supported ...`): each side a person's name,
# maybe with its delegation; as a joint label, a turn of both.
_JOINT_REPORTED = re.compile(
    rf"(?P<lead>[ \t\u00a0]*{_PARAGRAPH_NUMBER}?)"
    rf"(?P<label>(?P<first>{_TOKEN}(?:[ \u00a0]+{_TOKEN}){{0,4}})"
    r"(?:(?<=[^\W\d_.]) \((?P<delegation>[A-Z][^()\n]{0,40})\))? and "
    rf"(?P<second>{_TOKEN}(?:[ \u00a0]+{_TOKEN}){{0,4}}))"
    r"(?P<extra>(?:(?<=[^\W\d_.]) \((?P<stage>[A-Z][^()\n]{0,40})\))?)(?P<note>)"
    rf"(?P<delim>)(?P<sep> +)(?=(?:{_SPEECH_ADVERB} )?"
    r"(?:" + "|".join(names.SPEECH_VERBS) + rf")\b|{_POSITION_VERBS})")
# What such a turn says inside labelled dialogue, as US memoranda mix the two (`Mr. Warnke
# said that the U.S. could not ...`, `The Secretary asked: what ...`): the verb's that-clause
# or colon, up to the sentence's end (a full stop after no capital, which `U.S.` and `A.N.`
# have, then a capital or the paragraph's end); or what a question asked about (`Najibullah
# asked about the supply of flour: ...`, `Stalin asks about Mao Zedong's health`); or a
# welcome and what its verb of speech says after it, in the same sentence (`General Secretary
# Gorbachev welcomed the Federal Chancellor and said that ...`; a welcome alone is narration).
_REPORTED_CLAUSE = re.compile(
    rf"(?:{_SPEECH_ADVERB} )?(?:(?:" + "|".join(names.SPEECH_VERBS) + rf"|{_BY_SAYING})"
    rf"(?: that\b|[ \u00a0]*:)|{_THANKS_VERBS}|(?:ask(?:ed|s)|(?:in|en)quire[ds]) about\b|"
    r"welcome[ds][ \u00a0][^.!?\n]{1,80}?[ \u00a0]and[ \u00a0](?:" +
    "|".join(names.SPEECH_VERBS) + r")\b)"
    r"(?P<clause>(?:[^.!?\n]|(?<=[A-Z])\.|[.!?](?![ \u00a0]*(?:\n|$)|[ \u00a0]+[A-Z\"\u201c]))*+)")
# The first person in that clause: a speaker quoting someone (`Khrushchev said that we must
# ...`), not the recorder reporting a turn, which says he, they, the U.S.
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|us|[Oo]urs?)\b")

# The recorder's narration that a visitor left, the talk over: `MacArthur thanked the Prime
# Minister and left at 11:30.`, `The Ambassador took his leave.`, `Kim left at 5 p.m.`, `...
# and then departed.` (`_departs`). `left` or `departed` alone ends the paragraph: `the troops
# came and left in 1958` is a speaker's history.
_DEPARTURE = re.compile(r"\b(?:(?:left|departed)[ \u00a0]at[ \u00a0][0-9]|took[ \u00a0](?:his|"
                        r"her|their)[ \u00a0]leave\b|(?:and|then)[ \u00a0](?:left|departed)"
                        r"[.)\]]*[ \t\u00a0]*$)")
_DEPARTURE_MOST = 240   # characters: a sentence or two, no speech

# A paragraph that is only an omission (`[...]`, `[....]`, `(...)`, `...`) or a redaction
# marker. Other markers (`[two lines excised]`) stay in a paragraph, outside the turn before
# when they leave lines out (`_LEFT_OUT`).
_DOTS = r"\s*(?:\u2026+|\.(?:\s?\.){2,})\s*"
_GAP = re.compile(rf"\s*(?:\[{_DOTS}\]|\({_DOTS}\)|\.\.\.|\u2026|"
                  r"\((?:[^()\n]*\bredacted\b[^()\n]*)\)|\[(?:[^\[\]\n]*\bredacted\b[^\[\]\n]*)\])\s*",
                  re.IGNORECASE)
_FOOTNOTE = re.compile(r"\[(?P<n>[0-9]{1,3})\][ \t\u00a0]+\S")  # ASCII: the number is in an id
# A note's marker within a paragraph: after a word or a full stop, maybe a space between
# (`Dandong.[1]`, `the border [2]`); not after a line break (`[1] A note.`) or a bracket.
# Looked behind, so that markers in a row (`said.[1][2]`) are each found; from the bracket,
# so that the search skips to each `[` (looked behind from the start, it tried every position).
_MARKER = re.compile(r"\[(?:(?<=[^\s\[]\[)|(?<=[^\s\[][ \t\u00a0]\[))([0-9]+)\]")
# Notes numbered in parentheses (`(1) The Assistant Chief of Staff ...`) and their markers
# within a paragraph, after a word or a mark, maybe a space between (`160-170 million tons,
# (1) well below`): read as notes only when they end the body in order (`_paren_notes`).
_PAREN_FOOTNOTE = re.compile(r"\((?P<n>[0-9]{1,3})\)[ \t\u00a0]+\S")
_PAREN_MARKER = re.compile(r"\((?:(?<=[^\s(]\()|(?<=[^\s(][ \t\u00a0]\())([0-9]{1,3})\)")
# The line break before the next note of a paragraph of notes, one a line with no blank line
# between them (`[1] Chairman of the Cabinet.` / `[2] Foreign Minister.`): each is a note.
_NEXT_FOOTNOTE = re.compile(r"\n(?=\[[0-9]{1,3}\][ \t\u00a0]+\S)")
# A letter's salutation, anywhere: `Dear Comrade Kim Il Sung,`, `Esteemed Comrade Mao:`,
# `Respected Mr. Chairman!`, and the era's courtesy forms, `Honoured Comrade Brezhnev,`,
# `Highly esteemed Mr. President,`, a Brazilian or Portuguese letter's `Excellent Mr.
# President of the Republic,` (Excelentíssimo Senhor; `Excellent` only before an honorific,
# `Excellent!` is a speaker's answer; `Honoured` before a capital, as a title or name).
_SALUTE = re.compile(
    r"[ \t\u00a0]*(?:Dear|My dear|Esteemed|Respected|Hono(?:u)?red(?=[ \u00a0][A-Z])|"
    r"(?:Highly|Deeply|Much|Most|Very)[ \u00a0](?:[Ee]steemed|[Rr]espected|[Hh]ono(?:u)?red)|"
    r"(?:Most[ \u00a0])?Excellent(?=[ \u00a0](?:Mr|Mrs|Madam|Sir|Senhor)\b))"
    r"\b[^\n]{0,80}[:,!][ \t\u00a0]*$")
# The salutations that do without `Dear` (`Comrade Minister,`, `Dear Comrades!` aside:
# `Comrades!`, `Your Excellency,`, `Mr. President,`): a comma or an exclamation mark after
# them, never a colon, which would make `Comrade Kim:` a label; before the first turn only.
_BARE_SALUTE = re.compile(r"[ \t\u00a0]*(?:Comrades?|(?:Your )?Excellency|Mr\.? President|"
                          r"Madam President)\b[^\n:]{0,60}[,!][ \t\u00a0]*$")
# A churchman's salutation, alone on its line (`Your Eminence,`, `Most Reverend Eminence:`,
# `Your Holiness,`, `Most Reverend Excellency:`): a colon too, as no person is named by it.
_CHURCH_SALUTE = re.compile(r"[ \t\u00a0]*(?:Your|(?:Most|Right|Very)[ \u00a0]Reverend)[ \u00a0]"
                            r"(?:Eminence|Holiness|Excellency|Grace|Beatitude)[,:!][ \t\u00a0]*$")
# The fields that head a letter or cable (`To:`, `From:`, `Subject:`, `Date:`, `No.:`), with a
# State Department telegram's routing and filing fields (`INFO:`, `TAGS:`, `E.O. 11652:`,
# `REF:`) and a US memorandum's (`MEMORANDUM FOR: THE PRESIDENT`, `THROUGH:`), an Argentine
# one's `FOR:` and `REF.:`. The sender's and the addressee's say that a document is a letter
# or a cable.
_ADDRESS_FIELDS = frozenset({"to", "from", "fm", "sender", "addressee", "addressees",
                             "recipient", "recipients", "memorandum for", "for"})
# An interview's parties, which head its transcript as a letter's sender and addressee do
# (`Date: ...` / `Place: ...` / `Subject: ...` / `Interviewer: ...`).
_INTERVIEW_FIELDS = frozenset({"interviewer", "interviewers", "interviewee", "interviewed by"})
_HEAD_FIELDS = _ADDRESS_FIELDS | _INTERVIEW_FIELDS | frozenset({
    "info", "action", "cc", "copy", "copies", "date", "date and time", "time", "place",
    "through", "thru",
    "location", "city", "subject", "subj", "re", "ref", "ref.", "refs", "reftel", "reference",
    "tags",
    "e.o.", "level", "classification", "precedence", "priority", "content", "contents", "no.",
    "no", "number", "nr.", "written", "via", "attention", "attn", "distribution", "dist",
    "origin", "sent", "received", "rec'd", "rec\u2019d", "drafted", "cleared", "approved",
    "control"})
# A field line heading a letter or cable: a field's name, a colon and its value or nothing
# (`To: the Ministry`, `SUBJECT: Germany`, `E.O. 11652: GDS`, `Place:`); or a telegram's
# routing line, which prints no colon, in capitals (`FM AMEMBASSY MOSCOW`, `TO SECSTATE
# WASHDC IMMEDIATE 4521`, `INFO AMEMBASSY LONDON`), as a US memorandum's addressee may
# (`MEMORANDUM FOR THE PRESIDENT`; not `MEMORANDUM FOR THE RECORD`, which names no one):
# `To the Ambassador` is a sentence.
_FIELD_LINE = re.compile(r"[ \t\u00a0]*(?:(?P<name>E\.O\.(?:[ \u00a0][0-9]+)?"
                         r"|[A-Za-z][A-Za-z.'\u2019]*(?:[ \u00a0][A-Za-z.'\u2019]+){0,2})"
                         r"[ \t\u00a0]*:(?P<value>[^\n]*)"
                         r"|(?P<routing>FM|TO|INFO|MEMORANDUM FOR(?![ \u00a0]+(?:THE[ \u00a0]+)?"
                         r"RECORD\b))[ \u00a0]+[A-Z0-9][^a-z\n]*)")
# A State Department telegram's lines around its routing lines, as the archive's copies print
# them: the precedence and date-time group above them, a precedence letter, or the action's
# and the information addressees' (`O`, `P R`), or `NIACT IMMEDIATE`, the day, hour and minute
# in Zulu time, the month and the year, maybe the relay's mark after them (`O 141600Z SEP 73`,
# `P R 211930Z NOV 83`, `Z 111540Z SEP 73 ZFF-4`); the copy's page head, the cable's number
# and time, which the Department's own copies leave out (`PAGE 01 SANTIA 04312 141630Z`,
# `PAGE 01 BUENOS 08912 01 OF 02 211945Z`, `PAGE 01 STATE 223344`); the
# action office (`ACTION ARA-20`); the telegraph system's separator under the distribution, a
# line of hyphens, the cable's sequence number and a date-time group, either first, and a slash
# number (`------------------ 012345 141823Z /50`, `-----------------141748Z 054321 /41`); the
# classification spelt out letter by letter, maybe the cable's place and number after it (`C O
# N F I D E N T I A L SANTIAGO 4312`). The Department's own cables print their origin above
# the distribution instead of an action office (`ORIGIN EUR-12`), the drafter's and the
# approver's office and name under it (`DRAFTED BY EUR/SOV:JDOE:LM`, the typist's initials
# after the name, `APPROVED BY EUR:AAHARTMAN`), and after them the clearances, an office and a
# name each (`EUR/SOV:MGARRISON`, `S/S-O:RPERITO`), which `_field_names` takes only there.
_OFFICE_AND_NAME = r"[A-Z][A-Z0-9]*+(?:[/\-][A-Z0-9]++)*+:[A-Z][A-Z.'\u2019\-]*+"
_SPACED_CLASSIFICATION = (r"(?:T O P {1,3})?S E C R E T|C O N F I D E N T I A L"
                          r"|U N C L A S S I F I E D|L I M I T E D {1,3}O F F I C I A L {1,3}U S E")
_TELEGRAM_LINE = re.compile(
    r"[ \t\u00a0]*(?:(?P<precedence>(?:[OPRZ](?:[ \u00a0][OPRZ])?|NIACT[ \u00a0]IMMEDIATE)"
    r"[ \u00a0]+[0-3][0-9][0-2][0-9][0-5][0-9]Z[ \u00a0]+"
    rf"(?:{'|'.join(month[:3].upper() for month in MONTHS)})[ \u00a0]+[0-9]{{2}}"
    r"(?:[ \u00a0]+ZFF-?[0-9]+)?)"
    r"|(?P<page>PAGE[ \u00a0]+[0-9]{2}[ \u00a0]+[A-Z]{2,8}[ \u00a0]+[0-9]{3,6}"
    r"(?:[ \u00a0]+[0-9]{2}[ \u00a0]+OF[ \u00a0]+[0-9]{2})?(?:[ \u00a0]+[0-9]{6}Z)?)"
    r"|(?P<action>ACTION[ \u00a0]+[A-Z]{1,6}-[0-9]{2})"
    r"|(?P<origin>ORIGIN[ \u00a0]++[A-Z]{1,6}-[0-9]{2})"
    rf"|(?P<drafted>(?:DRAFTED|APPROVED)[ \u00a0]BY[ \u00a0]++{_OFFICE_AND_NAME}(?::[A-Z]{{1,4}})?)"
    rf"|(?P<clearance>{_OFFICE_AND_NAME})"
    r"|(?P<separator>-{5,}+[ \u00a0]*+(?:[0-9]{5,7}[ \u00a0]++[0-3][0-9][0-2][0-9][0-5][0-9]Z"
    r"|[0-3][0-9][0-2][0-9][0-5][0-9]Z[ \u00a0]++[0-9]{5,7})(?:[ \u00a0]++/[0-9]{1,3})?)"
    rf"|(?P<classification>(?:{_SPACED_CLASSIFICATION})(?:[ \u00a0][^a-z\n]*+)?))[ \t\u00a0]*")
# A Soviet cipher telegram's head lines, which print no colon either, a keyword in mixed
# case: the sender's place in capitals, maybe the telegram's number after it (`From BEIJING`,
# `From HAVANA  Nº 54623`), the addressee's place in capitals or a comrade's name, maybe with
# the editors' name for him in brackets (`To MOSCOW – to Comrade VYSHINSKY`, `To Cde. A.A.
# Gromyko`, `to Comrade FILIPPOV [Stalin]`), when it was sent or received, in figures
# (`Sent 9.3.50 23:25`, `Received at 03:20 28.X.1962`, `Received 12.III.1957 at 18:30`), the
# copy's number (`Copy No. 3`, `Copy Nº 4`) and the telegram's (`Nº 5238`, a Romanian
# telegram's `No. 061.218`). A place in mixed case makes a sentence (`From Beijing we went
# ...`), as do words after the place or the name (`From USSR sources ...`, `To Comrade Kim we
# said ...`). Spaces and words are read once (possessive).
_CAPITALS_WORD = r"[A-Z][A-Z'\u2019\-]++"
_NUMBER_SIGN = r"(?:N[\u00ba\u00b0]\.?|No\.)[ \u00a0]*+[0-9][0-9/\-]*+(?:\.[0-9]++)*+"
_COMRADE = (r"(?:Comrade|Cde\.|Com\.)[ \u00a0]++(?:[A-Z]\.[ \u00a0]?)*+[A-Z][\w'\u2019\-]*+"
            r"(?:[ \u00a0][A-Z][\w'\u2019\-]*+){0,3}"
            r"(?:[ \u00a0]\[[^\[\]\n]{1,40}\])?")
_WIRED_LINE = re.compile(
    rf"[ \t\u00a0]*+(?:(?P<sender>From)[ \u00a0]++"
    rf"{_CAPITALS_WORD}(?:[ \u00a0]{_CAPITALS_WORD}){{0,2}}"
    rf"(?:[ \t\u00a0]++{_NUMBER_SIGN})?"
    rf"|(?P<addressee>To)[ \u00a0]++(?:{_CAPITALS_WORD}(?:[ \u00a0]{_CAPITALS_WORD}){{0,2}}"
    rf"(?:[ \u00a0]*+[\u2013\u2014,\-][ \u00a0]*+to[ \u00a0]++{_COMRADE})?|{_COMRADE})"
    r"|(?P<time>Sent|Received)(?=[^0-9\n]{0,12}[0-9])(?:[ \u00a0]++(?:[0-9][0-9.:,IVX]*+|at|on|"
    r"hours|hrs|h)\.?(?!\w))++"
    rf"|(?P<copy>Copy)[ \u00a0]++{_NUMBER_SIGN}|(?P<number>){_NUMBER_SIGN})[ \t\u00a0]*+")
# A cable's place and number line above its field lines, as Romanian telegrams print it: a
# place the gazetteer knows, a comma and the telegram's number (`Pyongyang, No. 059.076`,
# `Beijing, Nº 5238`); `Talks, No. 3` names no place.
_PLACE_NUMBER = re.compile(rf"[ \t\u00a0]*+(?P<place>[^\W\d_][^,\n]{{0,40}}),[ \u00a0]++"
                           rf"{_NUMBER_SIGN}[ \t\u00a0]*+")
# A line in capitals going on the field line in capitals above it: a telegram's next
# addressee (`INFO AMEMBASSY LONDON` / `AMEMBASSY PARIS`), the rest of its subject; not a
# numbered paragraph (`1. SUMMARY: ...`).
_CAPITALS_LINE = re.compile(r"[ \t\u00a0]*(?![0-9]+[.)])[A-Z0-9][^a-z\n]*")
# A classification or the document's kind, a line of a paragraph above a letter's or cable's
# field lines or between them: `SECRET`, `Top Secret`, `Strictly Secret!`, `LIMITED OFFICIAL
# USE`, a US memorandum's with its handling (`SECRET/SENSITIVE`, `SECRET - NODIS`) and the
# White House's letterhead (`THE WHITE HOUSE` / `WASHINGTON`), `TELEGRAM`, a Soviet cipher
# telegram's `CIPHERED TELEGRAM Nº 21734`, `Making copies prohibited`, `Copying prohibited`
# and its handling, `SPECIAL`, `VERY URGENT`; a memorandum's, `MEMORANDUM Nº 1187`; a
# ministry's letterhead in capitals, as the White House's (`MINISTRY OF FOREIGN RELATIONS AND
# WORSHIP`; in capitals only, `Ministry of ...` may open a sentence).
_MARKING = re.compile(r"[ \t\u00a0]*(?:(?:(?:Top|Strictly|Highly)[ \u00a0])?(?:Secret|Confidential)"
                      r"(?:[ \u00a0]?[/\-\u2013][ \u00a0]?(?:Sensitive|Nodis|Exdis|Limdis|Eyes"
                      r"[ \u00a0]Only))?"
                      r"|The[ \u00a0]White[ \u00a0]House|Washington"
                      r"|(?-i:MINISTRY[ \u00a0]OF(?:[ \u00a0][A-Z][A-Z,'\u2019&\-]*+){1,10})"
                      r"|Unclassified|Limited[ \u00a0]Official[ \u00a0]Use|Special"
                      r"|(?:Very[ \u00a0])?Urgent"
                      r"|(?:Cipher(?:ed)?[ \u00a0])?(?:Telegram|Cable|Memorandum)"
                      rf"(?:[ \u00a0]++{_NUMBER_SIGN})?"
                      r"|(?:Making[ \u00a0]copies|Copying)(?:[ \u00a0]is)?[ \u00a0]prohibited)"
                      r"[!.]?[ \t\u00a0]*", re.IGNORECASE)
# A signer's name: up to four initials or words, maybe between slashes or in parentheses, as
# Soviet cables print a copy's signature (`/A. PUZANOV/`, `(A. ALEKSEEV)`). An initial may
# have two letters, as a Russian or Czech one transliterated (`Iu. ANDROPOV`, `Fr. Komzala`),
# not an honorific's (`Dr.`). A run of initials counts as one. Each part is read once
# (atomic, possessive): split other ways, a run of initials or a word in capitals was read
# again and again when what followed failed (`A. ` * 80 + `x` took a second, each more
# initial longer). A rank of up to two title words may come before the name, not counted
# among its words (`General HUGO DE ANDRADE ABREU`), or an honorific before a name of two
# parts or more (`Dr. Ferenc Szabó`; `Dr. Kissinger` alone may be a list's), or both, the
# post first (`Ambassador Dr. Ferenc Szabó`, `Ambassador Dr. Szabó`). A name or initial may
# begin with a capital with an accent (`L. Štrougal`, `T. Živkov`).
_INITIAL = rf"(?:[{names.CAPITALS}]|(?!Mr|Ms|Dr|St|Lt|Jr|Sr)[A-Z][a-z])\."
# A particle between two of the name's words: `Cláudio Garcia de Souza`, `Hans van den Broek`.
_SIGNER_PARTICLE = r"(?:de|da|do|dos|das|del|van(?:[ \u00a0]de[nr])?|von(?:[ \u00a0]der)?|di|du)"
_SIGNER_WORD = rf"[{names.CAPITALS}][a-z\u00e0-\u00ff\u0100-\u024f\u1e00-\u1eff'\u2019\-]++"
# A word inside the name may be the translator's completion in brackets (`Comrade [Werner]
# Kaufmann`); after it, a bracket is an identification (`FYN-SI [Filippov]`), no signer's.
_SIGNER_PART = (rf"(?>{_INITIAL}(?:[ \u00a0]?{_INITIAL})*+"
                rf"|{_SIGNER_WORD}|\[{_SIGNER_WORD}\](?=[ \u00a0]{_SIGNER_WORD})"
                rf"|[{names.CAPITALS}][{names.CAPITALS}'\u2019\-]++)")
_SIGNER_NAME = rf"{_SIGNER_PART}(?:[ \u00a0]?(?:{_SIGNER_PARTICLE}[ \u00a0])?{_SIGNER_PART}){{0,3}}"
# The comrade's abbreviations are honorifics too: `Cde. Liam James` / `Secretary`.
_SIGNER_HONORIFIC = r"(?:Dr|Prof|Mr|Mrs|Ms|Cde|Com)\."
# `Federal` and `State` are titles only before another (`Federal Chancellor`, `State
# Secretary`): a line they open is no signer's office by them (`Federal Republic of Germany`,
# `State Council` under a signature).
_OFFICE_TITLES = names.TITLES - {"Federal", "State"}
_TITLE_WORD = "(?:" + "|".join(sorted(map(re.escape, _OFFICE_TITLES))) + ")"
# The editors' `[sic]` after the name (`A. LUKIANOV [sic]`) is read through, as the dates pass
# reads a date through it; the archive's `[signature]` may stand before the name or after it
# (`Antonín Kotek [signature]`), and so may `(-)`, the Polish mark of a signature (`(-)
# Zdzisław Pakuła`), or `(ss)`, the Romanian one (`(ss) Ion Mărgineanu`). The editors' reading
# of a signature may stand in brackets, a name of two parts or more (`Ambassador: (signature)`
# / `[G. Grozev]`). The translator's note of the signer's office may follow the name
# (`Dumitru Popa [Romanian Ambassador]`): a bracket with a title word, up to three words
# before it (`[Soviet Ambassador to the GDR]`).
_SIGNATURE = re.compile(r"[ \t\u00a0]*(?:(?:\[signature\]|\(-\)|\(ss\))[ \t\u00a0]*)?"
                        rf"(?:/{_SIGNER_NAME}\.?/|\({_SIGNER_NAME}\.?\)|"
                        rf"\[(?={_SIGNER_PART}[ \u00a0]?{_SIGNER_PART}){_SIGNER_NAME}\]|"
                        rf"(?:{_SIGNER_HONORIFIC}[ \u00a0]+"
                        rf"(?={_SIGNER_PART}[ \u00a0]?{_SIGNER_PART})|"
                        rf"(?:{_TITLE_WORD}[ \u00a0]+){{1,2}}(?:{_SIGNER_HONORIFIC}[ \u00a0]+)?)?"
                        rf"{_SIGNER_NAME}\.?)"
                        r"(?:[ \u00a0]*(?:\[sic\]|\(sic\))\.?)?"
                        rf"(?:[ \u00a0]+\[(?:[A-Z][\w'\u2019\-]*+[ \u00a0]){{0,3}}{_TITLE_WORD}"
                        r"\b[^\[\]\n]{0,60}\])?"
                        r"(?:[ \t\u00a0]*\[signature\])?[ \t\u00a0]*")
# What may follow the signature, or stand before it, at a letter's or cable's end: a
# valediction (`With comradely greetings,`), a dateline (`Pyongyang, 3 June 1971`: a place
# before the date line read.py knows, or a date as the dates pass reads it), a reference number
# (`Nº 13-op`). The valediction's first word: `With fraternal greetings,`, `Yours faithfully,`,
# `Respectfully yours,`, `Fraternally,` (the Cuban and Latin American communists' close),
# `Communist greetings,`. `With ... greetings` may end with no comma (`With communist
# greetings` / `[signature]` / `E. Honecker`).
_VALEDICTION = re.compile(r"[ \t\u00a0]*(?:(?:With|Yours|Sincerely|Respectfully|Faithfully|"
                          r"Cordially|Best|Warm|Kind|Fraternal|Fraternally|Comradely|"
                          r"(?:Communist|Revolutionary|Brotherly)[ \u00a0]greetings)"
                          r"\b[^\n]{0,60},|With(?:[ \u00a0][a-z]++){1,2}[ \u00a0]greetings[!.]?)"
                          r"[ \t\u00a0]*")
# A dateline's place before its date, from any capital (`Berlin, `, `Łódź, `, `Österreich, `).
_PLACE_BEFORE_DATE = re.compile(rf"[ \t\u00a0]*[{names.CAPITALS}][\w .'\u2019-]{{1,30}},")
# The signer's office, on the line after the signature: `First Secretary of the CC PUWP`.
# Printed in capitals too, maybe after a country's name or two: `USSR AMBASSADOR IN CUBA`
# (an office, though its words would make a signature). It may go on on a second line and a
# third that begin with a linking word: `First Secretary of the Central Committee` / `of the
# Hungarian Socialist Workers' Party`, `General Secretary` / `of the Central Committee` / `of
# the CPSU`. A rank in figures may come first: `3rd Secretary`, or a country's abbreviation
# or two in capitals (`USSR Ambassador to the Republic of Iraq`).
_CAPS_OFFICE = re.compile(r"[ \t\u00a0]*(?:[A-Z]{2,}[ \u00a0]){0,2}(?:" +
                          "|".join(sorted(re.escape(t.upper()) for t in _OFFICE_TITLES
                                          if t.isalpha() and len(t) > 2)) +
                          r")\b[^\n.!?:;a-z]{0,80}")
_SIGNER_TITLE = re.compile(r"(?:[ \t\u00a0]*(?:[1-9](?:st|nd|rd|th)[ \u00a0]+|"
                           r"(?:[A-Z]{2,}[ \u00a0]+){1,2})?"
                           rf"{_TITLE_WORD}\b[^\n.!?:;]{{0,80}}|{_CAPS_OFFICE.pattern})"
                           r"(?:\n[ \t\u00a0]*(?:of|for|in|to|at|and|the|OF|FOR|IN|TO|AT|AND|THE)"
                           r"\b[^\n.!?:;]{0,80}){0,2}")
# An office of title words alone, no name among them: `Foreign Secretary`, `First Secretary`,
# `Prime Minister`, `Ambassador`. The signer's office, though its capitalized words would
# make a signature of their own (`(T.N. Kaul)` / `Foreign Secretary` was two signatures).
# Czechoslovak reports print a colon after it (`Ambassador:` / `Antonín Kotek [signature]`),
# Bulgarian ones the archive's mark after the colon too (`Ambassador: (signature)` / `[G.
# Grozev]`).
_OFFICE_ALONE = re.compile(rf"[ \t\u00a0]*{_TITLE_WORD}(?:[ \u00a0]+{_TITLE_WORD})*"
                           r"(?:[ \u00a0]+(?:a\.[ \u00a0]?i\.|ad[ \u00a0]interim))?[.:]?"
                           r"(?:[ \u00a0]+(?:\[signature\]|\(signature\)))?[ \t\u00a0]*")
# The signer's office in small letters, as Hungarian reports print it under the name
# (`József Kovács` / `ambassador`, `chargé d'affaires a.i.`): a diplomat's post alone, maybe
# ranked (`first secretary`) or ad interim; or a head's post and what he heads (`Lieutenant-
# Colonel Lajos Vas` / `head of the operational staff`, `chief of the border guard`). Read as
# prose it continued the name's paragraph.
_OFFICE_LOWER = re.compile(
    r"[ \t\u00a0]*(?:(?:(?:first|second|third|deputy|acting|military|trade|press)[ \u00a0]+){0,2}"
    r"(?:ambassador|charg[e\u00e9][ \u00a0]d['\u2019]affaires|counsell?or|"
    r"consul(?:[ \u00a0-]general)?|attach[e\u00e9]|envoy|minister|secretary)"
    r"(?:[ \u00a0]+(?:a\.[ \u00a0]?i\.|ad[ \u00a0]interim))?|"
    r"(?:(?:first[ \u00a0]+)?deputy[ \u00a0]+|acting[ \u00a0]+)?"
    r"(?:head|chief|commander|director|chairman)[ \u00a0]+of[ \u00a0][^\n.!?:;,]{1,80}?)"
    r"[ \t\u00a0]*")
# An organisation signing a cable, a line of its own: `Ministry of Foreign Affairs`, `USSR
# Embassy in the DPRK`, `Central Committee of the CPSU`. A head noun of offices, up to three
# capitalized words before it, names and linking words after it.
_ORG_SIGNER = re.compile(
    r"[ \t\u00a0]*(?:[A-Z][\w'\u2019\-]*[ \u00a0]+){0,3}"
    r"(?:Ministry|Embassy|Consulate|Legation|Mission|Department|Committee|Commission|"
    r"Secretariat|Bureau|Office|Headquarters)"
    r"(?:[ \u00a0]+(?:of|for|in|to|at|the|and|[A-Z][\w'\u2019\-]*))*[ \t\u00a0]*")
# `Signed:` before the signer's name (`Signed: Kienberg`, `Signed:` alone on its line; German
# `gez.`, `gez. E. Honecker`; an East German record's `Prepared by: Comrade [Werner] Kaufmann`
# under its dateline), and the whole signature: that word, the name, the signer's
# offices, up to three, on the lines after it (`Signed: Kienberg` / `Major General`, `A.
# Kosygin` / `Chairman of the Council of Ministers` / `of the USSR` / `Member of the
# Politburo`, one paragraph).
_SIGNED_BY = re.compile(r"[ \t\u00a0]*(?:Signed|SIGNED|signed|[Gg]ez\.|Prepared[ \u00a0]by)"
                        r"(?::[ \t\u00a0]*\n?[ \t\u00a0]*|[ \t\u00a0]+(?=[A-Z\[]))")
# The preparer's word signs a record only with its dateline (`Berlin, 21 October 1986` /
# `Prepared by: Comrade [Werner] Kaufmann`): alone it is the recorder's line.
_PREPARED = re.compile(r"[ \t\u00a0]*Prepared[ \u00a0]by")
# The signer's office and name on one line, the office first, as Soviet cables print it on
# two: `Secretary of the CC CPSU K. Chernenko`, `Chairman of the KGB Yu. Andropov`,
# `Ambassador of the USSR in the MPR L. Ivanov`. A post's title words, maybe after a country's
# abbreviation (`USSR Ambassador to ...`), a linking word and the body or state, capitalized
# words and linking words, up to twelve, each read once, then initials and a surname.
_OFFICE_AND_NAME = re.compile(
    rf"[ \t\u00a0]*(?:[A-Z]{{2,}}[ \u00a0]+){{0,2}}{_TITLE_WORD}(?:[ \u00a0]+{_TITLE_WORD})*"
    r"[ \u00a0]+(?:of|in|to|at|for)(?:[ \u00a0]+(?:of|in|to|at|for|the|and|"
    r"[A-Z][\w'\u2019\-]*+)){1,12}"
    rf"[ \u00a0]+{_INITIAL}(?:[ \u00a0]?{_INITIAL}){{0,2}}[ \u00a0]?"
    rf"(?:{_SIGNER_WORD}|[{names.CAPITALS}][{names.CAPITALS}'\u2019\-]++)\.?[ \t\u00a0]*")
# A Romanian cable's signer's post after a comma on the name's line (`Signed: Popa Dumitru,
# Ambassador`), a title word first: the signature's, as the office on the line below is.
_POST_AFTER_NAME = rf"(?:,[ \u00a0]+{_TITLE_WORD}\b[^\n.!?:;,]{{0,80}})?"
_SIGNATURE_BLOCK = re.compile(f"(?:{_SIGNED_BY.pattern})?(?:{_SIGNATURE.pattern}){_POST_AFTER_NAME}"
                              f"(?:\n{_SIGNER_TITLE.pattern}){{0,3}}")
# The archive's note on a document's end, a paragraph of its own in brackets or parentheses:
# a stamp, handwriting, a resolution, a signature, a marginal note (`[signature]`,
# `[handwritten: "Distribute to the members of the Presidium. N. Khrushchev"]`, `[Stamp: CC
# CPSU General Department]`, `(Resolution: Agreed. A. Gromyko)`), or the translator's or
# editor's note on it (`[Translator's note: The message was delivered by ...]`, `[Note: ...]`),
# or the archive's source of the translation (`[Source: ...; Translated for CWIHP by ...]`).
# One bracket may stand inside it, completing a word (`[Resolution: "... I. St[alin]"]`).
_ANNOTATION_WORDS = (r"(?:[\w.]+[ \u00a0]){0,3}(?:stamp|seal)\b|(?:illegible[ \u00a0])?signature\b|"
                     r"handwritten\b|handwriting\b|hand-written\b|in[ \u00a0]handwriting\b|"
                     r"resolution\b|marginal\b|margin[ \u00a0]note\b|initials\b|visa\b|"
                     r"notation\b|annotation\b|source\b|"
                     r"(?:(?:translator|editor)['\u2019]?s['\u2019]?[ \u00a0])?note\b")
_ANNOTATION = re.compile(rf"[ \t\u00a0]*(?:\[(?:{_ANNOTATION_WORDS})"
                         r"(?:[^\[\]\n]|\[[^\[\]\n]*\])*+\]"
                         rf"|\((?:{_ANNOTATION_WORDS})(?:[^()\n]|\([^()\n]*\))*+\))[ \t\u00a0]*",
                         re.IGNORECASE)
# The archive's note, its bracket never closed: the page cut off inside it (`[Handwritten note
# by W. Ulbricht: "To Comrade Axen.`).
_CUT_ANNOTATION = re.compile(rf"[ \t\u00a0]*\[(?:{_ANNOTATION_WORDS})(?:[^\[\]\n]|\[[^\[\]\n]*\])*+",
                             re.IGNORECASE)
# A reference number, maybe with the count of the copy's pages after it (`Nº 13-op (1 page)`,
# `№ 13-op`).
_REFERENCE = re.compile(r"[ \t\u00a0]*(?:No\.|N[\u00ba\u00b0o]\.?|\u2116|#)[ \t\u00a0]*"
                        r"[\w/.\-]{1,20}(?:[ \u00a0]+\((?:on[ \u00a0])?[0-9]{1,3}[ \u00a0]"
                        r"(?:pages?|pp?\.|sheets?)\))?[ \t\u00a0]*")
# The registry's note of the day the copy was filed, under the signature, the closer's text as
# a reference is: `Filed 9.X.50`, `Filed on 9 October 1950` (the date `_filed` asks).
_FILED = re.compile(r"[ \t\u00a0]*Filed[ \u00a0]+(?:on[ \u00a0]+)?")
_FILED_FIGURES = re.compile(r"[0-9]{1,2}\.(?:[0-9]{1,2}|[IVX]{1,4})\.(?:[0-9]{2}){1,2}\.?"
                            r"[ \t\u00a0]*")


def _filed(text: str) -> bool:
    """The registry's filing note under a signature (`Filed 9.X.50`), which signs nothing."""
    match = _FILED.match(text)
    return match is not None and (_FILED_FIGURES.fullmatch(text, match.end()) is not None or
                                  _is_dateline(text[match.end():], with_day=True))


# What a US cable prints after its signer (`ORTIZ` / `CONFIDENTIAL` / `NNN`): its
# classification again, with a distribution caveat maybe (`SECRET NODIS`, `TOP SECRET -
# SENSITIVE`), and the end-of-message mark `NNN`. The closer's text, as a reference is: they
# sign nothing.
_CABLE_END = re.compile(r"[ \t\u00a0]*(?:(?:(?:TOP[ \u00a0])?SECRET|CONFIDENTIAL|UNCLASSIFIED|"
                        r"LIMITED[ \u00a0]OFFICIAL[ \u00a0]USE)(?:[ \u00a0]+(?:-[ \u00a0]+)?"
                        r"(?:NODIS|EXDIS|LIMDIS|NOFORN|SENSITIVE))?|NNNN?)[ \t\u00a0]*")
# The addressee's name and address under a letter's signature, as Indian and British letters
# print it (`H.E. Mr. Zulfikar Ali Bhutto,` / `Prime Minister of Pakistan,` / `Rawalpindi.`):
# His Excellency's or the Honourable's name and a comma, or an Indian letter's `Shri` (`Shri
# S. Dutt,` / `Secretary General,` / `Ministry of External Affairs.`), up to four lines of
# post and place under it; a British letter's esquire, knight or Right Honourable and his
# honours (`J. S. Wall, Esq., LVO,` / `Foreign and Commonwealth Office.`, `Sir Antony Acland,
# KCMG,`, `The Rt. Hon. Douglas Hurd, MP,`); or, as Czechoslovak letters print it, `To` and the
# comrade's name, his post and town on the lines under it (`To Comrade Václav David` /
# `Minister of Foreign Affairs` / `Prague`). The closer's text, as a reference is: it signs
# nothing.
_HONOURS = (r"(?:Esq\.|Esquire|Bt\.?|Bart\.?|(?:G|K)?C(?:MG|VO|B)|[LM]VO|[CKMO]BE|GBE|CH|DSO|MC|"
            r"MP|PC|QC|KC)")
_ADDRESS = re.compile(r"[ \t\u00a0]*(?:(?:H\.[ \u00a0]?E\.|(?:His|Her)[ \u00a0]Excellency|"
                      r"The[ \u00a0](?:Rt\.?[ \u00a0]|Right[ \u00a0])?Hon(?:ou?rable|\.)|Sir|"
                      r"Shri|Shrimati|Smt\.)[ \u00a0][^\n]{1,80},|"
                      rf"[^\n,]{{1,60}}(?:,[ \u00a0]{_HONOURS})+,?|"
                      r"To[ \u00a0]+(?:Comrade|Cde\.|Com\.|Mr\.|Mrs\.|Ms\.|Dr\.)"
                      r"[ \u00a0][^\n]{1,80}|"
                      # a note verbale's addressee, a body (`The Ministry of External Affairs,`
                      # / `Government of India,` / `New Delhi.`)
                      r"The[ \u00a0](?:Ministry|Embassy|High[ \u00a0]Commission)[ \u00a0]"
                      r"(?:of|for)[ \u00a0][^\n]{1,80},(?=[ \t\u00a0]*\n))"
                      r"(?:[ \t\u00a0]*\n[^\n]{1,80}){0,4}[ \t\u00a0]*")
# A paragraph after the turns that no speaker says: who recorded them (`Recorded by`,
# `Prepared by`, `Minutes recorded by:`, `Notes taken by:`, `Notes by:`, `Record kept by:`,
# `Transcript prepared by:`, maybe in brackets, `[Notes taken by Veljko Mićunović]`,
# `[Memorandum drafted by A. Akalovsky; ...]`; whose notes they are, `[Handwritten notes of
# V.N. Malin.]`, and in brackets `[Notes of A.S. Chernyaev]`, `[Record of I. Vinogradov]`,
# a name after it, not `[Record of the talks follows]`), where they end (`(End of
# conversation.)`, an interview's `[End of interview]`, a Bush Library memorandum's `-- End of
# Conversation --`).
_AFTER_SPEECH = re.compile(
    r"[ \t\u00a0]*(?:[(\[]?(?:(?:(?:Minutes|Notes|Record|Transcript|"
    r"Memorandum(?: of [Cc]onversation)?)[ \u00a0](?:taken|recorded|kept|drafted|"
    r"written|made|prepared)|Recorded|Prepared|Written|Drafted|Compiled|Transcribed|Taken down|"
    r"Noted down)(?: down)?|Minutes|Notes|Transcript)[ \u00a0]by\b|Record(?:ed)? keeper\b|"
    r"Note-?taker\b|"
    r"[(\[]?Handwritten[ \u00a0]notes[ \u00a0]of\b|[(\[](?:Notes|Record)[ \u00a0]of[ \u00a0][A-Z]|"
    r"(?:[(\[]|--[ \u00a0]*)(?:The )?[Ee]nd of (?:the )?(?:[Cc]onversation|meeting|talks?|"
    r"record(?:ing)?|tape|document|transcript|minutes|interview)\b)")
# A paragraph the recorder begins in the first person (`I answered that ...`, `I, in turn,
# said`), maybe after an adverbial of time or order: a preposition or an adverb, up to six
# lower-case words, maybe a comma (`In conclusion I thanked ...`, `At the end of the
# conversation, I said`, `Then I asked`). In a body of reported-speech turns it is the
# author's own, not the last speaker's. The words hold no space: each reading is tried once.
_OPENING_ADVERBIAL = (r"(?:In|At|On|After|Afterwards|Before|During|Toward|Towards|For|Then|"
                      r"Finally|Later|Next|Further|Lastly|Subsequently|Thereupon|Thereafter)"
                      r"(?:[ \u00a0][a-z]+){0,6},?[ \u00a0]+")
_FIRST_PERSON = re.compile(rf"[ \t\u00a0]*(?:{_OPENING_ADVERBIAL})?I(?:[ \u00a0]+[a-z]|,)")
# The recorder looking back over the talk in a paragraph of no turn (`In the course of the
# conversation SVOBODA returned several times to the question of arrests.`, `During the talks
# ...`): among reported turns, his narration, no more the last speaker's.
_COURSE_OF_TALK = re.compile(r"[ \t\u00a0]*(?:In[ \u00a0]+the[ \u00a0]+course[ \u00a0]+of|During)"
                             r"[ \u00a0]+(?:the|our|this)[ \u00a0]+(?:conversation|talks?|"
                             r"meeting|discussions?)\b")
# The author speaking in such a paragraph: `I said`, `I answered`, `I told him`, `I, in turn,
# said`, `I then asked`, `In reply I pointed out`.
_AUTHOR_SPEAKS = re.compile(
    rf"[ \t\u00a0]*(?:{_OPENING_ADVERBIAL})?I(?:,[ \u00a0]*[a-z][a-z ]{{0,20}},)?[ \u00a0]+"
    rf"(?:{_SPEECH_ADVERB}[ \u00a0]+)?(?:told|assured|promised|"
    + "|".join(names.SPEECH_VERBS) + r")\b")
# The recorder telling, before the turns, that he met the other side (`I met Vo Dong Giang at
# his request.`, `I received ...`, `I visited ...`): a journal, whose labelled turns are the
# other side's, and his `I said that ...` among them is his own (`_AUTHOR_SPEAKS`).
_AUTHOR_MET = re.compile(r"^[ \t\u00a0]*I[ \u00a0]+(?:met|received|visited|called[ \u00a0]on|"
                         r"was[ \u00a0]received|had[ \u00a0]a[ \u00a0]"
                         r"(?:conversation|talk|meeting))\b", re.MULTILINE)
# A line that holds only a page number of up to three digits: bare (`4`), between dashes
# (`- 4 -`, `-4-`), before a slash (`4/`), after `Page` or `p.` (`Page 4`, `Page 2 of 5`), or
# a bracketed page marker (`[Page 5]`, `[end of page 54]`). Four digits are a year; `4.` and
# `4)` open list items, `[4]` a note or a numbered paragraph; Roman numerals are headings.
_SPACE = "[ \t\u00a0]"
_PAGE_NUMBER = (
    rf"(?P<line>(?P<bare>[1-9][0-9]{{0,2}})"
    rf"|[-\u2013\u2014]{_SPACE}*(?P<dashed>[1-9][0-9]{{0,2}}){_SPACE}*[-\u2013\u2014]"
    r"|(?P<slashed>[1-9][0-9]{0,2})/"
    rf"|(?:[Pp]age|PAGE|[Pp]\.){_SPACE}*(?P<named>[1-9][0-9]{{0,2}})"
    rf"(?:{_SPACE}+of{_SPACE}+[0-9]{{1,3}})?"
    rf"|\[(?P<bracketed>[^\[\]\n]{{1,40}})\]){_SPACE}*")
_PAGE_LINE = re.compile(rf"{_SPACE}*+{_PAGE_NUMBER}")
# The same lines found in a body, each after the line break before it (searched for in the
# body after a line break): a pattern that opens with a character the regex engine skips
# ahead to, where one opening with `^` is tried at every position of the body.
_PAGE_LINES = re.compile(rf"\n{_SPACE}*+{_PAGE_NUMBER}(?=\n|\Z)")
_PROSE_WORDS = 4   # a bare number is a page number between lines of at least this many words
# A notice that the meeting is over, the whole paragraph, with or without a time: `End of the
# meeting: 3:35 p.m.`, `[The meeting ended at 10:20 p.m.]`, `The session was adjourned.`; `End`
# alone with a time of day, its minutes or a.m., hours... (`End: 1:40 p.m.`, `End at 14:00`;
# not `End 5`). In parentheses or brackets the recorder's narration may go on after the
# notice's full stop for a sentence or two, up to 200 characters: `(The meeting ended at 2 p.m.
# Premier Zhou saw Chairman Kosygin off to the plane.)`. And a report of the meeting's
# business in parentheses or brackets: `(The vote was unanimous. ...)`. The past tense says the
# recorder wrote it: `The meeting is adjourned.` is the chair speaking. How it ended may
# follow, a phrase after `with` (`(The meeting ended with an exchange of gifts.)`, `The
# conversation concluded at 13:00 with a dinner.`), the rest of its sentence.
_TIME_UNIT = r"(?:[ \u00a0]?(?:[ap]\.?[ \u00a0]?m\b\.?|hours|hrs\b\.?|h\b|o'clock))"
_TIME = rf"[0-9]{{1,4}}(?:[:.][0-9]{{2}})?{_TIME_UNIT}?"
_CLOCK = rf"[0-9]{{1,4}}(?:[:.][0-9]{{2}}{_TIME_UNIT}?|{_TIME_UNIT})"
_MEETING = r"(?:meeting|session|sitting|conversation|talks?|discussion|conference|negotiations)"
_CLOSING_NOTICE = re.compile(
    rf"[ \t\u00a0]*(?P<open>[(\[])?(?:(?:(?:the[ \u00a0])?end[ \u00a0]of[ \u00a0](?:the[ \u00a0])?{_MEETING}"
    rf"|(?:the[ \u00a0])?{_MEETING}[ \u00a0](?:(?:was|were)[ \u00a0])?"
    r"(?:ended|closed|adjourned|concluded|finished|over))"
    rf"(?:[:,]?[ \u00a0]+(?:at[ \u00a0]+)?{_TIME})?"
    r"(?:[ \u00a0]with[ \u00a0][^\n.!?()\[\]]{1,200})?"
    rf"|end[:,]?[ \u00a0]+(?:at[ \u00a0]+)?{_CLOCK})\.?"
    r"(?(open)(?:(?<=\.)[ \u00a0]+(?-i:[A-Z])[^()\[\]\n]{0,200})?[)\]]\.?)[ \t\u00a0]*",
    re.IGNORECASE)
# How long the meeting lasted, the recorder's closing narration, the whole paragraph, in
# hours and minutes (days or years are a speaker's history): `The conversation lasted 1 hour
# 40 minutes.`, `The talks lasted about two and a half hours, in a friendly atmosphere.`,
# `(The meeting lasted from 10:00 until 11:35.)`; the sentence may go on, and no other but
# who recorded it (`The conversation lasted 1 hour and 20 minutes. Recorded by Ts.
# Gombosuren.`, read as the last speaker's without it). Where
# or how it took place may come first (`The talks took place in a warm and friendly
# atmosphere and lasted 3 hours 20 minutes.`, `The conversation was held at the embassy and
# lasted ...`), the words between read once, up to the first `and lasted`.
_AMOUNT = (r"(?:[0-9]{1,2}(?:[.,][0-9])?|an?|one|two|three|four|five|six|seven|eight|nine|"
           r"ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
           r"(?:[ \u00a0]and[ \u00a0]a[ \u00a0]half)?")
_SPAN_UNIT = r"(?:hours?|hrs?\.?|minutes?|mins?\.?)"
_DURATION = (rf"(?:(?:about|approximately|some|over|more[ \u00a0]than|almost|nearly|around|"
             rf"roughly|for|just[ \u00a0]over|less[ \u00a0]than)[ \u00a0])?"
             rf"(?:half[ \u00a0]an[ \u00a0]hour|{_AMOUNT}[ \u00a0]{_SPAN_UNIT}"
             rf"(?:(?:,?[ \u00a0]and)?[ \u00a0]{_AMOUNT}[ \u00a0]{_SPAN_UNIT})?"
             rf"(?:[ \u00a0]and[ \u00a0]a[ \u00a0]half)?"
             rf"|from[ \u00a0]{_TIME}[ \u00a0](?:until|till|to)[ \u00a0]{_TIME})")
_LASTED = re.compile(
    rf"[ \t\u00a0]*(?P<open>[(\[])?(?:The|the)[ \u00a0]{_MEETING}[ \u00a0]"
    r"(?:(?:took[ \u00a0]place|was[ \u00a0]held|were[ \u00a0]held)[ \u00a0]"
    r"(?:(?![ \u00a0]and[ \u00a0]lasted[ \u00a0])[^\n.!?()\[\]]){1,200}+[ \u00a0]and[ \u00a0])?"
    r"lasted[ \u00a0]"
    rf"{_DURATION}(?:,?[ \u00a0][^\n.!?()\[\]]{{1,200}})?\.?(?(open)[)\]]\.?)"
    r"(?:[ \u00a0]+(?:Recorded|Prepared|Written|Compiled|Noted[ \u00a0]down)[ \u00a0]by[ \u00a0]"
    r"[^\n]{1,100})?[ \t\u00a0]*")
# Who attended the meeting, told after its turns (`The conversation was attended by
# Counsellor A.I. Sokolov and ...`, `Present at the conversation were ...`), maybe in
# parentheses or brackets (`(The conversation was attended by P.V. Narasimha Rao ...)`): the
# recorder's.
_ATTENDED = re.compile(rf"[ \t\u00a0]*[(\[]?(?:(?:The|the)[ \u00a0]{_MEETING}[ \u00a0](?:was|were)"
                       rf"[ \u00a0](?:also[ \u00a0])?attended[ \u00a0]by|(?:Also[ \u00a0]present|"
                       rf"Present)[ \u00a0](?:at|during)[ \u00a0]the[ \u00a0]{_MEETING}[ \u00a0]"
                       r"(?:was|were))\b")
# The record's note, a paragraph of its own in brackets, that the talks broke off for a time
# (`[Break from 11:50 a.m. to 12:10 p.m.]`, `[Recess until 3 p.m.]`, and alone, `[Break]`,
# `[BREAK]`, `[After the break]`, which are stages) or that a discussion is left out
# (`[Omitted here is discussion of the joint communiqué.]`): the speaker before has finished.
# `[Omitted here is his remark ...]` may be followed by more of his speech. A break in
# parentheses is the same note when it says when or how long (`(Break from 3:00 p.m. to 3:20
# p.m.)`: `record_note`); alone, `(Break)` is a stage as `[Break]` is.
_RECORD_BREAK = re.compile(
    r"[ \t\u00a0]*(?:(?P<paren>\()|\[)(?:(?i:(?:(?:a|short|brief|lunch|coffee)[ \u00a0])?"
    r"(?:break|recess|intermission))(?:(?P<when>[ \u00a0](?:from|until|till|to|at|for|of)\b)|"
    r"\.?(?=[\])]))|(?i:after[ \u00a0](?:the|a)[ \u00a0]break)\.?(?=[\])])|Omitted[ \u00a0]here"
    r"[ \u00a0](?:is|are|was)[ \u00a0](?:(?:a|the|further|brief|some|a[ \u00a0]brief)[ \u00a0])?"
    r"(?:discussion|exchange|conversation)s?\b)[^\[\]()\n]{0,200}(?(paren)\)|\])[ \t\u00a0]*")
# The editors' note, a paragraph of its own in brackets, that lines, paragraphs or pages of
# the record are left out (`[Several lines not declassified]`, `[Two paragraphs not
# declassified]`, `[One line illegible]`, `[1 paragraph (3 lines) excised]`, `[Two lines
# illegible in the copy.]`): whose words they
# were no one can say, so the turn before ends, as at `[...]` alone. (`[end of page 4]` is a
# page break: the speaker's words go on after it.)
_LEFT_OUT = re.compile(
    r"[ \t\u00a0]*\[(?i:(?:[\w\u00bd/.\-]++[ \u00a0]){0,4}(?:line|paragraph|page)s?"
    r"(?:[ \u00a0]\([^()\n]{1,30}\))?(?:[ \u00a0]of[ \u00a0](?:the[ \u00a0])?(?:source[ \u00a0])?"
    r"(?:text|original|document))?[ \u00a0](?:(?:is|are|was|were)[ \u00a0])?(?:not[ \u00a0]"
    r"declassified|illegible|excised|deleted|redacted|withheld|sanitized|omitted|missing)"
    r"(?:[ \u00a0]in[ \u00a0](?:the[ \u00a0])?(?:copy|original|text|source|document))?\.?)"
    r"\][ \t\u00a0]*")
# The editors' note, a paragraph of its own in brackets or parentheses, that the record stops
# (`[The Vietnamese record ends here.]`, `[Record ends]`, `[Note by the compiler: the record
# ends here. ...]`) or that the talk went on unrecorded: over a meal, in private, the next day
# (`[The conversation continued over dinner.]`, `[The talks continued in a narrow circle.]`,
# `[The conversation was interrupted at 6:00 p.m. and continued the next day.]`), or that no
# more of it was taken down (`[Stenographer's note: further recording was not made]`). No
# speaker says it: the turn before ends. A sentence more may follow the note's (`... Djilas's
# account differs.]`).
_MEAL = (r"(?:dinner|lunch|luncheon|breakfast|supper|tea|(?:a|the)[ \u00a0]meal|"
         r"a[ \u00a0]reception)")
_UNRECORDED = (rf"(?:(?:over|at|during|after)[ \u00a0]{_MEAL}|in[ \u00a0]private|privately|"
               r"informally|off[ \u00a0]the[ \u00a0]record|t[e\u00ea]te-[a\u00e0]-t[e\u00ea]te|"
               r"one-on-one|in[ \u00a0]a[ \u00a0]narrow(?:er)?[ \u00a0](?:circle|format)|"
               r"without[ \u00a0](?:the[ \u00a0])?(?:interpreters?|note-?takers?|aides|advisers|"
               r"record)|(?:on[ \u00a0])?the[ \u00a0](?:next|following)[ \u00a0]day)")
_RECORD_ENDS = re.compile(
    r"[ \t\u00a0]*(?:(?P<paren>\()|\[)(?i:(?:note[ \u00a0]by[ \u00a0]the[ \u00a0]"
    r"(?:editors?|compiler|translator)|(?:editor|compiler|translator|stenographer)(?:'s|s')?"
    r"[ \u00a0]note)[:.][ \u00a0]+)?(?i:the[ \u00a0])?(?i:(?:[\w\-]+[ \u00a0])?(?:record|text|"
    r"document|transcript|minutes|notes|recording)[ \u00a0](?:ends|stops|breaks[ \u00a0]off)"
    r"(?:[ \u00a0]here)?|(?:further[ \u00a0])?(?:recording|record)[ \u00a0](?:was|were)"
    r"[ \u00a0]not[ \u00a0](?:made|kept|taken)(?:[ \u00a0]further)?"
    rf"|(?:rest[ \u00a0]of[ \u00a0]the[ \u00a0])?{_MEETING}[ \u00a0]"
    rf"(?:was[ \u00a0]interrupted(?:[ \u00a0]at[ \u00a0]{_TIME})?[ \u00a0]and[ \u00a0])?"
    rf"(?:continued|went[ \u00a0]on)[ \u00a0]{_UNRECORDED})"
    r"\.?(?:(?<=\.)[ \u00a0]+[A-Z][^()\[\]\n]{0,200})?(?(paren)\)|\])[ \t\u00a0]*")
# The next item's heading in the editors' brackets, a paragraph of its own, as Chernyaev's
# Politburo notes print it: `[On the preparation for the visit of M. Thatcher]`, `[About
# Afghanistan]`; no sentence (an initial's full stop only). It ends the turn before.
_BRACKETED_ITEM = re.compile(r"[ \t\u00a0]*\[(?:On|About|Concerning|Regarding)[ \u00a0]"
                             r"(?:[^\[\]\n.!?]|(?<=[A-Z])\.){1,150}\][ \t\u00a0]*")
# A tape transcript's note, opening a paragraph, that the recording comes back in the middle of
# someone's words (`[Audio resumes mid-sentence] ...and that is why`): whose, it cannot say.
_RECORDING_RESUMES = re.compile(r"[ \t\u00a0]*\[(?i:(?:the[ \u00a0])?(?:audio|recording|tape|"
                                r"sound)[ \u00a0](?:resumes|restarts|returns))\b")
# The business in the passive voice, or the body meeting deciding in the active voice, in the
# past tense: `(The Plenum unanimously approved the report of Comrade Todor Zhivkov.)`,
# `(The Politburo adopted the decision.)`, `(The Politburo voted. ...)`; no objection raised,
# or how the members voted: `(There was no objection. The proposal was adopted
# unanimously.)`, `(Seven members voted for, four against.)`, `(All voted for.)`; and a vote
# as a stenogram reports it, in the present tense too: `(A vote is held. For the
# proclamation: Comrades Dubček, ... Against: ...)`, `(A vote was taken.)`.
_BUSINESS = (r"(?:The |A )?(?:vote|voting|decision|proposal|resolution|motion|statement|draft)s?"
             r"[ \u00a0](?:was|were)\b|(?:A[ \u00a0]|The[ \u00a0])?(?:vote|voting)[ \u00a0]"
             r"(?:is|takes[ \u00a0]place)\b|(?:The[ \u00a0]|the[ \u00a0])?"
             r"(?:Plenum|Politburo|Presidium|"
             r"Session|Conference|[Mm]eeting)[ \u00a0](?:[a-z]+ly[ \u00a0]|then[ \u00a0]){0,2}"
             r"(?:approved|adopted|accepted|endorsed|rejected|elected|decided|voted)\b|"
             r"There[ \u00a0](?:was|were)[ \u00a0]no[ \u00a0](?:objections?|other proposals|"
             r"questions|remarks)\b|(?:All|Everyone|(?:[A-Z]?[a-z]+|[0-9]+)[ \u00a0]"
             r"(?:members|comrades|delegates|participants))[ \u00a0](?:present[ \u00a0])?"
             r"(?:voted|abstained)\b|"
             # and its short forms, the whole bracket: `(Agreed.)`, `(It was agreed.)`,
             # `(Adopted unanimously.)`, `(No objections.)`, `(Voted: unanimously.)`
             r"(?:(?:It[ \u00a0]was[ \u00a0](?:unanimously[ \u00a0])?|Unanimously[ \u00a0])"
             r"(?:agreed|adopted|approved|accepted|decided)|(?:Agreed|Adopted|Approved|Accepted)"
             r"(?:[ \u00a0](?:to|unanimously))?|No[ \u00a0]objections?)\.?(?=[)\]])|"
             r"Voted[ \u00a0]?:[ \u00a0]")
_PROCEEDINGS = re.compile(rf"[ \t\u00a0]*(?:\((?:{_BUSINESS})[^()\n]*\)|\[(?:{_BUSINESS})"
                          r"[^\[\]\n]*\])\.?[ \t\u00a0]*")
# A decision or vote the meeting recorded, headed by its word and a colon, what was decided
# after it or in the paragraphs below: `Resolution: The Politburo approves the proposals of
# Comrade Ulbricht.`, `Resolution:` above its numbered points, `Decided: To send a
# delegation.`, `Vote: unanimous.`, `Objections: none.`, and whose they are, a line of its
# own above them (`The decisions of the Political Committee:`). The protocol's, as the
# business in parentheses is: no speaker's label, and no part of the turn before.
_DECISION_WORD = r"(?i:resolutions?|resolved|decisions?|decided|votes?|voting|objections?)"
_DECISION_LABEL = re.compile(_DECISION_WORD)
# A field's or a heading's word before a colon, no one's label: a memorandum's addressee field
# (`FOR: The Minister, Dr. Dante Caputo` above `FROM:` and `REF.:`), a conference's session or
# panel, maybe numbered (`Session II: The Invasion of Afghanistan`, `Panel 3:`). Read as
# names, `#for` spoke the memorandum and `#session-ii` the participant line under it.
_HEADING_LABEL = re.compile(r"FOR|For|(?i:session|panel)(?:[ \u00a0]+(?:[IVXLC]+|[0-9]+))?")
_DECISION = re.compile(rf"[ \t\u00a0]*(?:{_DECISION_WORD}[ \t\u00a0]*:|(?:The[ \u00a0])?"
                       rf"(?:{_DECISION_WORD}[ \u00a0]of[ \u00a0]the[ \u00a0][^\n:]{{1,60}}|"
                       r"(?i:council|committee|conference|meeting))[ \t\u00a0]*:"
                       r"[ \t\u00a0]*(?:\n|$))")
# The meeting's body deciding, in the past tense, a paragraph of its own, unbracketed:
# `The Politburo approved the text of the reply ...`, `The CC CPSU Politburo adopted ...`, `The
# Presidium instructed ...`, `The meeting decided ...`. The recorder's, as its business in
# parentheses is (`_PROCEEDINGS`): a speaker says `we` of his own body.
_BODY_DECIDED = re.compile(
    r"[ \t\u00a0]*The[ \u00a0](?:[A-Z][\w.]*[ \u00a0]){0,3}(?:Politburo|Presidium|Plenum|"
    r"Secretariat|[Mm]eeting|[Ss]ession)[ \u00a0](?:[a-z]+ly[ \u00a0]|then[ \u00a0]){0,2}"
    r"(?:approved|adopted|accepted|endorsed|decided|instructed|resolved|agreed|confirmed|"
    r"rejected|took[ \u00a0]note)\b")
# An agenda item's heading, a line of its own: its number, arabic or Roman, and a short title,
# no sentence (`1. On the results of the talks with Comrades S. Kania and J. Pińkowski`, `2.
# Miscellaneous`, `II. About Afghanistan`; `1. To approve the results.` is a point decided),
# or Polish minutes' `Ad` (to item) before the number, the title maybe left out (`Ad 2.`).
_AGENDA_ITEM = re.compile(r"[ \t\u00a0]*(?P<ad>Ad[ \u00a0]+)?(?P<number>[1-9][0-9]?|[IVX]{1,5})\."
                          r"(?(ad)(?:[ \u00a0]+[A-Z][^\n!?:;]{0,100}(?<![.,]))?|"
                          r"[ \u00a0]+[A-Z][^\n!?:;]{0,100}(?<![.,]))[ \t\u00a0]*")
_ROMAN = {"I": 1, "V": 5, "X": 10}
# A participant line: `Participants: Erich Honecker, Erich Mielke`, `PARTICIPANTS:` with a name
# a line, `Present: L.I. Brezhnev, ...`, `Participating: ...`, `Also present:` (not `Not
# present:`), with where or whose side after the word (`Present at the meeting:`,
# `Participants from the Romanian side:`, the side's name maybe quoted, `Present from the
# "Solidarity" side:`, or in parentheses, `Attendees (North):`), a side's own (`Indian side:
# Prime Minister Jawaharlal Nehru`), who is seated, maybe with `are` or `were` (`Seated on the
# Korean side are: Kim Il Sung, Premier; ...`, `Taking part were: ...`), or
# `Attended by` and a name, no colon needed (`Attended by Comrades Aliev G.A.`), and an
# interview's `Interview conducted by Anna-Mart van Wyk, ...`.
_PARTICIPANTS = re.compile(r"[ \t\u00a0]*(?!not\b)(?:(?:[\w'\u2019]+[ \u00a0]){0,3}?"
                           r"(?:participants|participating|present|attending|attendees|"
                           r"taking part|side|seated)"
                           r"(?:[ \u00a0]+(?:at|from|on|in)[ \u00a0]+(?:the[ \u00a0]+)?"
                           r"[\"\u201c]?[\w.'\u2019\-]+[\"\u201d]?"
                           r"(?:[ \u00a0]+(?:side|meeting|talks|conversation))?)?"
                           r"(?:[ \u00a0]+\([\w'\u2019]+\))?(?:[ \u00a0]+(?:are|were))?"
                           r"[ \t\u00a0]*:|"
                           r"(?:(?:also[ \u00a0]+)?attended|(?:interview[ \u00a0]+)?conducted)"
                           r"[ \u00a0]+by[ \t\u00a0]*:?"
                           r"(?=[ \u00a0]*(?-i:[A-Z])))", re.IGNORECASE)
# Who chairs the meeting, a line before the turns: `Chairman: Walter Ulbricht`, `Chair: Comrade
# G. Husák`, `Presiding: ...`, `Chaired by Comrade L.I. BREZHNEV` (no colon needed). The name
# is read as a participant entry's; the chair's label, `Chairman:`, is that person speaking.
_CHAIR_LINE = re.compile(r"[ \t\u00a0]*(?:(?:"
                         + "|".join(sorted(CHAIR_LABELS | {"presiding"}, reverse=True))
                         + r")[ \t\u00a0]*:|(?:chaired|presided(?:[ \u00a0]+over)?)"
                         r"[ \u00a0]+by[ \t\u00a0]*:?)[ \t\u00a0]*(?P<name>[^\n]{0,80})(?![^\n])",
                         re.IGNORECASE)
# The entries of its list: commas, semicolons, lines, `and`, and a colon, which ends a side's
# or a role's heading inside the line (`; from the Czechoslovak side: J. Masaryk, ...`: its
# words made the entry no name, and `Masaryk says ...` no turn); what stands in parentheses
# is no name, nor what the translator's brackets add, with the space before them (`M.G.
# Pervukhin [Soviet Ambassador to the GDR].`: its words made the entry no name).
_ENTRY_SEPARATOR = re.compile(r"[,;:\n]|[ \u00a0]and[ \u00a0]")
# A participant sentence in the prose before the turns, its list up to the sentence's full
# stop (not an initial's): `Present were Hafez Ismail and the Chief of Staff, General Saad
# el-Shazly.`, `Also present were A.A. Gromyko and B.N. Ponomarev.`
_PRESENT_WERE = re.compile(r"(?:(?<=\n)|\A|(?<=[.!?][ \u00a0]))[ \t\u00a0]*(?:Also[ \u00a0]present|"
                           r"Present)[ \u00a0]were[ \u00a0](?P<list>[^\n]{3,300}?)(?<!\b[A-Z])\."
                           r"(?![^\s])")
_IN_PARENTHESES = re.compile(r"\([^()\n]*\)")
_IN_BRACKETS = re.compile(r"[ \u00a0]?\[[^\[\]\n]*\]")
_NAME_WORD = re.compile(f"[{names.CAPITALS}]" r"[^\W\d_]*(?:[.\-'\u2019][^\W\d_]*)*\.?")
# A name's last word with its particle joined: `d'Estaing`, an Arabic article's `el-Shazly`.
_ELIDED_WORD = re.compile(f"(?:{names.ELIDED_PARTICLE}|(?:{'|'.join(names.PARTICLES)})-)"
                          f"[{names.CAPITALS}][^\\W\\d_]*\\.?")
_ENDS_OPEN = re.compile(r"[\w,\u2014\-][ \t\u00a0]*$")
_STARTS_LOWER = re.compile(r"[ \t\u00a0]*[a-z]")
# A copy or distribution line (`cc: Secretary Clifford`, `bcc:`, `Copies to:`, `Distribution:`):
# the list of who receives a document, after its signer; a paragraph of its own, never the
# rest of one split by a page break though `cc:` opens in lower case.
_COPY_LINE = re.compile(r"[ \t\u00a0]*(?:b?cc|c\.c\.|cop(?:y|ies)[ \u00a0]to|distribution)"
                        r"[ \t\u00a0]*:", re.IGNORECASE)
# A letterhead's line, a part of a body's name alone on it, in up to five capitalized or
# linking words, no stop (`Department of`, `International Relations`); `_letterhead`.
_LETTERHEAD = re.compile(r"[ \t\u00a0]*[A-Z][\w'\u2019&-]*"
                         r"(?:[ \u00a0]+(?:[A-Z][\w'\u2019&-]*|of|the|and|for)){0,4}[ \t\u00a0]*")
# A list item in small letters or Roman figures opening a paragraph (`a) delivery of ...`,
# `iv) the credit`): an item under the heading above (`3. Requests to the Soviet Union`),
# never the rest of a paragraph split by a page break though it opens in lower case.
_LIST_ITEM = re.compile(r"[ \t\u00a0]*(?:[a-z]|[ivx]{2,4})\)[ \t\u00a0]")


# A speaker's `rend` by the delimiter after its label (tei.py SPEAKER_DELIMITERS, turned round).
_RENDS = {delimiter: rend for rend, delimiter in SPEAKER_DELIMITERS.items()}


@dataclass
class Label:
    """Where a speech turn's label sits inside its block's text."""

    start: int          # where the name starts (after leading spaces)
    end: int            # end of the name tokens
    stage: tuple[int, int] | None  # span of "(to X)" including parentheses
    note: tuple[int, int] | None   # span of "[henceforth ...]" including brackets
    delim: str          # ":", ".", "" (reported speech) or a space and a dash (" \u2013",
                        # "\u00a0\u2013")
    delim_at: int       # offset of the delimiter
    speech: int         # where the speech starts (after the separator)
    name: str           # the label's name text, brackets kept

    @property
    def rend(self) -> str:
        return _RENDS[self.delim]


@dataclass
class Block:
    """A stretch of the body that becomes one TEI block."""

    kind: str                       # "p", "turn", "gap", "footnote", "salute", "signed", "page",
                                    # "fragment" (`_cut_name`)
    start: int
    end: int
    text: str
    label: Label | None = None
    joins: list[tuple[int, int]] = field(default_factory=list)  # page-split joins (spans in text)
    pages: list[tuple[int, int]] = field(default_factory=list)  # page-number lines (spans in text)
    continues_turn: bool = False    # an unlabelled paragraph inside the previous turn
    line: int = 1


def paragraphs(body: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of blank-line separated paragraphs of `body`."""
    return [m.span() for m in _PARAGRAPH.finditer(body)]


@dataclass
class Piece:
    """A paragraph with the page numbers at its edges taken off, or one of those numbers."""

    start: int
    end: int
    page: bool                                  # a page-number line of its own
    pages: list[tuple[int, int]] = field(default_factory=list)  # page lines inside (in body)


def page_number(line: str) -> str | None:
    """The page a page-number line (`- 4 -`, `Page 4`) begins; None for a bracketed marker,
    which the brackets pass reads."""
    match = _PAGE_LINE.fullmatch(line)
    return None if match is None else _number(match)


def _number(match: re.Match) -> str | None:
    """The page number of a `_PAGE_NUMBER` match; None for a bracketed marker."""
    return match.group("bare") or match.group("dashed") or match.group("slashed") or \
        match.group("named")


def pieces(body: str, spans: list[tuple[int, int]]) -> list[Piece]:
    """The paragraphs of `body` with their page-number lines found: a line that is one (blank
    lines or line breaks around it) at a paragraph's start or end is a piece of its own, one
    between two lines of a paragraph stays inside it. The spaces around a number are not its."""
    found: dict[int, list[tuple[int, int]]] = {}   # paragraph index -> its page lines
    # Offsets in "\n" + body are one more than in body: where a match's line break stands is
    # where its line begins in body.
    text_start = len(body) - len(body.lstrip())   # where the body's first line with text is
    matches = []
    for match in _PAGE_LINES.finditer("\n" + body):
        if match.group("bracketed") is not None and not is_page_note(match.group("bracketed")):
            continue
        bare = match.group("bare")
        # A lone number in a table or a list is no page number; the first page's may open
        # the body, above its text.
        if bare is not None and not (bare == "1" and match.start() <= text_start) and \
                not _between_prose(body, match.start(), match.end() - 1):
            continue
        matches.append(match)
    for at, match in enumerate(matches):
        if match.group("bare") == "1" and \
                (at + 1 == len(matches) or _number(matches[at + 1]) != "2"):
            continue   # a `1` no page 2 follows numbers a section or an item
        start = match.start()
        index = bisect_right(spans, (start, len(body) + 1)) - 1
        line_start, line_end = match.span("line")
        found.setdefault(index, []).append((line_start - 1, line_end - 1))
    if not found:
        return [Piece(start, end, False) for start, end in spans]
    result = []
    for index, (start, end) in enumerate(spans):
        lines = found.get(index, [])
        # The page lines that lead and end the paragraph are pieces of their own.
        lead, text_start = 0, start
        while lead < len(lines) and not body[text_start:lines[lead][0]].strip():
            text_start = lines[lead][1]
            lead += 1
        trail, text_end = len(lines), end
        while trail > lead and not body[lines[trail - 1][1]:text_end].strip():
            trail -= 1
            text_end = lines[trail][0]
        result.extend(Piece(*line, True) for line in lines[:lead])
        if body[text_start:text_end].strip():
            # The text's own lines, from the one after the leading numbers (its indent kept)
            # to the one before the trailing ones (its trailing spaces kept), as a paragraph.
            if lead:
                text_start = body.index("\n", text_start) + 1
            if trail < len(lines):
                text_end = body.rindex("\n", text_start, text_end)
            result.append(Piece(text_start, text_end, False,
                                _outside_brackets(body, text_start, lines[lead:trail])))
        result.extend(Piece(*line, True) for line in lines[trail:])
    return result


def _label_lines(body: str, parts: list[Piece], labels: PersonLabels, speakers,
                 lists) -> list[Piece]:
    """`parts` with each paragraph split before a line that opens a person's labelled turn
    after a line ending a sentence (`... are returning.` / `Comrade Ochab: I agree.`): a
    body of labelled turns may part them by a single line break. The person is one the
    labels at paragraphs' starts name (`speakers`, keys) or one by the stricter rules; in a
    body of period labels, one a period label in capitals names (`_period_line`)."""
    result = []
    for part in parts:
        end, cut = part.end, part.start
        at = -1 if part.page or part.pages or cut in lists else body.find("\n", cut, end)
        while at >= 0:
            # Each line read once: its colon looked for up to its end, the line before
            # looked back on a few characters (a paragraph of many lines was read again).
            line, after = at + 1, body.find("\n", at + 1, end)
            label = _LABEL.match(body, line, end) \
                if body.find(":", line, end if after < 0 else after) >= 0 else None
            if label is None and labels.period_surnames and body[line:line + 1].isupper():
                label = _period_line(body, line, end, labels)   # `GROMYKO. The Americans`
            if label and body[max(cut, at - 20):at].rstrip(" \t\u00a0")[-1:] in _SENTENCE_ENDS \
                    and not _SECTION_NUMBER.fullmatch(label.group("label")) and \
                    (label.group("delim") == "." or
                     names.key(label.group("label")) in speakers or
                     labels.is_person_label(label.group("label"), strict=True)):
                result.append(Piece(cut, at, False))
                cut = line
            at = after
        result.append(Piece(cut, end, False) if cut > part.start else part)
    return result


def _period_line(body: str, start: int, end: int, labels: PersonLabels) -> re.Match | None:
    """The period label in capitals opening the line at `start` in a body of period labels
    (`GROMYKO. The Americans ...` under `BREZHNEV. ...`), as `_label_lines` splits a colon
    label's line: a surname the body's labels or the participant lines name
    (`labels.period_surnames`), or a person the document or the authority knows; else None."""
    label = _PERIOD_LABEL.match(body, start, end)
    if label is None or not label.group("label").isupper() or \
            _place_in_capitals(label.group("label")):
        return None
    name = label.group("label")
    if names.key(name.split()[-1]) in labels.period_surnames or \
            labels.known.resolve(name) is not None:
        return label
    return None


# What a line ends a sentence with, before one that opens a turn: `_label_lines`.
_SENTENCE_ENDS = ".!?\"\u201d\u2019)]"


def _outside_brackets(body: str, start: int, lines: list[tuple[int, int]]
                      ) -> list[tuple[int, int]]:
    """The page lines of a paragraph (from `start`) that no bracket or parenthesis opened
    before them still holds: a note running over a page keeps its number as text, whole."""
    outside, cursor, square, round_ = [], start, 0, 0
    for line in lines:
        before = body[cursor:line[0]]
        square += before.count("[") - before.count("]")
        round_ += before.count("(") - before.count(")")
        cursor = line[0]
        if square <= 0 and round_ <= 0:
            outside.append(line)
    return outside


def _between_prose(body: str, start: int, end: int) -> bool:
    """Are the nearest lines with text before and after `start:end` lines of prose (at least
    `_PROSE_WORDS` words each), not the cells of a table or the items of a list?"""
    return _prose_line(body, start, -1) and _prose_line(body, end, 1)


def _prose_line(body: str, at: int, step: int) -> bool:
    """Is the nearest line with text before (`step` -1) or after (1) offset `at` prose?"""
    while 0 < at < len(body):
        if step < 0:
            line_start = body.rfind("\n", 0, at - 1) + 1
            line, at = body[line_start:at], line_start
        else:
            line_end = body.find("\n", at + 1)
            line_end = len(body) if line_end < 0 else line_end
            line, at = body[at:line_end], line_end
        if line.strip():
            return len(line.split()) >= _PROSE_WORDS
    return False


class PersonLabels:
    """`Names.is_person_label`, asked once per label while the register stays the same.

    A speaker speaks many times, so segmenting asks about the same labels again and again. The
    answer depends on the label counts (complete before the first question), on the persons
    known, which a question itself may add to, and on whether the body is one of speech turns
    (`Names.dialogue`, decided after the first questions): both are part of the key.
    """

    def __init__(self, known: names.Names, participants: frozenset[str] = frozenset(),
                 posts: tuple[tuple[str, str], ...] = (), prelude: str = "",
                 listed: frozenset[str] = frozenset()):
        self.known = known
        self.participants = participants   # the keys of the surnames the participant lines list
        # The keys of the full names they list, without titles and with (`Paul C. Warnke`) or
        # without the initials between (`Paul Warnke`): a reported turn's name in full
        # (`Shlomo Argov then asked: ...`), whatever the given name.
        self.listed = listed
        self.posts = posts                 # (name, post) the participant lines give, as printed
        self.prelude = prelude             # the body before the first turn
        # The surnames a mixed-case period label may be (`Kosygin.`): `_period_surnames`.
        self.period_surnames: frozenset[str] = frozenset()
        # The body labels its turns by a period or a dash (`ECEVIT.`, `W. Gomułka –`): `segment`.
        self.without_colon = False
        # Two persons or more label turns (`Honecker:`, `Mielke:`): `segment` says so once the
        # labels are counted. A listed surname alone before a colon in a report is its text.
        self.exchange = False
        # An interview's body: `Q:` and `A:` each open two paragraphs or more.
        self.interview = all(known.label_counts.get(letter, 0) >= 2 for letter in ("q", "a"))
        # The numbers of the sections a paragraph heads in capitals (`II. TRADE`): `segment`.
        self.sections: frozenset[int] = frozenset()
        # A transcript's labels of initials and whom they stand for: `_initials_speakers`.
        self.initials: dict[str, str | None] = {}
        self._named: set[str] | None = None
        self._body_named: set[str] | None = None
        self.body = ""   # the whole body, for `_completed`: `segment` sets it
        self._completed_names: set[str] | None = None
        # In a body of reported turns, the surnames of those reported by an ordinary verb of
        # speech (`Dobrynin said that ...`): `_reported_speech_style`.
        self.reporters: frozenset[str] = frozenset()
        self._answers: dict[tuple[str, bool, int, bool], bool] = {}

    def section_heading(self, label: str) -> bool:
        """Is `label` a section's number and its heading in capitals (`I. DISARMAMENT`)? A
        numeral of one letter is a person's initial as well (`I. HATOYAMA.`, `V. MALTSEV`):
        a heading only beside its neighbour's (`II. TRADE`)."""
        section = _CAPITALS_SECTION.fullmatch(label)
        if section is None:
            return False
        number = section.group("number")
        return len(number) > 1 or not self.sections.isdisjoint(
            (_item_number(number) - 1, _item_number(number) + 1))

    def is_person_label(self, label: str, strict: bool = False) -> bool:
        if label.startswith(("I", "V", "X")) and self.section_heading(label):
            return False
        if self.initials and label in self.initials:
            return not strict   # a transcript's `D:`, `K:`, `HAK:`: a turn, `@who` or not
        if len(label) == 1 or label in INTERVIEW_LABELS:
            # A single letter names no one; an interview's question and answer (`Q:`, `A:`,
            # `Q.:`) are turns all the same, of no person (persons gives them no `@who`).
            return not strict and self.interview and label in INTERVIEW_LABELS
        if label.lower() in ROLE_LABELS or side_label(label) or \
                label.lower() in CHAIR_LABELS and not self._names_one_holder(label) or \
                self.post_of_no_one(label):
            # A role names no one either (`Reporter:`, `Interviewer:`): a turn of no person
            # where it opens two paragraphs or more; once, only after the first turn of a body
            # of turns (`segment`), as `Interviewer: F.A.` above an interview is no turn. So
            # is the chair's (`Chairman:`) when the document names no one chairing, a post's
            # no line names a holder of (`President:`, `P.M.:`: persons may still know him),
            # and a side's (`SOVIET SIDE:`, `The Chinese side:`).
            return not strict and self.known.label_counts.get(names.key(label), 0) >= 2
        key = (label, strict, len(self.known.persons), self.known.dialogue)
        answer = self._answers.get(key)
        if answer is None and self.known.dialogue:
            # A body of speech turns accepts more labels, never fewer: a yes given before it
            # was known to be one stands, and only a no is asked again.
            answer = self._answers.get(key[:3] + (False,)) or None
        if answer is None:
            # A decision or vote the meeting recorded is no one's (`Resolution:`, `Decided:`),
            # however often it opens a paragraph.
            answer = self._answers[key] = not _DECISION_LABEL.fullmatch(label) and \
                not _HEADING_LABEL.fullmatch(label) and (
                self.known.is_person_label(label, strict=strict) or
                not strict and (self.known.dialogue and self._introduced(label)
                                or self._names_one_holder(label) or self._beside_turns(label)
                                or _post_and_holder(label)))
        # A participant the lines list speaks once in an exchange: not remembered, so that the
        # register still learns his label as printed when the body is one of speech turns. So
        # does, before a colon, a person the document introduces, in a body of period or dash
        # labels (`Güneş:` among `ECEVIT.` and `RODIONOV.` after `Turan Güneş (hereafter,
        # Güneş)`), whose turns the colon's count misses.
        return answer or not strict and (self.exchange and (self._listed_name(label) or
                                                            self.known_surname(label)) or
                                         self.without_colon and self._introduced(label) or
                                         self._completed(label))

    def _listed_name(self, label: str) -> bool:
        """Is `label` a surname or full name the participant lines list (`Mielke:` after
        `Present: Erich Honecker, Erich Mielke`)? In an exchange he speaks the first time,
        however short it is: his words were the turn's before."""
        label_key = names.key(label)
        return (label_key in self.participants or label_key in self.listed) and \
            label.split()[0].lower() not in names.FIELD_WORDS and not names.is_heading(label)

    def _introduced(self, label: str) -> bool:
        """Is `label` the surname of a participant the participant lines list, or of a person
        the body names before its turns, with a title or in a name's shape (`Counsellor Jerzy
        Knothe` makes `Knothe:` a speaker the first time)?"""
        label_key = names.key(label)
        if label_key in self.participants:
            return True
        if self._named is None:   # read only when asked: most labels are known by other rules
            self._named = names.surnames_named(self.prelude)
        return label_key in self._named

    def known_surname(self, label: str) -> bool:
        """Is `label` one word in a surname's shape that the authority knows (`Alekseev`,
        `Castro`: several persons have it, so none is resolved), a participant's, or that the
        body names with a title or in a name's shape (`Comrade Spychalski informed ...`)?
        Among other labelled turns he speaks, once too: his words were the turn's before."""
        if not _ONE_NAME_WORD.fullmatch(label) or label.lower() in names.FIELD_WORDS or \
                names.is_heading(label):
            return False
        label_key = names.key(label)
        if label_key in self.participants or self.known.knows_surname(label):
            return True
        if self._body_named is None:   # read only when asked: most labels are known by then
            self._body_named = names.surnames_named(self.body)
        return label_key in self._body_named

    def _completed(self, label: str) -> bool:
        """Is `label` a surname the body gives after a title or an honorific with the
        translator's given name after it (`Minister Karjalainen [Ahti]`, `Mr. Virolainen
        [Johannes]`)? The translator says who he is: `Karjalainen:` is he speaking, once
        too, and in a body with too few other turns to be one of speech turns."""
        if self._completed_names is None:   # read only when asked, once
            self._completed_names = {
                names.key(match.group("surname"))
                for match in _titled_completions(self.body)
                if (match.group("title") in names.TITLES or
                    match.group("title") in names.HONORIFICS) and
                given_after_title(match.group("surname"), match.group("given"))
            } if "[" in self.body else set()
        return names.key(label) in self._completed_names

    def _beside_turns(self, label: str) -> bool:
        """Is `label` `The` and titles (`The Secretary:`) in a body where another label is a
        person's (`Vice Premier Teng:`)? A memorandum names its own side by post: with
        only two turns the body is no body of turns, but the label is a speaker's all the
        same (a person of its own when no one holds the title, as in a body of turns)."""
        return _by_title(label) and any(
            not _by_title(other) and self.is_person_label(other) for other in self.known.labels)

    def post_of_no_one(self, label: str) -> bool:
        """Is `label` a post alone (`President:`, `Ambassador:`, `P.M.:`, `Comrade
        Secretary:`; no `The`, nor a participant's or, after an honorific, a known surname:
        `Cde. Bishop:` is Maurice Bishop) that neither the participant lines, another label
        (`President Tito:`) nor the catalogue's title give anyone? As the chair's, it opens
        turns all the same (persons may know the holder); where several hold it (`Premier:`
        beside two premiers) it stays text."""
        first = label.split(maxsplit=1)[0] if label else ""
        if not first[:1].isupper() or label.count(" ") > 2 or first in ("The", "THE") or \
                label.lower() in CHAIR_LABELS or \
                names.key(label.rsplit(maxsplit=1)[-1]) in self.participants or \
                first in names.HONORIFICS and self.known.knows_surname(label.split()[-1]):
            return False
        title = names.title_of_label(label)
        return title is not None and \
            not any(names.post_begins_with(post, title) for _, post in self.posts) and \
            not any(names.post_begins_with(post, title)
                    for _, post in self.known.catalogue_posts) and \
            not any(names.same_title(names.title_before_name(other), title)
                    for other in self.known.labels)

    def _names_one_holder(self, label: str) -> bool:
        """Is `label` a title alone or after `The` (`The Secretary`, `Prime Minister`, `PM`)
        that one participant holds: one name of the participant lines has a post that begins
        with it (`Henry A. Kissinger, Secretary of State`, `Prime Minister Jawaharlal Nehru`),
        or a label of title and name the document uses has it (`Secretary Kissinger:`; a
        title alone, one such label only), or, failing both, one name of the catalogue's title
        or summary has it (`Record of Conversation between Prime Minister Zulfikar Ali Bhutto
        and Ambassador Henry Byroade`, `Prime Minister:`)? Then it is that person speaking,
        even in a document that has too few other turns to be read as one of speech turns."""
        title = names.title_of_label(label)
        if title is None:
            return False
        holders = {names.key(name) for name, post in self.posts
                   if names.post_begins_with(post, title)}
        if len(holders) == 1:
            return True
        titled = {names.key(other) for other in self.known.labels
                  if names.same_title(names.title_before_name(other), title)}
        if holders or titled:
            return len(titled) == 1 or bool(titled) and label.split()[0] in ("The", "THE")
        return len({names.key(name) for name, post in self.known.catalogue_posts
                    if names.post_begins_with(post, title)}) == 1


# A title or an honorific, a surname, and the translator's given name in brackets after it
# (`Minister Karjalainen [Ahti]`, `Dr. Kovács [Béla]`, `Ambassador Chervonenko [Stepan]`):
# `PersonLabels._completed`, which `given_after_title` checks further.
_NAME_LETTERS = r"[a-z\u00df-\u00ff\u0100-\u024f]"
_TITLED_COMPLETION = re.compile(
    rf"\b(?P<title>[A-Z][a-z]+\.?)[ \u00a0]+(?P<surname>[{names.CAPITALS}]{_NAME_LETTERS}+"
    rf"(?:-[{names.CAPITALS}]{_NAME_LETTERS}+)?)[ \u00a0]+\[(?P<given>[{names.CAPITALS}]"
    rf"{_NAME_LETTERS}+(?:[ \-][{names.CAPITALS}]{_NAME_LETTERS}+)?)\]")
# The same read backwards from a bracket, in the reversed body, as far as the title's capital:
# the spaces, the surname (one word: spaces around it), the spaces and the title (`.retsiniM`
# in `Minister Karjalainen [`). Where `_TITLED_COMPLETION` can begin for a given bracket.
_SURNAME_AND_TITLE_BACKWARDS = re.compile(r"[ \u00a0]+[^ \u00a0]+[ \u00a0]+\.?[a-z]+[A-Z]")


def _titled_completions(body: str) -> list[re.Match]:
    """`_TITLED_COMPLETION.finditer(body)`, read from its brackets: that pattern tried at each
    capital of a long body cost more than the rest of segmenting it. A match's title and
    surname are the words just before its bracket, and nothing but them, so the one place it
    can begin is found reading backwards from the bracket, and the pattern is tried there:
    the same matches (none of them overlaps another, as each holds its own bracket)."""
    backwards = body[::-1]
    found = []
    at = body.find("[")
    while at >= 0:
        if at and body[at - 1] in " \u00a0":
            words = _SURNAME_AND_TITLE_BACKWARDS.match(backwards, len(body) - at)
            if words is not None:
                match = _TITLED_COMPLETION.match(body, len(body) - words.end())
                if match is not None and match.start("given") == at + 1:
                    found.append(match)
        at = body.find("[", at + 1)
    return found


def _post_and_holder(label: str) -> bool:
    """Is `label` titles and, in brackets at its end, their holder's name, maybe after `The`
    or a people (`Soviet Ambassador [Yudin]`, `THE PREMIER [ZHOU ENLAI]`), a bracket the
    brackets pass reads as naming him (`names_holder`)? He speaks, as in `The Premier [Zhou
    Enlai]:`, whose name the register knows."""
    opening = label.find("[")
    if opening < 1 or label.find("[", opening + 1) >= 0 or not label.endswith("]"):
        return False   # most labels: no bracket
    post = names.with_titles_cased(label[:opening]).split()
    while post and (post[0] in ("The", "THE") or post[0] in names.NATIONALITIES):
        del post[0]
    return bool(post) and all(word in names.TITLES for word in post) and \
        names_holder(label[opening + 1:-1], label[:opening])


def _name(match: re.Match) -> str:
    """A label's name as printed, without the no-break space a reported turn's may hold."""
    return match.group("label").rstrip("\u00a0")


# The patterns `find_label` tries, by style, in order (made once: it is asked of every
# paragraph several times).
_STYLE_PATTERNS = {"reported": (_REPORTED, _JOINT_REPORTED), "surname": (_SURNAME_PERIOD_LABEL,),
                   "dash": (_DASH_LABEL,), "voices": (_VOICES_LABEL,), "role": (_LABEL,),
                   "author": (_LABEL,)}
_LABEL_PATTERNS = (_LABEL, _PERIOD_LABEL, _DEFINING_LABEL, _JOINT_LABEL)   # no style


def find_label(text: str, known: names.Names | PersonLabels, style: str | None = None,
               matches: dict[str, re.Match | None] | None = None) -> Label | None:
    """Return the speech-turn label at the start of `text`, if there is one: with `style`
    "reported", a reported-speech turn's (`Stalin asks ...`), with "surname", a name in mixed
    case before a period (`Kosygin. How ...`), which only some bodies have, with "dash", a
    name before a spaced dash (`W. Gomułka – We ...`), with "voices", the room's (`Voices:
    Correct!`, `Interjection by Comrade Matern: When?`), with "role", a role's (`Reporter:`,
    persons.ROLE_LABELS), with "author", the recorder's `I:`.

    `matches` holds `_LABEL.match(text)` already made, by text (segmenting counts the labels
    first): the pattern tried first, and the costliest, is not run again.
    """
    for pattern in _STYLE_PATTERNS.get(style, _LABEL_PATTERNS):
        if pattern is _JOINT_REPORTED and text.find(" and ", 0, _JOINT_REACH) < 0:
            continue   # most paragraphs: two names joined by `and` open none
        # What the pattern cannot match without, looked for first: setting up a match cost
        # more than `in` reading the paragraph.
        if (pattern is _LABEL or pattern is _JOINT_LABEL) and ":" not in text:
            continue   # a paragraph without a colon: no such label
        if pattern is _DEFINING_LABEL and "[henceforth" not in text and "[hereafter" not in text:
            continue   # most paragraphs: no short form defined
        match = matches[text] if pattern is _LABEL and matches is not None and \
            text in matches else pattern.match(text)
        if not match:
            continue
        name = _name(match)
        if pattern is _JOINT_LABEL:
            if not all(known.is_person_label(match.group(side)) for side in ("first", "second")):
                continue
        elif pattern is _JOINT_REPORTED:
            if not all(known.is_person_label(match.group(side), strict=True) or
                       _by_title(match.group(side)) for side in ("first", "second")) or \
                    match.group("delegation") and not _speaker_part(match.group("delegation")):
                continue
        elif pattern is _SURNAME_PERIOD_LABEL:
            if names.key(name.split()[-1]) not in known.period_surnames:
                continue
        elif pattern is _DASH_LABEL:
            # A person's name by its shape or the register's, or a participant's the
            # participant lines list (`Albin Siwak`, no given name the lists know).
            if _SECTION_NUMBER.fullmatch(name) or \
                    not known.is_person_label(name, strict=True) and \
                    names.key(name.split()[-1]) not in known.participants:
                continue
        elif pattern is _VOICES_LABEL:
            if match.group("person") and not known.is_person_label(match.group("person")) or \
                    match.group("delim") == "." and not known.period_surnames:
                continue
        elif style == "author":
            if name != "I":
                continue
        elif style == "role":
            if name.lower() not in ROLE_LABELS and name.lower() not in CHAIR_LABELS and \
                    not side_label(name) and not (
                        known.post_of_no_one(name) and "\n" not in match.group("sep") and
                        match.end("sep") < len(text)):
                continue   # (`Ambassador:` / `[signature]` / `G. Pirinski`: a signer's office)
        elif pattern is _PERIOD_LABEL and _place_in_capitals(name):
            continue
        elif _SECTION_NUMBER.fullmatch(name) or \
                not known.is_person_label(name, strict=pattern is not _LABEL) and \
                not (pattern is _REPORTED and (_by_title(name) or names.key(name) in known.listed
                                               or names.key(name) in known.participants or
                                               style == "reported" and
                                               isinstance(known, PersonLabels) and
                                               known._introduced(name))) and \
                not (pattern is _PERIOD_LABEL and (names.key(name) in known.listed or
                                                   name.isupper() and
                                                   names.key(name) in known.participants)):
            # (a listed participant's surname alone: `Roshchin said that ...`; before a period,
            # his full name in capitals, whatever the given name: `KOČA POPOVIĆ.` after
            # `Present: Koča Popović`, or his surname in capitals though a title's word:
            # `BISHOP.` after `Present: Cde. Maurice Bishop`)
            continue
        elif pattern is _REPORTED and (match.group("opening") or match.group("thanks")) and \
                not _opens_business(name, known) and \
                not (((match.group("opening") or "").endswith(" saying") or " " in name) and
                     names.key(name.split()[-1]) in known.reporters):
            # (`Dobrynin began by saying ...` of one reported later: his turn; so is
            # `President Tito welcomed ...`, `... thanked ...`, named with a title or in full)
            continue
        stage = note = None
        extra = match.group("extra") or ""
        end = match.end("label")
        if pattern is _REPORTED and extra or pattern is _JOINT_REPORTED:
            # `Mr. RUSK (United States) said`: the delegation is the speaker's, as in a label,
            # and so is a phrase between commas after it (`The CHAIRMAN, summing up, said`)
            if match.group("stage") is not None and \
                    not _speaker_part(match.group("stage"), name):
                continue
            end = match.end("extra")
        elif extra:
            base = match.start("extra")
            for group in re.finditer(r"\(([^()\n]*)\)|\[([^\[\]\n]*)\]", extra):
                span = (base + group.start(), base + group.end())
                if group.group(1) is not None and stage is None and \
                        not (note is None and _speaker_part(group.group(1), name)):
                    stage = span
                elif group.group(2) is not None and stage is None and \
                        _ADDRESSED.match(group.group(2)):
                    stage = span   # `McNAMARA [to Dobrynin]:`, as `(to X)`
                elif group.group(2) is not None and note is None:
                    note = span
        return Label(start=match.start("label"), end=end, stage=stage, note=note,
                     delim=match.group("delim"), delim_at=match.start("delim"),
                     speech=match.end("sep"),
                     name=name)
    return None


# A translation's note in a label, part of the speaker's label as a delegation is: `The
# PRESIDENT (translated from Russian):`, `Mr. SCHWEITZER (Chile) (interpretation from Spanish):`.
_INTERPRETED = re.compile(r"(?:translated|translation|interpretation|interpreted)[ \u00a0]+from"
                          r"[ \u00a0]+[A-Z][a-z]+")


# To whom the speaker of a label turns, in its brackets as a transcript prints it: `McNAMARA
# [to Dobrynin]:`, `[addressing Castro]`, `[turning to the interpreter]`.
_ADDRESSED = re.compile(r"(?:to|addressing|turning[ \u00a0]to)[ \u00a0]")


# The holder's name in a UN or IAEA record's label of the chair's post, an honorific and a
# name, maybe his delegation after a comma: `The CHAIRMAN (Mr. Peter Walker, Canada):`, `The
# PRESIDENT (Mr. ZORIN):`. `The CHAIRMAN:` is he for the whole record. Each word read once.
_HOLDER = re.compile(r"(?P<name>(?:Mr\.|Mrs\.|Ms\.|Dr\.|Sir|Sig\.)[ \u00a0]+"
                     r"(?:[A-Z]\.[ \u00a0\-]?)*+[A-Z][\w'\u2019\-]*+"
                     r"(?:[ \u00a0]+(?:[A-Z][\w'\u2019\-]*+|de|da|van|von))*+)"
                     r"(?:,[ \u00a0]+(?P<delegation>[^,()\n]+))?")


def _speaker_part(words: str, label: str = "") -> bool:
    """Is what a label holds in parentheses part of the speaker's label, no stage direction:
    the delegation he speaks for, a state (`Mr. STEVENSON (United States of America):`), the
    language his words are translated from (`(translated from Russian)`), his post (`Mr. BLIX
    (Director General):`), or after a post's label (`label`) its holder (`The CHAIRMAN (Mr.
    Peter Walker, Canada):`)?"""
    if _INTERPRETED.fullmatch(words) is not None or known_place(words) or names.is_post(words):
        return True
    holder = _HOLDER.fullmatch(words) if label and _by_title(label) else None
    return holder is not None and (holder.group("delegation") is None or
                                   known_place(holder.group("delegation")))


def _held_post(label: str, extra: str) -> list[tuple[str, str]]:
    """The (name, post) of a post's label that names its holder in its first parentheses
    (`extra`: `The CHAIRMAN (Mr. Peter Walker, Canada)` gives Peter Walker, Chairman), as a
    chair's line does; or none."""
    opening = extra.find("(")
    words = extra[opening + 1:extra.find(")", opening)]
    holder = _HOLDER.fullmatch(words)
    if holder is None or not _speaker_part(words, label):
        return []
    return [(" ".join(_without_titles(holder.group("name").split())),
             names.title_of_label(label))]


# A tape transcript's speaker it cannot name (`Unidentified:`, `Unknown Speaker:`): no person,
# but a turn of speech all the same, counted with the persons' for a body of speech turns
# (`McNamara:`, `Taylor:`, `Unidentified:`, `McNamara:`: Taylor spoke in McNamara's turn).
_UNNAMED_SPEAKER = re.compile(r"(?i:unidentified|unknown)\b")


def segment(body: str, known: names.Names, first_line: int = 1) -> tuple[list[Block], list[str]]:
    """Split `body` into blocks; return them and the warnings met on the way."""
    warnings: list[str] = []
    parts = pieces(body, paragraphs(body))
    spans = [(part.start, part.end) for part in parts if not part.page]
    matches: dict[str, re.Match | None] = {}   # each paragraph's `_LABEL` match, for find_label
    *participants, lists, chairs = _participant_surnames(body, spans)
    holders: list[tuple[str, str]] = []   # the posts that labels name the holders of
    sections: set[int] = set()   # the numbers of the sections headed in capitals (`II. TRADE`)
    initials: list[str] = []   # the labels of initials in the body's order (`D`, `K`, `D`)
    for start, end in spans:  # how often each label occurs: a recurring label is a speaker
        if start in lists:
            continue   # a side under `PRESENT`, the chair's line: no speaker
        text = body[start:end]
        if text.startswith(("I", "V", "X")) and (section := _CAPITALS_SECTION.fullmatch(text)):
            sections.add(_item_number(section.group("number")))
        match = matches[text] = _LABEL.match(text) if ":" in text else None   # see find_label
        if match:
            known.labels[match.group("label")] = None
            label = names.key(match.group("label"))
            known.label_counts[label] = known.label_counts.get(label, 0) + 1
            if len(label) <= 3 and _INITIALS_LABEL.fullmatch(match.group("label")):
                initials.append(match.group("label"))
            if match.group("stage") and _by_title(match.group("label")):
                holders.extend(_held_post(match.group("label"), match.group("extra")))
    if holders:   # `The CHAIRMAN (Mr. Peter Walker, Canada):`: `The CHAIRMAN:` is he
        participants[1] += tuple(holders)
        chairs |= {names.key(name) for name, post in holders if post.lower() in CHAIR_LABELS}
    if not participants[1] and any(names.title_of_label(label) for label in known.labels):
        # no participant lines give posts: a heading's may, for `President:`
        participants[1] += tuple(_heading_posts(participants[2]))
    # the labels are counted: answers can be remembered now
    labels = PersonLabels(known, *participants)
    labels.sections = frozenset(sections)
    labels.body = body
    for label in [label for label in known.labels
                  if label.startswith(("I", "V", "X")) and labels.section_heading(label)]:
        del known.labels[label]   # `I. DISARMAMENT:` heads a section: no one speaks
        known.label_counts.pop(names.key(label), None)
    known.posts = labels.posts   # persons gives `The Secretary:` the same holder
    known.participants = labels.participants   # `NYERS REZSŐ:` after `Present: ... Nyers`
    known.chairs = chairs
    if len(initials) >= 3:
        known.initials = labels.initials = _initials_speakers(initials, known, labels.prelude)
    reported = _reported_speech_style(body, [span for span in spans if span[0] not in lists],
                                      labels, matches)
    # In a body of speech turns, any name before a colon is a speaker, once is enough: three
    # labels (counted by their paragraphs) of persons by the other rules make one, the
    # surnames the participant lines list among them (`Present: Khrushchev, Zhukov, ...`), and
    # those of the persons the body names before its turns (`the First Secretary [Josef
    # Smrkovský]`, `Counsellor Jerzy Knothe`).
    turns = {names.key(label): known.label_counts[names.key(label)] for label in known.labels
             if labels.is_person_label(label) or labels._introduced(label) or
             _UNNAMED_SPEAKER.match(label) and names.VOICES.fullmatch(label)}
    # A surname known elsewhere labels a turn once too, beside another person's labels:
    # `Alekseev:` between two of Khrushchev's, not a field line (`Subject:`, `Note:`); so does
    # a post no one is named holding (`Ambassador:` between two of `P.M.:`).
    surnamed = {names.key(label): known.label_counts[names.key(label)] for label in known.labels
                if names.key(label) not in turns and (labels.known_surname(label) or
                                                      labels.post_of_no_one(label))}
    if len(turns.keys() | surnamed.keys()) >= 2:
        turns.update(surnamed)
    known.dialogue = not reported and sum(turns.values()) >= 3
    labels.exchange = not reported and len(turns.keys() | {
        names.key(label) for label in known.labels if labels._listed_name(label)}) >= 2
    # The surnames of the persons who speak in labelled turns or are listed as participants: a
    # paragraph of a turn that reports one of them is a turn of its own (`_reports_a_party`).
    parties = frozenset() if reported else labels.participants | {
        names.key(label.split()[-1]) for label in known.labels if labels.is_person_label(label)}
    # The reported paragraphs right before the first label, each a labelled speaker's: the
    # talk's opening statements, turns (`SIHANOUK thanked ...` / `PRESIDENT TITO said that ...`
    # / `SIHANOUK: The Chinese ...`).
    openings = _opening_reports(body, spans, labels, matches) if labels.exchange and \
        not reported else frozenset()
    if not reported:
        labels.period_surnames = _period_surnames(body, spans, labels)
    if not reported and (known.dialogue or labels.exchange or labels.period_surnames):
        parts = _label_lines(body, parts, labels, turns.keys(), lists)
    # a journal's labelled turns: the recorder met the other side before them
    journal = not reported and "I " in labels.prelude and \
        _AUTHOR_MET.search(labels.prelude) is not None
    dashes = _dash_labelled(body, spans, labels)
    labels.without_colon = dashes or bool(labels.period_surnames)
    notes_at_end = len(body) + 1   # where the run of footnote paragraphs ending the body starts
    for start, end in reversed(spans):
        if not _FOOTNOTE.match(body, start, end):
            break
        notes_at_end = start
    markers = _first_markers(body)   # where each note number's first marker ends
    paren_notes = _paren_notes(body, spans)
    blocks: list[Block] = []
    in_turn = seen_turn = False
    # the agenda item heading the turns, outside them (`1. On ...`): arabic or not, its number
    agenda: tuple[bool, int] | None = None
    speakers: set[str] = set()   # the keys of the surnames of the turns' speakers so far
    reports = 0   # the reported turns found so far among labelled ones (`_reports_a_party`)
    numbered: bool | None = None   # does a paragraph number a second section (`II.`)
    line, counted = first_line, 0  # line numbers counted as we go: linear in the body
    for part in parts:
        start, end = part.start, part.end
        text = body[start:end]
        line += body.count("\n", counted, start)
        counted = start
        if part.page:
            # A page number between paragraphs; a turn it stands in may go on after it.
            blocks.append(Block("page", start, end, text, continues_turn=in_turn, line=line))
            continue
        pages = [(s - start, e - start) for s, e in part.pages]
        at = len(blocks)   # the block before this paragraph, over the page numbers between
        while at and blocks[at - 1].kind == "page":
            at -= 1
        previous = blocks[at - 1] if at else None
        if previous and previous.kind in ("p", "turn") and _STARTS_LOWER.match(text) and \
                not _COPY_LINE.match(text) and not _LIST_ITEM.match(text) and \
                not _capitals_heading(_last_piece(body, previous)) and \
                not _heading_subtitle(blocks, at) and \
                _ends_open(_last_piece(body, previous)) and not _ends_letter(text) and \
                (previous.joins or not _ends_letter(previous.text) and
                 not _letterhead(blocks, at) and
                 not (_OFFICE_LOWER.fullmatch(text) and _is_signer(previous.text))):
            # A paragraph split by a page break: join it to the one before, the page numbers
            # between them inside (not a signer's office in small letters under the name).
            # (A paragraph joined already ends no letter: no dateline or signature holds a
            # blank line with a lower-case word after it.) Its text is cut from the body
            # once, after the loop: cut at each join, the text so far was copied once a page
            # break, quadratic in them.
            previous.joins.append((previous.end - previous.start, start - previous.start))
            previous.pages.extend((b.start - previous.start, b.end - previous.start)
                                  for b in blocks[at:])
            previous.pages.extend((s + start - previous.start, e + start - previous.start)
                                  for s, e in pages)
            del blocks[at:]
            previous.end = end
            continue
        if _GAP.fullmatch(text):
            blocks.append(Block("gap", start, end, text, line=line))
            in_turn = False
            continue
        if start >= paren_notes:      # `(1) ...` ending the body, its markers in the text
            blocks.append(Block("footnote", start, end, text, line=line))
            in_turn = False
            continue
        footnote = _FOOTNOTE.match(text)
        if footnote and (not in_turn or blocks[-1].kind == "footnote" or start >= notes_at_end
                         or markers.get(footnote.group("n"), start + 1) <= start):
            # Inside a turn, `[1] ...` is a note when the text before has its marker, or when
            # only notes follow it: minutes whose notes come after the last turn put them in
            # its speech.
            blocks.extend(_footnotes(text, start, line))
            in_turn = False
            continue
        if _SALUTE.fullmatch(text) or not seen_turn and (
                _BARE_SALUTE.fullmatch(text) or
                _CHURCH_SALUTE.fullmatch(text) or
                _alone_label(text, labels, matches) and
                _count_labels(body, spans, labels, matches) == 1):
            blocks.append(Block("salute", start, end, text, line=line))
            continue
        label = None if start in lists else find_label(text, labels, matches=matches)
        if label is None and (reported or in_turn or start in openings or
                              seen_turn and previous is not None and
                              previous.kind == "p" and _AGENDA_ITEM.fullmatch(previous.text)):
            # (the next agenda item's heading ended a turn: `Ad 2.` / `Comrade Spychalski
            # informed that ...` opens the item's first)
            label = find_label(text, labels, "reported")
            # (the speakers so far are parties too: a period label's, `NAJIBULLAH.`, is not
            # counted among the colon's; nor is one that speaks later, `J. NEHRU.`)
            if label is not None and not reported and start not in openings and \
                    (not _reports_a_party(text, label, parties | speakers |
                                          labels.period_surnames, reports > 0) or
                     _departs(text)):
                label = None   # (`MacArthur thanked ... and left at 11:30.`: the recorder's)
            if label is not None and (_AFTERWARDS.match(text, label.speech) or
                                      _AFTERWARDS_OPENING.match(text, 0, label.start)) and \
                    names.key(label.name.split()[-1]) not in speakers:
                # No speaker of the conversation: the recorder's narration after it.
                label, in_turn = None, False
            if label is not None and _TOPIC.match(text, 0, label.start) and \
                    names.key(label.name.split()[-1]) not in speakers | labels.participants:
                label = None   # `On his return, Dr. Brown said ...`: no one of the talks
            if label is not None and reported and \
                    _another_voice(text, label.name, label.speech, labels, body, start):
                label, in_turn = None, False   # (`... I answered that ...`: narration)
            reports += label is not None and not reported
        if label is None and labels.period_surnames:
            label = find_label(text, labels, "surname")
        if label is None and (dashes or known.dialogue and seen_turn):
            label = find_label(text, labels, "dash")
            if label is not None and not dashes and not _lone_dash_speaker(text, label, labels):
                label = None
        voices = False
        if label is None and seen_turn:
            label = find_label(text, labels, "voices")
            voices = label is not None
        if label is None and seen_turn and known.dialogue:
            # A role speaking once (`Reporter:`, `Witness:`) among the turns.
            label = find_label(text, labels, "role", matches)
        if label is None and seen_turn and _AUTHOR_LABEL.match(text):
            if numbered is None:   # the body is searched once, however many `I:` it has
                numbered = _SECOND_SECTION.search(body) is not None
            if not numbered:
                label = find_label(text, labels, "author", matches)
        if label is not None:
            blocks.append(Block("turn", start, end, text, label=label, pages=pages, line=line))
            # The room's voices, an interjection, say their few words: the paragraphs after
            # them are no more theirs (`Resolution:` after `Voices: Agreed.`).
            in_turn = not voices or label.speech >= len(text)
            seen_turn = True
            speakers.add(names.key(label.name.split()[-1]))
            continue
        if in_turn and (_AFTER_SPEECH.match(text) or _CLOSING_NOTICE.fullmatch(text) or
                        _LASTED.fullmatch(text) or _ATTENDED.match(text) or
                        _PROCEEDINGS.fullmatch(text) or _DECISION.match(text) or
                        _record_break(text) or _LEFT_OUT.fullmatch(text) or
                        _RECORD_ENDS.fullmatch(text) or _RECORDING_RESUMES.match(text) or
                        text.lstrip().startswith("[") and _BRACKETED_ITEM.fullmatch(text) or
                        reported and (_FIRST_PERSON.match(text) or _COURSE_OF_TALK.match(text))
                        or journal and _AUTHOR_SPEAKS.match(text) or _ends_letter(text) or
                        not reported and _departs(text) or
                        reported and _narrates_another(text, blocks, labels)):
            # `Recorded by ...`, `(End of conversation.)`, `Resolution: ...`, `[Break]`, `[Two
            # paragraphs not declassified]`, `[The record ends here.]`, `[Audio resumes ...]`,
            # the next item's heading, `[On the preparation for the visit of M. Thatcher]`,
            # a dateline or signature, `MacArthur thanked the Prime Minister and left at 11:30.`:
            # no one's speech; `I answered that ...` among reported turns is the recorder's (a
            # labelled turn goes on in its speaker's own first person, so there it stays the
            # speaker's, but in a journal, `I met X.` before them, `I said that ...` is the
            # recorder's; so is `In the course of the conversation ...`, narration, and
            # `President Tito offered help.` in Qaddafi's reported turn).
            in_turn = False
        elif in_turn and not reported and _BODY_DECIDED.match(text):
            in_turn = False   # `The Politburo approved ...`: the recorder's
        item = _AGENDA_ITEM.fullmatch(text) if agenda is not None or not in_turn or \
            text.startswith("Ad") else None
        if item is not None:
            # The next agenda item, numbered as the one before the turns, ends the turn it
            # follows (`2. Miscellaneous` after `1. On the results ...`); a speaker's own
            # numbered points follow no such heading. `Ad 2.` is the minutes' own heading.
            number = item.group("number")
            number = (number.isdigit(), _item_number(number))   # `2` follows `1`, not `I`
            if not in_turn or item.group("ad") and agenda is None or \
                    number == (agenda[0], agenda[1] + 1):
                agenda, in_turn = number, False
        blocks.append(Block("p", start, end, text, continues_turn=in_turn, pages=pages,
                            line=line))
    for block in blocks:
        if block.joins:
            block.text = body[block.start:block.end]
    if blocks and blocks[-1].kind == "p" and _cut_name(body, blocks[-1], known):
        # `Premier Zho`, the page cut off in a label: no turn's words, no signature
        blocks[-1].kind, blocks[-1].continues_turn = "fragment", False
        known.cut_off = blocks[-1].text.strip()
    elif blocks:
        known.cut_off = _cut_word(body, known)   # `... Comrade Stoya`: a name cut off in it
    _mark_parts(blocks)
    for start, stop in reversed(part_bounds(blocks)):
        part = blocks[start:stop]
        _split_head(part)     # and begins as a letter or cable does
        _mark_closing(part)   # each document of the page ends as a letter does
        blocks[start:stop] = part
    for index, block in enumerate(blocks):
        if block.kind == "turn" and block.label.speech >= len(block.text) and \
                not _speech_follows(blocks, index):
            warnings.append(f"line {block.line}: the speaker label "
                            f"\u201c{block.label.name}\u201d has no speech after it; "
                            "it is kept as a paragraph")
            block.kind, block.label = "p", None
    return blocks, warnings


# A word of a page's last words cut off in a label or a name: a capitalized word or an
# initial (`Zho`, `Štěp`, `MAO`, `M.`).
_CUT_WORD = re.compile(rf"[{names.CAPITALS}][\w'\u2019\-]*+|[A-Z]\.")
_CUT_WORDS_MOST = 5
# Initials alone, a label's or a name's cut off before its surname: `L.I.`, `L. I.`, `H.`.
_CUT_INITIALS = re.compile(r"(?:[A-Z]\.[ \u00a0]?)+")
# The family names an East Asian name writes first (`Le` of `Le Duan`, `Kim` of `Kim Il
# Sung`): alone on a cut page's last line, the given name after it was cut off.
_FAMILY_FIRST = names.CHINESE_SURNAMES | names.KOREAN_SURNAMES | names.VIETNAMESE_SURNAMES


def _cut_name(body: str, block: Block, known: names.Names) -> bool:
    """Is `block`, the body's last, the words of a label or a name that the page (an excerpt
    of its first 2,000 bytes) was cut off in: no line end after it, one to five capitalized
    words with no stop and no colon, after a title or an honorific (`Premier Zho`, `Comrade
    Štěp`, `Ambassador Huang Ji`), the last a letter alone (`Mao Z`) or the first letters of
    a longer word the body wrote before (`Gueva` of `Guevara`, `MAO ZED` of `Mao Zedong`), or
    initials alone that the body wrote before a name (`L.I.` of `L.I. BREZHNEV:`)? A name
    alone may sign a letter (`Mao Zedong`), and one cut in mid-sentence stays its turn's; one
    word out of a turn that would sign is a name the document or the authority knows
    (`Gromyko`), or in capitals as a cable's signer, else no name (`Regular` / `No` cut off
    in a telegram's head signs nothing)."""
    if body.endswith("\n") or body[block.end:].strip():
        return False
    words = block.text.split()
    if not 0 < len(words) <= _CUT_WORDS_MOST or \
            not all(_CUT_WORD.fullmatch(word) for word in words[1:]):
        return False
    if words[0] in names.TITLES or words[0] in names.HONORIFICS:
        return len(words) > 1
    if _CUT_INITIALS.fullmatch(block.text.strip()):
        return _initials_before_name(block.text.strip(), body[:block.start])   # `L.I.`
    if not _CUT_WORD.fullmatch(words[0]) or words[-1].endswith("."):
        return False
    if len(words) > 1 and len(words[-1]) == 1:
        return True   # `Mao Z`
    if len(words) == 1 and not block.continues_turn and _closing_kind(block.text) == "signed" \
            and (not known.knows_surname(words[0]) or words[0] in _FAMILY_FIRST) \
            and not _CAPS_SIGNER.fullmatch(block.text):
        return True   # `No`; `Le` of `Le Duan`, who signs his whole name
    return _begins_longer_word(" ".join(words), body[:block.start])


def _initials_before_name(cut: str, before: str) -> bool:
    """Did the body write the initials `cut` before a name (`L.I.` of `L.I. BREZHNEV:`), so
    that the page was cut off between them and the surname?"""
    at = before.find(cut)
    while at >= 0:
        if not before[at - 1:at].isalnum() and \
                before[at + len(cut):at + len(cut) + 2].lstrip(" \u00a0")[:1].isupper():
            return True
        at = before.find(cut, at + 1)
    return False


def _begins_longer_word(cut: str, before: str) -> bool:
    """Do the words `cut` begin a longer word in `before`, whatever its case (`Gueva` in
    `Comrade Guevara`, `MAO ZED` in `Mao Zedong`)?"""
    cut, before = cut.lower(), before.lower()
    at = before.find(cut)
    while at >= 0:
        if before[at + len(cut):at + len(cut) + 1].isalpha() and \
                not before[at - 1:at].isalnum():
            return True
        at = before.find(cut, at + 1)
    return False


def _cut_word(body: str, known: names.Names) -> str | None:
    """The last word of a page cut off inside a name within its paragraph (no line end
    after it): the first letters of a longer word the body wrote before (`... the problem.
    Comrade Stoya` after `Stoyanov`), or of a title after a title word that names no post
    alone (`Geng Biao, Vice Min`), or a word after a title, an honorific or initials that
    no one of the document or the authority has for surname and the body never wrote
    whole (`to President Suk`, `Recorded by: J. Kołodzie`); else None. It is no one's
    name, nor a post."""
    if body.endswith("\n"):
        return None
    words = body[body.rfind("\n") + 1:].split()
    if len(words) < 2 or not _CUT_WORD.fullmatch(words[-1]) or len(words[-1]) < 2 or \
            words[-1].endswith("."):
        return None
    cut = words[-1]
    if words[-2] in names._TITLE_MODIFIERS and \
            any(title.startswith(cut) and title != cut for title in names.TITLES):
        return cut
    if _begins_longer_word(cut, body[:-len(cut)]):
        return cut
    if (words[-2] in names.TITLES or words[-2] in names.HONORIFICS or
            names.is_initials(words[-2])) and not known.knows_surname(cut) and \
            not _whole_word_before(cut, body[:-len(cut)]):
        return cut
    return None


def _whole_word_before(word: str, before: str) -> bool:
    """Did the body write `word` whole before (`President Suk` of a Suk it names)?"""
    at = before.find(word)
    while at >= 0:
        if not before[at + len(word):at + len(word) + 1].isalnum() and \
                not before[at - 1:at].isalnum():
            return True
        at = before.find(word, at + 1)
    return False



def _mark_parts(blocks: list[Block]) -> None:
    """Mark the headings that open one more document on the page, a cover letter's enclosure
    or the next of several cables (`_PART_HEADING`: `Document 2`, `Enclosure`), as "head"
    blocks, when text other than end notes follows them before the next. A number alone
    (`1.`, `2.`) is one only when every such number, counted from 1, heads a letter or a cable
    (field lines, a salutation or a dateline after it): else it numbers a report's sections.
    The paragraphs under a heading go on no speech turn before it."""
    heads = [index for index, block in enumerate(blocks) if block.kind == "p" and
             len(block.text) < 40 and _PART_HEADING.fullmatch(block.text)]
    numbers = [index for index, block in enumerate(blocks) if block.kind == "p" and
               len(block.text) < 8 and _NUMBER_HEADING.fullmatch(block.text)]
    if 1 < len(numbers) <= 20 and \
            [int(blocks[index].text.strip(" \t\u00a0.")) for index in numbers] == \
            list(range(1, len(numbers) + 1)) and \
            all(_opens_document(blocks, index) for index in numbers):
        heads = sorted(heads + numbers)
    text_after = False   # does text follow before the next heading (run)?
    for index in range(len(blocks) - 1, -1, -1):
        if heads and heads[-1] == index:
            heads.pop()
            if text_after:
                blocks[index].kind, blocks[index].continues_turn = "head", False
                under = index + 1
                while under < len(blocks) and blocks[under].continues_turn and \
                        blocks[under].kind in ("p", "page"):
                    blocks[under].continues_turn = False
                    under += 1
        elif blocks[index].kind not in ("page", "footnote"):
            text_after = True   # (end notes are the page's, no document's text)


def _opens_document(blocks: list[Block], index: int) -> bool:
    """Does a letter or cable begin after block `index`: field lines (`head_fields`), maybe
    under a marking (`Cable No. 1455`), a salutation or a dateline?"""
    following = next((block for block in blocks[index + 1:] if block.kind != "page"), None)
    return following is not None and (following.kind == "salute" or
                                      opening_dateline(following.text) or
                                      head_fields(blocks[index + 1:]) > 0)


def part_bounds(blocks: list[Block]) -> list[tuple[int, int]]:
    """The documents of a page as (start, stop) ranges of blocks: one begins at each run of
    headings (`Document 2` / `Enclosure`, page numbers between them), with the page numbers
    right before it; the blocks before the first heading are one of their own. One range for
    a body without headings."""
    starts = [0]
    previous = None   # the kind of the block before, over page numbers
    for index, block in enumerate(blocks):
        if block.kind == "head" and previous != "head":
            start = index
            while start and blocks[start - 1].kind == "page":
                start -= 1
            if start:
                starts.append(start)
        if block.kind != "page":
            previous = block.kind
    return list(zip(starts, starts[1:] + [len(blocks)]))


def head_fields(blocks: list[Block]) -> int:
    """Where the field lines heading a letter or cable end, as a block index: after the page
    numbers and the markings (`SECRET`, `TELEGRAM`) that open the body, the paragraphs made
    of field lines (`_field_names`), two lines at least, one of them the sender's or the
    addressee's (`To:`, `From:`, `FM`), and a paragraph or a turn after them; 0 when the
    body opens otherwise."""
    end, count, addressed, marked = 0, 0, False, False
    last = ""   # the name of the last field line, which a clearance line may follow
    for index, block in enumerate(blocks):
        if block.kind in ("page", "head") and not count and not marked:
            continue   # a page number after them would stand inside the opener
        fields = _field_names(block.text, last) if block.kind == "p" else None
        if fields is None:
            # A marking may stand between the fields too (`Copy Nº 4` / `CIPHERED TELEGRAM` /
            # `From BEIJING`); one after them stays out of the opener. So may the cable's
            # dateline (`4 November 1956, 06:00 a.m.` / `TOP SECRET` / `To: ...`) and its
            # place and number (`Pyongyang, No. 059.076` / `12.03.1977, 18:00` / `To: ...`).
            if block.kind != "p" or not all(map(_MARKING.fullmatch, block.text.split("\n"))) \
                    and not opening_dateline(block.text) and not _place_and_number(block.text):
                break
            marked = True
            continue
        end, count, last = index + 1, count + len(fields), fields[-1]
        addressed = addressed or any(name in _ADDRESS_FIELDS or name in _INTERVIEW_FIELDS
                                     for name in fields)
    if count < 2 or not addressed or \
            not any(block.kind in ("p", "turn") for block in blocks[end:]):
        return 0
    return end


def _place_and_number(text: str) -> bool:
    """Is a paragraph a cable's place and number (`Pyongyang, No. 059.076`), which stands
    above its field lines as its dateline may?"""
    line = _PLACE_NUMBER.fullmatch(text) if "No" in text or "N\u00ba" in text or \
        "N\u00b0" in text else None
    return line is not None and known_place(line.group("place").strip())


def _record_break(text: str) -> bool:
    """Is a paragraph the record's note that the talks broke off (`_RECORD_BREAK`): in
    brackets, or in parentheses saying when (`(Break from 3:00 p.m. to 3:20 p.m.)`)? A bare
    `(Break)` stays the stage it was in the turn."""
    pause = _RECORD_BREAK.fullmatch(text)
    return pause is not None and (pause.group("paren") is None or pause.group("when") is not None)


def record_note(text: str) -> bool:
    """Is a paragraph the editors' note in parentheses that the record stops or the talk went
    on unrecorded (`(The conversation continued over lunch.)`, `_RECORD_ENDS`), or broke off
    for a time it gives (`(Break from 3:00 p.m. to 3:20 p.m.)`, `_RECORD_BREAK`)? A note, as
    the same words in brackets are."""
    if _PAREN_OPENING.match(text) is None:
        return False   # most paragraphs
    if _RECORD_ENDS.fullmatch(text) is not None:
        return True
    return _record_break(text)


# A paragraph opening with a parenthesis, after spaces or none: `(The conversation ...`.
_PAREN_OPENING = re.compile(r"[ \t\u00a0]*\(")


def _split_head(blocks: list[Block]) -> None:
    """Split the paragraph heading a cable on single line breaks, as PDF exports print it
    (`Telegram` / `Beijing, 5 June 1966, 14:00` / `To: ...` / `From: ...`), into its lines
    when one is the cable's dateline (`_head_lines`): in one paragraph the dateline was a
    field line's text and the head no opener. The lines stay one paragraph unless they head
    the document as its field lines (`head_fields`)."""
    for index, block in enumerate(blocks):
        if block.kind in ("page", "head"):
            continue
        if block.kind != "p":
            return
        lines = _head_lines(block) if "\n" in block.text else None
        if lines is not None:
            split = blocks[:index] + lines + blocks[index + 1:]
            if head_fields(split):
                blocks[:] = split
            return
        if _field_names(block.text) is None and not opening_dateline(block.text) and \
                not all(map(_MARKING.fullmatch, block.text.split("\n"))) and \
                not _place_and_number(block.text):
            return   # the body's text begins: no head


def _head_lines(block: Block) -> list[Block] | None:
    """The lines of a paragraph of field lines, markings, a place and number and a dateline
    with its day (`To: Comrade Corneliu Mănescu`, `Telegram`, `Pyongyang, No. 059.076`,
    `Beijing, 5 June 1966, 14:00`), a block each, the
    line breaks between them; None unless every line is one of those, one the dateline and
    one a field line."""
    text = block.text
    if block.pages or block.joins or len(text) > 600:
        return None
    result, cursor, dated, fielded = [], 0, False, False
    for line in text.split("\n"):
        if _MARKING.fullmatch(line) or _place_and_number(line):
            pass
        elif _field_names(line) is not None:
            fielded = True
        elif _day_line(line):
            dated = True
        else:
            return None
        result.append(Block("p", block.start + cursor, block.start + cursor + len(line), line,
                            line=block.line + len(result)))
        cursor += len(line) + 1
    return result if dated and fielded else None


def _field_names(text: str, last: str = "") -> list[str] | None:
    """The names of the field lines a paragraph is made of (`to`, `fm`, `e.o.`), or None when
    a line is none. A line may be the value of a field line with none after its colon
    (`Place:` / `Sofia`), or go on a field line in capitals (`_CAPITALS_LINE`), or be a
    marking, as web pages print a cable's head on single line breaks (`TOP SECRET` / `From
    BEIJING`); a paragraph of markings alone is none (`head_fields` reads it). A telegram's
    clearance line (`EUR/SOV:MGARRISON`) is one only after its drafter's or approver's line or
    another clearance, in this paragraph or, `last` being the name of the paragraph above's
    last field line, above it: elsewhere an office and a name are no field."""
    found: list[str] = []
    above = ""   # what the line above may be followed by: "value", "capitals" or nothing
    for line in text.split("\n"):
        match = _FIELD_LINE.fullmatch(line)
        name = (match.group("name") or match.group("routing")).lower() if match else ""
        if name.startswith("e.o."):
            name = "e.o."   # `E.O. 11652:`, the executive order's number after it
        wired = None if match else _WIRED_LINE.fullmatch(line)
        if wired:   # a cipher telegram's line: its keyword is the field's name (`Nº` a `No.`)
            found.append(wired.group(wired.lastgroup).lower() or "no.")
            above = ""
            continue
        # its group is the field's name (`precedence`, `page`); `APPROVED BY EUR:AAHARTMAN`
        # reads as a field named `APPROVED BY EUR`, none of a head's
        telegram = None if name in _HEAD_FIELDS else _TELEGRAM_LINE.fullmatch(line)
        if telegram and (telegram.lastgroup != "clearance" or
                         (found[-1] if found else last) in ("drafted", "clearance")):
            found.append(telegram.lastgroup)
            above = ""
            continue
        if name in _HEAD_FIELDS:
            found.append(name)
            value = match.group("value")
            above = "value" if value is not None and not value.strip() else \
                "capitals" if line.isupper() else ""
        elif above == "value" and line.strip() or \
                above == "capitals" and _CAPITALS_LINE.fullmatch(line):
            above = "capitals" if above == "capitals" else ""
        elif _MARKING.fullmatch(line):
            above = ""
        else:
            return None
    return found or None


def _footnotes(text: str, start: int, line: int) -> list[Block]:
    """The blocks of a paragraph of notes, one a note: it is split before each line that begins
    with a note's number, and the line break between two notes lies between their blocks."""
    blocks, cursor = [], 0
    for match in _NEXT_FOOTNOTE.finditer(text):
        blocks.append(Block("footnote", start + cursor, start + match.start(),
                            text[cursor:match.start()], line=line))
        line += text.count("\n", cursor, match.end())
        cursor = match.end()
    blocks.append(Block("footnote", start + cursor, start + len(text), text[cursor:], line=line))
    return blocks


def _speech_follows(blocks: list[Block], index: int) -> bool:
    """Is the next block after `index`, over page numbers, a paragraph (a lone label's speech)?"""
    index += 1
    while index < len(blocks) and blocks[index].kind == "page":
        index += 1
    return index < len(blocks) and blocks[index].kind == "p"


# A telephone transcript's label of initials: `D:`, `K:` (Dobrynin, Kissinger), `HAK:` (Henry
# A. Kissinger), `P:` (the President).
_INITIALS_LABEL = re.compile(r"[A-Z]{1,3}")
# The President named in a transcript's head (`The President/Kissinger`): `P:` is he.
_PRESIDENT_NAMED = re.compile(r"\bPresident\b")


def _initials_speakers(order: list[str], known: names.Names, head: str
                       ) -> dict[str, str | None]:
    """The labels of initials that a telephone transcript gives its turns (`D:`, `K:`,
    `HAK:`, `P:`), each with the name of the person it stands for, or None: one the head (the
    body before the turns, the catalogue's title and summary) names whose surname the letter
    begins (`D` Dobrynin under `Ambassador Dobrynin/Secretary Kissinger`), or whose given name
    and surname a longer label's first and last letters begin (`HAK` Henry Kissinger), or
    `P` the President the head names. Only where such labels alternate (`D`, `K`, `D`) and
    two of them stand for two persons: an interview's `Q:` and `A:`, a list's `A:`, `B:`
    are none. A label of one or two letters that stands for no one or several is a turn all
    the same, unless a surname (`LI:`, `HO:`: `_short_surname`)."""
    order = [label for label in order if label not in INTERVIEW_LABELS]
    if len(order) < 3 or sum(one != other for one, other in zip(order, order[1:])) < 2:
        return {}   # no alternation: most documents have no such labels at all
    head = f"{head}\n{known.catalogue_text}"
    forms: dict[str, set[str]] = {}   # each person the head names: the forms of his name
    for mention in known.scan(head):
        person = known.resolve(mention.spoken)
        name = person.name if person is not None else mention.spoken
        forms.setdefault(name, {name}).update(person.variants if person is not None else ())
    if _PRESIDENT_NAMED.search(head):
        forms["The President"] = {"P"}
    found: dict[str, str | None] = {}
    for label in dict.fromkeys(order):
        held = [name for name, shapes in forms.items()
                if any(_stands_for(label, shape) for shape in shapes)]
        if len(held) == 1 or len(label) <= 2 and (held or not _short_surname(label, known)):
            found[label] = held[0] if len(held) == 1 else None
    return found if len({name for name in found.values() if name}) >= 2 else {}


def _short_surname(label: str, known: names.Names) -> bool:
    """Is a label of one or two capitals a surname in capitals (`LI:`, `HO:`, `WU:`), East
    Asian usage's or one the register or the authority knows, no one's initials?"""
    word = label.title()
    return word in names.CHINESE_SURNAMES or word in names.KOREAN_SURNAMES or \
        word in names.VIETNAMESE_SURNAMES or known.resolve(word) is not None


def _stands_for(label: str, name: str) -> bool:
    """Is `label` (`D`, `HAK`) the initials of `name`: one letter its surname's, two or three
    its first word's and its last's, a middle one its middle word's where it has one (`HAK`,
    `HK` of Henry Kissinger; `P` of `The President` is its own, `P`)?"""
    if name == label:
        return True
    words = [word for word in name.replace("-", " ").replace(".", ". ").split()
             if word[:1].isupper()]
    if not words or len(label) == 1:
        return bool(words) and words[-1][0] == label
    return len(words) >= 2 and words[0][0] == label[0] and words[-1][0] == label[-1] and \
        (len(label) == 2 or len(words) == 2 or words[1][0] == label[1])


# A post of `of` and its holder's name after a comma in a record's heading, as Yugoslav notes
# name the two sides: `on the conversation of the President of the Republic, Josip Broz Tito,
# with the Ambassador of the USSR, A. M. Puzanov`; its words before `of` titles (`_heading_posts`).
_HEADING_POST = re.compile(
    r"\b[Tt]he[ \u00a0]+(?P<post>(?:[A-Z][a-z]+[ \u00a0]+){0,2}[A-Z][a-z]+)[ \u00a0]+of"
    r"(?:[ \u00a0]+the)?(?:[ \u00a0]+[A-Z][\w'\u2019\-]*+){1,4},[ \u00a0]+"
    r"(?P<name>[A-Z][\w'\u2019.\-]*+(?:[ \u00a0]+[A-Z][\w'\u2019.\-]*+){1,3})(?=[,;.]?(?:\s|$))")


# The same after the name: `H.E. Mr. Bruce Williams, High Commissioner for Canada`.
_HEADING_HOLDER = re.compile(
    r"(?P<name>[A-Z][\w'\u2019.\-]*+(?:[ \u00a0]+[A-Z][\w'\u2019.\-]*+){1,5}),[ \u00a0]+"
    r"(?P<post>(?:[A-Z][a-z]+[ \u00a0]+){0,2}[A-Z][a-z]+)[ \u00a0]+(?:of|for|to|in)\b")


def _heading_posts(prelude: str) -> list[tuple[str, str]]:
    """The (name, post) a record's heading gives its sides (`the President of the Republic,
    Josip Broz Tito`, `H.E. Mr. Bruce Williams, High Commissioner for Canada`): whom a post's
    label (`President:`) means when no participant line names anyone."""
    found = []
    for match in _HEADING_POST.finditer(prelude):
        post = match.group("post")
        if names.title_of_label(post) is not None:
            at = match.group().index(post)
            found.append((match.group("name").rstrip("."),
                          match.group()[at:match.start("name") - match.start()].rstrip(", ")))
    for match in _HEADING_HOLDER.finditer(prelude):
        words = match.group("name").split()
        while words and words[0] in names.HONORIFICS:
            del words[0]   # `H.E. Mr.`
        if len(words) >= 2 and names.title_of_label(match.group("post")) is not None:
            found.append((" ".join(words), match.group("post")))
    return found


def _participant_surnames(body: str, spans) -> tuple[
        frozenset[str], tuple[tuple[str, str], ...], str, frozenset[str], frozenset[int],
        frozenset[str]]:
    """The keys of the surnames that the participant lines before the first turn list
    (`Participants: Erich Honecker, Erich Mielke` gives honecker, mielke): in an exchange,
    `Mielke:` is the participant speaking, however often he speaks. And the posts they give,
    with the name each is of (its titles left out): after the name, an entry a line or
    between semicolons (`Henry A. Kissinger, Secretary of State`), or before it (`Prime
    Minister Jawaharlal Nehru`): `The Secretary:`, `PM:` is the one whose post it is. And
    the body before the turns, and the keys of the full names listed (`PersonLabels.listed`).
    And where the paragraphs that open with no speaker's label begin: those listed under a
    heading alone (`BELGIUM: Mr. P.-H. Spaak` under `PRESENT`) and the lines naming the chair
    (`President: Mr. ZORIN`, `Chairman: Walter Ulbricht`: `_CHAIR`, `_chair`). And the keys
    of the names those lines give: the chair's post a participant line gives (`Chairman
    Mikhail Gorbachev`) is no sign that he chairs."""
    surnames, posts, listed, lists, chairs = set(), [], set(), set(), set()
    turns = len(body)
    listing = False   # below a heading alone (`PARTICIPANTS:`), while its list goes on
    for start, end in spans:
        chair = _CHAIR.fullmatch(body, start, end)
        if chair is not None:   # `President: Mr. ZORIN (...)`: `The PRESIDENT:` is he, no label
            posts.append((" ".join(_without_titles(chair.group("name").split())),
                          chair.group("post")))
            chairs.add(names.key(posts[-1][0]))
            lists.add(start)
            continue
        chair = _chair(body, start, end)
        if chair is not None:
            # `Chairman: Walter Ulbricht`: a participant, the holder of the post
            surnames.add(names.key(chair[-1]))
            listed.update((names.key(" ".join(chair)), names.key(f"{chair[0]} {chair[-1]}")))
            posts.append((" ".join(chair), "Chairman"))
            chairs.add(names.key(posts[-1][0]))
            lists.add(start)
            listing = False
            continue
        head = _PARTICIPANTS.match(body, start, end) or \
            HEADING_WITHOUT_COLON.match(body, start, end)
        at = list_start(body[start:end]) if head is None and listing else None
        if at is not None:
            lists.add(start)
        if head is None and at is None:
            listing = False
            label = _LABEL.match(body, start, end) if body.find(":", start, end) >= 0 else None
            if label and label.group("label").split()[0].lower() not in names.FIELD_WORDS \
                    and not names.is_classification(label.group("label")) and \
                    not _HEADING_LABEL.fullmatch(label.group("label")):
                turns = start
                break   # the turns begin: the participants were listed before them
            present = _PRESENT_WERE.search(body, start, end) \
                if body.find(" were ", start, end) >= 0 else None
            if present is None:
                continue
            at, end = present.start("list") - start, present.end("list")
        prose = head is None and not listing   # a sentence's list: `and the Chief of Staff,`
        if head is not None:
            at = head.end() - start
            rest = body[head.end():end]
            # a heading alone on its line, a list below it or nothing, or a list one a line
            # from the heading's line: the list goes on in the paragraphs after it that are lists
            listing = not rest.strip() or (not rest.split("\n", 1)[0].strip() or
                                           one_a_line(rest)) and list_start(rest) == 0
        # each line without its own heading (`Bulgarian participants: Stanko Todorov, ...`)
        text = _IN_BRACKETS.sub("", _IN_PARENTHESES.sub(" ", "\n".join(
            lists_of(body[start + at:end]))))
        for piece in [] if prose else text.split(";"):   # a sentence gives no posts
            posts.extend((" ".join(_without_titles(post.group(1).split())), post.group(2).strip())
                         for post in _POST.finditer(piece))
        for entry in _ENTRY_SEPARATOR.split(text):
            words = entry.split()
            name = _entry_name(words)
            if name is not None:
                surnames.add(names.key(name[-1]))
                surnames.update(_surnames_with_particle(name))
                # a Spanish name's first surname, and both (`Risquet:`, `Valdés Vivó:` of Jorge
                # Risquet Valdés, Raúl Valdés Vivó)
                first = names.first_surname(" ".join(name))
                if first is not None:
                    surnames.update((names.key(first),
                                     names.key(" ".join(name[name.index(first):]))))
                listed.update((names.key(" ".join(name)), names.key(f"{name[0]} {name[-1]}")))
                post = [w for w in words[:len(words) - len(name)] if w in names.TITLES]
                if post:
                    posts.append((" ".join(name), " ".join(post)))
        for line in text.split("\n"):   # `Present: Bulganin, Zhukov, Kaganovich`
            surnames.update(names.key(surname) for piece in line.split(";")
                            for surname in listed_surnames(piece))
    return frozenset(surnames), tuple(posts), body[:turns], frozenset(listed), frozenset(lists), \
        frozenset(chairs)


def _item_number(number: str) -> int:
    """An agenda item's number, arabic or Roman (`2`, `II`, `IV`)."""
    if number.isdigit():
        return int(number)
    values = [_ROMAN[letter] for letter in number]
    return sum(-value if value < after else value
               for value, after in zip(values, values[1:] + [0]))


def _entry_name(words: list[str]) -> list[str] | None:
    """The name of a participant entry's words, without the titles before it (`Comrade Erich
    Honecker`, `Dr. Henry A. Kissinger`), its surname last (`Aliev G.A.`); None for no name."""
    name = _without_titles(words)
    if len(name) == 2 and names.is_initials(name[1]) and \
            _NAME_WORD.fullmatch(name[0]) and not names.is_initials(name[0]):
        name = name[1:] + name[:1]   # `Aliev G.A.`: the surname first
    # up to four words besides its particles (`Luís de Almeida e Silva`)
    if 2 <= len(name) <= 4 + sum(w in names.PARTICLE_WORDS for w in name[1:-1]) and \
            all(_NAME_WORD.fullmatch(w) or _particle(name, n) for n, w in enumerate(name)) and \
            not names.is_initials(name[-1]) and (name[-1] not in names.TITLES or
                                                 _rank_surname(name)):
        return name
    return None


def _rank_surname(name: list[str]) -> bool:
    """Is a listed name's last word, a clergy's rank, the surname after a given name (`Maurice
    Bishop` of `Cde. Maurice Bishop`), as after a title in prose (`Cde. Bishop`)? Read as the
    rank, `BISHOP.` was no participant's label."""
    return name[-1] in names._RANK_SURNAMES and names.is_given_name(name[-2])


def _chair(body: str, start: int, end: int) -> list[str] | None:
    """The name of who chairs the meeting, when the paragraph at `start` opens with a line
    naming the chair and no more (`Chairman: Walter Ulbricht`, `Chaired by Comrade L.I.
    BREZHNEV.`, `Chaired by Comrade Brezhnev, L.I.`); else None."""
    match = _CHAIR_LINE.match(body, start, end)
    if match is None:
        return None
    words = match.group("name").split()
    if words and words[-1].endswith(".") and "." not in words[-1][:-1]:
        words[-1] = words[-1][:-1]   # the line's full stop, not an initial's
    if len(words) >= 2 and words[-2].endswith(",") and names.is_initials(words[-1]):
        words[-2] = words[-2][:-1]   # `Brezhnev, L.I.`: the surname, a comma, the initials
    return _entry_name(words)


def _particle(name: list[str], n: int) -> bool:
    """Is word n of a listed name a particle of its surname: alone between two words (`de` of
    `Maurice Couve de Murville`), or joined to the last (`d'Estaing`)?"""
    word = name[n]
    return 0 < n < len(name) - 1 and word in names.PARTICLE_WORDS or \
        n == len(name) - 1 and n > 0 and _ELIDED_WORD.fullmatch(word) is not None


def _surnames_with_particle(name: list[str]) -> set[str]:
    """The keys of the surname of a listed name with a particle (`_particle`), the particle
    with it, and the word before it too when a given name comes before that: the labels a
    record gives such a person (`Couve de Murville:`, `Giscard d'Estaing:`, `von Brentano:`),
    and an Arabic surname without its article (`Shazly:` of Saad el-Shazly)."""
    found = set()
    for n in range(1, len(name)):
        if _particle(name, n):
            found.add(names.key(" ".join(name[n:])))
            if "-" in name[n]:   # `el-Shazly` is Shazly too: `Shazly added that ...`
                found.add(names.key(names.without_particle(name[n])))
            if n >= 2:
                found.add(names.key(" ".join(name[n - 1:])))
            break
    return found


def _without_titles(words: list[str]) -> list[str]:
    """The words of a participant's entry after the titles and honorifics before the name."""
    at = 0
    while at < len(words) and (words[at] in names.TITLES or words[at] in names.HONORIFICS):
        at += 1
    return words[at:]


# The chair of a meeting, a paragraph of its own before the turns: an honorific and a name,
# maybe a delegation after it: `President: Mr. ZORIN (Union of Soviet Socialist Republics)`,
# `Chairman: Mr. D.U. Stikker`. The name is the post's holder, whom `The PRESIDENT:` means.
# (`President: Welcome.`, a turn, has no honorific.)
_CHAIR = re.compile(rf"[ \t\u00a0]*(?P<post>President|{'|'.join(CHAIR_TITLES)})[ \t\u00a0]*:"
                    r"[ \t\u00a0]*(?P<name>(?:Mr\.|Mrs\.|Ms\.|Dr\.|Sir|Sig\.|Comrade)[ \u00a0]+"
                    r"(?:[A-Z]\.[ \u00a0\-]?)*+[A-Z][\w'\u2019\-]*+"
                    r"(?:[ \u00a0]+(?:[A-Z][\w'\u2019\-]*+|de|da|van|von|of))*+)[ \t\u00a0]*"
                    r"(?:\([^()\n]{1,80}\)[ \t\u00a0]*)?")
# A participant's post after the name on its line: `Dr. Henry A. Kissinger, Secretary of State`;
# a generational suffix after the name's comma is the name's (`James A. Baker, III, Secretary
# of State`, `Walter J. Stoessel, Jr., Ambassador`).
_POST = re.compile(r"^[ \t\u00a0]*([^,\n]{3,60}),[ \t\u00a0]*"
                   r"(?:(?:[JS]r\.?|II|III|IV),[ \t\u00a0]*)?([A-Z][^\n]{0,150})$", re.MULTILINE)


def _mark_closing(blocks: list[Block]) -> None:
    """A letter's or cable's end: the signature (`Mao Zedong.`, `[signature] GROMYKO`, an
    organisation: `Ministry of Foreign Affairs`), or two or three of them signing jointly,
    with the valediction, the signer's office (after the name or right before it), dateline
    (after it or right before it) and reference number around it, up to six paragraphs after
    the last paragraph of text or speech turn (TEI wants one before a closer), and before the
    end notes, if any. A paragraph whose every line is such a part is split into its lines
    (`_closing_lines`), which close the document as paragraphs would. After speech turns, a
    run that the last turn would go on in closes the document only when it is surely no
    speech (`_leaves_turn`); then it leaves the turn. The postscripts after it (`P.S. The
    delegation will arrive ...`, `P.P.S. ...`), paragraphs of their own, are marked so."""
    end = len(blocks)
    while end > 1 and (blocks[end - 1].kind == "footnote" or
                       blocks[end - 1].kind == "p" and _POSTSCRIPT.match(blocks[end - 1].text)):
        # the end notes that follow a letter, and its postscripts after the signature
        if blocks[end - 1].kind == "p":
            blocks[end - 1].kind, blocks[end - 1].continues_turn = "postscript", False
        end -= 1
    # (block, kind, its paragraph's index), last first: a distribution list under its heading
    # alone (`Distribution:` / `Comrade Honecker` / `1x Archive`) the first
    top = _distribution_heading(blocks, end)
    parts: list[tuple[Block, str, int]] = [(blocks[index], "distribution", index)
                                           for index in range(end - 1, top - 1, -1)]
    for index in range(top - 1, max(top - 6, 0) - 1, -1):
        block = blocks[index]
        if block.kind != "p":
            break
        kind = _closing_kind(block.text) or _cable_figures(block.text)
        if kind is None and index == len(blocks) - 1 and _CUT_ANNOTATION.fullmatch(block.text):
            kind = "annotation"   # `[Handwritten note by ...: "To Comrade Axen.`, cut off in it
        # a dateline paragraph right under it dates signers in capitals (`_closing_lines`)
        dated = bool(parts) and parts[-1][1] == "dateline" and parts[-1][2] == index + 1
        lines = [(block, kind)] if kind else _closing_lines(block, dated)
        if lines is None:
            break
        parts.extend((line, kind, index) for line, kind in reversed(lines))
    _typed_names(parts)
    figures = next((at for at, (_, kind, _) in enumerate(parts) if kind == _FIGURES), None)
    if figures is not None:
        parts = _cable_dated(parts, figures)
    kinds = _closing_kinds([kind for _, kind, _ in parts]) or _note_verbale_end(blocks, parts)
    while kinds and len(kinds) < len(parts) and parts[len(kinds)][2] == parts[len(kinds) - 1][2]:
        kinds = _closing_kinds(kinds[:-1])   # a paragraph split into lines closes whole or not
    if "signed" not in kinds and "dateline" not in kinds or "dateline" not in kinds and all(
            _PREPARED.match(block.text) for (block, _, _), kind in zip(parts, kinds)
            if kind == "signed"):
        return   # `Prepared by:` alone is the recorder's line (`_AFTER_SPEECH`), signing nothing
    first = parts[len(kinds) - 1][2]   # the run's first paragraph
    if first == 0 or blocks[first - 1].kind not in ("p", "turn"):
        return
    run = [(block, kind) for (block, _, _), kind in zip(parts, kinds)]
    if any(block.continues_turn for block, _ in run) and not _leaves_turn(run) or \
            _distribution_list(blocks[first - 1], run):
        return
    for block, kind in run:
        block.kind, block.continues_turn = kind, False
    for index in range(end - 1, first - 1, -1):   # the split paragraphs give way to their lines
        lines = [block for block, _, at in reversed(parts) if at == index]
        if lines[0] is not blocks[index]:
            blocks[index:index + 1] = lines


# A signer's name typed in capitals in parentheses under his hand, as British letters print
# it: `Charles Powell` / `(C. D. POWELL)`. The surname is compared with the line above.
_TYPED_NAME = re.compile(rf"[ \t\u00a0]*\((?:{_UPPER}\.[ \u00a0]?)*+(?P<surname>{_UPPER}"
                         rf"{_UPPER_REST}++)\)[ \t\u00a0]*")


def _typed_names(parts: list[tuple[Block, str, int]]) -> None:
    """Make the signer's name typed in parentheses under his signature (`_TYPED_NAME`) the
    signature's, as an office under it is: read as one of its own, `Charles Powell` /
    `(C. D. POWELL)` signed twice. `parts` are last first."""
    for at in range(len(parts) - 1):
        block, kind, index = parts[at]
        above, above_kind, _ = parts[at + 1]
        if kind == "signed" and above_kind == "signed" and block.text.lstrip()[:1] == "(":
            typed = _TYPED_NAME.fullmatch(block.text)
            if typed and above.text.split()[-1].rstrip(".,").upper() == typed.group("surname"):
                parts[at] = (block, "title", index)


# A note verbale's closing formula, the paragraph before its dateline: `The High Commission
# for Pakistan avails itself of this opportunity to renew to the Ministry ... the assurances
# of its highest consideration.`
_AVAILS = re.compile(r"\bavails[ \u00a0]itself[ \u00a0]of[ \u00a0]this[ \u00a0]opportunity\b")


def _note_verbale_end(blocks: list[Block], parts: list[tuple[Block, str, int]]) -> list[str]:
    """The kinds of a note verbale's unsigned end (last first): its dateline with its day
    (`New Delhi,` / `25th March, 1965.`) and the addressee's address under it (`The Ministry
    of External Affairs,` / `Government of India,` / `New Delhi.`), right after the
    formula that says it is one (`_AVAILS`); else none."""
    kinds = [kind for _, kind, _ in parts[:2]]
    if "dateline" not in kinds or kinds[0] not in ("dateline", "address"):
        return []
    kinds = kinds[:kinds.index("dateline") + 1]
    if kinds.count("address") > 1:
        return []
    first = parts[len(kinds) - 1][2]
    return kinds if first and _AVAILS.search(blocks[first - 1].text) else []


def _distribution_heading(blocks: list[Block], end: int) -> int:
    """Where the distribution list that ends a document's text (before `end`) begins, at its
    heading alone (`Distribution:`, `[Distribution list:]`, `Copies to:`) over short paragraphs
    (`Comrade Honecker` / `Comrade Axen`, `1x Archive`); `end` when there is none. Its names
    receive copies and sign nothing."""
    for index in range(end - 1, max(end - _LIST_MOST, 0) - 1, -1):
        block = blocks[index]
        if block.kind != "p" or len(block.text) > _LIST_ITEM_MOST:
            break
        if _DISTRIBUTION.fullmatch(block.text):
            return index
    return end


_LIST_MOST = 30        # paragraphs of a distribution list under its heading
_LIST_ITEM_MOST = 300  # characters of one of them: a name or a few, no text
# A date in figures alone with a month of one figure and a two-digit year (`16.7.52`): a
# Soviet cable's dateline under its signer and number, where elsewhere it is a section's
# number (dates.py DATELINE_FIGURES).
_FIGURES = "figures"
_FIGURES_ALONE = re.compile(r"[ \t\u00a0]*" + dates.DATELINE_FIGURES.pattern + r"[ \t\u00a0]*")
# A signer in capitals alone, as a Soviet cable is signed: `RAZUVAEV`, `A. PUZANOV`.
_CAPS_SIGNER = re.compile(r"[ \t\u00a0]*(?:[A-Z][a-z]?\.[ \u00a0]?){0,3}[A-Z\-]{4,}[ \t\u00a0]*")


def _cable_figures(text: str) -> str | None:
    """`_FIGURES` for a paragraph of a date in figures alone that a section number's shape
    leaves no dateline (`16.7.52`), else None: `_cable_dated` decides."""
    return _FIGURES if "." in text and _FIGURES_ALONE.fullmatch(text) else None


def _cable_dated(parts: list[tuple[Block, str, int]], at: int
                 ) -> list[tuple[Block, str, int]]:
    """The closing parts (last first) with the figures at `at` a dateline when the run above
    them is a Soviet cable's end, its signer in capitals and its number (`RAZUVAEV` / `No.
    1374` / `16.7.52`); else the parts after them only, as if they were no closing part."""
    kinds = [kind for _, kind, _ in parts]
    if "reference" in kinds[at + 1:] and any(
            kind == "signed" and _CAPS_SIGNER.fullmatch(block.text)
            for block, kind, _ in parts[at + 1:]) and _FIGURES not in kinds[at + 1:]:
        block, _, index = parts[at]
        return [*parts[:at], (block, "dateline", index), *parts[at + 1:]]
    return parts[:at]


def _distribution_list(before: Block, run: list[tuple[Block, str]]) -> bool:
    """Is a closing run a report's distribution list, whose names are the copies' addressees
    and sign nothing: after its heading (`Distribution:`, `[Distribution list:]`), or, with no
    valediction and no signer's office, names each after `Comrade` (`Comrade Honecker` /
    `Comrade Axen`, `Cde. Coard`), as no one signs his own? (The minutes' secretary signs so,
    with his office under the name: `Cde. Liam James` / `Secretary`, in its paragraph or
    the next.)"""
    if _DISTRIBUTION.fullmatch(before.text):
        return True
    signers = [block for block, kind in run if kind == "signed"]
    return bool(signers) and \
        all(kind not in ("valediction", "title", "office") for _, kind in run) and \
        all(_ADDRESSEE.match(block.text) and "\n" not in block.text.strip()
            for block in signers)


# A distribution list's heading, maybe in the translator's brackets: `Distribution:`,
# `[Distribution list:]`, `Copies to:`.
_DISTRIBUTION = re.compile(r"[ \t\u00a0]*\[?(?:Distribution(?:[ \u00a0]list)?|"
                           r"Distributed[ \u00a0]to|Copies[ \u00a0]to|Copy[ \u00a0]to):?\]?:?"
                           r"[ \t\u00a0]*")
# A copy or distribution line under a letter's or report's signature, the closer's text, as
# a reference is (`Sent to: Comrades Brezhnev, Suslov.`, `Distribution: ...`, `Distributed
# to:`, `Dispatched to:`, `Copies to:`, `cc: Secretary Clifford`, `Copy 1 - addressee`, `Copy
# No. 2 to the file`, `Typed in 3 copies`), in any case (`copies to:`): its names receive
# copies and sign nothing. The line opens so; the rest is the list.
COPIES = re.compile(r"[ \t\u00a0]*\[?(?i:(?:Sent|Distributed|Dispatched|Forwarded|Copies|Copy)"
                     r"[ \u00a0]to\b|Distribution(?:[ \u00a0]list)?[ \t\u00a0]*:|"
                     r"b?cc[ \t\u00a0]*:|c\.[ \u00a0]?c\.[ \t\u00a0]*:?|"
                     r"Copy[ \u00a0](?:No\.[ \u00a0]?|N[\u00ba\u00b0]\.?[ \u00a0]?)?[0-9]{1,3}\b|"
                     r"(?:Typed|Printed|Made|Executed)[ \u00a0]in[ \u00a0](?:[0-9]{1,2}|one|two|"
                     r"three|four|five|six|seven|eight|nine|ten)[ \u00a0]cop(?:y|ies)\b)")
# A heading alone on its line that opens one more document on the page, as the archive prints
# a cover letter and its enclosure or several cables: `Document 2`, `Document No. 2`,
# `Enclosure`, `Attachment 1`, `Annex I`, `Appendix A`, in capitals too (`ENCLOSURE`).
_PART_HEADING = re.compile(r"[ \t\u00a0]*(?:(?:Document|DOCUMENT)[ \u00a0]+(?:No\.[ \u00a0]*)?"
                           r"(?:[0-9]{1,3}|[IVX]{1,5})|(?:Enclosure|Attachment|Annex|Appendix|"
                           r"ENCLOSURE|ATTACHMENT|ANNEX|APPENDIX)(?:[ \u00a0]+(?:No\.[ \u00a0]*)?"
                           r"(?:[0-9]{1,3}|[IVX]{1,5}|[A-Z]))?)\.?[ \t\u00a0]*")
# A number alone on its line (`1.`, `2.`), which may head each of several cables.
_NUMBER_HEADING = re.compile(r"[ \t\u00a0]*[1-9][0-9]?\.[ \t\u00a0]*")
# A letter's postscript, after its signature: `P.S. The delegation will arrive on 5 March.`,
# `P.P.S. ...`, `P. S.`.
_POSTSCRIPT = re.compile(r"[ \t\u00a0]*P\.(?:[ \u00a0]?P\.)?[ \u00a0]?S\.")
# The archive's mark of a signature, a line of its own: `[signature]`, `[illegible signature]`,
# in parentheses too (`(illegible signature)` / `V. VINOGRADOV`), and the East German clerk's
# `f.d.R.` (für die Richtigkeit, certified correct) above his name.
_SIGNATURE_MARK = re.compile(r"[ \t\u00a0]*(?:\[(?:illegible[ \u00a0])?signature\]|"
                             r"\((?:illegible[ \u00a0])?signature\)|"
                             r"[Ff]\.[ \u00a0]?d\.[ \u00a0]?R\.)[ \t\u00a0]*")
# The body a letter is signed for, a line of its own under the valediction: `On behalf of the
# CC of the PLA` (/ `First Secretary` / `Enver Hoxha`); or, above each signer of a treaty, the
# government or state he signs for (`For the Government of the USSR` / `N. Baibakov`). Tried
# only on a line that opens so.
_ON_BEHALF = re.compile(r"[ \t\u00a0]*(?:On[ \u00a0]behalf[ \u00a0]of[ \u00a0]|"
                        r"(?:For|FOR)[ \u00a0](?:the|THE)[ \u00a0](?=[A-Z]))[^\n.!?:;,]{1,80}[,:]?"
                        r"[ \t\u00a0]*")
_BEHALF_OPENINGS = ("On behalf", "For the ", "FOR THE ")
# A name after `Comrade` on a line of its own: an addressee (`Comrade Honecker`, `Cde. Coard`).
_ADDRESSEE = re.compile(r"[ \t\u00a0]*(?:Comrade|COMRADE|Cde\.|Com\.)[ \u00a0]")


def _closing_kind(text: str) -> str | None:
    """The kind of closing block `text` is (`_CLOSING`), or None; `END`, `TOP SECRET` sign
    nothing; an office of title words alone is the signer's (`Foreign Secretary`, in small
    letters `ambassador`); the archive's `[signature]` alone is a mark, `On behalf of the CC`
    the body signed for (`_closing_kinds`)."""
    if _OFFICE_ALONE.fullmatch(text) or _OFFICE_LOWER.fullmatch(text):
        return "title"
    if _SIGNATURE_MARK.fullmatch(text):
        return "mark"
    if text.lstrip().startswith(_BEHALF_OPENINGS) and _ON_BEHALF.fullmatch(text):
        return "behalf"
    kind = next((name for name, is_kind in _CLOSING if is_kind(text)), None)
    if kind == "signed" and _not_a_signer(text) and not _ORG_SIGNER.fullmatch(text) and \
            not _OFFICE_AND_NAME.fullmatch(text):
        return None   # (`the CC CPSU` of an office before the name is no field's `CC`)
    return kind


def _closing_kinds(kinds: list[str]) -> list[str]:
    """The kinds of a closing run (from the last block back) as far as it closes a document:
    an office is the signer's only right next to the signature, or under one or two others
    right under it (a head of state's two, `Agostinho Neto` / `President of the MPLA` /
    `President of the People's Republic of Angola`, and three), and the run begins with the
    valediction, the signature or the signer's office, or with a dateline right before one
    of them (`2.V.68` / `I. SHCHERBAKOV`). The archive's `[signature]` on the line before the
    name is the signature's, as an office before it is (`[signature]` / `E. Honecker`), and
    so is an office above the mark (`Minister` / `[signature]` / `K. Świtała`); on the line
    after the name it is the signature's too, as an office under it is (`Andropov` /
    `[signature]`), and so is an office under that mark (`K. Świtała` / `[signature]` /
    `Minister`); elsewhere it is the archive's note. The body signed for (`On behalf of the
    CC of the PLA`) is the signature's, above the name or its office before it; last, it
    signs itself; elsewhere it ends the run."""
    kinds = list(kinds)
    mark = -1   # where the mark right before the signature is
    for at, kind in enumerate(kinds):
        if kind == "behalf":
            kinds[at] = kind = "signed" if not at else \
                "office" if kinds[at - 1] in ("signed", "office") else None
            if kind is None:
                del kinds[at:]
                break
        if kind == "mark":
            kinds[at] = kind = "office" if at and kinds[at - 1] == "signed" else \
                "title" if kinds[at + 1:at + 2] == ["signed"] else "annotation"
            mark = at if kind == "office" else mark
        if kind == "title" and kinds[at + 1:at + 2] != ["signed"] and \
                kinds[at + 1:at + 3] not in (["title", "signed"], ["mark", "signed"]) and \
                kinds[at + 1:at + 4] not in (["title", "title", "signed"],
                                             ["title", "mark", "signed"]):
            if at and kinds[at - 1] == "signed" or mark == at - 1:
                kinds[at] = "office"   # right before the signature: `Ambassador ...` / `V. IVANOV`
                continue
            del kinds[at:]
            break
    while kinds and kinds[-1] not in ("signed", "valediction", "office") and \
            not (kinds[-1] == "dateline" and kinds[-2:-1] in (["signed"], ["office"])):
        kinds.pop()
    return kinds


def _closing_lines(block: Block, dated: bool = False) -> list[tuple[Block, str]] | None:
    """The lines of a paragraph that ends a letter on single line breaks, as web pages and
    PDF exports print it (`Embassy in the Soviet Union` / `8 November 1963`, `USSR AMBASSADOR
    IN THE PRC` / `P. YUDIN` / `2.IV.56`, `With comradely greetings,` / `W. Gomu\u0142ka` /
    ...): each a block with its kind, in order, the line breaks between them. A line that
    begins with a linking word goes on the one before (`of the Hungarian Socialist Workers'
    Party`). None unless every line is a closing part and one is more than a bare name (a
    dateline, valediction, office, reference, the archive's note, a signature with initials
    or a mark): `Kim Il Sung` / `Pak Hon-yong` may be a list. Surnames in capitals alone,
    one a line, with the dateline paragraph right under them (`dated`) are the signers of a
    Soviet cable signed jointly (`SOKOLOVSKY` / `SEMYONOV` / `YUDIN`, then `17 June 1953`)."""
    text = block.text
    if block.pages or block.joins or "\n" not in text.strip() or len(text) > 600:
        return None
    lines, cursor = [], 0
    for match in _CLOSING_LINE_BREAK.finditer(text):
        lines.append((cursor, match.start()))
        cursor = match.end()
    lines.append((cursor, len(text)))
    result = []
    for start, end in lines:
        kind = _closing_kind(text[start:end])
        if kind is None:
            return None
        result.append((Block("p", block.start + start, block.start + end, text[start:end],
                             continues_turn=block.continues_turn,
                             line=block.line + text.count("\n", 0, start)), kind))
    if not any(kind != "signed" or _SURE_SIGNATURE.search(line.text) for line, kind in result) \
            and not (dated and all(_CAPS_SIGNER.fullmatch(line.text) for line, _ in result)):
        return None
    return result


# The line break between two parts of a letter's end in one paragraph: not before a line that
# goes on the office above it (`of the Hungarian Socialist Workers' Party`).
_CLOSING_LINE_BREAK = re.compile(r"\n(?![ \t\u00a0]*(?:of|for|in|to|at|and|the|OF|FOR|IN|TO|AT|"
                                 r"AND|THE)\b)")


# A signer's initials alone in parentheses, as Nehru initialled his records: `(J.N.)`.
_INITIALS_SIGNED = re.compile(r"[ \t\u00a0]*\((?:[A-Z]\.[ \u00a0]?){2,3}\)[ \t\u00a0]*")


def _leaves_turn(run: list[tuple[Block, str]]) -> bool:
    """Is a closing run (blocks with their kinds) that the last speech turn would go on in
    surely no speech: two paragraphs or more, with a dateline or valediction among them, an
    office in capitals (`USSR AMBASSADOR IN THE DPRK` / `/A. PUZANOV/`), or a signature with
    initials, marked (`gez.`, `[signature]`) or with the office below it, in its paragraph or,
    a surname in capitals, the next (`CHAPLIN` / `Ambassador of the USSR in the SRV`); or the
    signer's office and name on one line (`Ambassador of the USSR in the MPR L. Ivanov`), or
    his initials alone in parentheses (`(J.N.)`), which no one says?
    (A speaker's `Good.` or `(Laughter)` would make a signature of its own.)"""
    if any(kind == "signed" and (_OFFICE_AND_NAME.fullmatch(block.text) or
                                 block.text.lstrip()[:1] == "(" and
                                 _INITIALS_SIGNED.fullmatch(block.text)) for block, kind in run):
        return True
    if len(run) < 2:
        return False
    return any(kind in ("dateline", "valediction") or
               kind in ("title", "office") and _CAPS_OFFICE.fullmatch(block.text) or
               kind == "signed" and _SURE_SIGNATURE.search(block.text)
               for block, kind in run) or any(
        kind == "signed" and below in ("title", "office") and _CAPS_SIGNER.fullmatch(block.text)
        for (_, below), (block, kind) in zip(run, run[1:]))


def _is_signer(text: str) -> bool:
    """A signature (`Mao Zedong.`, `[signature] GROMYKO`) or an organisation signing, not an
    office in capitals (`USSR AMBASSADOR IN CUBA`)."""
    if _CAPS_OFFICE.fullmatch(text):
        return False
    return _SIGNATURE_BLOCK.fullmatch(text) is not None or \
        _ORG_SIGNER.fullmatch(text) is not None or _OFFICE_AND_NAME.fullmatch(text) is not None


# A dateline's place after its date, as some letters sign (`10 March 1953, Pyongyang`).
_PLACE_AFTER_DATE = re.compile(rf",[ \u00a0]+[{names.CAPITALS}][\w .'\u2019-]{{1,30}}[ \t\u00a0]*$")
# A time of day ending a dateline, after a comma or `at`: `, 2:00 a.m.`, ` at 14:30`, `,
# 23:25 hours`, `, 4 a.m.`. (Tried only on a line that holds a colon or `m.`.)
_CLOCK_TIME = re.compile(r"(?:,[ \u00a0]*+|[ \u00a0]++)(?:at[ \u00a0]+)?(?:[0-9]{1,2}:[0-9]{2}"
                         r"(?:[ \u00a0]*(?:[ap]\.[ \u00a0]?m\.|[AP]M|hours|hrs\.?|h))?"
                         r"|[0-9]{1,2}[ \u00a0]*[ap]\.[ \u00a0]?m\.)"
                         r"[ \t\u00a0]*$")
# A day and month without the year before that time, as a Chinese cable's signature dates
# it (`Zhou Enlai` / `26 July, 4 a.m.`, `30 March, 10 p.m.`): a dateline with its time only.
_DAY_AND_MONTH = re.compile(rf"[ \t\u00a0]*(?:[0-9]{{1,2}}[ \u00a0]+(?:{'|'.join(MONTHS)})"
                            rf"|(?:{'|'.join(MONTHS)})[ \u00a0]+[0-9]{{1,2}})[ \t\u00a0]*")


# A day's ordinal ending (`25th March, 1965`, `March 1st, 1962`) and a note's full stop after
# the year (`New Delhi, 25th March, 1965.`): a dateline with its day all the same.
_ORDINAL_DAY = re.compile(r"(?<=[0-9])(?:st|nd|rd|th)\b")


def _is_dateline(text: str, with_day: bool = False) -> bool:
    """A place and a date, or a date, as the catalogue's date line has it (`Pyongyang, 3 June
    1971`, `3 April 1957`), or a date with its day and the place after it (`10 March 1953,
    Pyongyang`), or as day, month and year in figures (`Warsaw, 14.XI.1956`,
    `14.11.1956`; after the place a month of one figure with a two-digit year, `Berlin,
    4.8.61`); `with_day`: a date with its day, not a year or a month alone (`No, 1956`
    may be a speaker's answer). A time of day may follow the date (`4 March 1969, 2:00
    a.m.`)."""
    place = _PLACE_BEFORE_DATE.match(text)
    date = text[place.end():] if place else text
    if ":" in date or "m." in date:   # searched in the line's last characters only: linear
        time = _CLOCK_TIME.search(text, max(len(text) - 40, 0))
        if time and (_DAY_AND_MONTH.fullmatch(text, 0, time.start()) or place and
                     _DAY_AND_MONTH.fullmatch(text, place.end(), time.start())):
            return True   # `26 July, 4 a.m.`, `Beijing, July 26, 04:00`
        date = text[place.end() if place else 0:time.start()] if time else date
    line = DATE_LINE.match(date)
    if line is None and (date.endswith(".") or _ORDINAL_DAY.search(date)):
        line = DATE_LINE.match(_ORDINAL_DAY.sub("", date.rstrip().removesuffix(".")))
        return line is not None and line.group("d1", "d2") != (None, None)   # a day's only
    if line is not None:
        return not with_day or line.group("d1", "d2") != (None, None)
    if dates.NUMERIC_DATE.fullmatch(date.strip()) is not None or \
            place is not None and dates.DATELINE_FIGURES.fullmatch(date.strip()) is not None:
        return True
    after = _PLACE_AFTER_DATE.search(text, max(len(text) - 40, 0))
    if after is None:
        return False
    line = DATE_LINE.match(text[:after.start()])   # `10 March 1953, Pyongyang`, with its day
    return line is not None and line.group("d1", "d2") != (None, None)


def opening_dateline(text: str) -> bool:
    """Is a paragraph heading a letter its dateline: a place and a date with its day
    (`Berlin, 18 January 1961`), a date alone (`October 26, 1962`), or a place the gazetteer
    knows on the line above the date (`Havana` / `October 26, 1962`)? (A letterhead above a
    date, `Central Committee` / `5 May 1962`, is none.)"""
    lines = text.strip().split("\n")
    if len(lines) == 1:
        return _day_line(lines[0])
    return len(lines) == 2 and _day_line(lines[1]) and known_place(lines[0].strip())


def _day_line(line: str) -> bool:
    """A dateline with its day, or a date alone with its day: `October 26, 1962` whole (read
    as a place before a comma, `October 26,` left a year alone)."""
    date = DATE_LINE.match(line)
    return date is not None and date.group("d1", "d2") != (None, None) or \
        _is_dateline(line, with_day=True)


# The kinds of closing block, in the order tried.
_CLOSING = (("distribution", COPIES.match),
            ("cable-end", _CABLE_END.fullmatch), ("address", _ADDRESS.fullmatch),
            ("signed", _is_signer),
            ("valediction", _VALEDICTION.fullmatch),
            ("dateline", _is_dateline), ("reference", _REFERENCE.fullmatch),
            ("reference", _filed),
            ("title", _SIGNER_TITLE.fullmatch), ("annotation", _ANNOTATION.fullmatch))


def _letterhead(blocks: list[Block], at: int) -> bool:
    """Is `blocks[at - 1]` the last line of a body's name printed over lines as a letterhead
    (`Department of` / `International Relations`)? No paragraph is split by a page break after
    it: the lower-case one after it is a heading that lost its first word (`of a meeting held
    in Prague ...`). A heading over two lines (`RECORD OF CONVERSATION` / `with ...`) is still
    joined."""
    if at < 2 or blocks[at - 2].kind != "p" or not _LETTERHEAD.fullmatch(blocks[at - 1].text):
        return False
    before = blocks[at - 2].text
    return before.rsplit(None, 1)[-1:] in (["of"], ["the"], ["and"], ["for"]) and \
        _LETTERHEAD.fullmatch(before) is not None


def _ends_letter(text: str) -> bool:
    """A dateline (`Berlin, 30 July 1979`), or a signature that says it is one (`gez. E.
    Honecker`, `Signed: Kienberg`, `[signature] K. Chernenko`, `Antonín Kotek [signature]`)
    or has the signer's office on the lines after it (`Fritsch` / `3rd Secretary`): a letter's
    or report's end, which no speaker says and which continues no paragraph split by a page
    break. (A bare name is not enough: `Agreed.` or `Good.` would be one.)"""
    return _is_dateline(text, with_day=True) or \
        (_SIGNED_BY.match(text) is not None or "[signature]" in text or "\n" in text.strip()) \
        and _is_signer(text) and not _not_a_signer(text)


# What shows a signature is one, anywhere in it: an initial (`A. PUZANOV`, `L. Štrougal`), a
# mark (`gez.`, `[signature]`, `Signed`, `Prepared by`, the Polish `(-)`, the Romanian
# `(ss)`), an office on a line below the name. (Capitals do not: a cable in capitals prints
# its speech so.)
_SURE_SIGNATURE = re.compile(rf"\b[{names.CAPITALS}]\.|\[signature\]|\(-\)|\(ss\)|"
                             r"\b(?:[Ss]igned|[Gg]ez\.|Prepared[ \u00a0]by)|\n")


def _not_a_signer(text: str) -> bool:
    """`END`, `TOP SECRET`, `Attachment.`: words that end documents and sign none; in a
    signature the name's line is asked (`Signed:` before it is no such word)."""
    signed_by = _SIGNED_BY.match(text)
    if signed_by:
        text = text[signed_by.end():]
    text = text.lstrip().split("\n", 1)[0]   # the office on the lines after it is no signer
    words = re.sub(r"\[signature\]", "", text).replace(".", " ").lower().split()
    return not words or any(word in names.FIELD_WORDS or word == "end" or
                            word in _NOTES_HEADINGS for word in words)


# The heading above a document's end notes (`FOOTNOTES`, `Notes`): it signs nothing.
_NOTES_HEADINGS = frozenset({"notes", "footnotes", "endnotes"})


def _first_markers(body: str) -> dict[str, int]:
    """Where the first marker of each note number ends in the body: `[1]` within a paragraph
    (after a word or a full stop, `Dandong.[1]`). Found in one pass: a search from the start
    for each note was quadratic in them."""
    first: dict[str, int] = {}
    for match in _MARKER.finditer(body):
        first.setdefault(match.group(1), match.end())
    return first


def _paren_notes(body: str, spans: list[tuple[int, int]]) -> int:
    """Where the notes numbered in parentheses that end the body start (`(1) This is the
    first ...`), or past the body's end: only paragraphs numbered (1), (2) ... in order, each
    number's marker first standing within an earlier paragraph in the same order (`the Gulf of
    Suez (1) but`), and two notes or more not all marked in one paragraph, which an
    enumeration is (`agree (1) to withdraw and (2) to ...`). Numbered points opening
    paragraphs (`(1)`, `(2)`) have no marker, so are never notes."""
    none = len(body) + 1
    if "(1)" not in body:
        return none                 # most bodies: one search
    numbers: list[str] = []
    first = none
    for start, end in reversed(spans):
        note = _PAREN_FOOTNOTE.match(body, start, end)
        if note is None:
            break
        numbers.append(note.group("n"))
        first = start
    numbers.reverse()
    if not numbers or numbers != [str(n) for n in range(1, len(numbers) + 1)]:
        return none
    marked: list[str] = []
    paragraphs: set[int] = set()
    starts = [start for start, _ in spans]
    for marker in _PAREN_MARKER.finditer(body, 0, first):
        if marker.group(1) not in marked:
            marked.append(marker.group(1))
            paragraphs.add(bisect_right(starts, marker.start()))
    if marked != numbers or len(numbers) > 1 and len(paragraphs) == 1:
        return none
    return first


def _last_piece(body: str, block: Block) -> str:
    """The text of `block`'s last paragraph: the one after its last join, if any (the text
    of a joined block is made once all its pieces are found)."""
    return body[block.start + block.joins[-1][1]:block.end] if block.joins else block.text


def _ends_open(text: str) -> bool:
    """Does `text` end mid-sentence (a word, a comma, a dash, then maybe spaces)?"""
    # Searched from the last character that is not a space: from the start, the search would
    # try every position of a long paragraph.
    return _ENDS_OPEN.search(text, max(len(text.rstrip(" \t\u00a0")) - 1, 0)) is not None


def _capitals_heading(text: str) -> bool:
    """Is `text` a heading in capitals on one line (`PROTOCOL`, `RESOLUTION`, `JOURNAL`)? The
    lower-case line after it is its subtitle (`on the establishment of ...`, `of the CC CPSU
    on ...`), a paragraph of its own, no paragraph's rest after a page break."""
    text = text.strip()
    return len(text) <= _HEADING_MOST and "\n" not in text and text.isupper()


_HEADING_MOST = 80   # characters: a heading's line, not a paragraph of a cable in capitals


def _heading_subtitle(blocks: list[Block], at: int) -> bool:
    """Is the paragraph before `at` a subtitle line under a heading in capitals (`JOURNAL` /
    `of Soviet Ambassador ...`)? The lower-case line after it is the heading's next line
    (`from 19 October to 31 October 1960`), no paragraph's rest after a page break."""
    previous = blocks[at - 1]
    subtitle = previous.text.strip()
    if previous.joins or len(subtitle) > _HEADING_MOST or "\n" in subtitle or \
            not _STARTS_LOWER.match(subtitle):
        return False
    before = at - 1
    while before and blocks[before - 1].kind == "page":
        before -= 1
    return before > 0 and blocks[before - 1].kind == "p" and \
        _capitals_heading(blocks[before - 1].text)


def _alone_label(text: str, labels: PersonLabels, matches: dict[str, re.Match | None]) -> bool:
    label = find_label(text, labels, matches=matches)
    return label is not None and label.delim == ":" and not text[label.speech:].strip()


def _count_labels(body: str, spans, labels: PersonLabels,
                  matches: dict[str, re.Match | None]) -> int:
    """How many paragraphs open with a speaker label (a lone one heads a cable or letter)."""
    return sum(1 for start, end in spans if find_label(body[start:end], labels, matches=matches))


def _period_surnames(body: str, spans, labels: PersonLabels) -> frozenset[str]:
    """The keys of the surnames that a paragraph may open with in mixed case before a period
    and be a speaker's label (`Kosygin. How is ...`): in a body of period labels, the
    surnames they name (`A.N. Kosygin.`, `BREZHNEV.`) and the participant lines'; else, the
    names of known persons that so open two paragraphs each, two names at least (`Kosygin.`
    and `Taraki.` taking turns). Once two turns or more are so labelled, a known person's
    surname alone that opens a paragraph once, its speech after it, is one too (`Gomułka.
    Poland supports ...` between `Ulbricht.` and `Khrushchev.`). A short sentence (`Good.`) is
    none of them."""
    named: set[str] = set()
    turns = 0   # the paragraphs that open with a label of `_PERIOD_LABEL`
    repeated: Counter[str] = Counter()
    speaking: set[str] = set()   # the mixed-case labels with speech after them in a paragraph
    for start, end in spans:
        text = body[start:end]
        match = _PERIOD_LABEL.match(text)
        if match and not _SECTION_NUMBER.fullmatch(match.group("label")) and \
                not _place_in_capitals(match.group("label")) and \
                labels.is_person_label(match.group("label"), strict=True):
            named.update(names.key(word) for word in match.group("label").split()
                         if not names.is_initials(word))
            turns += 1
            continue
        match = _SURNAME_PERIOD_LABEL.match(text)
        if match:
            repeated[match.group("label")] += 1
            if text[match.end():].strip():
                speaking.add(match.group("label"))
    if named:
        surnames = named | labels.participants
    else:
        twice = {names.key(label.split()[-1]) for label, count in repeated.items()
                 if count >= 2 and labels.is_person_label(label, strict=True)}
        surnames = twice if len(twice) >= 2 else set()
    turns += sum(count for label, count in repeated.items()
                 if names.key(label.split()[-1]) in surnames)
    if turns >= 2:
        surnames |= {names.key(label) for label, count in repeated.items()
                     if count == 1 and label in speaking and " " not in label and
                     labels.known.resolve(label) is not None}
    return frozenset(surnames)


def _place_in_capitals(label: str) -> bool:
    """Is a period label a place the gazetteer knows, in capitals? A telegram's subject line
    (`CUBA. SITUATION. SOVIET DECISION.`) opens so; read as a label, `#cuba` spoke the
    telegram, its signature too."""
    return label.isupper() and known_place(label)


def _dash_labelled(body: str, spans, labels: PersonLabels) -> bool:
    """Does the body print its turns with a spaced dash after the name (`W. Gomułka – We
    ...`): do two paragraphs or more open so with a person's name? One alone may be an
    apposition (`A. Gromyko – Then Foreign Minister – ...`)."""
    found = 0
    for start, end in spans:
        if find_label(body[start:end], labels, "dash") is not None:
            found += 1
            if found == 2:
                return True
    return False


def _lone_dash_speaker(text: str, label: Label, labels: PersonLabels) -> bool:
    """Is a name before a spaced dash opening one paragraph in a body of turns of another
    style (`A. Gromyko – Then it is agreed.` among `Brezhnev:` turns) a speaker's label: a
    person the document or the authority file knows, named in full (initials or a given name
    and the surname), whose sentence after the dash is no apposition (`A. Gromyko – Then
    Foreign Minister – said`) and opens with no post (`A. Gromyko – Minister of Foreign
    Affairs`)?"""
    if " " not in label.name.replace("\u00a0", " ") or labels.known.resolve(label.name) is None:
        return False
    sentence = _FIRST_SENTENCE.match(text, label.speech).group()
    return _SPACED_DASH.search(sentence) is None and names.TITLES.isdisjoint(sentence.split()[:1])


# A paragraph's first sentence, from where the match starts; a dash with a space or a no-break
# space on each side, inside it.
_FIRST_SENTENCE = re.compile(r"[^.!?\n]*")
_SPACED_DASH = re.compile(r"[ \u00a0][\u2013\u2014\-][ \u00a0]")


def _reported_speech_style(body: str, spans, labels: PersonLabels,
                           matches: dict[str, re.Match | None]) -> bool:
    """Does the document write its turns as reported speech (`Stalin asks ...`) consistently:
    two speakers or more in three paragraphs; or a journal's one interlocutor, answered by its
    author in the first person after his first turn: three turns and the author's paragraphs
    (`I visited ...`), or two and the author speaking (`I said that ...`, `I told him ...`)?
    One person's words reported twice in a report with no `I said` make no turns. Labelled
    turns make reported speech ordinary narration, but for one among two speakers' reported
    turns, as a Soviet record slips into `Cde. Stalin: That's good.` between `Kim Il Sung
    explains that ...` and `Kim Il Sung further explains that ...`: one turn more. Sets
    `labels.reporters`, the names it counted, in a body without labels."""
    speakers: Counter[str] = Counter()
    author = replies = 0   # the author's first-person paragraphs after a turn; his speech
    labelled = 0   # the paragraphs opening with a label
    for start, end in spans:
        text = body[start:end]
        if find_label(text, labels, matches=matches):
            labelled += 1
            if labelled > 1:
                return False   # labelled turns: reported speech is ordinary narration here
            continue
        match = _REPORTED.match(text)
        # a speaker known without the body's turns: the authority's or the document's person,
        # a post (`The President`), or a participant the lines list (`J. Masaryk` listed)
        if match and not _TOPIC.match(text, 0, match.start("label")) and (
                labels.is_person_label(_name(match), strict=True) or _by_title(_name(match)) or
                labels._listed_name(_name(match)) or labels._introduced(_name(match))) \
                and not ((match.group("opening") or match.group("thanks")) and
                         not _opens_business(_name(match), labels)) \
                and not _another_voice(text, _name(match), match.end(), labels, body, start):
            speakers[_name(match)] += 1
        elif speakers and _FIRST_PERSON.match(text):
            author += 1
            replies += _AUTHOR_SPEAKS.match(text) is not None
    turns = sum(speakers.values())
    if labelled:
        return turns >= 3 and len(speakers) >= 2
    # who opens the talk by saying (`Dobrynin began by saying ...`) if he speaks later
    labels.reporters = frozenset(names.key(name.split()[-1]) for name in speakers)
    return turns >= 3 and (len(speakers) >= 2 or author > 0) or turns == 2 and replies > 0


def _reports_a_party(text: str, label: Label, parties: frozenset[str], reporting: bool) -> bool:
    """In labelled dialogue, is the paragraph `text` inside a turn, opening with a reported
    turn's `label`, the recorder's report of another turn (`Ambassador Rabin: I can only repeat
    ...` / `Mr. Warnke said that the U.S. could not ...`), not the speaker quoting someone
    (`Khrushchev said that we must ...`)? The person is one of `parties`, named with a title,
    an honorific or a full name, or by the surname alone once the record is `reporting`
    (`Gorbachev said that ...` after `The President said that ...`: one reported turn before
    it, so a record that names no one so is read as before), and the verb's that-clause or
    colon says nothing in the first person."""
    words = label.name.split()
    # the surname before the translator's completion (`Najibullah [Mohammad Najibullah
    # Ahmadzai]`), which names him in full
    bare = label.name[:label.name.rfind("[")].split() if label.name.endswith("]") else words
    surname = (bare or words)[-1]
    clause = _REPORTED_CLAUSE.match(text, label.speech)
    return (len(words) >= 2 or reporting) and names.key(surname) in parties and \
        clause is not None and _FIRST_PERSON_WORD.search(clause.group("clause")) is None


# A sentence's start inside a paragraph: after a full stop, a question or exclamation mark
# and maybe a closing quote, spaces, then a capital (`... the events. I answered that ...`).
_SENTENCE_START = re.compile(r"(?<=[.!?])[\"\u201d]?[ \u00a0]+(?=[A-Z])")


def _another_voice(text: str, name: str, at: int, labels: PersonLabels, body: str,
                   start: int) -> bool:
    """Does a later sentence of a reported turn's paragraph `text`, from `at`, report the words
    of someone other than its speaker `name`: the recorder's (`I answered that ...`, as a
    Hungarian report goes on in Ri Dong-geon's paragraph) or another known person's the body
    named before the paragraph, at `start` (`Molotov pointed out that ...` in Pham Van Dong's,
    a numbered report's point, after `Comrades Molotov and Khrushchev also attended`)? Then
    the paragraph is narration of the talk, no one's turn. Inside a quotation the speaker's
    own `I` is his, and a person first named in his paragraph is one he tells of (`Comrade
    Gorchakov informed that he had been received by Kim Il Sung ... Kim Il Sung expressed
    ...`)."""
    surname = names.key(name.split()[-1])
    quotes = opened = 0   # the straight quotes and the open curly ones so far, counted once
    read = 0
    for sentence in _SENTENCE_START.finditer(text, at):
        quotes += text.count('"', read, sentence.start())
        opened += text.count("\u201c", read, sentence.start()) - \
            text.count("\u201d", read, sentence.start())
        read = sentence.start()
        if quotes % 2 or opened > 0:
            continue   # inside a quotation: the speaker's words
        if text.startswith("I", sentence.end()):
            if _AUTHOR_SPEAKS.match(text, sentence.end()):
                return True
            continue
        match = _REPORTED.match(text, sentence.end())
        if match is not None and names.key(_name(match).split()[-1]) != surname and \
                (labels.is_person_label(_name(match), strict=True) or _by_title(_name(match))) \
                and body.find(_name(match).split()[-1], 0, start) >= 0:
            return True
    return False


def _opening_reports(body: str, spans, labels: PersonLabels,
                     matches: dict[str, re.Match | None]) -> frozenset[int]:
    """The starts of the paragraphs right before the first labelled turn that report, as
    `_reports_a_party` reads it, a person a label names (`PRESIDENT TITO said that ...`
    before `PRESIDENT TITO: We know that.`), his surname alone too (`SIHANOUK thanked the
    President ...`): the record opens with the statements the turns then answer."""
    first = next((n for n, (start, end) in enumerate(spans)
                  if find_label(body[start:end], labels, matches=matches)), 0)
    speakers = frozenset(names.key(label.split()[-1]) for label in labels.known.labels
                         if labels.is_person_label(label))
    found = set()
    for start, end in reversed(spans[:first]):
        text = body[start:end]
        label = find_label(text, labels, "reported")
        if label is None or not _reports_a_party(text, label, speakers, True):
            break
        found.add(start)
    return frozenset(found)


# A paragraph opening with a name of two words or more and a lower-case word, its verb:
# `President Tito offered ...` (`_narrates_another`).
_NAMED_SUBJECT = re.compile(rf"[ \t\u00a0]*(?P<name>{_TOKEN}(?:[ \u00a0]+{_TOKEN}){{1,5}})"
                            r"[ \u00a0]+[a-z]")


def _narrates_another(text: str, blocks: list[Block], labels: PersonLabels) -> bool:
    """In a body of reported turns, is the paragraph `text`, with no verb of speech after its
    name, the recorder's narration of another party (`President Tito offered Yugoslav help.`
    in Qaddafi's turn): one the body reports elsewhere (`labels.reporters`), named with a title
    or an honorific? It is not the words of the turn's speaker."""
    if not text.lstrip()[:1].isupper() or (subject := _NAMED_SUBJECT.match(text)) is None:
        return False
    words = subject.group("name").split()
    if words[0] not in names.TITLES and words[0] not in names.HONORIFICS or \
            names.key(words[-1]) not in labels.reporters:
        return False
    speaker = next((block.label.name for block in reversed(blocks) if block.kind == "turn"), "")
    return names.key(speaker.split()[-1]) != names.key(words[-1]) if speaker else False


def _departs(text: str) -> bool:
    """Is the paragraph `text` the recorder's word, in the third person, that a visitor left or
    took his leave (`MacArthur thanked the Prime Minister and left at 11:30.`)? Then the turn
    before has ended: no speaker says so of himself."""
    return len(text) <= _DEPARTURE_MOST and ("left" in text or "leave" in text or
                                             "departed" in text) and \
        _DEPARTURE.search(text) is not None and _FIRST_PERSON_WORD.search(text) is None


def _opens_business(name: str, labels: PersonLabels) -> bool:
    """May `name` be the subject of a verb that opens a meeting's business (`_OPENING_VERBS`):
    the chair (`The Chairman`), `The` and a post one participant holds, or a participant the
    lines list, named with a title, an honorific or in full (`Mr. Foster`)?"""
    words = name.split()
    if _by_title(name):
        return names.title_of_label(name).lower() in CHAIR_LABELS or \
            labels._names_one_holder(name)
    return len(words) >= 2 and names.key(words[-1]) in labels.participants


def _by_title(label: str) -> bool:
    """Is `label` `The` and titles (`The President`, `The Secretary`, `The Foreign Minister`):
    a US memorandum's speaker in reported speech (`The President said that ...`)? One
    person's: no honorific (`The Comrades`) and no plural (`The Ministers`)."""
    title = names.title_of_label(label)
    return label.split()[:1] in (["The"], ["THE"]) and title is not None and \
        not title.endswith("s") and all(word not in names.HONORIFICS for word in title.split())
