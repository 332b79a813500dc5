from datetime import date

from tests.reporting.district import END, START

ROWS = [("Integrationsausschuss", date(2026, 9, 10), "notice"),
        ("Kreisausschuss", date(2026, 9, 24), "notice")]


def new_report(authority, user, **changes):
    from wegweiser.reporting import reports
    from wegweiser.reporting.models import CommitteeReport

    fields = {"number": "32/0815/XVII/2026", "department": "Fachbereich 32 – Ausländerbehörde",
              "author_name": "Petra Schulz", "date": date(2026, 8, 20), "file_reference": "32.1",
              "subject": "Bericht zur Servicebehörde, 1. Halbjahr 2026", "period_start": START,
              "period_end": END, "proposal": "Der Ausschuss nimmt den Bericht zur Kenntnis.",
              "text_integration": "Die Prüfung läuft monatlich.", **changes}
    report = CommitteeReport(authority=authority, **fields)
    return reports.save_report(user, report, None, ROWS)
