"""Plain records passed between the stages (read → parse → extract → store), and the dates
they carry."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from kg.errors import UsageError

FACTUALITIES = ("asserted", "negated", "future", "reported")
DEFAULT_FACTUALITIES = ("asserted", "reported")


def as_date(value: dt.date | str | None, what: str = "date") -> dt.date | None:
    """A date from a date or an ISO string (``YYYY-MM-DD``; ``None`` stays ``None``);
    :class:`UsageError` otherwise.

    >>> as_date("2021-12-15"), as_date(None)
    (datetime.date(2021, 12, 15), None)
    """
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise UsageError(f"invalid {what} {value!r}: use YYYY-MM-DD, e.g. 2021-12-15") from None


#: the day an article dated only to its month is read as of: the middle of the month, so that
#: titles ("the US President") resolve to the holder in that month, never to today's
MID_MONTH = 15


def article_date(value: dt.date | str | None, what: str = "date") -> dt.date | None:
    """An article's date: like :func:`as_date`, and ``YYYY-MM`` (known to the month only)
    reads as the middle of that month (:data:`MID_MONTH`).

    >>> article_date("2023-03"), article_date("2021-12-15")
    (datetime.date(2023, 3, 15), datetime.date(2021, 12, 15))
    """
    text = value.strip() if isinstance(value, str) else value
    if isinstance(text, str) and len(text) == 7 and text[4] == "-":
        try:
            return dt.date(int(text[:4]), int(text[5:]), MID_MONTH)
        except ValueError:
            pass
    try:
        return as_date(text, what)
    except UsageError:
        raise UsageError(
            f"invalid {what} {value!r}: use YYYY-MM-DD (or YYYY-MM), e.g. 2021-12-15"
        ) from None


_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.")


def outlet_of(url: str) -> str:
    """The outlet (the site's domain, lower case, without ``www.``/``m.``/``amp.``) of a URL;
    ``""`` when the URL names no host.

    >>> outlet_of("https://www.reuters.com/world/asia/x"), outlet_of("http://M.Detik.com:80/a")
    ('reuters.com', 'detik.com')
    """
    from urllib.parse import urlsplit

    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".")
    except ValueError:  # a malformed URL (bad port, bracket)
        return ""
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix) :]
            break
    if host.startswith("www") and host[3:4].isdigit() and "." in host:  # www2.example.com
        host = host.split(".", 1)[1]
    return host


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text (whitespace folded), hex."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass
class Article:
    """One news article as read from disk.

    ``id`` is the first 16 hex digits of the content hash; it names the article's
    graph, so the same text read twice has the same identity.
    """

    text: str
    title: str = ""
    url: str = ""
    date: dt.date | None = None
    lang: str | None = None
    source: str = ""  # path (and line for JSONL) it came from
    sha256: str = ""
    conllu: str | None = None  # already parsed (CoNLL-U input): no Stanza needed
    outlet: str = ""  # the publishing site's domain ("reuters.com"); from ``url`` when not given

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = content_hash(self.title + "\n" + self.text)
        if not self.outlet and self.url:
            self.outlet = outlet_of(self.url)

    @property
    def id(self) -> str:
        return self.sha256[:16]


@dataclass
class Triple:
    """One relation instance extracted from one sentence.

    ``subject``/``object`` are actor ids (local names in the ``act:`` namespace,
    e.g. ``vladimir_putin``); ``relation`` is the ontology term's local name
    (``talks_with``).
    """

    subject: str
    relation: str
    object: str
    factuality: str = "asserted"
    confidence: float = 0.5
    pattern: str = ""
    sentence: str = ""
    sentence_index: int = 0
    char_start: int = 0
    char_end: int = 0
    date: dt.date | None = None
    source: str | None = None  # actor id of the speaker for reported claims
    quantities: dict[str, str] = field(default_factory=dict)
    cameo: str = ""  # the full CAMEO event code ("042", "0231"); "" when not coded
    subject_agent: str = ""  # the subject state's agent ("COP": its police), "" for the state
    object_agent: str = ""

    def key(self) -> tuple[str, str, str, str, int]:
        return (self.subject, self.relation, self.object, self.factuality, self.sentence_index)
