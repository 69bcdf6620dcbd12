"""Generate a corpus of archive-shaped source texts for benchmarks and tests.

    python benchmarks/generate.py 1000 corpus/ --seed 1

Each document has the example's size (about 17 KB, `--size`) and shape (examples/114178.txt):
the archive PDF-export layout with its catalogue fields, the contents and status lines,
Time/Location lines, participant lines with name variants in brackets, labelled turns
(`Title Name [Completion]:` first, `Title Name:` after, now and then `Name (to X):`), stage
directions, supplied words in brackets, a redaction and a final `...`. Names are made from
syllable lists (pinyin for Chinese, romanized Korean with a variant spelling), so that every
document has its own cast. The same seed gives the same corpus, byte for byte.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

CHINESE_SURNAMES = ["Zhou", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao",
                    "Wu", "Sun", "Ma", "Hu", "Guo", "He", "Luo", "Gao", "Zheng", "Xu", "Deng"]
PINYIN = ["an", "bai", "bin", "bo", "chang", "cheng", "chun", "da", "de", "dong", "fang", "fei",
          "feng", "fu", "gang", "guang", "hai", "hong", "hua", "jian", "jie", "jin", "jun",
          "kang", "lan", "lin", "ming", "nian", "ning", "peng", "qiang", "qing", "rui", "shan",
          "sheng", "shi", "tao", "tian", "wei", "wen", "xian", "xiang", "xin", "yi", "ying",
          "yong", "yuan", "yun", "ze", "zhi", "zhong", "zhuang"]
KOREAN_SURNAMES = ["Kim", "Pak", "Ri", "Choe", "Jeong", "Kang", "Han", "Yun", "Jang", "Ma"]
# (Revised Romanization, McCune-Reischauer) pairs: the brackets give the other spelling.
KOREAN = [("cheol", "chol"), ("seong", "song"), ("gwang", "kwang"), ("hyeop", "hyop"),
          ("jeong", "jong"), ("chang", "chang"), ("man", "man"), ("dong", "tong"),
          ("san", "san"), ("ok", "ok"), ("il", "il"), ("su", "su"), ("ho", "ho"),
          ("yeong", "yong"), ("gil", "kil"), ("taek", "thaek"), ("bok", "pok"), ("ju", "chu")]
TITLES_ZH = ["Premier", "Vice Premier", "Minister", "Vice Minister", "Ambassador", "Chairman"]
TITLES_KO = ["Premier", "Vice Premier", "Minister", "Vice Chairman", "Ambassador"]
ORGS = ["State Planning Commission", "Ministry of Foreign Trade", "Ministry of Foreign Affairs",
        "Heavy Industry Committee", "Political Bureau of the CPC Central Committee",
        "Korean Workers' Party Central Committee"]
PLACES = ["Shanxi", "Kailuan", "Jixi", "Heilongjiang", "Yanbian", "Pyongyang", "Sinuiju",
          "Dandong", "Shenyang", "Chagang", "Hamhung", "Anshan"]
GOODS = ["coal", "steel", "cotton", "chemical fertilizer", "grain", "ball bearings",
         "textile equipment", "seafood", "corn", "rubber", "gasoline", "machinery"]
UNITS = ["tons", "kilograms", "jeongbo", "mu"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

SENTENCES = [
    "There are no problems with the {good}.",
    "We can proceed slowly [with the {good}].",
    "Last year {n} {unit} of {good} were supplied, [and] this year {m} {unit} were supplied.",
    "The quality of the {good} imported from China is good.",
    "[We] must specify the quantity and quality of the {good} from {place}.",
    "Ensuring the quality [of] exports is [our] number one priority, quantity is second.",
    "The {org} is responsible for the quality.",
    "How much {good} do you produce?",
    "It seems this year we might have a good harvest.",
    "[When] producing so much, even stones cannot be refined.",
    "Contact is very close now. Every year we contact the {org} without any problems.",
    "A lot of people went from {place} [to North Korea].",
    "That requires two or three years. We must also learn too.",
    "Our cadres engaging in construction have all become thin.",
    "It takes at least a year. Our labs can produce them, but we can't mass produce them.",
    "Originally, we had set out to produce {n} {unit}, but in the end we only produced {m} {unit}.",
    "I saw a factory near {place} that uses {good} from {place2}.",
    "Don't export what is not up to standard.",
    "This will be beneficial to [both of] us.",
    "The central task during the first three years of the Seven-Year Plan is to develop light industries.",
]


class Cast:
    """The persons of one document: a Chinese and a Korean side with titles and variants."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        used: set[str] = set()
        self.chinese = [self._chinese(used) for _ in range(rng.randint(4, 7))]
        self.korean = [self._korean(used) for _ in range(rng.randint(3, 6))]

    def _chinese(self, used: set[str]) -> dict:
        while True:
            surname = self.rng.choice(CHINESE_SURNAMES)
            if surname not in used:
                break
        used.add(surname)
        given = "".join(self.rng.sample(PINYIN, 2)).capitalize()
        return {"surname": surname, "given": given, "variant": None,
                "title": self.rng.choice(TITLES_ZH)}

    def _korean(self, used: set[str]) -> dict:
        while True:
            surname = self.rng.choice(KOREAN_SURNAMES)
            if surname not in used:
                break
        used.add(surname)
        (a, a2), (b, b2) = self.rng.sample(KOREAN, 2)
        return {"surname": surname, "given": f"{a.capitalize()}-{b}",
                "variant": f"{surname} {a2.capitalize()} {b2.capitalize()}",
                "title": self.rng.choice(TITLES_KO)}


