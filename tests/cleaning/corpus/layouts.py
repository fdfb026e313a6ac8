"""Site layouts for the labelled set, each modelled on a family of real news sites.

A layout turns an article (see ``articles_*``) and its language's furniture (``chrome.CHROME``)
into the page's blocks in reading order, each tagged with the part of the page it sits in and
whether it is article text. :mod:`corpus.render` prints the blocks as HTML and as text dumps.
Every site, person and event named is invented.
"""

from __future__ import annotations

from dataclasses import dataclass

AGENCY = "Newswire"
_CITIES = {"en": "LONDON", "fr": "PARIS", "de": "BERLIN", "es": "MADRID", "pt": "RECIFE", "it": "ROMA",
           "tr": "ISTANBUL"}


@dataclass(frozen=True)
class Piece:
    zone: str  # header, nav, before, article, after, aside, footer
    text: str
    tag: str = "p"
    role: str = "chrome"  # "body" and "heading" are the article; everything else is furniture


def body(article: dict, inline: dict[int, list[Piece]] | None = None) -> list[Piece]:
    """The article's paragraphs and subheadings, with furniture pieces after given paragraphs."""
    out = []
    for i, block in enumerate(article["body"]):
        if block.startswith("## "):
            out.append(Piece("article", block[3:], "h2", "heading"))
        else:
            out.append(Piece("article", block, "p", "body"))
        out += (inline or {}).get(i, [])
    return out


def head(article: dict, *, standfirst: bool = True, date_first: bool = False) -> list[Piece]:
    meta = [Piece("article", article["date"], "time"), Piece("article", article["byline"], "span")]
    out = [Piece("article", article["title"], "h1")]
    if standfirst and article.get("standfirst"):
        out.append(Piece("article", article["standfirst"], "p"))
    return out + (meta if date_first else meta[::-1])


def chrome(zone: str, texts, tag: str = "li") -> list[Piece]:
    return [Piece(zone, text, tag) for text in texts]


def teasers(zone: str, c: dict, *, summaries: bool = True) -> list[Piece]:
    out = []
    for title, summary in c["teasers"]:
        out.append(Piece(zone, title, "h3"))
        if summaries:
            out.append(Piece(zone, summary, "p"))
    return out


def national_paper(a: dict, c: dict) -> list[Piece]:
    """A national daily: mega-menu with sub-sections, subscription prompts, a paywall nudge mid-article."""
    mega = [f"{section} {sub}" for section in c["nav"][1:5] for sub in ("", "›")]
    offer = {"en": "Subscribe for £1 a week. Cancel anytime.", "fr": "Abonnez-vous pour 1 € par mois"}.get(a["lang"], c["subscribe"])
    paywall = {"en": "You have read 3 of 5 free articles this month. Subscribe to keep reading."}.get(a["lang"], c["subscribe"])
    return [*chrome("header", [c["signin"], offer, "Menu"], "a"), *chrome("nav", c["nav"]), *chrome("nav", mega),
            *head(a), *chrome("article", c["share"], "a"),
            *body(a, {1: [Piece("article", paywall, "div")], 3: [Piece("article", c["advert"], "div")]}),
            Piece("article", f"{c['tags']} {', '.join(c['nav'][2:4])}"), Piece("aside", c["most_read"], "h2"),
            *teasers("aside", c, summaries=False), *chrome("footer", c["footer"]),
            Piece("footer", f"© 2024 The {_site(a)}. {c['rights']}")]


def local_tv(a: dict, c: dict) -> list[Piece]:
    """A local television station: weather and traffic widgets, live-stream buttons, closings."""
    traffic = ["Traffic", "I-94 W at Exit 12: crash, right lane blocked", "Delay: 15 min"] if a["lang"] == "en" else []
    return [*chrome("header", ["Watch live", "Listen live"], "a"), *chrome("header", c["weather"], "span"),
            *chrome("header", traffic, "span"), *chrome("nav", c["nav"]), c_ad(c, "before"),
            *head(a, standfirst=False, date_first=True),
            *body(a, {0: [Piece("article", a["title"], "figcaption"), Piece("article", "Newsphoto / Station file", "span")]}),
            Piece("after", c["related"], "h2"), *teasers("after", c),
            *chrome("aside", [c["table_title"], *c["table"]], "div"), *chrome("footer", c["footer"])]


