"""§ 60c AufenthG - Ausbildungsduldung (a Duldung, not a title; "ist zu erteilen")."""

from __future__ import annotations

from datetime import date

from wegweiser.law.statute import blockers as b
from wegweiser.law.statute import general as g
from wegweiser.law.statute.pathways import training as t
from wegweiser.law.statute.pathways.base import Entitlement, Pathway, RuleVersion
from wegweiser.law.statute.texts import gettext_noop

PATHWAY = Pathway(
    "p60c", "§ 60c AufenthG", gettext_noop("Ausbildungsduldung"), Entitlement.BOUND,
    (t.TRAINING_TYPE, g.GEDULDET, b.P60A_6_EMPLOYMENT_BAN, t.PRIOR_DULDUNG, t.IDENTITY_IN_TIME,
     t.SECURITY, t.NO_REMOVAL_MEASURES, t.PAPERWORK),
    (RuleVersion(date(2020, 1, 1), gettext_noop("§ 60c i.d.F. ab 01.01.2020")),),
)
