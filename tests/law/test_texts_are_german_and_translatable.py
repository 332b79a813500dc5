"""A composed law text reads German as a plain string and can be rendered in another language."""

from datetime import date

from wegweiser.law.engine.expr import F
from wegweiser.law.engine.logic import Tri
from wegweiser.law.statute.criteria import Criterion, Kind
from wegweiser.law.statute.general import IDENTITY
from wegweiser.law.statute.texts import Text, gettext_noop

ENGLISH = {
    "Erfüllt: %(text)s": "Met: %(text)s",
    "Identität und Staatsangehörigkeit geklärt": "Identity and nationality established",
    "%(reason)s – entfällt am %(day)s": "%(reason)s – lapses on %(day)s",
}


def english(message: str) -> str:
    return ENGLISH.get(message, message)


def test_the_marker_returns_the_text_unchanged():
    assert gettext_noop("Kein Ausweisungsinteresse") == "Kein Ausweisungsinteresse"


def test_a_reason_is_german_and_renders_english():
    reason = IDENTITY.reason(Tri.MET)
    assert reason == "Erfüllt: Identität und Staatsangehörigkeit geklärt"
    assert reason.render(english) == "Met: Identity and nationality established"


def test_nested_texts_translate_each_part_and_write_dates_the_same_way():
    text = Text("%(reason)s – entfällt am %(day)s", reason=IDENTITY.reason(Tri.MET),
                day=date(2027, 7, 1))
    assert text == "Erfüllt: Identität und Staatsangehörigkeit geklärt – entfällt am 01.07.2027"
    assert text.render(english) == "Met: Identity and nationality established – lapses on 01.07.2027"


def test_values_that_are_not_texts_stay_as_they_are():
    text = Text("%(norm)s: %(verdict)s", norm="§ 25b Abs. 1 AufenthG", verdict=IDENTITY.reason(Tri.MET))
    assert text.render(english) == "§ 25b Abs. 1 AufenthG: Met: Identity and nationality established"
    assert Text("%(months)s Monate", months=12) == "12 Monate"


def test_a_flag_takes_its_values_from_the_feature_row():
    text = Text.from_values("gültig bis %(p104c_expiry)s", {"p104c_expiry": date(2026, 1, 31),
                                                            "other": 1})
    assert text == "gültig bis 31.01.2026" and text.values == {"p104c_expiry": date(2026, 1, 31)}
    assert Text.from_values("gültig bis %(p104c_expiry)s", {}) == "gültig bis –"


def test_a_criterion_may_bring_its_own_not_met_text():
    criterion = Criterion("x", "§ 1", "Text", Kind.HARD, IDENTITY.confidence, F("x"),
                          text_not_met="Eigener Text")
    assert criterion.reason(Tri.NOT_MET) == "Eigener Text"
    assert criterion.reason(Tri.UNKNOWN) == "Offen (Angaben fehlen): Text"
