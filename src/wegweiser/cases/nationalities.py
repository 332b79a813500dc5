"""Nationalities as ISO 3166-1 alpha-3 codes, with the two special values of the AZR."""

from django.utils.translation import gettext, gettext_lazy, gettext_noop

STATELESS = "XXA"
UNCLEAR = "XXX"

# The nationalities an NRW office actually sees (pathways.md 7.4) plus neighbours; extendable.
NATIONALITIES: dict[str, str] = {
    "AFG": gettext_noop("Afghanistan"),
    "ALB": gettext_noop("Albanien"),
    "DZA": gettext_noop("Algerien"),
    "ARM": gettext_noop("Armenien"),
    "AZE": gettext_noop("Aserbaidschan"),
    "ETH": gettext_noop("Äthiopien"),
    "BGD": gettext_noop("Bangladesch"),
    "BIH": gettext_noop("Bosnien und Herzegowina"),
    "CMR": gettext_noop("Kamerun"),
    "CHN": gettext_noop("China"),
    "COD": gettext_noop("Kongo (Dem. Rep.)"),
    "ERI": gettext_noop("Eritrea"),
    "GMB": gettext_noop("Gambia"),
    "GEO": gettext_noop("Georgien"),
    "GHA": gettext_noop("Ghana"),
    "GIN": gettext_noop("Guinea"),
    "IND": gettext_noop("Indien"),
    "IRQ": gettext_noop("Irak"),
    "IRN": gettext_noop("Iran"),
    "CIV": gettext_noop("Côte d'Ivoire"),
    "XKX": gettext_noop("Kosovo"),
    "LBN": gettext_noop("Libanon"),
    "LBY": gettext_noop("Libyen"),
    "MLI": gettext_noop("Mali"),
    "MAR": gettext_noop("Marokko"),
    "MKD": gettext_noop("Nordmazedonien"),
    "MDA": gettext_noop("Moldau"),
    "NGA": gettext_noop("Nigeria"),
    "PAK": gettext_noop("Pakistan"),
    "PSE": gettext_noop("Palästinensische Gebiete"),
    "RUS": gettext_noop("Russland"),
    "SEN": gettext_noop("Senegal"),
    "SRB": gettext_noop("Serbien"),
    "SLE": gettext_noop("Sierra Leone"),
    "SOM": gettext_noop("Somalia"),
    "LKA": gettext_noop("Sri Lanka"),
    "SDN": gettext_noop("Sudan"),
    "SYR": gettext_noop("Syrien"),
    "TUN": gettext_noop("Tunesien"),
    "TUR": gettext_noop("Türkei"),
    "UKR": gettext_noop("Ukraine"),
    "VNM": gettext_noop("Vietnam"),
    "YEM": gettext_noop("Jemen"),
    STATELESS: gettext_noop("staatenlos"),
    UNCLEAR: gettext_noop("ungeklärt"),
}
# German names (the msgids), translated when displayed.
NATIONALITY_CHOICES = [
    (code, gettext_lazy(name)) for code, name in sorted(NATIONALITIES.items(), key=lambda item: item[1])
]


def nationality_name(code: str) -> str:
    return gettext(NATIONALITIES.get(code, code))
