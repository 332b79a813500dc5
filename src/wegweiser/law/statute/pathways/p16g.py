"""§ 16g AufenthG - Aufenthaltserlaubnis zur Berufsausbildung für ausreisepflichtige
Ausländer (since 01.03.2024, "ist zu erteilen").

A title of Abschnitt 3: § 5 Abs. 2 and § 10 Abs. 3 Satz 1 do not apply (Abs. 10), § 5 Abs. 1
Nr. 1a not applicable; as an Anspruch § 10 Abs. 3 Satz 3 neutralises Satz 2.  § 11 still bars.
"""

from __future__ import annotations

from datetime import date

from wegweiser.law.engine.expr import F, Or
from wegweiser.law.statute import blockers as b
from wegweiser.law.statute import general as g
from wegweiser.law.statute.criteria import Confidence, Criterion, Kind
from wegweiser.law.statute.pathways import training as t
from wegweiser.law.statute.pathways.base import Entitlement, Pathway, RuleVersion
from wegweiser.law.statute.texts import gettext_noop

LIVELIHOOD = Criterion(
    "p16g.livelihood", "§ 16g i.V.m. § 2 Abs. 3 Satz 5 AufenthG",
    gettext_noop("Lebensunterhalt in Höhe des BAföG-Bedarfs (§ 12 BAföG) gesichert; Leistungen der "
                 "Ausbildungsförderung unschädlich"), Kind.REGULAR, Confidence.T,
    Or(F("livelihood_secured"), F("in_education")),
)
PATHWAY = Pathway(
    "p16g", "§ 16g AufenthG", gettext_noop("Aufenthaltserlaubnis zur Berufsausbildung"), Entitlement.BOUND,
    (t.TRAINING_TYPE, g.GEDULDET, b.P60A_6_EMPLOYMENT_BAN, t.PRIOR_DULDUNG, t.IDENTITY_IN_TIME,
     t.SECURITY, t.NO_REMOVAL_MEASURES, t.PAPERWORK, LIVELIHOOD, g.NO_EXPULSION_INTEREST,
     g.PASSPORT, b.P5_4_SECURITY, b.P11_ENTRY_BAN),
    (RuleVersion(date(2024, 3, 1), gettext_noop("§ 16g i.d.F. ab 01.03.2024")),),
)