def c_ad(c: dict, zone: str) -> Piece:
    return Piece(zone, c["advert"], "div")


def wire_service(a: dict, c: dict) -> list[Piece]:
    """A news agency's site: sparse chrome, an agency dateline, editing credits, a standards link."""
    first, *rest = a["body"]
    dated = dict(a, body=[f"{_CITIES.get(a['lang'], 'GENEVA')} ({AGENCY}) - {first}", *rest])
    return [*chrome("nav", c["nav"][:5]), *head(dated, standfirst=False, date_first=True), *body(dated),
            Piece("article", f"Reporting by {a['byline'].removeprefix('By ')}; editing by Ken Ortiz"),
            Piece("article", f"Our standards: the {AGENCY} trust principles."),
            Piece("after", c["related"], "h2"), *teasers("after", c, summaries=False),
            *chrome("footer", c["footer"]), Piece("footer", f"© 2024 {AGENCY}. {c['rights']}")]


def state_media(a: dict, c: dict) -> list[Piece]:
    """State media: registration wall, short-URL and view counters, data tables, channel prompts."""
    return [Piece("header", c["signin"], "a"), Piece("header", c["subscribe"], "a"), *chrome("nav", c["nav"]),
            Piece("before", c["table_title"], "h3"), *chrome("before", c["table"], "div"),
            *head(a, standfirst=False), Piece("article", "Get short URL", "a"), Piece("article", "14502", "span"),
            *body(a, {1: [Piece("article", f"{c['read_also']} {c['teasers'][1][0]}", "p")]}),
            Piece("after", c["follow"], "p"), *chrome("after", c["share"], "a"),
            Piece("after", c["comments"], "h2"), Piece("after", c["signin"], "a"),
            *chrome("footer", c["footer"]), Piece("footer", f"© {_site(a)} 2024")]


def content_farm(a: dict, c: dict) -> list[Piece]:
    """A content farm: adverts and "read also" lines between every other paragraph, sponsored teasers."""
    inline = {i: [c_ad(c, "article")] if i % 2 else [Piece("article", f"{c['read_also']} {c['teasers'][i % len(c['teasers'])][0]}")]
              for i in range(len(a["body"]) - 1)}
    return [*chrome("nav", c["nav"]), *head(a), *body(a, inline), Piece("after", "Sponsored", "h2"),
            *teasers("after", c), Piece("after", c["most_read"], "h2"), *teasers("after", c, summaries=False),
            *chrome("footer", c["footer"])]


def live_blog(a: dict, c: dict) -> list[Piece]:
    """A live page: a LIVE badge, key events, entries under time stamps, 'load more'."""
    entries, minute = [], 50
    for block in a["body"]:
        if block.startswith("## "):
            entries.append(Piece("article", block[3:], "time" if a.get("live") else "h2",
                                 "chrome" if a.get("live") else "heading"))
            continue
        if not a.get("live"):
            minute -= 6
            entries.append(Piece("article", f"14:{minute:02d}", "time"))
        entries.append(Piece("article", block, "p", "body"))
    return [*chrome("nav", c["nav"]), Piece("before", "LIVE", "span"), *head(a, standfirst=False),
            *chrome("article", c["share"], "a"), *entries, Piece("after", "Load more updates", "button"),
            Piece("aside", c["related"], "h2"), *teasers("aside", c, summaries=False), *chrome("footer", c["footer"])]


