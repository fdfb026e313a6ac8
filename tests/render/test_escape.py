"""Untrusted text goes through the site's real Markdown pipeline and comes out as exactly that text."""

from __future__ import annotations

import re
from functools import cache
from html.parser import HTMLParser

import markdown
from hypothesis import example, given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config

from generator.render import derivation, escape, front_matter
from generator.structure.comparison import Comparison, DerivationPair
from tests.conftest import REPO

# Text as articles and editors produce it: any printable character, Markdown and HTML syntax likely.
SYNTAX = st.sampled_from(list("\\`*_{}[]()#+-.!|~^=:<>&\"'/@$%;") + ["javascript:", "](", "{:", "<script>", "&#x3c;",
                                                                  "\n", "  ", "1.", "---", "==", "```", "\u202e"])
TEXT = st.lists(st.one_of(st.text(min_size=1, max_size=8), SYNTAX), max_size=30).map("".join)


@cache
def _markdown() -> markdown.Markdown:
    # Only the Markdown settings matter here; docs_dir need not be generated yet.
    config = load_config(str(REPO / "mkdocs.yml"), docs_dir=str(REPO / "templates"))
    return markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"])


def render(source: str) -> str:
    md = _markdown()
    md.reset()
    return md.convert(source)


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data):
        self.text.append(data)


def parse(fragment: str) -> _Elements:
    parser = _Elements()
    parser.feed(fragment)
    parser.close()
    return parser


def expected(text: str) -> str:
    return re.sub(r"\s+", " ", escape.strip_controls(text)).strip()


KNOWN_TRICKS = [
    "x {: onclick=alert(1) }", "[a](javascript:alert(1))", "![i](x.png)", "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>", "`code`", "*em* __strong__", "~~del~~ ^^ins^^ ==mark==", "a | b",
    "[a]: http://x", "<http://x>", "&lt;b&gt;", "\\*", "1. one", "# h", "- li", "> q", "x\n===",
]


@settings(max_examples=300, deadline=None)
@given(TEXT)
@example(KNOWN_TRICKS[0])
@example(" ".join(KNOWN_TRICKS))
def test_inline_text_renders_as_itself_and_nothing_else(text):
    result = parse(render("Before " + escape.md_inline(text) + " after"))
    assert result.tags == ["p"] and result.attrs == []
    assert re.sub(r"\s+", " ", "".join(result.text)).strip() == expected("Before " + text + " after")


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_text_at_the_start_of_a_line_stays_a_paragraph(text):
    if not expected(text):
        return
    for trick in KNOWN_TRICKS:
        _assert_plain_paragraph(trick)
    _assert_plain_paragraph(text)


def _assert_plain_paragraph(text):
    result = parse(render(escape.md_inline(text)))
    assert result.tags == ["p"] and result.attrs == []
    assert re.sub(r"\s+", " ", "".join(result.text)).strip() == expected(text)


@settings(max_examples=200, deadline=None)
@given(TEXT, TEXT)
def test_table_cells_hold_their_text(first, second):
    source = f"| A | B |\n|---|---|\n| x{escape.md_inline(first)} | y{escape.md_inline(second)} |\n"
    result = parse(render(source))
    assert set(result.tags) == {"table", "thead", "tbody", "tr", "th", "td"} and result.attrs == []
    cells = "".join(result.text)
    assert expected("x" + first) in re.sub(r"\s+", " ", cells) and expected("y" + second) in re.sub(r"\s+", " ", cells)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_raw_html_text_is_inert(text):
    result = parse(render(f'<div class="article-body">\n<p>{escape.html_text(text)}</p>\n</div>'))
    assert result.tags == ["div", "p"]
    assert "".join(result.text).strip() == expected(text)


@given(TEXT)
def test_attribute_text_cannot_break_out(text):
    result = parse(f'<a title="{escape.attr(text)}">x</a>')
    assert result.tags == ["a"] and result.attrs == [("title", expected(text))]


