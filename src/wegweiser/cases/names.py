"""Transliteration-tolerant name matching.

Names of people from Arabic, Cyrillic or Persian script reach the office in many Latin
spellings (Mohammed / Muhammad / Mohamad, Jussuf / Yusuf / Youssef, Aleksandr / Oleksandr).
We reduce every name to a consonant skeleton after folding the usual transliteration pairs,
so that spellings of the same name share one key.

Three refinements keep the skeleton from being too coarse or too fine:

* s and z are one sound class: German writes the voiced s of Georgian, Russian or Arabic
  names as "s", English as "z" (Abashidse / Abashidze, Kusnezow / Kuznetsov); "ts"/"tz"
  (German z) join them.
* A word-initial Y/J (or I, as ICAO passports write Ю and Я: Iurii, Iakov) before a, o or u
  is a consonant and stays in the key: Yusuf / Youssef / Jusuf keep "ysf" and no longer
  match Saif ("sf"). Before e or i it is dropped like a vowel, because Cyrillic Е is spelt
  "Je", "Ye" or just "E" (Jelena / Yelena / Elena).
* The Slavic ending -ić (Jovanović, without accents Jovanovic) is read as -ich, as German
  and English spell it (Jovanowitsch / Jovanovich).

Besides the skeletons, every name token is also stored exactly (folded: lower case, no
accents) with a "=" prefix, so that a search can rank exact matches first.
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
    ("z", "s"),  # after "zh" and "ts"/"tz" above
]
_VOWELS = re.compile(r"[aeiouy]")
_SLAVIC_IC = re.compile(r"ic$")
# A word-initial semivowel before a back vowel, after j -> y (Yusuf, Jussuf, Iurii).
_INITIAL_SEMIVOWEL = re.compile(r"^[iy](?=[aou])")
SEMIVOWEL = "Y"  # upper case: survives the removal of the (lower-case) vowels
EXACT = "="
_NOT_LETTER = re.compile(r"[^a-z]")
_REPEATS = re.compile(r"(.)\1+")


def fold(text: str) -> str:
    """Lower-case ASCII letters only, accents removed (Çelik -> celik)."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss"))
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_LETTER.sub("", ascii_only)


def skeleton(word: str) -> str:
    """The key of one name: folded, transliteration pairs unified, vowels dropped."""
    text = _SLAVIC_IC.sub("ich", fold(word))
    for many, one in _FOLDS:
        text = text.replace(many, one)
    text = text.replace("j", "y")  # German J and English Y spell the same sound
    text = _INITIAL_SEMIVOWEL.sub(SEMIVOWEL, text)
    consonants = _VOWELS.sub("", text)
    key = _REPEATS.sub(r"\1", consonants).lower()
    return key or text[:1].lower()


def tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[\s,\-/'’]+", text) if t]


def search_keys(names: list[str]) -> str:
    """Space-delimited keys of every name token, stored on the person for searching:
    the skeletons, and each token exactly (folded) behind "=" for ranking."""
    words = [t for name in names for t in tokens(name)]
    keys = {skeleton(t) for t in words} | {EXACT + fold(t) for t in words}
    keys -= {"", EXACT}
    return " " + " ".join(sorted(keys)) + " " if keys else ""


def query_keys(query: str) -> list[str]:
    return [k for k in (skeleton(t) for t in tokens(query)) if k]


def exact_keys(query: str) -> list[str]:
    """The query's tokens as stored for exact matches (" =haddad ")."""
    return [EXACT + word for word in (fold(t) for t in tokens(query)) if word]
