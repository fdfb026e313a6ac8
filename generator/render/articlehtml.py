"""A cleaned article's body as HTML with one anchor per sentence, for its evidence links.

Written as a raw HTML block: Python-Markdown leaves it alone, so the text needs only HTML
escaping, and MkDocs still sees every ``id`` when it validates anchors.

Paragraphs a derived report prints word for word from its origin (every sentence a *twin*, see
:mod:`.twins`) are not printed again: each run of them is one line, "[4 sentences word for word as
in CNN]", linked to the origin's first sentence of the run, that keeps every twin's anchor, so
evidence links still land. In a paragraph the derived report changed, its own sentences are
printed and each long enough run of twins between them is such a line too, inline: what the
report changed stands out.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from markupsafe import Markup

from ..structure.article import HEADING, Article
from ..structure.comparison import Sentence
from .escape import attr, clean_text, strip_controls


# Languages written right to left: their articles are laid out that way.
RIGHT_TO_LEFT = frozenset({"ar", "fa", "ps", "ur", "he", "yi", "ckb", "sd", "ug", "dv"})
# Shorter runs of twinned paragraphs are printed whole: the line naming their twin is about as long.
MIN_RUN_CHARS = 160


@dataclass
class _Run:
    """Consecutive paragraphs whose every sentence another report printed first, shown as one line."""

    blocks: list[int]
    anchors: list[str]
    twin: Sentence  # the first printing of the run's first sentence
    chars: int

    def add(self, index: int, sentences: list[Sentence], chars: int) -> None:
        self.blocks.append(index)
        self.anchors += [sentence.anchor for sentence in sentences]
        self.chars += chars


def body_html(article: Article, sentences: tuple[Sentence, ...], twins: dict[str, Sentence] | None = None,
              names: dict[str, str] | None = None) -> Markup:
    """``<div class="article-body">``, a ``<p>``/``<h4>`` per block (the source itself is an ``<h3>``)
    and a bare ``<span id>`` per sentence; runs of paragraphs made of ``twins`` (anchor -> first
    printing) as one line naming the first printing's outlet (``names``: source id -> outlet)."""
    language = article.meta.language
    lang = f' lang="{attr(language)}"' if language else ""
    lang += ' dir="rtl"' if language in RIGHT_TO_LEFT else ""
    by_block = _group_by_block(article, sentences)
    parts = [f'<div class="article-body"{lang}>']
    for segment in _segments(article, by_block, twins or {}):
        if isinstance(segment, _Run):
            parts += _run_html(article, segment, by_block, names or {})
        else:
            parts.append(_block(article, segment, by_block.get(segment, []), twins or {}, names or {}))
    parts.append("</div>")
    return Markup("\n".join(parts))


def _segments(article: Article, by_block: dict[int, list[Sentence]], twins: dict[str, Sentence]) -> list[int | _Run]:
    """Each block's index, except that consecutive paragraphs of twins from one report are one run."""
    segments: list[int | _Run] = []
    for index, block in enumerate(article.blocks):
        in_block = by_block.get(index, [])
        twin = _paragraph_twin(article, index, in_block, twins)
        last = segments[-1] if segments else None
        if twin is None:
            segments.append(index)
        elif isinstance(last, _Run) and last.twin.source == twin.source:
            last.add(index, in_block, len(block.text))
        else:
            segments.append(_Run([index], [s.anchor for s in in_block], twin, len(block.text)))
    return segments


def _paragraph_twin(article: Article, index: int, sentences: list[Sentence],
                    twins: dict[str, Sentence]) -> Sentence | None:
    """The first sentence's twin, if the block is a paragraph of nothing but twins from one report."""
    if article.blocks[index].kind == HEADING or not sentences:
        return None
    found = [twins.get(sentence.anchor) for sentence in sentences]
    if None in found or len({twin.source for twin in found}) != 1:
        return None
    start, text = article.block_offsets[index], article.blocks[index].text
    rest, position = [], 0
    for sentence in sentences:
        rest.append(text[position:sentence.start - start])
        position = sentence.end - start
    rest.append(text[position:])
    return found[0] if not "".join(rest).strip() else None


