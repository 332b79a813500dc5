"""Who the demo district tolerates: nationality shares, naming traditions, household habits.

Shares follow pathways.md 7.4 (Iraq ~11 %, Afghanistan ~6 %, Nigeria ~6 %, Türkei ~6 %,
Russia ~5 %, Western Balkans together ~12 %, stateless/unclear ~3 %) and the national AZR top
lists in 7.1/7.3 for the rest. They are shares of *all* persons (children included), as the AZR
counts; people.py turns them into weights for household heads.
"""

from dataclasses import dataclass

from . import names_africa as af
from . import names_asia as asia
from . import names_europe as eu
from . import names_mena as mena
from .name_group import NameGroup


@dataclass(frozen=True)
class Origin:
    code: str  # ISO 3166-1 alpha-3 (XXA stateless, XXX unclear)
    share: float  # per cent of all tolerated persons
    names: tuple[tuple[NameGroup, float], ...]  # naming traditions and their weights
    family_rate: float  # chance that a household head lives here with spouse and/or children
    year_only_birth: float  # share registered with the birth year only (no civil registry)
    variant_rate: float  # share whose name reached the office in several spellings


def _o(code, share, names, family_rate, year_only=0.04, variants=0.3) -> Origin:
    groups = names if isinstance(names, tuple) else ((names, 1.0),)
    return Origin(code, share, groups, family_rate, year_only, variants)


ORIGINS: list[Origin] = [
    _o("IRQ", 11.0, ((mena.ARABIC, 0.55), (mena.KURDISH, 0.45)), 0.40, 0.06, 0.55),
    _o("AFG", 6.0, mena.AFGHAN, 0.30, 0.45, 0.50),
    _o("NGA", 6.0, af.NIGERIAN, 0.30, 0.08, 0.12),
    _o("TUR", 6.0, ((mena.TURKISH, 0.6), (mena.KURDISH, 0.4)), 0.30, 0.02, 0.25),
    _o("RUS", 5.0, ((eu.NORTH_CAUCASIAN, 0.65), (eu.RUSSIAN, 0.35)), 0.50, 0.02, 0.55),
    # Western Balkans ~12 % (NRW 2016: Serbia, Albania, Kosovo, N. Macedonia, Bosnia).
    _o("SRB", 3.5, eu.SOUTH_SLAVIC, 0.60, 0.02, 0.35),
    _o("XKX", 2.5, eu.ALBANIAN, 0.55, 0.02, 0.25),
    _o("ALB", 2.5, eu.ALBANIAN, 0.45, 0.02, 0.20),
    _o("MKD", 2.0, ((eu.SOUTH_SLAVIC, 0.6), (eu.ALBANIAN, 0.4)), 0.55, 0.02, 0.30),
    _o("BIH", 1.5, eu.SOUTH_SLAVIC, 0.50, 0.02, 0.30),
    _o("IRN", 5.0, mena.PERSIAN, 0.30, 0.02, 0.45),
    _o("LBN", 3.5, mena.ARABIC, 0.50, 0.03, 0.50),
    _o("PAK", 4.0, mena.PAKISTANI, 0.15, 0.10, 0.35),
    _o("GIN", 4.0, af.WEST_AFRICAN, 0.10, 0.40, 0.40),
    _o("GMB", 3.0, af.WEST_AFRICAN, 0.08, 0.30, 0.40),
    _o("ARM", 4.0, eu.ARMENIAN, 0.55, 0.02, 0.40),
    _o("AZE", 3.0, mena.AZERI, 0.45, 0.02, 0.45),
    _o("GEO", 4.0, eu.GEORGIAN, 0.30, 0.02, 0.25),
    _o("DZA", 2.5, mena.ARABIC, 0.12, 0.06, 0.45),
    _o("MAR", 2.5, mena.ARABIC, 0.12, 0.06, 0.45),
    _o("SYR", 2.0, ((mena.ARABIC, 0.7), (mena.KURDISH, 0.3)), 0.35, 0.05, 0.50),
    _o("IND", 2.0, mena.SOUTH_ASIAN, 0.15, 0.05, 0.15),
    _o("BGD", 1.5, mena.SOUTH_ASIAN, 0.10, 0.10, 0.25),
    _o("GHA", 1.5, af.GHANAIAN, 0.20, 0.10, 0.10),
    _o("SEN", 1.0, af.WEST_AFRICAN, 0.08, 0.20, 0.35),
    _o("CMR", 1.0, af.CENTRAL_AFRICAN, 0.20, 0.10, 0.10),
    _o("ETH", 1.0, af.HORN_OF_AFRICA, 0.20, 0.30, 0.35),
    _o("ERI", 0.5, af.HORN_OF_AFRICA, 0.20, 0.35, 0.35),
    _o("SOM", 1.0, af.HORN_OF_AFRICA, 0.25, 0.40, 0.40),
    _o("TUN", 1.0, mena.ARABIC, 0.10, 0.05, 0.45),
    _o("VNM", 1.0, asia.VIETNAMESE, 0.30, 0.03, 0.10),
    _o("CHN", 0.5, asia.CHINESE, 0.20, 0.03, 0.10),
    _o("MDA", 1.0, eu.MOLDOVAN, 0.40, 0.02, 0.15),
    _o("LKA", 0.5, mena.TAMIL, 0.40, 0.03, 0.20),
    # Stateless (mostly Palestinians from Lebanon, Kurds from Syria) and unclear ~3 %.
    _o("XXA", 1.5, ((mena.ARABIC, 0.7), (mena.KURDISH, 0.3)), 0.50, 0.10, 0.55),
    _o("XXX", 1.5, ((mena.ARABIC, 0.4), (af.WEST_AFRICAN, 0.3), (mena.AFGHAN, 0.3)),
       0.20, 0.40, 0.60),
]

WESTERN_BALKANS = frozenset({"SRB", "XKX", "ALB", "MKD", "BIH"})
# § 29a AsylG safe countries of origin: rejections there are "offensichtlich unbegründet".
SAFE_COUNTRIES = WESTERN_BALKANS | {"GHA", "SEN", "GEO", "MDA"}