def test_only_web_urls_are_links():
    assert escape.safe_url("javascript:alert(1)") is None
    assert escape.safe_url("data:text/html,<script>") is None
    assert escape.safe_url(" JAVASCRIPT:alert(1)") is None
    assert escape.safe_url("//evil.example/x") is None
    assert escape.safe_url("https://example.org/a b?q=(1)") == "https://example.org/a%20b?q=%281%29"


def test_right_to_left_names_survive_and_overrides_do_not():
    assert escape.md_inline("ذبیح‌الله مجاهد") == "ذبیح‌الله مجاهد"
    assert escape.md_inline("abc\u202etxt.exe") == "abctxt.exe"


@settings(max_examples=200, deadline=None)
@given(TEXT)
@example('{: onclick="alert(1)" }')
def test_text_right_after_a_link_cannot_add_attributes(text):
    result = parse(render("[link](https://example.org/)" + escape.md_inline(text)))
    assert result.tags == ["p", "a"] and result.attrs == [("href", "https://example.org/")]


class _SvgParts(HTMLParser):
    """Element names and attribute names of a diagram, and its text."""

    def __init__(self):
        super().__init__()
        self.elements, self.attributes, self.text = set(), set(), []

    def handle_starttag(self, tag, attrs):
        self.elements.add(tag)
        self.attributes |= {name for name, _ in attrs}

    def handle_data(self, data):
        self.text.append(data)


# What the generator draws with; a label can add none of its own.
SVG_ELEMENTS = {"svg", "title", "defs", "marker", "path", "g", "rect", "line", "text"}
SVG_ATTRIBUTES = {"class", "xmlns", "viewbox", "width", "height", "role", "aria-labelledby", "aria-describedby", "id", "refx", "refy",
                  "markerwidth", "markerheight", "orient", "d", "x", "y", "rx", "x1", "y1", "x2", "y2", "marker-end"}


@given(TEXT, TEXT)
@example('"><script>alert(1)</script>', "<img src=x onerror=alert(1)>")
@example("]]></text><foreignObject>", "\u202eevil")
def test_diagram_labels_are_text_whatever_the_outlet_names(first, second):
    names = {"a": first, "b": second}
    pair = DerivationPair(a="a", b="b", relation="copy", overlap=0.9, origin="a")
    diagram = derivation.derivation_diagram(Comparison(sources=(), derivation=(pair,)), names)
    parts = _SvgParts()
    parts.feed(str(diagram.svg))
    assert parts.elements <= SVG_ELEMENTS and parts.attributes <= SVG_ATTRIBUTES
    assert derivation.label(first) in "".join(parts.text)


def test_a_long_outlet_name_is_cut_to_one_short_label():
    assert derivation.label("The Very Long Name Of A Regional Broadcaster") == "The Very Long Name Of A…"


def test_front_matter_escapes_what_the_theme_prints_raw():
    text = front_matter({"title": "<img src=x onerror=alert(1)>", "description": 'a "quote"', "date": "2021-09-06"}, "x")
    assert "title: '&lt;img src=x onerror=alert(1)&gt;'" in text
    assert "description: a &quot;quote&quot;" in text and "date: '2021-09-06'" in text


@settings(max_examples=200, deadline=None)
@given(TEXT)
@example("[x](javascript:alert(1))")
@example('a" onclick="x')
def test_text_inside_a_details_title_stays_text(text):
    result = parse(render(f'??? note "Title {escape.md_inline(text)}"\n\n    Body.\n'))
    assert set(result.tags) <= {"details", "summary", "p"} and result.attrs == [("class", "note")]
    summary = re.sub(r"\s+", " ", "".join(result.text)).strip()
    assert summary.startswith(expected("Title " + text))


def test_front_matter_values_are_escaped_for_html():
    from generator.render import front_matter

    text = front_matter({"title": "A <b>\"title\"</b>", "description": "x' onload='y"}, "b.yml")
    assert "title: A &lt;b&gt;&quot;title&quot;&lt;/b&gt;" in text
    assert "description: x&#x27; onload=&#x27;y" in text
