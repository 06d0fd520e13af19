"""Web pages → :class:`kg.records.Article`: the main text, headline, publication date and URL
of a saved page, found by trafilatura (navigation, ads, related links, cookie banners and
footers left out); the language from ``<html lang>`` or the page's metadata. Also the text of
an HTML fragment (a feed entry's content)."""

from __future__ import annotations

import codecs
import re
from copy import deepcopy
from functools import cache
from html.parser import HTMLParser

from kg.errors import InputError
from kg.read.base import BOMS, Warn, compose, date_from, decode, language_code
from kg.records import Article

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_LANG = re.compile(r"""<html\b[^>]*?\s(?:xml:)?lang\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)
_META_LANG = re.compile(
    r"""<meta\b(?=[^>]*(?:http-equiv\s*=\s*["']?content-language|(?:property|name)\s*=\s*["']?"""
    r"""(?:og:locale|language|dc\.language)["'\s>]))[^>]*content\s*=\s*["']?\s*([A-Za-z0-9_-]+)""",
    re.I,
)
#: fewer words than this besides the headline is no article (a menu, a "Home" link)
MIN_WORDS = 8

# trafilatura: main text only, no comments or tables; the date only from the page's own markup
# (meta tags, <time>, JSON-LD, the URL), never a date that merely appears in the text
_OPTIONS = dict(
    include_comments=False,
    include_tables=False,
    include_images=False,
    include_links=False,
    with_metadata=True,
    date_extraction_params={"extensive_search": False, "original_date": True},
)


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, when it names a known codec."""
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type or "", re.I)
    return _codec(m.group(1)) if m else None


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def decode_html(data: bytes, source: str, charset: str | None = None, warn: Warn | None = None):
    """A page's text: its byte-order mark, else the charset the server (``charset``) or the
    page (``<meta charset>``) declares, else UTF-8 then cp1252 (:func:`kg.read.base.decode`)."""
    if not any(data.startswith(bom) for bom, _ in BOMS):
        m = _META_CHARSET.search(data[:4096])
        declared = charset or (_codec(m.group(1).decode("ascii")) if m else None)
        if declared and declared not in ("utf-16", "utf-32"):  # a page in UTF-16 has a BOM
            return data.decode(declared, errors="replace")
    return decode(data, source, warn)


def page_language(html: str) -> str | None:
    """The language the page declares: ``<html lang>``, else a content-language meta tag."""
    head = html[:20000]
    for pattern in (_HTML_LANG, _META_LANG):
        m = pattern.search(head)
        if m and language_code(m.group(1)):
            return language_code(m.group(1))
    return None


@cache
def _config():
    """trafilatura's settings, but a news brief of two sentences is an article: below 250
    characters trafilatura would swap its main pass's result for a cruder one that keeps the
    byline and the share links."""
    from trafilatura.settings import DEFAULT_CONFIG

    config = deepcopy(DEFAULT_CONFIG)
    config["DEFAULT"]["MIN_EXTRACTED_SIZE"] = "50"
    return config


def read_html(
    data: bytes | str,
    source: str,
    *,
    url: str = "",
    charset: str | None = None,
    warn: Warn | None = None,
) -> Article:
    """The article of one web page. ``url`` (the address it was fetched from, as a WARC
    record gives it) wins over the page's own canonical URL. :class:`InputError` when the
    page has no main text."""
    import trafilatura

    html = data if isinstance(data, str) else decode_html(data, source, charset, warn)
    if not html.strip():
        raise InputError(f"{source}: empty page (no HTML); nothing to build")
    try:
        # "fast" skips trafilatura's second opinions (readability, jusText), which cost
        # about as much again; they are asked only when the first pass finds no text
        doc = trafilatura.bare_extraction(
            html, url=url or None, fast=True, config=_config(), **_OPTIONS
        )
        if doc is None or not (doc.text or "").strip():
            doc = trafilatura.bare_extraction(html, url=url or None, config=_config(), **_OPTIONS)
    except Exception as exc:  # lxml and trafilatura on markup they cannot read: one page lost
        raise InputError(f"{source}: unreadable HTML ({type(exc).__name__})") from None
    if doc is None or not (doc.text or "").strip():
        raise InputError(
            f"{source}: no main text found in the page (navigation, links or a form only?)"
        )
    paragraphs = [line for line in doc.text.split("\n") if line.strip()]
    title = " ".join((doc.title or "").split())
    words = sum(len(p.split()) for p in paragraphs if " ".join(p.split()) != title)
    if words < MIN_WORDS:
        raise InputError(
            f"{source}: no main text found in the page ({words} word(s) besides the headline: "
            "navigation, links or a form only?)"
        )
    if not title:
        title = paragraphs[0][:200]
    return Article(
        text=compose(title, paragraphs),
        title=title,
        url=url or (doc.url or ""),
        date=date_from(doc.date),
        lang=page_language(html),
        source=source,
    )


_BLOCKS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "tr", "table", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt",
    "hr",
})  # fmt: skip
_HIDDEN = frozenset({"script", "style", "template", "noscript", "iframe", "object"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def fragment_paragraphs(fragment: str) -> list[str]:
    """The paragraphs of an HTML fragment (a feed entry's content): block elements break
    paragraphs, scripts and styles are dropped, entities decoded.

    >>> fragment_paragraphs("<p>Putin met <b>Xi</b>.</p><p>Trade &amp; energy</p>")
    ['Putin met Xi.', 'Trade & energy']
    """
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]