def _full(person: dict) -> str:
    return f"{person['surname']} {person['given']}"


def _sentence(rng: random.Random) -> str:
    n = rng.randrange(10, 900) * 1000
    return rng.choice(SENTENCES).format(
        good=rng.choice(GOODS), place=rng.choice(PLACES), place2=rng.choice(PLACES),
        org=rng.choice(ORGS), unit=rng.choice(UNITS), n=f"{n:,}", m=f"{n * 9 // 10:,}")


def document(number: int, rng: random.Random, size: int = 17_000) -> str:
    """Return one source text of about `size` bytes."""
    cast = Cast(rng)
    host, guest = cast.chinese[0], cast.korean[0]
    year, month, day = rng.randint(1955, 1975), rng.randrange(12), rng.randint(1, 28)
    title = f"Minutes of Conversation between {_full(host)} and {_full(guest)}"
    lines = [
        "", "", f"**{MONTHS[month]} {day}, {year}**  ", f"**{title}**", "", "**Citation:**", "",
        f'"{title}", {MONTHS[month]} {day}, {year}, Wilson Center Digital Archive, '
        f"PRC FMA 204-{number:05d}-01, 1-12. Translated by Jeffrey Wang and Charles Kraus. "
        f"<https://digitalarchive.wilsoncenter.org/document/{100000 + number}>", "",
        "**Summary:**", "",
        f"{_full(host)} and {_full(guest)} discuss economic cooperation between China and North "
        f"Korea, including {rng.choice(GOODS)}, {rng.choice(GOODS)} and bilateral trade.", "",
        "**Credits:**", "", "This document was made possible with support from MacArthur Foundation",
        "", "**Original Language:**", "", "Chinese", "", "**Contents:**", "",
        "Translation - English", "",
    ]
    if rng.random() < 0.7:
        lines += ["(Not yet proof read)", ""]
    lines += [f"Time: {day} {MONTHS[month]} {year}, 10:{rng.randint(10, 59)} a.m.- 1:20 p.m.", "",
              f"Location: reception room, {rng.choice(['Diaoyutai', 'Zhongnanhai', 'Pyongyang'])}",
              ""]
    chinese = ", ".join(f"{p['title']} {_full(p)}" for p in cast.chinese[1:])
    lines += [f"Accompanying the visit [on the Chinese side] are: {chinese}.", ""]
    korean = ", ".join(f"{p['title']} {_full(p)} [{p['variant']}]" for p in cast.korean[1:])
    lines += [f"Seated on the Korean side are: {korean}.", ""]
    interpreter = cast.korean[-1]
    lines += [f"Translator: {_full(interpreter)} [{interpreter['variant']}]", "",
              f"Documentation: {_full(cast.chinese[-1])}", ""]
    speakers = [p for p in cast.chinese[:3] + cast.korean[:3]]
    introduced: set[str] = set()
    redacted = False
    length = sum(len(line) + 1 for line in lines)
    first = True
    while length < size - 200:
        person = host if first else rng.choice(speakers)
        if person is guest or (not first and rng.random() < 0.35):
            person = guest if person is not guest else host
        if person["surname"] in introduced:
            label = f"{person['title']} {person['surname']}"
        else:
            label = f"{person['title']} {person['surname']} [{person['given']}]"
            introduced.add(person["surname"])
        if rng.random() < 0.08:
            other = rng.choice([p for p in speakers if p is not person])
            label += f" (to Comrade {_full(other)})"
        speech = " ".join(_sentence(rng) for _ in range(rng.randint(1, 5)))
        if first:
            speech = (f"(After greeting one another, [{host['surname']}] introduced Comrade "
                      f"{_full(cast.chinese[1])} to {guest['title']} {guest['surname']}.) ") + speech
            first = False
        elif rng.random() < 0.05:
            speech = f"(Laughter) {speech}"
        turn = f"{label}: {speech}"
        lines += [turn, ""]
        length += len(turn) + 2
        if not redacted and length > size // 2:
            lines += ["(redacted text)", ""]
            redacted = True
            length += 17
    lines += ["..."]
    return "\n".join(lines) + "\n"


def generate(count: int, folder: Path, *, seed: int = 1, size: int = 17_000) -> list[Path]:
    """Write `count` documents into `folder` as doc-00001.txt ...; return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for number in range(1, count + 1):
        path = folder / f"doc-{number:05d}.txt"
        path.write_text(document(number, rng, size), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--size", type=int, default=17_000, help="bytes per document")
    args = parser.parse_args()
    generate(args.count, args.folder, seed=args.seed, size=args.size)


if __name__ == "__main__":
    main()
