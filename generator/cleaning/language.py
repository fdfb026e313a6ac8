"""The language of a text (ISO 639-1, offline) and its stop words.

Identification uses py3langid, whose model ships inside its wheel; stop words come from jusText's
lists, installed with trafilatura. Both load lazily: importing the cleaner stays cheap.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Enough text to identify a language reliably (a few sentences); more only costs time.
MAX_SAMPLE_CHARS = 600

_LETTER = re.compile(r"[^\W\d_]")

# jusText names its stop lists in English; py3langid answers with ISO 639-1 codes.
_STOPLIST_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan",
    "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "eo": "Esperanto", "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "ga": "Irish", "gl": "Galician", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "is": "Icelandic", "it": "Italian",
    "ka": "Georgian", "kk": "Kazakh", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian",
    "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi", "ms": "Malay", "nb": "Norwegian_Bokmal",
    "nl": "Dutch", "nn": "Norwegian_Nynorsk", "no": "Norwegian_Bokmal", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian",
    "sq": "Albanian", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu",
    "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
}


def identify(text: str) -> str | None:
    """ISO 639-1 code of the language ``text`` is mostly written in, or ``None`` when too little."""
    sample = text[:MAX_SAMPLE_CHARS]
    if len(_LETTER.findall(sample, 0, 400)) < 20:
        return None
    return _classifier().classify(sample)[0]


@lru_cache(maxsize=None)
def stop_words(code: str | None) -> frozenset[str]:
    """Lower-cased stop words of the language, or English and a few neighbours when unknown."""
    import justext

    names = [_STOPLIST_NAMES[code]] if code in _STOPLIST_NAMES else ["English"]
    words: set[str] = set()
    for name in names:
        words |= justext.get_stoplist(name)
    return frozenset(w.casefold() for w in words)


def _classifier():
    from py3langid import langid

    return langid._get_identifier()  # the package's own cached instance, loaded on first use
