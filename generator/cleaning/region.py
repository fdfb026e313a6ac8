"""The article's region of a dump: the contiguous run of lines that best reads as prose.

Each line weighs its prose probability against a threshold, scaled by its length, so long prose
pulls the region in and runs of short furniture push it out; a maximum-sum span (Kadane) then
picks the region. Section headers such as "Comments" or "Related stories" weigh heavily against
being crossed, and once an article has been seen, prose after such a header counts for less:
readers' comments are prose too.
"""

from __future__ import annotations

from .families import BARRIERS

# Above this probability a line counts for the region, below it against.
THRESHOLD = 0.5
# Added to a line's word count so that one-word lines still weigh something.
WORD_OFFSET = 2
# The cost of crossing a section header, in words of prose.
BARRIER_PENALTY = 40.0
# Prose seen before a header, in weighted words, for it to count as "after the article".
MIN_ARTICLE_BEFORE = 15.0
# How much prose after a comments or related header still counts.
AFTER_BARRIER_DISCOUNT = 0.3


def weights(probabilities: list[float], words: list[int], families: list[str | None]) -> list[float]:
    """Each line's pull towards (positive) or away from (negative) the region."""
    out, seen, discounted = [], 0.0, False
    for p, n, family in zip(probabilities, words, families):
        if family in BARRIERS:
            discounted = discounted or seen >= MIN_ARTICLE_BEFORE
            out.append(-BARRIER_PENALTY)
            continue
        weight = (p - THRESHOLD) * (n + WORD_OFFSET)
        if weight > 0:
            seen += weight
            weight *= AFTER_BARRIER_DISCOUNT if discounted else 1.0
        out.append(weight)
    return out


def best_span(line_weights: list[float]) -> tuple[int, int] | None:
    """Inclusive (first, last) indexes of the maximum-sum run, or ``None`` if nothing is positive."""
    best, span, run, start = 0.0, None, 0.0, 0
    for i, weight in enumerate(line_weights):
        if run <= 0:
            run, start = weight, i
        else:
            run += weight
        if run > best:
            best, span = run, (start, i)
    return span