def magazine(a: dict, c: dict) -> list[Piece]:
    """A magazine feature: long captions with credits, a pull quote repeating the text, an issue note."""
    quote = _pull_quote(a)
    caption = f"{a['standfirst'] or a['title']} The photograph was taken for this article in the autumn."
    inline = {0: [Piece("article", caption, "figcaption"), Piece("article", f"Photograph: Lee Park for {_site(a)}", "span")],
              2: [Piece("article", quote, "blockquote")]}
    return [*chrome("nav", c["nav"][:6]), Piece("header", c["subscribe"], "a"), *head(a), *body(a, inline),
            Piece("article", f"This article appeared in the print edition under the headline \"{a['title']}\"."),
            Piece("after", c["subscribe"], "h3"), Piece("aside", c["related"], "h2"), *teasers("aside", c),
            *chrome("footer", c["footer"])]


def aggregator(a: dict, c: dict) -> list[Piece]:
    """A portal that re-hosts partners' stories: provider line, cards between paragraphs, 'more for you'."""
    cards = {i: [Piece("article", c["teasers"][i % len(c["teasers"])][0], "h3")] for i in (1, 3) if i < len(a["body"]) - 1}
    return [*chrome("nav", c["nav"]), Piece("header", c["signin"], "a"), Piece("article", f"Provided by {_site(a)}", "span"),
            *head(a, standfirst=False), *body(a, cards), Piece("after", c["related"], "h2"), *teasers("after", c),
            *chrome("footer", c["footer"]), Piece("footer", f"© 2024 {_site(a)}")]


def short_on_long(a: dict, c: dict) -> list[Piece]:
    """A short story on a long page: two paragraphs among dozens of teasers with summaries."""
    many = [p for _ in range(3) for p in teasers("aside", c)]
    return [*chrome("nav", c["nav"]), *chrome("nav", c["nav"][::-1]), *head(a, standfirst=False), *body(a),
            Piece("after", c["related"], "h2"), *many, Piece("after", c["most_read"], "h2"),
            *teasers("after", c, summaries=False), *chrome("footer", c["footer"])]


def with_comments(a: dict, c: dict) -> list[Piece]:
    """An article followed by comment rules and a long comment thread (comments are prose too)."""
    rules = [Piece("after", _RULES[a["lang"]])] if a["lang"] in _RULES else []
    thread = [Piece("after", f"{len(c['commenters']) * 2} {c['comments']}", "h2"), *rules]
    for name, when, text in c["commenters"] * 2:
        thread += [Piece("after", name, "b"), Piece("after", when, "time"), Piece("after", text), Piece("after", c["reply"], "a")]
    return [*chrome("nav", c["nav"]), *head(a), *body(a), *chrome("after", c["share"], "a"), *thread,
            *chrome("footer", c["footer"])]


def rtl_portal(a: dict, c: dict) -> list[Piece]:
    """A right-to-left or non-Latin portal: dense menus, 'read also' boxes, most-read lists."""
    return [*chrome("nav", c["nav"]), Piece("nav", c["signin"], "a"), *head(a), *chrome("article", c["share"], "a"),
            *body(a, {1: [Piece("article", f"{c['read_also']} {c['teasers'][0][0]}")]}),
            Piece("aside", c["most_read"], "h2"), *[Piece("aside", f"{n}. {t}", "li") for n, (t, _) in enumerate(c["teasers"], 1)],
            *chrome("footer", c["footer"]), Piece("footer", f"© 2024 {_site(a)}. {c['rights']}")]


_RULES = {"en": "Comments are moderated. Please read our community guidelines before posting: no personal attacks, "
                "no spam, and stay on topic. Comments that break the rules will be removed."}


def _pull_quote(a: dict) -> str:
    quoted = next((b for b in a["body"] if "\"" in b or "«" in b or "“" in b), a["body"][0])
    return quoted.split(". ")[0].strip().rstrip(".") + "."


def _site(article: dict) -> str:
    return article["host"].removeprefix("www.").removeprefix("news.").split(".")[0].replace("-", " ").title()


LAYOUTS = (national_paper, local_tv, wire_service, state_media, content_farm, live_blog, magazine, aggregator,
           short_on_long, with_comments, rtl_portal)
