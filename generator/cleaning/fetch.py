"""Fetch a report from a URL with a real HTTP client: timeouts, a size limit, clear errors."""

from __future__ import annotations

import re

from .. import __version__
from ..errors import FetchError
from .decode import MAX_INPUT_BYTES

# Slow servers get this long per phase (connect, read); a page that takes longer is not worth it.
TIMEOUT_SECONDS = 20.0
USER_AGENT = f"briefings/{__version__} (+https://pypi.org/project/briefings/)"


def is_url(text: str) -> bool:
    return re.match(r"https?://", text, re.I) is not None


def fetch(url: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """The body of ``url``; raises :class:`FetchError` on failure or when over ``max_bytes``."""
    import httpx  # here: every command loads this module, few of them fetch

    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True,
                          headers={"User-Agent": USER_AGENT}) as response:
            if response.status_code >= 400:
                raise FetchError(f"{url}: HTTP {response.status_code}")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"{url}: larger than the {max_bytes:,}-byte limit")
                chunks.append(chunk)
            return b"".join(chunks)
    except httpx.TimeoutException:
        raise FetchError(f"{url}: timed out after {timeout:g} s") from None
    except httpx.HTTPError as error:
        raise FetchError(f"{url}: {error}") from None
