"""Adjacent pathways outside the brief, only flagged (spec 3.10)."""

from __future__ import annotations

from wegweiser.law.engine.expr import AS_OF, And, F, Par
from wegweiser.law.statute.pathways.base import Flag
from wegweiser.law.statute.texts import gettext_noop

CASE_FLAGS = (
    Flag("p25_3", gettext_noop("§ 25 Abs. 3 AufenthG prüfen: nationales Abschiebungsverbot (§ 60 Abs. 5/7) "
                               "festgestellt – Soll-Erteilung, § 10 Abs. 3 Satz 2 unschädlich"),
         F("national_deportation_ban")),
    Flag("p10_3_s5", gettext_noop("§ 10 Abs. 3 Satz 5 AufenthG: Asylantrag zurückgenommen und Einreise vor "
                                  "dem 29.03.2023 – Titel nach § 18a, § 18b oder § 19c Abs. 2 möglich "
                                  "(Spurwechsel)"), F("asylum_withdrawn_early")),
    Flag("geas", gettext_noop("GEAS-Reform ab 12.06.2026: Wortlaut des § 10 Abs. 3 Satz 2 ungeprüft – "
                              "Ablehnungsgründe manuell prüfen"),
         And(F("asylum_s2"), AS_OF >= Par("policy.geas_applicable_from"))),
)
