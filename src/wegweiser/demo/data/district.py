"""The two fictional offices of the demo.

"Kreis Rhein-Wupper" is modelled on a real NRW district of about 480,000 inhabitants with ten
towns between 20,000 and 90,000 inhabitants; names and municipality keys are invented (the
key prefix 05199 is not used by any real NRW district).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class OfficeSpec:
    name: str
    short_name: str
    district_name: str
    file_prefix: str  # first part of the file number, e.g. "RW-32.1-2019-004711"
    username_prefix: str
    towns: tuple[tuple[str, str, int], ...]  # (name, fictional AGS, inhabitants)
    share_of_persons: float  # size relative to --persons


DISTRICT = OfficeSpec(
    name="Kreis Rhein-Wupper – Ausländerbehörde",
    short_name="RW",
    district_name="Kreis Rhein-Wupper",
    file_prefix="RW-32.1",
    username_prefix="",
    towns=(
        ("Rahlingen", "05199032", 86_900),
        ("Velbrück", "05199036", 81_400),
        ("Langenhorst", "05199024", 58_700),
        ("Hilgenbach", "05199020", 55_600),
        ("Erkenrode", "05199008", 44_100),
        ("Monrath am Rhein", "05199028", 40_800),
        ("Mettwald", "05199026", 38_900),
        ("Haanenberg", "05199016", 30_200),
        ("Heiligenrode", "05199012", 26_000),
        ("Wülfershagen", "05199040", 21_000),
    ),
    share_of_persons=1.0,
)

NEIGHBOUR = OfficeSpec(
    name="Stadt Nachbarstadt – Ausländerbehörde",
    short_name="NS",
    district_name="Stadt Nachbarstadt",
    file_prefix="NS-33",
    username_prefix="nachbar-",
    towns=(("Nachbarstadt", "05199100", 112_300),),
    share_of_persons=0.075,  # ~150 persons beside the district's 2,000
)

OFFICES = (DISTRICT, NEIGHBOUR)
