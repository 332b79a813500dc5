from wegweiser.dialogue.models import Organisation, OrganisationKind
from wegweiser.training.models import Attendance, AttendanceStatus, LanguageSkill, TrainingEvent


def test_the_partner_register_holds_the_kinds_an_office_works_with(district):
    authority, pillars = district
    organisations = Organisation.unscoped.filter(authority=authority)
    assert 10 <= organisations.count() <= 15 and pillars.partners == organisations.count()
    kinds = set(organisations.values_list("kind", flat=True))
    assert {OrganisationKind.INTEGRATION_COUNCIL, OrganisationKind.WELFARE,
            OrganisationKind.MIGRANT_ORGANISATION, OrganisationKind.JOBCENTER,
            OrganisationKind.LAWYER, OrganisationKind.IMMIGRATION_OFFICE} <= kinds
    assert all(o.contacts.exists() for o in organisations)


def test_training_events_have_attendance_costs_and_staff_languages(district):
    authority, _pillars = district
    events = TrainingEvent.unscoped.filter(authority=authority)
    assert {"seminar", "coaching"} <= set(events.values_list("kind", flat=True))
    assert any("Deeskalation" in e.title for e in events)
    attendance = Attendance.unscoped.filter(authority=authority)
    assert attendance.filter(status=AttendanceStatus.ATTENDED).count() > 10
    assert attendance.filter(status=AttendanceStatus.EXCUSED).exists()
    assert events.exclude(budget_line="").exists()
    assert LanguageSkill.unscoped.filter(authority=authority, language="Türkisch").exists()
