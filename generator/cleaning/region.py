"""The article's lines in a dump: one region of prose, possibly interrupted by furniture.

Each line weighs its prose score against a threshold, scaled by its length, so long prose pulls
the region in and runs of short furniture push it out. A Viterbi pass over four states (before the
article, in it, in a gap inside it, after it) picks the best labelling: a gap (an inline widget, a
"read also" line, an advert) costs a fixed amount to open, so the article can step over furniture
without picking up scattered prose elsewhere on the page. Section headers such as "Comments" or
"Related stories" cost much to let inside the article, and once some article has been seen, prose
after such a header counts for less: readers' comments and teaser summaries are prose too.
"""

from __future__ import annotations

from .families import BARRIERS

# Added to a line's word count so that one-word lines still weigh something.
WORD_OFFSET = 2
# The cost of letting a section header into the article (in or in a gap), in weighted words: a
# few long paragraphs of confident prose after a "Recommended" box inside the article pay for it;
# readers' comments and teasers after a "Comments" or "Related" header (discounted) do not.
BARRIER_COST = 500.0

# Prose seen before a header, in weighted words, for the header to count as "after the article".
MIN_ARTICLE_BEFORE = 15.0
# How much prose after a comments or related header still counts.
AFTER_BARRIER_DISCOUNT = 0.3

BEFORE, INSIDE, GAP, AFTER = range(4)
_NONE = float("-inf")


def gains(scores: list[float], words: list[int], families: list[str | None], threshold: float) -> list[float]:
    """What keeping each line adds: positive for prose, negative for furniture."""
    out, seen, discounted = [], 0.0, False
    for score, n, family in zip(scores, words, families):
        gain = (score - threshold) * (n + WORD_OFFSET)
        if family in BARRIERS:
            discounted = discounted or seen >= MIN_ARTICLE_BEFORE
        elif gain > 0:
            seen += gain
            gain *= AFTER_BARRIER_DISCOUNT if discounted else 1.0
        out.append(gain)
    return out


def decode(line_gains: list[float], families: list[str | None], gap_cost: float) -> list[bool]:
    """For each line, whether it belongs to the article."""
    values = (0.0, _NONE, _NONE, _NONE)
    pointers = []
    for gain, family in zip(line_gains, families):
        barrier = BARRIER_COST if family in BARRIERS else 0.0
        before, inside, gap, after = values
        steps = (
            (before, BEFORE),
            max((before, BEFORE), (inside, INSIDE), (gap, GAP)),
            max((inside - gap_cost, INSIDE), (gap, GAP)),
            max((inside, INSIDE), (gap, GAP), (after, AFTER)),
        )
        pointers.append(tuple(origin for _, origin in steps))
        values = (steps[0][0], steps[1][0] + gain - barrier, steps[2][0] - barrier, steps[3][0])
    state = max((BEFORE, INSIDE, AFTER), key=lambda s: values[s])
    states = [0] * len(pointers)
    for i in range(len(pointers) - 1, -1, -1):
        states[i] = state
        state = pointers[i][state]
    return [s == INSIDE for s in states]
