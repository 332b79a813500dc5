"""§ 19d AufenthG and completed trainings.

Abs. 1 Nr. 1 a (i.d.F. des FEG 2023, ab 01.03.2024): "eine qualifizierte Berufsausbildung …,
eine nach bundes- oder landesrechtlichen Vorschriften geregelte, staatlich anerkannte Ausbildung
in einer Pflegehilfstätigkeit oder ein Hochschulstudium abgeschlossen" - a Pflegehilfe training
counts (from 01.03.2024), any other assistant/helper training does not.
Abs. 1a: the training must have been passed "während des Besitzes einer Duldung nach § 60c"
(read from the status history: a duldung_60c period covers the day the training ended).
"""

from datetime import timedelta

from law_builders import AS_OF, D, period, status_of, well_integrated

from wegweiser.law.engine.facts import LanguageCertificate, TrainingRecord
from wegweiser.law.engine.features import compute_features
from wegweiser.law.engine.logic import Tri

B1 = (LanguageCertificate("B1", "full", D(2024, 1, 10)),)


ENDED = D(2025, 7, 31)


def graduate(kind="care_aid", ended=ENDED, completed=True, **changes):
    return well_integrated(**{
        "language_certificates": B1, "housing_sufficient": True, "degree_in_germany": False,
        "foreign_degree_recognised": False,
        "training": (TrainingRecord(ended - timedelta(days=365), ended, kind, completed=completed),),
        **changes})


def test_a_passed_pflegehilfe_training_qualifies_under_nr_1_a():
    assert status_of(graduate(), "p19d", "p19d.qualification") is Tri.MET


def test_a_pflegehilfe_training_did_not_count_before_1_march_2024():
    facts = graduate(ended=D(2023, 7, 31))
    assert status_of(facts, "p19d", "p19d.qualification", D(2024, 2, 29)) is Tri.NOT_MET
    assert status_of(facts, "p19d", "p19d.qualification", D(2024, 3, 1)) is Tri.MET


def test_another_assistant_training_does_not_qualify():
    assert status_of(graduate(kind="assistant"), "p19d", "p19d.qualification") is Tri.NOT_MET


def test_a_pflegehilfe_training_without_known_result_stays_open():
    assert status_of(graduate(completed=None), "p19d", "p19d.qualification") is Tri.UNKNOWN


def _with_60c(until):
    return (period("gestattung", D(2015, 3, 1), D(2018, 6, 30)),
            period("duldung", D(2018, 7, 1), D(2022, 7, 31)),
            period("duldung_60c", D(2022, 8, 1), until),
            period("duldung", until + timedelta(days=1)))


def test_abs_1a_needs_the_training_passed_while_holding_a_60c_duldung():
    """Qualified training passed on 31.07.2025 under a § 60c Duldung (until 31.01.2026, incl.
    the job-search period of Abs. 6) -> Abs. 1a met."""
    facts = graduate(kind="qualified", status_periods=_with_60c(D(2026, 1, 31)))
    assert compute_features(facts, AS_OF)["training_completed_60c"] is True
    assert status_of(facts, "p19d_1a", "p19d.after_60c") is Tri.MET


def test_abs_1a_is_not_met_for_a_training_passed_under_an_ordinary_duldung():
    facts = graduate(kind="qualified")  # only gestattung/duldung in the history
    assert status_of(facts, "p19d_1a", "p19d.after_60c") is Tri.NOT_MET
    assert status_of(facts, "p19d", "p19d.qualification") is Tri.MET  # Abs. 1 still open to it


def test_abs_1a_is_not_met_when_the_60c_duldung_ended_before_the_training():
    facts = graduate(kind="qualified", status_periods=_with_60c(D(2025, 6, 30)))
    assert status_of(facts, "p19d_1a", "p19d.after_60c") is Tri.NOT_MET


def test_abs_1a_stays_unknown_without_status_history():
    facts = graduate(kind="qualified", status_periods=None)
    assert compute_features(facts, AS_OF)["training_completed_60c"] is None
    assert status_of(facts, "p19d_1a", "p19d.after_60c") is Tri.UNKNOWN
