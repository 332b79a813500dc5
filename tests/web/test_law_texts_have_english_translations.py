"""Every text the law shows is marked for the catalogue and has an English translation;
norm citations are never marked."""

import ast
import gettext
from datetime import date
from pathlib import Path

from wegweiser.law.engine import single as engine
from wegweiser.law.engine.rules import all_criteria, all_flags
from wegweiser.law.engine.verdict import EXCEPTION_TEXT, VERDICT_TEXT
from wegweiser.law.statute import criteria
from wegweiser.law.statute.catalogue import catalogue
from wegweiser.law.statute.parameters import PARAMS
from wegweiser.law.statute.pathways import ALL_PATHWAYS

SOURCE = Path(__file__).resolve().parents[2] / "src" / "wegweiser"
MO = SOURCE / "locale" / "en" / "LC_MESSAGES" / "django.mo"


def marked_in_law() -> set[str]:
    """The literals wrapped in ``gettext_noop(...)`` anywhere in law/ (what makemessages extracts)."""
    marked = set()
    for path in (SOURCE / "law").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "gettext_noop"):
                marked.add(ast.literal_eval(node.args[0]))
    return marked


def shown_by_law() -> set[str]:
    texts = {c.text for c in all_criteria()}
    texts |= {t for c in all_criteria() for t in (c.text_not_met, c.text_unknown) if t}
    for pathway in ALL_PATHWAYS:
        texts |= {pathway.title, pathway.available_text, *(v.label for v in pathway.versions)}
    texts |= {flag.text for flag in all_flags()}
    texts |= {*VERDICT_TEXT.values(), EXCEPTION_TEXT}
    texts |= {param.label for param in PARAMS}
    texts |= {entry["title"] for entry in catalogue(date.today())}
    texts |= {criteria.REASON_MET, criteria.REASON_NOT_MET, criteria.REASON_UNKNOWN,
              engine.REASON_MET_ON, engine.REASON_LOST_ON}
    return texts


def english() -> dict[str, str]:
    with MO.open("rb") as handle:
        return gettext.GNUTranslations(handle)._catalog


def test_every_text_the_law_shows_is_marked_for_the_catalogue():
    assert shown_by_law() - marked_in_law() == set()


def test_every_marked_law_text_has_an_english_translation():
    catalogue_ = english()
    assert sorted(t for t in marked_in_law() if not catalogue_.get(t)) == []


def test_criteria_texts_pathway_names_and_verdicts_read_english():
    catalogue_ = english()
    pathway = next(p for p in ALL_PATHWAYS if p.id == "p25b")
    assert catalogue_[pathway.title] == "Sustainable integration"
    assert catalogue_[VERDICT_TEXT[next(iter(VERDICT_TEXT))]] == "Entitlement (mandatory decision)"
    assert catalogue_[criteria.REASON_UNKNOWN] == "Open (information missing): %(text)s"


def test_norm_citations_stay_out_of_the_catalogue():
    norms = {c.norm for c in all_criteria()} | {p.norm for p in ALL_PATHWAYS}
    assert norms & marked_in_law() == set()