def _block(article: Article, index: int, sentences: list[Sentence], twins: dict[str, Sentence] | None = None,
           names: dict[str, str] | None = None) -> str:
    tag = "h4" if article.blocks[index].kind == HEADING else "p"
    if tag == "h4" or not twins:
        return f"<{tag}>{_block_html(article, index, sentences)}</{tag}>"
    return f"<{tag}>{_block_html(article, index, sentences, _inline_runs(article, sentences, twins), names)}</{tag}>"


def _inline_runs(article: Article, sentences: list[Sentence],
                 twins: dict[str, Sentence]) -> dict[int, tuple[int, Sentence]]:
    """Runs of consecutive twins of one report inside a paragraph, long enough to be worth a line:
    the index of each run's first sentence -> the index after its last, and its first's twin."""
    runs: dict[int, tuple[int, Sentence]] = {}
    first = None
    for n, sentence in enumerate([*sentences, None]):
        twin = twins.get(sentence.anchor) if sentence else None
        joined = first is not None and twin and twin.source == twins[sentences[first].anchor].source and \
            not article.body[sentences[n - 1].end:sentence.start].strip()
        if first is not None and not joined:
            if sentences[n - 1].end - sentences[first].start >= MIN_RUN_CHARS:
                runs[first] = (n, twins[sentences[first].anchor])
            first = None
        if twin and first is None:
            first = n
    return runs


def _block_html(article: Article, index: int, sentences: list[Sentence],
                runs: dict[int, tuple[int, Sentence]] | None = None, names: dict[str, str] | None = None) -> str:
    """The block's exact text, with each sentence wrapped in its anchored span (and each of ``runs``
    of twins one line naming where they were printed first)."""
    start = article.block_offsets[index]
    end = start + len(article.blocks[index].text)
    out, position, n = [], start, 0
    while n < len(sentences):
        sentence = sentences[n]
        out.append(_escape(article.body[position:sentence.start]))
        if runs and n in runs:
            after, twin = runs[n]
            out.append(_twin_line("span", [s.anchor for s in sentences[n:after]], twin, names or {}))
            position, n = sentences[after - 1].end, after
            continue
        out.append(f'<span id="{attr(sentence.anchor)}">'
                   f"{_escape(article.body[sentence.start:sentence.end])}</span>")
        position, n = sentence.end, n + 1
    out.append(_escape(article.body[position:end]))
    return "".join(out)


def _run_html(article: Article, run: _Run, by_block: dict[int, list[Sentence]], names: dict[str, str]) -> list[str]:
    """One line for the run, keeping each twin's anchor; a short run is printed whole instead."""
    if run.chars < MIN_RUN_CHARS:
        return [_block(article, index, by_block.get(index, [])) for index in run.blocks]
    return [_twin_line("p", run.anchors, run.twin, names)]


def _twin_line(tag: str, anchors: list[str], twin: Sentence, names: dict[str, str]) -> str:
    """"[3 sentences word for word as in CNN]", linked to ``twin`` (the first printing of the first),
    keeping each twin's anchor."""
    kept = "".join(f'<span id="{attr(anchor)}"></span>' for anchor in anchors)
    label = f"{len(anchors)} sentence{'s' if len(anchors) != 1 else ''}"
    outlet = html.escape(clean_text(names.get(twin.source, twin.source)), quote=False)
    return (f'<{tag} class="source-twin">{kept}[<a href="#{attr(twin.anchor)}">{label}</a> '
            f"word for word as in {outlet}]</{tag}>")


def _escape(text: str) -> str:
    return html.escape(strip_controls(text), quote=False).replace("\n", " ")


def _group_by_block(article: Article, sentences: tuple[Sentence, ...]) -> dict[int, list[Sentence]]:
    """Assign each sentence to the block its span starts in."""
    groups: dict[int, list[Sentence]] = {}
    offsets = article.block_offsets
    block = 0
    for sentence in sorted(sentences, key=lambda s: s.start):
        while block + 1 < len(offsets) and offsets[block + 1] <= sentence.start:
            block += 1
        groups.setdefault(block, []).append(sentence)
    return groups
