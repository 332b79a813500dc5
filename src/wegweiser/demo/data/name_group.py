from dataclasses import dataclass


@dataclass(frozen=True)
class NameGroup:
    """Given names by sex and family names of one naming tradition."""

    male: list[str]
    female: list[str]
    family: list[str]
