"""Why a block was cut: the short family names an editor sees in the audit.

The list is deliberately small; each name answers "what kind of page furniture was this?".
"""

from __future__ import annotations

REASONS = {
    "navigation": "menus, breadcrumbs, section links, 'skip to content'",
    "consent": "cookie, GDPR and privacy notices",
    "account": "log-in, registration, subscription and newsletter prompts",
    "sharing": "share buttons, follow-us links, view and comment counters",
    "advert": "advertisement and sponsored-content markers",
    "data-table": "rows of figures (case counts, scores, prices) beside the article",
    "widget": "weather, live-radio, ticker and other page widgets",
    "caption": "a photo or video caption",
    "credit": "a photo, video or image credit",
    "read-also": "an in-body pointer to another article ('Read also: ...')",
    "related": "lists of other stories: related, most read, recommended",
    "comments": "readers' comments and the comment form",
    "comment-rules": "community standards and moderation rules",
    "wire-marker": "a news-agency marker line such as 'The-CNN-Wire'",
    "copyright": "copyright and all-rights-reserved lines",
    "title": "the headline (kept in the metadata)",
    "title-repeat": "the headline printed again",
    "standfirst": "the summary under the headline (kept in the metadata)",
    "metadata": "dateline, byline, dates, reading time (kept in the metadata)",
    "outside-article": "text outside the article's region of the page",
    "editor-drop": "dropped by an editor's override in the briefing",
}


def check(reason: str) -> str:
    """``reason`` itself; raises ``KeyError`` for a name outside the vocabulary (a bug)."""
    if reason not in REASONS:
        raise KeyError(f"unknown removal reason {reason!r}")
    return reason
