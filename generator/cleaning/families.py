"""Recurring kinds of page furniture, recognised line by line from their wording.

Each family is a pattern over one squashed line plus a word limit: furniture is short, so a long
line that merely mentions "cookies" or "subscribe" is left to the prose classifier. Patterns cover
the languages newsrooms most often publish in; the classifier does the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Section headers that open a part of the page the article does not continue into.
BARRIERS = frozenset({"related", "comments", "comment-rules"})
# Above this many words a consent notice is an article about privacy, not a banner.
MAX_CONSENT_WORDS = 90
# A line with this share of digits among its visible characters is a row of figures.
MIN_TABLE_DIGIT_SHARE = 0.3


@dataclass(frozen=True)
class Family:
    reason: str
    pattern: re.Pattern
    max_words: int
    # Literal pieces one of which any match contains: a cheap test before the regex runs.
    gate: tuple[str, ...] = ()


def _p(text: str) -> re.Pattern:
    return re.compile(text, re.IGNORECASE | re.UNICODE)


_FAMILIES = (
    Family("wire-marker", _p(r"^(the-[a-z]+-wire|\(?(ap|afp|reuters|dpa|efe|ansa|tass|xinhua|anadolu|"
                            r"upi|irna|pti|ians|kyodo|yonhap)\)?|[-—–]+\s*(ap|afp|reuters|dpa))$"), 3),
    Family("copyright", _p(r"(all rights reserved|alle rechte vorbehalten|tous droits réservés|"
                           r"todos los derechos reservados|tutti i diritti riservati|все права защищены|"
                           r"جميع الحقوق محفوظة|版权所有|無断転載|^copyright\b.*\d{4}|^(™\s*&\s*)?©\s*\d{4})"), 40,
           ("rights", "rechte", "droits", "derechos", "diritti", "права", "الحقوق", "版权", "無断", "copyright", "©")),
    Family("credit", _p(r"(^(©|\(c\))\s*\S|^(photo|photograph|image|picture|video|source|credit|foto|"
                        r"bild|fuente|источник|фото|مصدر|عکس|الصورة)\s*(credit)?\s*[:：]|"
                        r"(getty images|shutterstock|istock|via reuters|/ ?afp|/ ?reuters|ap photo|"
                        r"epa-efe|imago|dpa-bildfunk)\)?$)"), 14,
           ("©", "(c)", ":", "：", "getty", "shutterstock", "istock", "reuters", "afp", "ap photo", "epa", "imago", "dpa")),
    Family("read-also", _p(r"^(read (also|more|next)|see also|also read|related ?:|more ?:|lire aussi|"
                           r"à lire aussi|lesen sie auch|mehr zum thema|leia (também|mais)|"
                           r"lee (también|más)|leggi anche|czytaj (też|także)|читайте (также|тоже)|"
                           r"ещё по теме|اقرأ (أيضا|أيضاً|ايضا)|بیشتر بخوانید|ayrıca (okuyun|bakınız)|"
                           r"더 보기|相关(新闻|阅读)|関連記事)\b"), 30),
    Family("related", _p(r"^(related( content| articles?| stories| news| coverage| topics)?|"
                         r"more (stories|news|from [\w .'-]+|on this( story)?)|most (popular|read|viewed|"
                         r"shared)( stories| articles| now)?|recommended( for you| stories)?|"
                         r"you (may|might) (also )?(like|be interested in)|trending( now| stories)?|"
                         r"latest (news|videos?|stories|headlines)|top (stories|news)|popular( now)?|"
                         r"editors?'? picks|further reading|in other news|weitere artikel|meistgelesen|"
                         r"à lire également|les plus lus|lo más (leído|visto)|mais (lidas|lidos)|"
                         r"самое (читаемое|популярное)|الأكثر (قراءة|مشاهدة)|پربازدیدترین‌ها|"
                         r"最新(新闻|ニュース)|人気記事)\s*:?$"), 6),
    Family("comment-rules", _p(r"(community (standards|guidelines|rules)|comment(ing)? (policy|rules|guidelines)|"
                               r"house rules|netiquette|règles de modération|normas de (la )?comunidad)"), 60,
           ("community", "comment", "house rules", "netiquette", "modération", "comunidad")),
    Family("comments", _p(r"^((\d+\s+)?(comments?|kommentare?|commentaires?|comentarios?|комментари[йи]?|"
                          r"التعليقات|نظرات)(\s*\(\d+\))?|(leave|post|add|write) a (comment|reply)|"
                          r"join the (discussion|conversation)|(show|view|hide|load more) comments|"
                          r"comments are closed|reply|\d+ (replies|likes)|discussion|"
                          r"you must be logged in to (post|comment).*)\s*:?$"), 10),
    Family("advert", _p(r"^(advertisement|advert|ad|ads|sponsored( content)?|promoted|anzeige|werbung|reklam|reklama|"
                        r"anuncio|publicidade|annons|annonse|mainos|advertentie|"
                        r"publicité|publicidad|pubblicità|реклама|إعلان|تبلیغات|广告|広告|"
                        r"(story|article) continues below( this ad| advertisement)?|"
                        r"continue reading (below|the main story)|scroll to continue( with content)?)$"), 8),
    Family("consent", _p(r"(cookie|gdpr|consent|privacy (policy|settings|preferences|notice|center)|"
                         r"data protection|accept all|reject all|manage (preferences|options|settings)|"
                         r"datenschutz|einwilligung|confidentialité|política de privacidad|privacidade|"
                         r"персональных данных|конфиденциальност|ملفات تعريف الارتباط|کوکی)"), MAX_CONSENT_WORDS,
           ("cookie", "gdpr", "consent", "privacy", "data protection", "accept all", "reject all", "manage ", "datenschutz", "einwilligung", "confidentialit", "privacidad", "privacidade", "персональных", "конфиденциальн", "ملفات تعريف", "کوکی")),
    Family("account", _p(r"(\blog ?(in|out)\b|\bsign ?(in|up|out)\b|\bregist(er|ration)\b|\bsubscri(be|ption)|"
                         r"newsletter|password|my account|create (an |your )?account|delete (your )?account|"
                         r"already (a member|a subscriber|have an account)|push notifications|"
                         r"\banmelden\b|registrieren|abonnieren|se connecter|s'abonner|s'inscrire|"
                         r"iniciar sesión|suscríbete|войти|подписаться|регистрац|اشترك|تسجيل الدخول|ورود|عضویت)"), 25,
           ("log", "sign", "regist", "subscri", "newsletter", "password", "account", "already", "push notif", "anmelden", "registrieren", "abonnieren", "connecter", "abonner", "inscrire", "sesión", "suscr", "войти", "подписат", "регистрац", "اشترك", "تسجيل", "ورود", "عضویت")),
    Family("sharing", _p(r"^((share|tweet|email|e-mail|print|whatsapp|facebook|twitter|x|linkedin|telegram|"
                         r"reddit|pinterest|flipboard|copy link|copied|link copied|follow us|teilen|"
                         r"partager|compartir|condividi|поделиться|مشاركة|اشتراک‌گذاری)( (on|via|this|"
                         r"article|story|page) ?\w*)?|\d[\d.,]*k?\s*(views?|shares?|reads?))$"), 6),
    Family("widget", _p(r"(^-?\d+\s*°\s*[cf]?\b|wxicon|feels like:? -?\d|\bhi:? -?\d+°|\blo:? -?\d+°|"
                        r"^(listen|watch) live$|^live (tv|radio|stream)$|^loading\W*$|"
                        r"^scroll (down )?for more|^(sunny|cloudy|partly cloudy|mostly sunny|clear|rain|"
                        r"showers|snow|fog|windy)$)"), 8,
           ("°", "wxicon", "feels like", "live", "loading", "scroll", "sunny", "cloudy", "clear", "rain", "shower", "snow", "fog", "windy")),
    # Wire and syndication notes: "Our Standards: ...", "Provided by ...", "Distributed by ...".
    Family("wire-marker", _p(r"^(our standards|provided by|distributed by)\b"), 12),
    # A story's tags or topics printed as a list of links.
    Family("navigation", _p(r"^(topics|tags|themen|schlagworte|sujets|thèmes|temas|tópicos|argomenti|теги|темы)\s*:"), 20),
    # Agency credits and print notes: "Reporting by ...; editing by ...", "This article appeared in print ...".
    Family("metadata", _p(r"^((additional )?reporting by|writing by|editing by|compiled by|"
                          r"this (article|story) (first )?appeared in)\b"), 30),
    Family("metadata", _p(r"(^(posted|published|updated|last updated|modified|first published|veröffentlicht|"
                          r"aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|"
                          r"опубликовано|обновлено|نشر في|تاريخ النشر|به‌روز)\b.*\d|"
                          r"^\d+\s*(min|minute|minutes|mins)\.?( read)?$|"
                          r"^\d{1,2}[:.h]\d{2}\s*([ap]\.?m\.?)?\s*([a-z]{2,4})?$|^(reading time|lesezeit|"
                          r"temps de lecture)\b|^listen to (this|the) article)"), 16),
    Family("caption", _p(r"^(image|photo|video|gallery|play video|watch|icon|logo|thumbnail|media|"
                         r"file photo|in pictures|enlarge (this )?image|expand image|zoom)\s*:?$"), 3),
)

_SEPARATORS = re.compile(r"[|›»•·]|\s/\s")
_DIGIT = re.compile(r"\d")
# A line that is only an address: a link or an image's URL printed as text.
_BARE_LINK = re.compile(r"^(https?://|www\.)\S+$", re.I)


def _gate(pieces: tuple[str, ...]) -> re.Pattern | None:
    return re.compile("|".join(re.escape(p) for p in pieces)) if pieces else None


_GATES = tuple(_gate(family.gate) for family in _FAMILIES)


def classify(text: str, words: int) -> str | None:
    """The furniture family of one line, or ``None`` when its wording names none."""
    low = text.casefold()
    for family, gate in zip(_FAMILIES, _GATES):
        if words > family.max_words or (gate is not None and not gate.search(low)):
            continue
        if family.pattern.search(text):
            return family.reason
    if words <= 3 and _BARE_LINK.match(text):
        return "navigation"
    if words <= 12 and _digit_share(text) >= MIN_TABLE_DIGIT_SHARE:
        return "data-table"
    if words <= 20 and len(_SEPARATORS.findall(text)) >= 2:
        return "navigation"
    return None


def _digit_share(text: str) -> float:
    visible = len(text) - text.count(" ")  # lines are squashed: single spaces only
    return len(_DIGIT.findall(text)) / visible if visible else 0.0
