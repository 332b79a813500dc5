"""Transliteration-tolerant name matching.

Names of people from Arabic, Cyrillic or Persian script reach the office in many Latin
spellings (Mohammed / Muhammad / Mohamad, Jussuf / Yusuf / Youssef, Aleksandr / Oleksandr).
We reduce every name to a consonant skeleton after folding the usual transliteration pairs,
so that spellings of the same name share one key.
"""

import re
import unicodedata

# Multi-letter spellings of one sound, longest first (German, English and French conventions).
_FOLDS = [
    ("dsch", "j"),
    ("tsch", "ch"),
    ("sch", "s"),
    ("sh", "s"),
    ("ch", "h"),
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("zh", "j"),
    ("dj", "j"),
    ("dzh", "j"),
    ("ts", "z"),
    ("tz", "z"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("ß", "s"),
]
_VOWELS = re.compile(r"[aeiouy]")
_NOT_LETTER = re.compile(r"[^a-z]")
_REPEATS = re.compile(r"(.)\1+")


def fold(text: str) -> str:
    """Lower-case ASCII letters only, accents removed (Çelik -> celik)."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss"))
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_LETTER.sub("", ascii_only)


def skeleton(word: str) -> str:
    """The key of one name: folded, transliteration pairs unified, vowels dropped."""
    text = fold(word)
    for many, one in _FOLDS:
        text = text.replace(many, one)
    text = text.replace("j", "y")  # German J and English Y spell the same sound
    consonants = _VOWELS.sub("", text)
    key = _REPEATS.sub(r"\1", consonants)
    return key or text[:1]


def tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[\s,\-/'’]+", text) if t]


def search_keys(names: list[str]) -> str:
    """Space-delimited keys of every name token, stored on the person for searching."""
    keys = {skeleton(t) for name in names for t in tokens(name)}
    keys.discard("")
    return " " + " ".join(sorted(keys)) + " " if keys else ""


def query_keys(query: str) -> list[str]:
    return [k for k in (skeleton(t) for t in tokens(query)) if k]
