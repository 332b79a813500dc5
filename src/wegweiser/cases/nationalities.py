"""Nationalities as ISO 3166-1 alpha-3 codes, with the two special values of the AZR."""

STATELESS = "XXA"
UNCLEAR = "XXX"

# The nationalities an NRW office actually sees (pathways.md 7.4) plus neighbours; extendable.
NATIONALITIES: dict[str, str] = {
    "AFG": "Afghanistan",
    "ALB": "Albanien",
    "DZA": "Algerien",
    "ARM": "Armenien",
    "AZE": "Aserbaidschan",
    "ETH": "Äthiopien",
    "BGD": "Bangladesch",
    "BIH": "Bosnien und Herzegowina",
    "CMR": "Kamerun",
    "CHN": "China",
    "COD": "Kongo (Dem. Rep.)",
    "ERI": "Eritrea",
    "GMB": "Gambia",
    "GEO": "Georgien",
    "GHA": "Ghana",
    "GIN": "Guinea",
    "IND": "Indien",
    "IRQ": "Irak",
    "IRN": "Iran",
    "CIV": "Côte d'Ivoire",
    "XKX": "Kosovo",
    "LBN": "Libanon",
    "LBY": "Libyen",
    "MLI": "Mali",
    "MAR": "Marokko",
    "MKD": "Nordmazedonien",
    "MDA": "Moldau",
    "NGA": "Nigeria",
    "PAK": "Pakistan",
    "PSE": "Palästinensische Gebiete",
    "RUS": "Russland",
    "SEN": "Senegal",
    "SRB": "Serbien",
    "SLE": "Sierra Leone",
    "SOM": "Somalia",
    "LKA": "Sri Lanka",
    "SDN": "Sudan",
    "SYR": "Syrien",
    "TUN": "Tunesien",
    "TUR": "Türkei",
    "UKR": "Ukraine",
    "VNM": "Vietnam",
    "YEM": "Jemen",
    STATELESS: "staatenlos",
    UNCLEAR: "ungeklärt",
}
NATIONALITY_CHOICES = sorted(NATIONALITIES.items(), key=lambda item: item[1])


def nationality_name(code: str) -> str:
    return NATIONALITIES.get(code, code)
