"""The office's legal assessment of one person: facts the law engine needs that are judgements
rather than documents (e.g. "Ausreise unmöglich", "positive Integrationsprognose").

Every yes/no fact is tri-state: None = not yet assessed = unknown, never "no".
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from wegweiser.law.statute.declarations import ASSESSMENT, BY_NAME

from .base import CaseRecord, EvidenceMixin, tri_state


def _fact(name: str) -> models.BooleanField:
    fact = BY_NAME[name]
    return tri_state(_(fact.label), help_text=_(fact.help) if fact.help else "")



class Assessment(CaseRecord, EvidenceMixin):
    person = models.OneToOneField("cases.Person", on_delete=models.CASCADE, related_name="assessment")

    # The fact fields, with label and help text from law.declarations (held against it by
    # tests/cases/test_assessment_fields_follow_the_declaration.py).
    # Asylum and family
    asylum_applied = _fact("asylum_applied")
    children_complete = _fact("children_complete")
    has_spouse = _fact("has_spouse")
    family_of_25a_holder = _fact("family_of_25a_holder")
    family_of_25b_holder = _fact("family_of_25b_holder")
    school_attendance_proof = _fact("school_attendance_proof")
    children_requirements_met = _fact("children_requirements_met")
    # Integration
    in_education = _fact("in_education")
    training_complete = _fact("training_complete")
    employment_complete = _fact("employment_complete")
    school_complete = _fact("school_complete")
    integration_prognosis_positive = _fact("integration_prognosis_positive")
    integration_course_fulfilled = _fact("integration_course_fulfilled")
    housing_sufficient = _fact("housing_sufficient")
    illness_or_disability = _fact("illness_or_disability")
    foreign_degree_recognised = _fact("foreign_degree_recognised")
    degree_in_germany = _fact("degree_in_germany")
    # Identity and cooperation
    identity_steps_taken = _fact("identity_steps_taken")
    cooperation_fulfilled = _fact("cooperation_fulfilled")
    deception_causal_now = _fact("deception_causal_now")
    # Departure and removal
    departure_impossible = _fact("departure_impossible")
    obstacle_lasting = _fact("obstacle_lasting")
    departure_obstacle_self_caused = _fact("departure_obstacle_self_caused")
    national_deportation_ban = _fact("national_deportation_ban")
    removal_measures_imminent = _fact("removal_measures_imminent")
    return_date_fixed = _fact("return_date_fixed")
    employment_ban_60a6 = _fact("employment_ban_60a6")
    expulsion_order = _fact("expulsion_order")
    deportation_order_58a = _fact("deportation_order_58a")
    security_threat = _fact("security_threat")
    extremism_indications = _fact("extremism_indications")
    # Criminal-record assessments (only for roles that may see criminal records)
    expulsion_interest = _fact("expulsion_interest")
    expulsion_interest_serious = _fact("expulsion_interest_serious")
    spouse_criminal_record_clean = _fact("spouse_criminal_record_clean")
    # Hardship commission and § 104c
    resides_in_nrw = _fact("resides_in_nrw")
    title_obtainable_elsewhere = _fact("title_obtainable_elsewhere")
    p104c_application_date = models.DateField(_(BY_NAME["p104c_application_date"].label),
                                              null=True, blank=True)
    note = models.TextField(_("Notiz zur Einschätzung"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Rechtliche Einschätzung")
        verbose_name_plural = _("Rechtliche Einschätzungen")


# Fields that reveal the criminal record: shown and edited only with "case.view_criminal".
CRIMINAL_ASSESSMENT_FIELDS = tuple(f.name for f in ASSESSMENT if f.criminal)
# Every fact field, in display order (the law engine reads these names one to one, except the
# helpers - asylum_applied and the "... vollständig" answers - see screening/frames.py).
ASSESSMENT_FACT_FIELDS = tuple(f.name for f in ASSESSMENT)
