"""Exclusion grounds of the NRW hardship commission ordinance (HFKVO NRW § 5), as verified.

Wording checked against the published ordinance text (see docs/law/p23a-hfkvo.md for the
sources and the version): § 5 Abs. 1 excludes the procedure, § 5 Abs. 2 excludes it "in der
Regel" (soll). The texts below are short paraphrases, not quotations. Each ground names the
criterion of the law engine's § 23a pathway (law/statute/pathways/p23a.py) that covers it, or
none: those the office checks in the file itself, and the page says so. Points the sources do
not settle are policy settings (review/hardship.py, HardshipPolicy), never encoded here.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

MANDATORY, REGULAR = "mandatory", "regular"


@dataclass(frozen=True)
class Ground:
    norm: str
    kind: str  # MANDATORY (§ 5 Abs. 1) or REGULAR (§ 5 Abs. 2, "soll")
    text: object  # lazy German text
    criterion: str | None  # id of the engine's criterion that covers it (p23a.py), if any
    note: object = ""  # how the engine covers it, where it is only partly


GROUNDS = (
    Ground("§ 5 Abs. 1 HFKVO NRW", MANDATORY, _("Person hält sich nicht im Bundesgebiet auf"),
           None),
    Ground("§ 5 Abs. 1 HFKVO NRW", MANDATORY,
           _("keine nordrhein-westfälische Ausländerbehörde zuständig"), "p23a.nrw"),
    Ground("§ 5 Abs. 1 HFKVO NRW", MANDATORY, _("nicht ausreisepflichtig"), "status.geduldet",
           _("Die Prüfung liest „geduldet“; eine Ausreisepflicht ohne Duldung prüfen Sie "
             "selbst.")),
    Ground("§ 5 Abs. 1 HFKVO NRW", MANDATORY,
           _("kein ordnungsgemäßer Wohnsitz in Nordrhein-Westfalen"), "p23a.nrw"),
    Ground("§ 5 Abs. 1 HFKVO NRW", MANDATORY, _("Abschiebungsanordnung nach § 58a AufenthG"),
           "p23a.mandatory_exclusions"),
    Ground("§ 5 Abs. 1 HFKVO NRW", MANDATORY,
           _("Aufenthaltstitel nach § 5 Abs. 4 AufenthG versagt"), "p23a.mandatory_exclusions",
           _("Die Prüfung liest die Einschätzung „Gefahr für die Sicherheit“, nicht eine "
             "ergangene Versagung.")),
    Ground("§ 5 Abs. 1 HFKVO NRW", MANDATORY,
           _("ausgewiesen nach § 53 AufenthG (oder der Vorschrift des Ausländergesetzes)"),
           "p23a.mandatory_exclusions",
           _("Die Verordnung nennt § 53 (Abs. 1) und § 54 (Abs. 2) in der Zählung vor 2016; "
             "die Prüfung behandelt jede Ausweisung als zwingenden Ausschluss – eine "
             "Einstellung, keine geprüfte Auslegung.")),
    Ground("§ 5 Abs. 2 HFKVO NRW", REGULAR,
           _("Aufenthalt entgegen einem Einreise- und Aufenthaltsverbot (§ 11 AufenthG), außer "
             "die Ausreise ist rechtlich oder tatsächlich unmöglich"),
           "p23a.soft_exclusions"),
    Ground("§ 5 Abs. 2 HFKVO NRW", REGULAR,
           _("Aufenthaltserlaubnis oder Bescheinigung über das gemeinschaftliche "
             "Aufenthaltsrecht in einem anderen Verfahren (Ausländerbehörde oder BAMF) "
             "erreichbar"), "p23a.soft_exclusions"),
    Ground("§ 5 Abs. 2 HFKVO NRW", REGULAR,
           _("zur Fahndung ausgeschrieben oder ohne ladungsfähige Anschrift"), None),
    Ground("§ 5 Abs. 2 HFKVO NRW", REGULAR,
           _("Straftaten von erheblichem Gewicht im Sinne des § 23a AufenthG"),
           "p23a.soft_exclusions"),
    Ground("§ 5 Abs. 2 HFKVO NRW", REGULAR,
           _("ausgewiesen nach § 54 AufenthG (oder der Vorschrift des Ausländergesetzes)"),
           "p23a.mandatory_exclusions",
           _("Siehe oben: jede Ausweisung gilt in der Prüfung als zwingender Ausschluss.")),
    Ground("§ 5 Abs. 2 HFKVO NRW", REGULAR, _("Termin der Rückführung steht bereits fest"),
           "p23a.soft_exclusions"),
)
