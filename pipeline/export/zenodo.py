"""Export `zenodo`: deposit metadata for the Zenodo REST API (`{"metadata": {...}}`), as JSON.

Decisions (docs/exports.md): the creators are the translators (they made the English text),
else the recorder, else the publisher; `publication_date` is the record's own date (Zenodo
needs a full date, so a month-only date is completed to the first day and said so in `notes`);
the description is the summary, else the citation; the licence is the header's own, else
DEFAULT_LICENSE, which the depositor must check. Keys are sorted, so the bytes are stable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from ..errors import ExportError
from ._common import Doc, Record, read_record, records, write_files

# Zenodo wants a licence id for open access; none is invented per document, this one is ours.
DEFAULT_LICENSE = "cc-by-4.0"

LICENCE_URLS = {
    r"creativecommons\.org/licenses/by/4\.0": "cc-by-4.0",
    r"creativecommons\.org/licenses/by-sa/4\.0": "cc-by-sa-4.0",
    r"creativecommons\.org/licenses/by-nc/4\.0": "cc-by-nc-4.0",
    r"creativecommons\.org/publicdomain/zero/1\.0": "cc0-1.0",
    r"creativecommons\.org/publicdomain/mark/1\.0": "other-pd",
}

# BCP 47 primary subtags to the ISO 639-3 codes Zenodo expects; unknown ones are left out.
ISO_639_3 = {"en": "eng", "zh": "zho", "ko": "kor", "ru": "rus", "de": "deu", "fr": "fra",
             "vi": "vie", "ja": "jpn", "es": "spa", "it": "ita", "pl": "pol", "cs": "ces",
             "hu": "hun", "ro": "ron", "bg": "bul", "mn": "mon", "ar": "ara", "pt": "por",
             "sq": "sqi", "sr": "srp", "uk": "ukr", "de-DE": "deu"}


def _licence(record: Record) -> str:
    if not record.licence:
        return DEFAULT_LICENSE
    for pattern, ident in LICENCE_URLS.items():
        if re.search(pattern, record.licence):
            return ident
    return record.licence


def _publication_date(record: Record) -> tuple[str, str]:
    """Return (YYYY-MM-DD, note): the record's date, completed when it is partial."""
    date = record.date[:10]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return date, ""
    if re.fullmatch(r"\d{4}(-\d{2})?", date):
        full = (date + "-01-01")[:10] if len(date) == 4 else date + "-01"
        return full, f"The document is dated {date}; Zenodo needs a full date, so {full} is given."
    raise ExportError("the TEI header has no date (profileDesc/creation/date/@when); Zenodo "
                      "needs a publication date", path=str(record.path))


def metadata(record: Record) -> dict:
    """Return the Zenodo deposit metadata of one record as a dict."""
    creators = list(record.translators) or [p.name for p in record.with_roles("recorder")] \
        or ([record.publisher] if record.publisher else [])
    if not creators:
        raise ExportError("the TEI header names no translator, recorder or publisher; Zenodo "
                          "needs at least one creator", path=str(record.path))
    description = record.abstract or record.source
    if not description:
        raise ExportError("the TEI header has no summary (profileDesc/abstract) and no citation; "
                          "Zenodo needs a description", path=str(record.path))
    date, note = _publication_date(record)
    meta: dict = {
        "upload_type": "publication",
        "publication_type": "other",
        "publication_date": date,
        "title": record.title,
        "creators": [{"name": name} for name in creators],
        "description": description,
        "access_right": "open",
        "license": _licence(record),
    }
    if record.uri:
        meta["related_identifiers"] = [
            {"identifier": record.uri, "relation": "isDerivedFrom", "scheme": "url"}]
    language = ISO_639_3.get(record.text_language) or ISO_639_3.get(record.text_language.split("-")[0])
    if language:
        meta["language"] = language
    # Keywords: the header's own terms, else the people present (what archive pages list).
    keywords = list(record.keywords) or [p.name for p in record.participants]
    if keywords:
        meta["keywords"] = keywords
    notes = [n for n in (note, f"Archival reference: {record.archival_id}." if record.archival_id else "")
             if n]
    if notes:
        meta["notes"] = " ".join(notes)
    return {"metadata": meta}


def to_json(data: dict) -> bytes:
    """Serialize deterministically: sorted keys, two-space indent, UTF-8, final newline."""
    return (json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def zenodo_bytes(path: Path, tree: etree._ElementTree) -> bytes:
    """Return the Zenodo metadata JSON of one TEI document."""
    return to_json(metadata(read_record(Path(path), tree)))


def check(docs: Sequence[Doc]) -> None:
    """Raise the ExportError `export` would raise: a document without a date, a creator or a
    description (a list of formats checks every format before writing any)."""
    for record in records(docs):
        metadata(record)


def export(docs: Sequence[Doc], out: Path) -> None:
    """Write the metadata: to `out` for one document, `out/NAME.zenodo.json` for several."""
    recs = records(docs)
    write_files(out, docs, ".zenodo.json", lambda i: to_json(metadata(recs[i])))
