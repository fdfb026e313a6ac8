"""Who published a report: from its URL, its copyright line, a wire marker or a dateline.

A wire marker ("The-CNN-Wire") or an agency dateline ("KABUL (Reuters) -") names the outlet the
text came from, which may not be the site that printed it: that goes to ``original_outlet``.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# News agencies whose name in a dateline means the text is theirs, not the printing site's.
AGENCIES = ("AP", "AFP", "Reuters", "dpa", "EFE", "ANSA", "TASS", "Xinhua", "Anadolu", "UPI", "IRNA",
            "PTI", "IANS", "Kyodo", "Yonhap", "Bloomberg", "Associated Press", "Agence France-Presse",
            "Sputnik", "RIA Novosti", "Interfax", "Europa Press", "Lusa", "ANP", "Belga", "APA", "CTK")

_WIRE = re.compile(r"^the-(?P<name>[a-z]+)-wire$", re.I)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:by\s+)?"
                        r"(?P<holder>[^.|©]+?)(?:,?\s*(?:inc|ltd|llc|gmbh|s\.a|plc)\b\.?|\.|\||$)", re.I)
_DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .,'-]{1,40}\s*\((?P<name>[^)]{2,40})\)\s*[-–—:]")
_NOT_HOLDER = re.compile(r"^(all rights|the|a|an|\d+)$", re.I)


def from_url(url: str | None) -> str | None:
    """The site's host without "www.", e.g. ``sputniknews.com``."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return re.sub(r"^(www\d?|m|amp|edition)\.", "", host) or None


def from_wire_marker(text: str) -> str | None:
    match = _WIRE.match(text.strip())
    return match["name"].upper() if match else None


def from_copyright(text: str) -> str | None:
    """The holder named in a copyright line: "© 2021 Cable News Network, Inc." -> "Cable News Network"."""
    match = _COPYRIGHT.search(text)
    if not match:
        return None
    holder = re.sub(r"^(™|&|\s)+", "", match["holder"]).strip(" ,-–")
    if not holder or _NOT_HOLDER.match(holder) or len(holder.split()) > 6:
        return None
    return holder


def from_dateline(text: str) -> tuple[str | None, bool]:
    """The outlet a dateline names ("TEHRAN (Iran News) -"), and whether it is a news agency."""
    match = _DATELINE.match(text)
    if not match:
        return None, False
    name = match["name"].strip()
    return name, any(name.casefold() == agency.casefold() for agency in AGENCIES)
