"""Build the labelled set's generated pages: each article of ``corpus/`` set in a site layout,
as a whole-page text dump and as an HTML page, beside its gold body.

The gold body is the article as written (headings marked ``## ``; live-blog time stamps are not
body). Run after editing the corpus, then re-measure and record the floors::

    python tests/cleaning/make_labelled.py
"""

from __future__ import annotations

import html
import json
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus.articles_en import ARTICLES as EN  # noqa: E402
from corpus.articles_world import ARTICLES as WORLD  # noqa: E402
from corpus.articles_long import ARTICLES as LONG  # noqa: E402
from corpus.chrome import CHROME  # noqa: E402
from corpus import layouts, render  # noqa: E402

OUT = Path(__file__).resolve().parent / "labelled"
AGENCY_CREDIT = "© {agency} / {name}"


def gold(article: dict) -> list[str]:
    if article.get("live"):
        return [b for b in article["body"] if not b.startswith("## ")]
    return list(article["body"])


def body_lines(article: dict, c: dict, *, furniture: bool) -> list[str]:
    """The body as printed: paragraphs, with captions, credits, adverts and a 'read also' among them."""
    out = []
    for i, block in enumerate(article["body"]):
        out.append(block[3:] if block.startswith("## ") else block)
        if not furniture:
            continue
        if i == 0:
            out += [article["title"], article["title"], AGENCY_CREDIT.format(agency="Newsphoto", name="Lee Park")]
        if i == 1:
            out.append(c["advert"])
        if i == 2 and len(article["body"]) > 4:
            out.append(f"{c['read_also']} {c['teasers'][0][0]}")
    return out


def meta_lines(article: dict) -> list[str]:
    lines = [article["title"]]
    if article.get("standfirst"):
        lines.append(article["standfirst"])
    return lines + [article["byline"], article["date"]]


def portal(article: dict, c: dict) -> list[str]:
    teasers = [line for t in c["teasers"] for line in t]
    return [*c["nav"], c["signin"], f"{c['home']} › {c['nav'][1]} › {article['title']}", "",
            *meta_lines(article), *c["share"], "", *body_lines(article, c, furniture=True), "",
            c["tags"] + " " + ", ".join(c["nav"][2:4]), c["related"], *teasers, c["subscribe"], *c["footer"],
            f"© 2024 {_site(article)}. {c['rights']}"]


def cookie_wall(article: dict, c: dict) -> list[str]:
    comments = [f"{len(c['commenters'])} {c['comments']}"]
    for name, when, text in c["commenters"]:
        comments += [name, when, text, c["reply"]]
    return [*c["cookie"], *c["cookie_buttons"], *c["nav"], "", *meta_lines(article), "",
            *body_lines(article, c, furniture=False), "", c["follow"], *c["share"], *comments, *c["footer"]]


def widgets(article: dict, c: dict) -> list[str]:
    return [*c["weather"], c["table_title"], *c["table"], *c["nav"], c["advert"], *meta_lines(article), "",
            *body_lines(article, c, furniture=True), "", c["most_read"],
            *[f"{n}. {t[0]}" for n, t in enumerate(c["teasers"], 1)], *c["weather"], *c["footer"],
            f"© {_site(article)} 2024"]


def wrapped(article: dict, c: dict) -> list[str]:
    lines = [*(f"  * {item}" for item in c["nav"]), "", f"# {article['title']}", ""]
    lines += [x for m in meta_lines(article)[1:] for x in (m, "")]
    for block in body_lines(article, c, furniture=False):
        lines += [*textwrap.wrap(block, 72), ""]
    lines += [f"## {c['related']}", "", *(f"  * {t[0]}" for t in c["teasers"]), "", *c["footer"]]
    return lines


TEXT_LAYOUTS = (portal, cookie_wall, widgets, wrapped)


