"""The office's legal assessment of one person: facts the law engine needs that are judgements
rather than documents (e.g. "Ausreise unmöglich", "positive Integrationsprognose").

Every yes/no fact is tri-state: None = not yet assessed = unknown, never "no".
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .base import CaseRecord, EvidenceMixin, tri_state


class Assessment(CaseRecord, EvidenceMixin):
    person = models.OneToOneField("cases.Person", on_delete=models.CASCADE, related_name="assessment")

    # Asylum and family
    asylum_applied = tri_state(
        _("Asylantrag gestellt"),
        help_text=_("Nur nötig, wenn kein Asylverfahren erfasst ist: „nein“ = nie gestellt."),
    )
    children_complete = tri_state(
        _("Kinder im Haushalt vollständig verknüpft"),
        help_text=_("„ja“: fehlende Verknüpfungen bedeuten wirklich „keine minderjährigen Kinder“."),
    )
    has_spouse = tri_state(
        _("verheiratet oder in eingetragener Lebenspartnerschaft"),
        help_text=_("„nein“: es gibt keinen Ehegatten. Ein verknüpfter Ehegatte zählt immer als „ja“."),
    )
    family_of_25a_holder = tri_state(_("Familienangehörige/r einer Person mit AE nach § 25a"))
    family_of_25b_holder = tri_state(_("Ehegatte oder Kind einer Person mit AE nach § 25b"))
    school_attendance_proof = tri_state(_("Schulbesuch der schulpflichtigen Kinder nachgewiesen"))
    children_requirements_met = tri_state(_("Anforderungen an die Kinder erfüllt (§ 60d Abs. 1 Nr. 10)"))
    # Integration
    in_education = tri_state(_("derzeit in Schule, Ausbildung oder Studium"))
    training_complete = tri_state(
        _("Berufsausbildungen vollständig erfasst"),
        help_text=_("„ja“: ist keine Ausbildung erfasst, gibt es wirklich keine – auch keine "
                    "zugesagte (§ 60c, § 16g) und keine abgeschlossene (§ 19d Abs. 1 Nr. 1 a)."),
    )
    employment_complete = tri_state(
        _("Beschäftigungen vollständig erfasst"),
        help_text=_("„ja“: ist keine Beschäftigung erfasst, gibt es wirklich keine."),
    )
    school_complete = tri_state(
        _("Schulbesuche vollständig erfasst"),
        help_text=_("„ja“: ist kein Schulbesuch in Deutschland erfasst, gibt es wirklich keinen."),
    )
    integration_prognosis_positive = tri_state(_("positive Integrationsprognose (§ 25a Abs. 1 Nr. 4)"))
    integration_course_fulfilled = tri_state(
        _("Integrationskurs abgeschlossen oder nicht erforderlich (§ 60d Abs. 1 Nr. 11)")
    )
    housing_sufficient = tri_state(_("ausreichender Wohnraum"))
    illness_or_disability = tri_state(_("Krankheit, Behinderung oder Alter als Ausnahmegrund"))
    foreign_degree_recognised = tri_state(_("ausländischer Hochschulabschluss anerkannt"))
    degree_in_germany = tri_state(_("Hochschulabschluss in Deutschland erworben"))
    # Identity and cooperation
    identity_steps_taken = tri_state(_("alle zumutbaren Schritte zur Identitätsklärung unternommen"))
    cooperation_fulfilled = tri_state(_("Mitwirkungspflichten erfüllt"))
    deception_causal_now = tri_state(_("Aussetzung der Abschiebung beruht derzeit auf Täuschung"))
    # Departure and removal
    departure_impossible = tri_state(_("Ausreise rechtlich oder tatsächlich unmöglich (§ 25 Abs. 5)"))
    obstacle_lasting = tri_state(_("Ausreisehindernis entfällt auf absehbare Zeit nicht"))
    departure_obstacle_self_caused = tri_state(
        _("Ausreisehindernis selbst verschuldet (§ 25 Abs. 5 Satz 3 und 4)")
    )
    national_deportation_ban = tri_state(_("nationales Abschiebungsverbot (§ 60 Abs. 5/7) festgestellt"))
    removal_measures_imminent = tri_state(_("konkrete Maßnahmen zur Aufenthaltsbeendigung bevorstehend"))
    return_date_fixed = tri_state(_("Rückführungstermin steht bereits fest"))
    employment_ban_60a6 = tri_state(_("Beschäftigungsverbot nach § 60a Abs. 6"))
    expulsion_order = tri_state(_("Ausweisungsverfügung besteht"))
    deportation_order_58a = tri_state(_("Abschiebungsanordnung nach § 58a"))
    security_threat = tri_state(_("Gefahr für die Sicherheit (§ 54 Abs. 1 Nr. 2 oder 4)"))
    extremism_indications = tri_state(_("Anhaltspunkte für extremistische Bezüge"))
    # Criminal-record assessments (only for roles that may see criminal records)
    expulsion_interest = tri_state(_("Ausweisungsinteresse (§ 5 Abs. 1 Nr. 2, § 54)"))
    expulsion_interest_serious = tri_state(
        _("schwerwiegendes Ausweisungsinteresse (§ 54 Abs. 1 oder Abs. 2 Nr. 1–2)")
    )
    spouse_criminal_record_clean = tri_state(
        _("Ehegatte ohne relevante Verurteilung (§ 60d Abs. 1 Nr. 7)")
    )
    # Hardship commission and § 104c
    resides_in_nrw = tri_state(_("Wohnsitz in Nordrhein-Westfalen"))
    title_obtainable_elsewhere = tri_state(
        _("Aufenthaltstitel auf anderem Weg erreichbar (HFKVO § 5 Abs. 2)")
    )
    p104c_application_date = models.DateField(_("Antrag nach § 104c gestellt am"), null=True, blank=True)
    note = models.TextField(_("Notiz zur Einschätzung"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Rechtliche Einschätzung")
        verbose_name_plural = _("Rechtliche Einschätzungen")


# Fields that reveal the criminal record: shown and edited only with "case.view_criminal".
CRIMINAL_ASSESSMENT_FIELDS = ("expulsion_interest", "expulsion_interest_serious",
                              "spouse_criminal_record_clean")
# Every fact field, in display order (the law engine reads these names one to one,
# except the helpers asylum_applied, children_complete, training_complete,
# employment_complete and school_complete, see screening/frames.py).
ASSESSMENT_FACT_FIELDS = tuple(
    f.name for f in Assessment._meta.concrete_fields
    if isinstance(f, models.BooleanField | models.DateField)
    and f.name not in {"updated_at"}
)
