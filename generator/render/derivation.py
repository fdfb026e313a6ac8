"""The derivation diagram: which report copied or rewrote which, as Mermaid flowchart source.

Mermaid parses its labels, so they are an injection surface like Markdown: nodes get generated
ids, and labels keep only letters, digits, spaces and a few harmless marks, inside double quotes.
The site also runs Mermaid with ``securityLevel: "strict"`` (see ``templates/assets/briefings.js``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup

from ..structure.comparison import Comparison, DerivationPair

TITLE = "Which report copied or rewrote which"
# Relations drawn as edges; "independent" pairs are the absence of an edge.
EDGE_STYLES = {"copy": ("-->", "copied"), "rewrite": ("-.->", "rewrote")}
COMMON_SOURCE = "common-source"
# Anything else (quotes, brackets, pipes, #, ;, <, >, backticks...) has meaning in Mermaid.
_UNSAFE_LABEL = re.compile(r"[^\w .,'’()&/-]+")
# Labels longer than this make the small diagram wider than a phone screen.
MAX_LABEL_CHARS = 28


@dataclass(frozen=True)
class DerivationDiagram:
    """Mermaid source and a one-sentence text alternative for screen readers and print.

    ``source`` is Markup: built here from generated ids and labels passed through :func:`mermaid_text`,
    printed as it is inside a fenced block (whose content the Markdown fence escapes for HTML).
    """

    source: Markup
    description: str


def derivation_diagram(comparison: Comparison, names: dict[str, str]) -> DerivationDiagram | None:
    """The diagram for a briefing, or None when no report derives from another."""
    linked = [pair for pair in comparison.derivation if pair.relation != "independent"]
    if not linked:
        return None
    ids = {source: f"s{number}" for number, source in enumerate(names)}
    lines = ["flowchart LR", f"  accTitle: {mermaid_text(TITLE)}", f"  accDescr: {mermaid_text(describe(linked, names))}"]
    lines += [f'  {ids[source]}["{_node_label(name)}"]' for source, name in names.items()]
    lines += [_edge(pair, ids) for pair in linked if pair.a in ids and pair.b in ids]
    return DerivationDiagram(Markup("\n".join(lines)), describe(linked, names))


def mermaid_text(text: str) -> str:
    """Untrusted text made inert for a Mermaid label or accessibility line: one line, no syntax."""
    return " ".join(_UNSAFE_LABEL.sub(" ", text).split())


def _node_label(name: str) -> str:
    label = mermaid_text(name) or "unnamed"
    return label if len(label) <= MAX_LABEL_CHARS else label[:MAX_LABEL_CHARS - 1].rstrip() + "…"


def _edge(pair: DerivationPair, ids: dict[str, str]) -> str:
    if pair.relation == COMMON_SOURCE or pair.relation not in EDGE_STYLES:
        return f"  {ids[pair.a]} ---|common source| {ids[pair.b]}"
    arrow, verb = EDGE_STYLES[pair.relation]
    origin = pair.origin if pair.origin in (pair.a, pair.b) else pair.a
    derived = pair.b if origin == pair.a else pair.a
    return f"  {ids[origin]} {arrow}|{verb}| {ids[derived]}"


def describe(pairs: list[DerivationPair], names: dict[str, str]) -> str:
    """``CNN was copied by KIMT News 3. ...`` in plain words."""
    parts = []
    for pair in pairs:
        a, b = names.get(pair.a, pair.a), names.get(pair.b, pair.b)
        if pair.relation in EDGE_STYLES:
            origin, derived = (a, b) if pair.origin != pair.b else (b, a)
            verb = "copied" if pair.relation == "copy" else "rewritten"
            parts.append(f"{origin} was {verb} by {derived}")
        else:
            parts.append(f"{a} and {b} share a common source")
    return ". ".join(parts) + "."
