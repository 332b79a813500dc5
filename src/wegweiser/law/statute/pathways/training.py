"""Criteria shared by § 60c (Ausbildungsduldung) and § 16g (AE zur Berufsausbildung)."""

from __future__ import annotations

from datetime import date

from wegweiser.law.engine.expr import UNKNOWN, AddMonths, And, F, IsNull, Lit, Not, Or, When
from wegweiser.law.statute.criteria import Confidence, Criterion, Kind
from wegweiser.law.statute.helpers import duration_met, duration_met_on, fines_rule
from wegweiser.law.statute.texts import gettext_noop

T = Confidence.T

TRAINING_TYPE = Criterion(
    "training.type", "§ 60c Abs. 1 Satz 1 / § 16g Abs. 1 AufenthG",
    gettext_noop("Qualifizierte Berufsausbildung (mind. 2 Jahre) oder Assistenz-/Helferausbildung mit "
                 "Zusage für eine Engpass-Ausbildung"), Kind.HARD, T,
    Or(F("training_kind").eq("qualified"),
       And(Or(F("training_kind").eq("assistant"), F("training_kind").eq("care_aid")),
           F("training_bottleneck"))),
)
# Abs. 1 Satz 1 Nr. 1 (training taken up as an asylum seeker, continued after the rejection):
# Abs. 2 Nr. 2 and Nr. 5 apply only "im Fall von Absatz 1 Satz 1 Nummer 2".
_STARTED_AS_ASYLUM_SEEKER = F("training_started_gestattet")
PRIOR_DULDUNG = Criterion(
    "training.prior_duldung", "§ 60c Abs. 2 Nr. 2 / § 16g Abs. 2 Nr. 2 AufenthG",
    gettext_noop("Seit mindestens 3 Monaten im Besitz einer Duldung (ohne § 60b-Zeiten); entfällt, "
                 "wenn die Ausbildung mit Aufenthaltsgestattung begonnen wurde (Abs. 1 Satz 1 Nr. 1)"),
    Kind.HARD, T,
    Or(_STARTED_AS_ASYLUM_SEEKER, duration_met("dul", "p60c.duldung_months")),
    met_on=duration_met_on("dul", "p60c.duldung_months"),
    threshold="p60c.duldung_months",
)
_SINCE = F("identity_clarified_since")
_ENTRY = F("entry_date")
_TIMELY = When(
    IsNull(_ENTRY), UNKNOWN,
    When(_ENTRY <= Lit(date(2016, 12, 31)), F("identity_clarified"),
         When(_ENTRY <= Lit(date(2019, 12, 31)),
              And(F("identity_clarified"), _SINCE <= Lit(date(2020, 6, 30))),
              And(F("identity_clarified"), _SINCE <= AddMonths(_ENTRY, 6)))))
IDENTITY_IN_TIME = Criterion(
    "training.identity_in_time", "§ 60c Abs. 2 Nr. 3, Abs. 7 / § 16g Abs. 2 Nr. 3, Abs. 6",
    gettext_noop("Identität fristgerecht geklärt (Einreise bis 2016: bis Antrag; 2017-2019: bis "
                 "30.06.2020; danach: binnen 6 Monaten nach Einreise) oder alle zumutbaren Maßnahmen "
                 "ergriffen"), Kind.HARD, T, Or(F("identity_steps_taken"), _TIMELY),
)
SECURITY = Criterion(
    "training.security", "§ 60c Abs. 2 Nr. 4 / § 16g Abs. 2 Nr. 4 i.V.m. § 19d Abs. 1 Nr. 6-7",
    gettext_noop("Keine extremistischen Bezüge, keine Verurteilung über 50/90 Tagessätze, keine "
                 "Ausweisungsverfügung oder Anordnung nach § 58a"), Kind.EXCLUSION, T,
    And(Not(F("extremism_indications")), fines_rule(juvenile_counts=True),
        Not(F("expulsion_order")), Not(F("deportation_order_58a"))),
    met_on=F("crim_clear_on"),
)
NO_REMOVAL_MEASURES = Criterion(
    "training.no_removal_measures", "§ 60c Abs. 2 Nr. 5 / § 16g Abs. 2 Nr. 5 AufenthG",
    gettext_noop("Keine konkreten Maßnahmen zur Aufenthaltsbeendigung bevorstehend; entfällt, wenn die "
                 "Ausbildung mit Aufenthaltsgestattung begonnen wurde (Abs. 1 Satz 1 Nr. 1)"),
    Kind.EXCLUSION, T,
    Or(_STARTED_AS_ASYLUM_SEEKER, Not(F("removal_measures_imminent"))),
)
PAPERWORK = Criterion(
    "training.contract_registered", "§ 60c Abs. 3 / § 16g Abs. 3 AufenthG",
    gettext_noop("Ausbildungsvertrag eingetragen oder Eintragung beantragt (Antrag höchstens 7 Monate vor "
                 "Beginn)"), Kind.HARD, T, F("training_registered"),
)
