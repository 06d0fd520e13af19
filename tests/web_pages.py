"""Web inputs made here (no network): articles rendered as news pages with real-looking
furniture (cookie banner, navigation, ads, byline, share links, related stories, footer),
WARC files of them (warcio's WARCWriter), RSS and Atom feeds, news-please JSON. Used by
tests/test_read_web.py and bench/warc_bench.py."""

from __future__ import annotations

import datetime as dt
import html
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

#: what a page's furniture says: none of it may reach an article's text
FURNITURE = (
    "We use cookies",
    "Accept all cookies",
    "Subscribe now",
    "Advertisement",
    "Refinance today",
    "Sponsored",
    "weird trick",
    "Related stories",
    "Heatwave grips",
    "weeknight dinner",
    "All rights reserved",
    "Privacy policy",
    "Share on Facebook",
    "Most read",
    "Sign up for our newsletter",
)


@dataclass
class Page:
    title: str
    paragraphs: list[str]
    url: str
    date: dt.date | None
    lang: str = "en"
    outlet: str = "The Daily Example"


def text_of(page: Page) -> str:
    """The article as a .txt file holds it (headline, blank line, paragraphs)."""
    return "\n\n".join([page.title, *page.paragraphs])


def page_of_text(text: str, url: str, date: dt.date | None, lang: str = "en") -> Page:
    title, _, body = text.strip().partition("\n")
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return Page(title.strip(), paras, url, date, lang)


def render(page: Page) -> str:
    """A news page as publishers serve it: the article among its site's furniture."""
    e = html.escape
    when = page.date.isoformat() if page.date else ""
    meta_date = (
        f'<meta property="article:published_time" content="{when}T08:30:00+00:00">\n'
        if page.date
        else ""
    )
    byline = f' · <time datetime="{when}">{when}</time>' if page.date else ""
    body = "\n".join(f"<p>{e(p)}</p>" for p in page.paragraphs)
    site = e(page.outlet)
    return f"""<!DOCTYPE html>
<html lang="{page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(page.title)} | {site}</title>
<meta property="og:title" content="{e(page.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{e(page.url)}">
{meta_date}<link rel="canonical" href="{e(page.url)}">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<style>.main-nav{{display:flex}} .ad{{border:1px solid #ccc}}</style>
</head>
<body>
<div id="cookie-banner" class="cookie-consent" role="dialog"><p>We use cookies to improve your experience and to show you personalised advertising. By continuing to browse you agree to our use of cookies.</p><button>Accept all cookies</button> <button>Manage preferences</button></div>
<header class="site-header"><a href="/" class="logo">{site}</a>
<nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe now for unlimited access</a></li></ul></nav></header>
<div class="ad ad-leaderboard"><span>Advertisement</span><p>Refinance today: mortgage rates have never been lower. Click here to compare offers from over forty lenders.</p></div>
<main>
<article class="story">
<h1 class="headline">{e(page.title)}</h1>
<div class="byline">By Staff Reporter{byline}</div>
<div class="story-body">
{body}
</div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email this story</a></div>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/world/1">Markets rally as investors weigh central bank signals</a></li>
<li><a href="/world/2">Heatwave grips southern Europe for a second week</a></li>
<li><a href="/life/3">Ten recipes for a quick weeknight dinner</a></li></ul></aside>
<aside class="most-read"><h2>Most read</h2><ol><li><a href="/a">Five things to know this morning</a></li><li><a href="/b">The week in pictures</a></li></ol></aside>
<div class="ad ad-sidebar"><span>Sponsored</span><p>This one weird trick will cut your electricity bill in half, experts say.</p></div>
</main>
<div class="newsletter"><p>Sign up for our newsletter: the day's top stories in your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></div>
<footer class="site-footer"><p>© 2024 {site}. All rights reserved.</p><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/contact">Contact us</a></li></ul></footer>
</body>
</html>
"""


def write_warc(
    path: Path,
    pages: Iterable[tuple[str, bytes | str]],
    *,
    gzip: bool = True,
    crawled: str = "2024-12-01T10:00:00Z",
    extra: bool = True,
) -> Path:
    """A WARC of ``(url, html)`` responses, each after its request record; with ``extra``,
    a warcinfo record first and, among the pages, a redirect and an image (not articles)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        if extra:
            writer.write_record(
                writer.create_warcinfo_record(path.name, {"software": "kg tests", "format": "WARC"})
            )

        def response(url: str, status: str, ctype: str, body: bytes, **headers: str) -> None:
            http = StatusAndHeaders(
                status,
                [("Content-Type", ctype), *headers.items()],
                protocol="HTTP/1.1",
            )
            req = StatusAndHeaders(
                f"GET {url} HTTP/1.1", [("User-Agent", "kg")], is_http_request=True
            )
            date = {"WARC-Date": crawled}
            writer.write_record(
                writer.create_warc_record(url, "request", http_headers=req, warc_headers_dict=date)
            )
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=http,
                    warc_headers_dict=date,
                )
            )

        for n, (url, page) in enumerate(pages):
            body = page.encode("utf-8") if isinstance(page, str) else page
            response(url, "200 OK", "text/html; charset=utf-8", body)
            if extra and n == 0:
                response(url + "?amp", "301 Moved Permanently", "text/html", b"", Location=url)
                response(url + ".png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64))
    return path


def rss(
    items: list[Page], *, lang: str = "en-us", link: str = "https://www.example-news.com/"
) -> str:
    e = html.escape
    parts = []
    for p in items:
        when = p.date.strftime("%a, %d %b %Y 08:30:00 +0700") if p.date else ""
        content = "".join(f"<p>{e(x)}</p>" for x in p.paragraphs)
        parts.append(
            f"<item><title>{e(p.title)}</title><link>{e(p.url)}</link>"
            + (f"<pubDate>{when}</pubDate>" if when else "")
            + f"<description>{e(p.paragraphs[0][:80] if p.paragraphs else '')}</description>"
            + (f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else "")
            + "</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Example News</title><link>{link}</link><language>{lang}</language>"
        + "".join(parts)
        + "</channel></rss>\n"
    )


def atom(items: list[Page], *, lang: str = "id") -> str:
    e = html.escape
    parts = []
    for p in items:
        content = e("".join(f"<p>{html.escape(x)}</p>" for x in p.paragraphs))
        when = f"{p.date.isoformat()}T07:00:00+07:00" if p.date else "2024-01-01T00:00:00Z"
        parts.append(
            f'<entry><title>{e(p.title)}</title><link href="{e(p.url)}"/><id>{e(p.url)}</id>'
            f"<updated>{when}</updated><published>{when}</published>"
            f'<content type="html">{content}</content></entry>'
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}"><title>Berita</title>'
        "<id>urn:kg:test</id><updated>2024-01-01T00:00:00Z</updated>" + "".join(parts) + "</feed>\n"
    )


def newsplease(page: Page, domain: str = "www.example-news.com") -> str:
    """A news-please record as news-please writes it (one JSON object, indented)."""
    return json.dumps(
        {
            "authors": ["Staff Reporter"],
            "date_download": "2024-12-01 10:00:00",
            "date_modify": None,
            "date_publish": f"{page.date.isoformat()} 08:30:00" if page.date else None,
            "description": page.paragraphs[0][:100],
            "filename": "x.json",
            "image_url": None,
            "language": page.lang,
            "localpath": None,
            "maintext": "\n".join(page.paragraphs),
            "source_domain": domain,
            "title": page.title,
            "title_page": None,
            "title_rss": None,
            "url": page.url,
        },
        indent=4,
        ensure_ascii=False,
    )
