"""The corpus register: read, merge, write back, and one id per person across documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import register as R
from pipeline import convert
from pipeline.markup.places import Entity
from pipeline.names import Names

DOC_A = b"""**July 11, 1961**
**Talk A**

Premier Zhou [Enlai]: Comrade Kim Chang-man [Kim Chang Man] came back from Yanbian.

Premier Kim [Il Sung]: The Ministry of Foreign Trade agrees.
"""
DOC_B = b"""**July 12, 1961**
**Talk B**

Premier Zhou: We met Kim Chang-man [Kim Chang Man] in Pyongyang.

Kim Chang Man: Yes.
"""

AUTHORITY = """<listPerson xmlns="http://www.tei-c.org/ns/1.0">
  <person xml:id="zhou-enlai"><persName type="main">Zhou Enlai</persName>
    <persName type="variant">Chou En-lai</persName>
    <idno type="wikidata">Q17410</idno></person>
</listPerson>"""


def test_missing_file_is_an_empty_register(tmp_path: Path) -> None:
    """A register that does not exist yet is read as empty."""
    assert R.load(tmp_path / "none.xml").entries == []


def test_bare_list_keeps_ids_and_idnos(tmp_path: Path) -> None:
    """A hand-written bare listPerson is read with its ids, variants and external ids."""
    path = tmp_path / "authority.xml"
    path.write_text(AUTHORITY, encoding="utf-8")
    entry = R.load(path).of("person")[0]
    assert (entry.id, entry.name, entry.variants, entry.idnos) == (
        "zhou-enlai", "Zhou Enlai", ["Chou En-lai"], [("wikidata", "Q17410")])


def test_merge_keeps_ids_and_adds_variants() -> None:
    """A known entity keeps its id and gains the document's variants; a new one is added."""
    register = R.Register([R.Entry("place", "place-korea", "Korea")])
    names = Names([])
    names.places["place-korea"] = Entity("place-korea", "Korea", variants=["Corea"])
    names.orgs["org-cpsu"] = Entity("org-cpsu", "CPSU")
    register.merge(names, "doc-1")
    assert [(e.id, e.variants, e.documents) for e in register.entries] == [
        ("place-korea", ["Corea"], ["doc-1"]), ("org-cpsu", [], ["doc-1"])]


def test_two_documents_one_id(tmp_path: Path) -> None:
    """Two documents converted with one register give a person one id, listed once."""
    path = tmp_path / "register.xml"
    path.write_text(AUTHORITY, encoding="utf-8")
    trees = []
    for name, data in (("a", DOC_A), ("b", DOC_B)):
        register = R.load(path)
        result = convert(data, authority=register.authority_persons())
        register.merge(R.names_of(result.tree), name)
        R.save(register, path)
        trees.append(result.tree)
    refs = [{e.get("ref") for e in t.getroot().find("{*}text").iter("{*}persName")
             if "Kim Chang" in "".join(e.itertext())}
            for t in trees]
    assert refs[0] == refs[1] == {"#kim-chang-man"}
    final = R.load(path)
    kims = [e for e in final.of("person") if e.id == "kim-chang-man"]
    assert len(kims) == 1 and kims[0].documents == ["a", "b"]
    zhou = next(e for e in final.of("person") if e.id == "zhou-enlai")
    assert zhou.idnos == [("wikidata", "Q17410")]
    assert {e.id for e in final.of("place")} >= {"place-yanbian", "place-pyongyang"}