def html_page(article: dict, c: dict, variant: int) -> str:
    e = html.escape
    nav = "".join(f'<li><a href="/{i}">{e(x)}</a></li>' for i, x in enumerate(c["nav"]))
    paragraphs = []
    for i, block in enumerate(article["body"]):
        paragraphs.append(f"<h2>{e(block[3:])}</h2>" if block.startswith("## ") else f"<p>{e(block)}</p>")
        if i == 0 and variant != 1:
            paragraphs.append(f'<figure><img src="/p.jpg" alt="{e(article["title"])}"><figcaption>{e(article["title"])}'
                              f' <span class="credit">{e(AGENCY_CREDIT.format(agency="Newsphoto", name="Lee Park"))}</span>'
                              "</figcaption></figure>")
        if i == 1:
            paragraphs.append(f'<div class="ad"><span>{e(c["advert"])}</span></div>')
        if i == 2 and variant == 2:
            paragraphs.append(f'<p class="readmore"><strong>{e(c["read_also"])}</strong> '
                              f'<a href="/x">{e(c["teasers"][0][0])}</a></p>')
    teasers = "".join(f'<li><a href="/t{i}"><h3>{e(t)}</h3><p>{e(s)}</p></a></li>' for i, (t, s) in enumerate(c["teasers"]))
    comments = "".join(f'<div class="comment"><b>{e(n)}</b> <time>{e(w)}</time><p>{e(t)}</p><a>{e(c["reply"])}</a></div>'
                       for n, w, t in c["commenters"])
    standfirst = f'<p class="standfirst">{e(article["standfirst"])}</p>' if article.get("standfirst") else ""
    jsonld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": article["title"],
                         "author": {"@type": "Person", "name": article["byline"]}}, ensure_ascii=False)
    rtl = ' dir="rtl"' if article["lang"] in ("ar", "fa") else ""
    return f"""<!DOCTYPE html>
<html lang="{article['lang']}"{rtl}>
<head><meta charset="utf-8"><title>{e(article['title'])} | {e(_site(article))}</title>
<link rel="canonical" href="https://{article['host']}/{article['key']}">
<meta property="og:site_name" content="{e(_site(article))}">
<script type="application/ld+json">{jsonld}</script></head>
<body>
<div id="cookie-banner"><p>{e(' '.join(c['cookie']))}</p><button>{e(c['cookie_buttons'][0])}</button></div>
<header><a href="/">{e(_site(article))}</a><nav><ul>{nav}</ul></nav><a href="/login">{e(c['signin'])}</a></header>
<main><article>
<h1>{e(article['title'])}</h1>{standfirst}
<div class="byline"><span>{e(article['byline'])}</span> <time>{e(article['date'])}</time></div>
<div class="share">{''.join(f'<a>{e(s)}</a>' for s in c['share'])}</div>
<div class="body">{''.join(paragraphs)}</div>
<p class="tags">{e(c['tags'])} {e(', '.join(c['nav'][2:4]))}</p>
</article>
<aside><h2>{e(c['related'])}</h2><ul>{teasers}</ul></aside>
<section class="comments"><h2>{e(c['comments'])}</h2>{comments}</section>
</main>
<footer><ul>{''.join(f'<li>{e(x)}</li>' for x in c['footer'])}</ul><p>© 2024 {e(_site(article))}. {e(c['rights'])}</p></footer>
</body></html>
"""


def _site(article: dict) -> str:
    return article["host"].removeprefix("www.").removeprefix("news.").split(".")[0].replace("-", " ").title()


def expected_meta(article: dict) -> dict:
    return {"title": article["title"], "language": article["lang"]}


def write(name: str, suffix: str, page: str, article: dict) -> None:
    (OUT / f"{name}{suffix}").write_text(page, encoding="utf-8")
    (OUT / f"{name}.gold.md").write_text("\n\n".join(gold(article)) + "\n", encoding="utf-8")
    (OUT / f"{name}.meta.json").write_text(json.dumps(expected_meta(article), ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")


# Which articles each site layout prints: languages that family of sites publishes in, long and short.
SITE_PAGES = {
    "national_paper": ("river-dredging", "harbour-strike", "tramway-lyon", "solarpark"),
    "local_tv": ("library-reopens", "bridge-closure", "incendio-sierra", "chuvas-recife"),
    "wire_service": ("vaccine-trial", "museum-theft", "retraites-greve", "kopru"),
    "state_media": ("river-dredging", "most-moskva", "bibliotek-pozhar", "sud-jadid"),
    "content_farm": ("chess-prodigy", "drought-farmers", "metro-santiago", "vendemmia"),
    "live_blog": ("election-live", "drought-farmers", "harbour-strike", "incendio-sierra"),
    "magazine": ("heat-pump-grants", "chess-prodigy", "library-reopens", "tramway-lyon"),
    "aggregator": ("vaccine-trial", "solarpark", "chuvas-recife", "river-dredging"),
    "short_on_long": ("bridge-closure", "bahnstreik", "kopru", "retraites-greve"),
    "with_comments": ("heat-pump-grants", "museum-theft", "solarpark", "election-live"),
    "rtl_portal": ("sud-jadid", "mina-jadid", "ketabkhane", "gaotie", "bibliotek-pozhar"),
}
# The three shapes of text dump, taken in turn: a browser's innerText, a select-all copy, a terminal browser.
DUMP_STYLES = ("innertext", "copy", "wrapped")


def write_site_pages() -> None:
    """Every article of :data:`SITE_PAGES` in its layout, as a text dump and as HTML."""
    by_key = {a["key"]: a for a in [*EN, *WORLD, *LONG]}
    n = 0
    for layout in layouts.LAYOUTS:
        for key in SITE_PAGES[layout.__name__]:
            article = by_key[key]
            pieces = layout(article, CHROME[article["lang"]])
            name = f"site-{layout.__name__}-{article['lang']}-{key}"
            meta = json.dumps(expected_meta(article), ensure_ascii=False, indent=1) + "\n"
            for suffix, page in ((".txt", render.as_text(pieces, DUMP_STYLES[n % len(DUMP_STYLES)])),
                                 (".html", render.as_html(pieces, article, layouts._site(article), layout.__name__))):
                (OUT / f"{name}-{suffix[1:]}{suffix}").write_text(page, encoding="utf-8")
                (OUT / f"{name}-{suffix[1:]}.gold.md").write_text(render.gold(pieces), encoding="utf-8")
                (OUT / f"{name}-{suffix[1:]}.meta.json").write_text(meta, encoding="utf-8")
            n += 1


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write_site_pages()
    for i, article in enumerate([*EN, *WORLD]):
        c = CHROME[article["lang"]]
        layout = TEXT_LAYOUTS[i % len(TEXT_LAYOUTS)]
        write(f"gen-{article['lang']}-{article['key']}-{layout.__name__}", ".txt", "\n".join(layout(article, c)) + "\n",
              article)
        write(f"gen-{article['lang']}-{article['key']}-page", ".html", html_page(article, c, i % 3), article)


if __name__ == "__main__":
    main()
