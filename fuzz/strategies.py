"""Hypothesis strategies for archive-like source texts (shared by tests and fuzz/run.py)."""

from __future__ import annotations

from hypothesis import strategies as st

NAMES = ["Zhou Enlai", "Kim Il Sung", "Li Fuchun", "Mao Zedong", "Fang Yi", "Pak Song-chol",
         "N.S. Khrushchev", "Kim Chang-man", "Gorbachev", "Primakov", "Deng Xiaoping"]
TITLES = ["Premier", "Chairman", "Comrade", "Com.", "Ambassador", "Vice Premier", "Minister"]

label = st.one_of(
    st.builds(lambda t, n: f"{t} {n.split()[0]} [{' '.join(n.split()[1:]) or 'X'}]:",
              st.sampled_from(TITLES), st.sampled_from(NAMES)),      # Premier Zhou [Enlai]:
    st.builds(lambda n: f"{n.upper()}.", st.sampled_from(NAMES)),   # MAO ZEDONG.
    st.builds(lambda n, m: f"{n} (to {m}):", st.sampled_from(NAMES), st.sampled_from(NAMES)),
    st.builds(lambda n: f"{n}:", st.sampled_from(NAMES)),
    st.builds(lambda n: f"[{n.split()[0]}] {n.split()[-1]}:", st.sampled_from(NAMES)),
)

convention = st.sampled_from([
    "[we]", "[...]", "[\u2026]", "(redacted text)", "[sic]", "Com[rade]", "[North] Korea",
    "F[oreign] M[inistry]", "[illegible]", "[unclear]", "[[Li?]]", "[1]", "[end of page 54]",
    "(After greeting one another, they sat down)", "(to Comrade Fang Yi)", "[Translator's note: x]",
    "Kim Chang-man [Kim Chang Man]", "gifts [special products]", "[At this point [Kim] shook hands]",
    "\u00a0", "\u201cquoted\u201d", "\u2018single\u2019", "\u2026", "...", "600,000 tons",
    "October 5, 1961", "[", "]", "(", ")", ":", ".", "\u2014",
    "[excised]", "[two words illegible]", "(illegible)", "(...)", "[....]", "(sic)", "[Pause.]",
    "[TN: x]", "(Translator's note: x)", "[Page 2 of 5]", "[page break]", "(Stamp: x)",
])
word = st.one_of(st.sampled_from(NAMES), st.sampled_from(TITLES),
                 st.sampled_from("the we said that Korea China and support of agree".split()))
# Printable noise, and some of everything else XML 1.0 can carry.
noise = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12) | \
    st.text(alphabet=" \t[](){}:.;,\"'\u00a0\u201c\u201d\u2026-*#", max_size=8)

sentence = st.lists(st.one_of(word, convention, noise), min_size=1, max_size=14).map(" ".join)
paragraph = st.one_of(
    st.builds(lambda l, s: f"{l} {s}", label, sentence),
    st.builds(lambda l, s: f"{l}\n\n{s}", label, sentence),   # label alone, speech after
    sentence,
    label,                                                    # a label with no speech
)
separator = st.sampled_from(["\n\n", "\n", "\n\n\n", "\n \n", "\n\t\n"])


@st.composite
def archive_text(draw) -> str:
    """A body of turns, paragraphs and noise; LF or CRLF, sometimes with catalogue fields."""
    paragraphs = draw(st.lists(paragraph, min_size=1, max_size=8))
    seps = draw(st.lists(separator, min_size=len(paragraphs), max_size=len(paragraphs)))
    body = "".join(p + s for p, s in zip(paragraphs, seps))
    if draw(st.booleans()):
        body = "".join(draw(st.sampled_from(["", " ", "\n"])) for _ in range(1)) + body
    head = draw(st.sampled_from([
        "",
        "October 5, 1961\n\nMinutes of Conversation\n\n",
        "**Citation:**\n\n\"Minutes\", Wilson Center Digital Archive.\n\n**Summary:**\n\nA talk."
        "\n\n**Contents:**\n\nTranslation - English\n\n(Not yet proof read)\n\n",
    ]))
    text = head + body
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return text