def test_a_registered_person_keeps_the_built_in_posts_and_their_dates(tmp_path: Path) -> None:
    """A register keeps no dates: Kim Il Sung, registered from a document of 1961, would have
    lost the built-in authority's dated posts, and a document of 1975 its occupation; he is
    President of the DPRK there, Premier in 1961."""
    path = tmp_path / "register.xml"
    talk = "{}\n\nTalk\n\nPresent: Kim Il Sung.\n\nKim Il Sung spoke.\n"
    for date, post in (("July 11, 1961", "Premier of the DPRK"),
                       ("March 1, 1975", "President of the DPRK")):
        register = R.load(path)
        result = convert(talk.format(date), authority=register.authority_persons())
        register.merge(R.names_of(result.tree), post)
        R.save(register, path)
        assert result.tree.xpath("//t:particDesc//t:person[@xml:id='kim-il-sung']/t:occupation"
                                 "/text()", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == [post]


def test_a_full_name_is_the_registered_person_known_by_initials_alone(tmp_path: Path) -> None:
    """`Ivan Arkhipov` in a later document was an entry of its own beside the `I.V.
    Arkhipov` a register held from an earlier one (the other order gave one entry): a full
    name whose given names the registered initials begin is that person, in either order."""
    first = b"Memo\n\nPresent: I.V. Arkhipov, A.N. Kosygin.\n\nI.V. Arkhipov spoke.\n"
    second = b"Memo\n\nPresent: Ivan Arkhipov.\n\nIvan Arkhipov spoke.\n"
    for order, expected in (((first, second), "i-v-arkhipov"),
                            ((second, first), "ivan-arkhipov")):
        path = tmp_path / f"{expected}.xml"
        refs = set()
        for n, data in enumerate(order):
            register = R.load(path)
            result = convert(data, authority=register.authority_persons())
            register.merge(R.names_of(result.tree), f"doc-{n}")
            R.save(register, path)
            refs |= {e.get("ref") for e in result.tree.getroot().find("{*}text").iter(
                "{*}persName") if "Arkhipov" in "".join(e.itertext())}
        assert refs == {f"#{expected}"}
        assert [e.id for e in R.load(path).of("person") if "arkhipov" in e.id] == [expected]


def test_save_is_deterministic(tmp_path: Path) -> None:
    """Saving the same register twice writes the same bytes, entries sorted by id."""
    register = R.Register([R.Entry("person", "b-b", "B B", variants=["Bb", "Ab"]),
                           R.Entry("person", "a-a", "A A")])
    R.save(register, tmp_path / "one.xml")
    R.save(R.load(tmp_path / "one.xml"), tmp_path / "two.xml")
    one = (tmp_path / "one.xml").read_bytes()
    assert one == (tmp_path / "two.xml").read_bytes()
    assert one.index(b'"a-a"') < one.index(b'"b-b"') and one.index(b">Ab<") < one.index(b">Bb<")


def test_shipped_authority_loads() -> None:
    """The authority for 114178 reads, and every id is the one the converter derives."""
    path = Path(__file__).parents[1] / "pipeline" / "data" / "register-114178.xml"
    register = R.load(path)
    persons = register.of("person")
    assert len(persons) >= 20 and all(not e.idnos for e in persons)
    assert next(e for e in persons if e.id == "ri-ji-chang").role == "interpreter"


@pytest.mark.parametrize("text", ["<not-xml", ""])
def test_unreadable_register_is_a_located_error(tmp_path: Path, text: str) -> None:
    """A broken register file is reported with its path, not a traceback."""
    path = tmp_path / "bad.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(Exception) as info:
        R.load(path)
    assert "bad.xml" in info.value.located() if hasattr(info.value, "located") else str(info.value)


def test_document_names_with_spaces_survive_a_save(tmp_path: Path) -> None:
    """Each document is its own name in the register (`memo 1959` was read back as two
    documents, and the register changed at every run); an older register's words still
    read."""
    register = R.Register([R.Entry("place", "place-korea", "Korea",
                                   documents=["memo 1959", "114178"])])
    path = tmp_path / "register.xml"
    R.save(register, path)
    assert R.load(path).of("place")[0].documents == ["114178", "memo 1959"]
    R.save(R.load(path), tmp_path / "again.xml")
    assert (tmp_path / "again.xml").read_bytes() == path.read_bytes()
    old = path.read_text().replace('<name type="document">114178</name>', "").replace(
        '<name type="document">memo 1959</name>', "114178 1959")
    path.write_text(old)
    assert R.load(path).of("place")[0].documents == ["114178", "1959"]


def test_the_built_in_authoritys_dates_of_life_are_iso_dates_in_order() -> None:
    """The authority gives the dates of life of the persons it holds (Jonas Savimbi's had
    none): each an ISO date, a birth before the death, and the posts held within them."""
    from datetime import date

    from lxml import etree
    path = Path(__file__).parents[1] / "pipeline" / "data" / "persons.xml"
    tei = "{http://www.tei-c.org/ns/1.0}"
    lives = {}
    for person in etree.parse(str(path)).iter(f"{tei}person"):
        born, died = (person.find(f"{tei}{part}") for part in ("birth", "death"))
        born, died = (None if part is None else date.fromisoformat(part.get("when"))
                      for part in (born, died))
        assert born is None or died is None or born < died
        for post in person.iterfind(f"{tei}occupation"):
            for end in ("from", "to"):
                when = post.get(end)
                if when and len(when) == 10:
                    assert (born is None or born < date.fromisoformat(when)) and \
                        (died is None or date.fromisoformat(when) <= died)
        lives[person.get("{http://www.w3.org/XML/1998/namespace}id")] = (born, died)
    assert lives["jonas-savimbi"] == (date(1934, 8, 3), date(2002, 2, 22))
    assert lives["khieu-samphan"] == (date(1931, 7, 28), None)
    assert lives["mohamed-siad-barre"] == (None, date(1995, 1, 2))
    assert lives["oldrich-cernik"] == (date(1921, 10, 27), date(1994, 10, 19))
    assert lives["vladimir-malin"] == (None, None)
    assert lives["wladyslaw-gomulka"] == (date(1905, 2, 6), date(1982, 9, 1))
    assert lives["josip-broz-tito"] == (date(1892, 5, 7), date(1980, 5, 4))
    assert lives["aleksandar-rankovic"] == (date(1909, 11, 28), None)
    assert lives["svetozar-vukmanovic-tempo"] == (None, date(2000, 12, 6))


def test_the_built_in_authoritys_names_are_written_as_their_language_writes_them() -> None:
    """A name in a language written in Latin letters keeps its letters (`Władysław Gomułka`,
    `János Kádár`: the authority gave `Wladyslaw Gomulka`, in a persName marked Polish), and
    a text that writes it without them still finds the person; a transliteration is marked
    as one (`bg-Latn`)."""
    from pipeline import names as N
    by_id = {person.id: person for person in N.builtin_authority()}
    assert by_id["wladyslaw-gomulka"].name == "Władysław Gomułka"
    assert by_id["janos-kadar"].name == "János Kádár"
    assert by_id["nicolae-ceausescu"].name == "Nicolae Ceaușescu"
    assert by_id["todor-zhivkov"].lang == "bg-Latn"
    tree = convert("Memo\n\nComrade Gomulka and Comrade Kadar agreed.\n").tree
    refs = tree.xpath("//t:body//t:persName/@ref", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert refs == ["#wladyslaw-gomulka", "#janos-kadar"]


@pytest.mark.parametrize("form, ref", [
    ("Present: Comrades Gorbachev M.S., Yeltsin B.N.", "boris-yeltsin"),
    ("Then B.N. Yeltsin spoke.", "boris-yeltsin"),
    ("Then Sakharov spoke.", "andrei-sakharov"),
    ("Then Andrei Dmitrievich Sakharov spoke.", "andrei-sakharov"),
    ("Then Academician [Boris] Petrov spoke.", "boris-n-petrov"),
    ("Then Academician M.V. Keldysh spoke.", "mstislav-keldysh"),
    ("Then Natan Sharansky spoke.", "anatoly-shcharansky"),
])
def test_the_built_in_authority_knows_the_soviet_academys_and_dissidents_names(form, ref):
    """`Yeltsin B.N.`, `Sakharov` and `Academician [Boris] Petrov` were persons `yeltsin-b-n`,
    `sakharov`, `boris-petrov` of each document: the authority holds Yeltsin, Sakharov, the
    dissidents, the Academy's and the CPSU's advisers, one id for each name form."""
    tree = convert(f"Memo\n\n{form}\n").tree
    refs = tree.xpath("//t:body//t:persName/@ref", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert refs[-1] == f"#{ref}"


def test_the_yugoslav_leaders_are_the_authoritys_persons() -> None:
    """`Coms. Kardelj, Rankovic, Vukmanovic-Tempo` gave the surname-only ids `rankovic` and
    `vukmanovic-tempo`: Yugoslavia's leaders are the authority's, with and without their
    accents; Popović and Stambolić alone, two men's surnames each, are no one's."""
    tree = convert("Memo\n\nComs. Kardelj, Rankovic, Vukmanovic-Tempo and Djilas came; "
                   "Ranković and Đilas spoke, Koca Popovic and Comrade Stambolic too.\n").tree
    refs = [(e.get("ref"), "".join(e.itertext())) for e in
            tree.getroot().find("{*}text").iter("{*}persName")]
    assert [ref for ref, _ in refs] == [
        "#edvard-kardelj", "#aleksandar-rankovic", "#svetozar-vukmanovic-tempo",
        "#milovan-dilas", "#aleksandar-rankovic", "#milovan-dilas", "#koca-popovic",
        "#stambolic"]


@pytest.mark.parametrize("date, name, person, post", [
    ("October 31, 1960", "A.M. Puzanov", "alexander-puzanov", "Soviet Ambassador to the DPRK"),
    ("March 5, 1949", "Vyshinsky", "andrei-vyshinsky", "Foreign Minister of the USSR"),
    ("March 22, 1979", "P.N. Demichev", "pyotr-demichev", "Minister of Culture of the USSR"),
    ("March 22, 1979", "I.V. Kapitonov", "ivan-kapitonov",
     "Secretary of the CPSU Central Committee"),
    ("November 4, 1962", "Osvaldo Dorticós", "osvaldo-dorticos-torrado", "President of Cuba"),
    ("September 26, 1956", "Tito", "josip-broz-tito", "President of Yugoslavia"),
])
def test_the_archives_recurring_cast_hold_their_posts_by_date(date, name, person, post) -> None:
    """Ambassadors, ministers and leaders the real pages name had initials' ids (`p-n-demichev`)
    or no post: the authority holds them with their dates of life and the post of the date."""
    tree = convert(f"{date}\n\nTalk\n\nPresent: {name}.\n\n{name} spoke.\n").tree
    assert tree.xpath(f"//t:particDesc//t:person[@xml:id='{person}']/t:occupation/text()",
                      namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == [post]


def test_an_ambassador_called_by_his_first_name_is_the_authoritys() -> None:
    """`Ambassador Soekardjo` and `Soekardjo Wiriopranoto` were two persons, one `soekardjo`:
    a Javanese name's first word calls him, as the authority records."""
    tree = convert("Memo\n\nThe Premier met Soekardjo Wiriopranoto. Ambassador Soekardjo said "
                   "so.\n").tree
    refs = {e.get("ref") for e in tree.getroot().find("{*}text").iter("{*}persName")
            if "Soekardjo" in "".join(e.itertext())}
    assert refs == {"#sukardjo-wirjopranoto"}


def test_a_generic_body_is_an_entry_for_each_document(tmp_path: Path) -> None:
    """Two documents' `Ministry of Foreign Trade` (a body that names no state: `<org
    type="generic">`) were one register entry: an entry each, of its document alone, kept
    generic when saved; the same document merged again finds its own."""
    path = tmp_path / "register.xml"
    for name, data in (("a", DOC_A), ("b", DOC_A), ("a", DOC_A)):
        register = R.load(path)
        register.merge(R.names_of(convert(data).tree), name)
        R.save(register, path)
    ministries = [(e.id, e.documents, e.generic) for e in R.load(path).of("org")]
    assert ministries == [("org-ministry-of-foreign-trade", ["a"], True),
                          ("org-ministry-of-foreign-trade-2", ["b"], True)]


def test_a_surname_alone_is_no_authority_person_outside_his_life() -> None:
    """`Mr. KENNEDY (United States of America)` speaking at the IAEA in 1981 was John F.
    Kennedy, dead in 1963: a surname alone names the authority's person only in a document
    dated in his life (from his fifteenth year); a full name still does."""
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    text = ("{date}\n\nSummary Record\n\n3. Mr. KENNEDY (United States of America) said that "
            "his Government condemned the attack. John F. Kennedy was recalled.\n")
    refs = convert(text.format(date="June 12, 1981")).tree.xpath("//t:body//t:persName/@ref",
                                                                namespaces=ns)
    assert refs == ["#kennedy", "#john-f-kennedy"]
    refs = convert(text.format(date="June 12, 1962")).tree.xpath("//t:body//t:persName/@ref",
                                                                namespaces=ns)
    assert refs == ["#john-f-kennedy", "#john-f-kennedy"]
    refs = convert(text.format(date="June 12, 1925")).tree.xpath("//t:body//t:persName/@ref",
                                                                namespaces=ns)
    assert refs[0] == "#kennedy"


@pytest.mark.parametrize("date, text, refs", [
    ("March 10, 1986", "Under Ulbricht the stagnation began. Tito had tried. Nehru was wise.",
     ["#walter-ulbricht", "#josip-broz-tito", "#jawaharlal-nehru"]),
    ("March 10, 1986", "Honecker said that Walter Ulbricht made mistakes. Ulbricht was great "
     "all the same.", ["#erich-honecker", "#walter-ulbricht", "#walter-ulbricht"]),
    ("June 12, 1981", "The Kennedy administration failed. President Kennedy was killed.",
     ["#john-f-kennedy", "#john-f-kennedy"]),
])
def test_a_surname_alone_mentions_the_dead_whatever_the_date(date, text, refs) -> None:
    """The records of the 1970s and 1980s name dead leaders all the time (`under Ulbricht`,
    `President Kennedy`, `Ulbricht` after `Walter Ulbricht`): a mention is the authority's
    person whatever the date; only one acting in the record is no one dead (`Mr. KENNEDY`)."""
    tree = convert(f"{date}\n\nRecord\n\n{text}\n").tree
    assert tree.xpath("//t:body//t:persName/@ref",
                      namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == refs


@pytest.mark.parametrize("text, refs", [
    ("Kennedy: We condemn the attack.\n\nMr. Smith: So do we.", ["#kennedy", "#smith"]),
    ("Present: Kennedy, Smith.\n\nSmith said that he agreed.", ["#kennedy", "#smith", "#smith"]),
    ("Comrade Kennedy said that he agreed.", ["#kennedy"]),
    ("We report.\n\nSigned: Kennedy", ["#kennedy"]),
    ("We report.\n\n13.VI.81\n\nKENNEDY", ["#kennedy"]),
    ("We report.\n\nKENNEDY", []),   # a signature no rule reads as a name: no one
    ("Dear Ambassador Kennedy,\n\nWe report.", ["#kennedy"]),   # the addressee
])
def test_one_acting_by_his_surname_alone_is_no_one_dead(text, refs) -> None:
    """A speaker's label, a participant line's surname, a signature, a letter's addressee and a
    surname after an honorific of the living are of those acting in the record: in 1981 no
    John F. Kennedy, dead in 1963."""
    tree = convert(f"June 12, 1981\n\nRecord\n\n{text}\n").tree
    assert tree.xpath("//t:body//t:persName/@ref",
                      namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == refs


@pytest.mark.parametrize("date, name, person", [
    ("May 5, 1956", "P. K. Ponomarenko", "panteleimon-ponomarenko"),
    ("July 6, 1966", "I. G. Maurer", "ion-gheorghe-maurer"),
    ("July 6, 1966", "Gheorghe Maurer", "ion-gheorghe-maurer"),
    ("July 6, 1966", "Gy. Kállai", "gyula-kallai"),
    ("May 3, 1961", "P. Verner", "paul-verner"),
    ("May 3, 1961", "A. Neumann", "alfred-neumann"),
    ("May 3, 1961", "E. Bodnaras", "emil-bodnaras"),
])
def test_the_blocs_cast_named_by_initials_is_the_authoritys(date, name, person) -> None:
    """`P. K. Ponomarenko` and `Panteleimon Ponomarenko`, `I. G. Maurer` and `Ion Gheorghe
    Maurer` were two ids across documents (initials' ids are not lengthened): the authority
    holds the bloc's recurring cast, one id for each form."""
    tree = convert(f"{date}\n\nTalk\n\nPresent: {name}.\n\n{name} spoke.\n").tree
    assert tree.xpath("//t:body//t:persName/@ref",
                      namespaces={"t": "http://www.tei-c.org/ns/1.0"})[-1] == f"#{person}"
