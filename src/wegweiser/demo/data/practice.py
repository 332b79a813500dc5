"""The decision practice of the demo district: who applies for what, how often the office grants,
how long it takes. Chosen so that the decision-practice analysis has something to show (rates
that differ by norm, team and period); the reasons are in docs/demo.md ("Entscheidungspraxis").

Sources (shared/domain/practice.md A3): § 104c was granted to the large majority of applicants
(federal: 53,972 granted, about 4,000 refused by January 2024; NRW refused about 4 %); § 23a
requests (Ersuchen) in about 20 % of the cases heard in NRW; 0.5–3 hardship cases per office and
year. Everything else is an assumption and marked as such in docs/demo.md.
"""

from datetime import date

# Teams by the first letter of the family name, as offices usually cut caseloads.
TEAMS = (("Team A–G", "A", "G"), ("Team H–O", "H", "O"), ("Team P–Z", "P", "Z"))
NEIGHBOUR_TEAMS = (("Team Ausländerbehörde", "A", "Z"),)
# Team of each demo caseworker (sachbearbeitung1..4, see data/facts_data.CASEWORKERS); the third
# is the named deputy of the head of department for four-eyes approvals.
CASEWORKER_TEAMS = (0, 0, 1, 2)
DEPUTY = "sachbearbeitung3"

FIRST_YEAR = 2021
# The guideline that ends the stricter practice of one team on § 25 Abs. 5 (see STRICT_TEAM).
GUIDELINE_FROM = date(2024, 7, 1)
GUIDELINE = {
    "number": "25.5.1",
    "title": "§ 25 Abs. 5 AufenthG: Ermessen bei langer Duldung",
    "text": ("Ist die Abschiebung seit mindestens 18 Monaten ausgesetzt und die Ausreise aus "
             "Gründen unmöglich, die die Person nicht zu vertreten hat, wird das Ermessen "
             "zugunsten der Erteilung ausgeübt. Von der Passpflicht (§ 5 Abs. 1 Nr. 4) wird nach "
             "§ 5 Abs. 3 Satz 2 abgesehen, wenn die Identität auf andere Weise geklärt ist und "
             "die zumutbaren Mitwirkungshandlungen nachgewiesen sind."),
    "note": ("Merke: Die Ablehnung braucht eine Abwägung im Einzelfall; ein Textbaustein "
             "„Ermessen nicht eröffnet“ genügt nicht."),
    "reason": ("Auswertung der Entscheidungspraxis 2021–2024: Team H–O lehnte Anträge nach "
               "§ 25 Abs. 5 deutlich häufiger ab als die anderen Teams, oft ohne erkennbare "
               "Ermessensausübung."),
}
STRICT_TEAM = 1  # Team H–O

# Grant share of decided applications (withdrawals aside) per norm: the base value and the
# difference of each team (percentage points). Periods: before/after GUIDELINE_FROM for
# § 25 Abs. 5; by year for the rest.
BASE_RATE = {
    "p104c": 0.94, "p25b": 0.74, "p25b_4": 0.85, "p25a": 0.82, "p25_5": 0.56, "p60d": 0.72,
    "p60c": 0.84, "p19d": 0.45, "p16g": 0.62, "p23a": 0.9,
}
TEAM_SHIFT = {  # per team index (A–G, H–O, P–Z)
    "p25b": (0.0, -0.06, 0.05), "p25a": (0.0, -0.04, 0.03), "p60d": (0.03, -0.05, 0.0),
}
YEAR_SHIFT = {  # first years of a norm are stricter: practice settles after the ministry's notes
    "p25b": {2021: -0.1, 2022: -0.08, 2023: -0.04}, "p104c": {2023: 0.0, 2024: -0.02,
                                                              2025: -0.05},
    "p60d": {2024: -0.05}, "p16g": {2024: -0.07},
}
STRICT_P25_5 = 0.24  # Team H–O on § 25 Abs. 5 before the guideline
AFTER_GUIDELINE_P25_5 = (0.58, 0.52, 0.6)

# Norms without a trace in the generated status histories: applications are drawn per adult
# and year (per mille), a grant then rewrites the person's history (a residence permit from the
# decision on). Windows: when the norm takes new applications.
DRAWN = {
    # pathway: (per mille of fitting persons and year, first day, last day, legal basis, months)
    "p25_5": (45.0, date(2021, 1, 1), None, "§ 25 Abs. 5", 18),
    "p25b": (80.0, date(2021, 1, 1), date(2022, 12, 30), "§ 25b", 24),
    "p25a": (200.0, date(2021, 1, 1), date(2022, 12, 30), "§ 25a", 36),
    "p19d": (20.0, date(2021, 1, 1), None, "§ 19d", 24),
    "p16g": (150.0, date(2024, 3, 1), None, "§ 16g", 24),
}
# Status histories that already hold the grant: legal basis (or Duldung kind) -> pathway.
FROM_HISTORY = {"§ 104c": "p104c", "§ 25b": "p25b", "§ 25b Abs. 4": "p25b_4", "§ 25a": "p25a",
                "§ 60c": "p60c", "§ 60d": "p60d"}

# Days from application to decision: median per norm (log-normal spread).
MEDIAN_DAYS = {"p104c": 75, "p25b": 120, "p25b_4": 110, "p25a": 95, "p25_5": 140,
               "p60d": 60, "p60c": 45, "p19d": 100, "p16g": 60, "p23a": 45}
STRICT_SLOWER = 1.5  # Team H–O took longer on § 25 Abs. 5 before the guideline
SPREAD = 0.45

# Main reasons of refusals per norm: codes of the registry (cases/decision_reasons.py; a test
# keeps them fitting their norm); weights say how often each is the main reason.
REFUSAL_REASONS = {
    "p104c": [("deception", 35), ("time_not_reached", 30), ("offences", 25), ("fdgo", 10)],
    "p25b": [("livelihood", 35), ("language", 25), ("identity", 15), ("time_not_reached", 15),
             ("offences", 10)],
    "p25b_4": [("livelihood", 45), ("language", 30), ("family_link", 25)],
    "p25a": [("school", 35), ("prognosis", 25), ("time_not_reached", 20), ("identity", 20)],
    "p25_5": [("departure_possible", 30), ("own_fault", 25), ("passport", 20), ("identity", 15),
              ("livelihood", 10)],
    "p60d": [("employment", 35), ("livelihood", 25), ("language", 20), ("removal_measures", 20)],
    "p60c": [("training", 40), ("removal_measures", 30), ("employment_ban", 30)],
    "p19d": [("qualification", 40), ("housing", 20), ("language", 20), ("livelihood", 20)],
    "p16g": [("training", 50), ("employment_ban", 30), ("removal_measures", 20)],
    "p23a": [("no_hardship", 60), ("offences", 40)],
}
WITHDRAWN_SHARE = 0.04  # applications withdrawn before a decision
NOT_EXERCISED_SHARE = {True: 0.35, False: 0.08}  # discretion refusals without weighing: strict
RETURNED_FIRST_SHARE = 0.06  # refusals sent back once by the approver before being approved
PENDING_APPROVAL_DAYS = 21  # refusals this recent still wait for approval

# § 23a petitions: per 1,000 households and year (1–3 for the district), plus two received in
# the last months (still pending). Outcomes of closed petitions (A3: Ersuchen in ~20 %).
PETITIONS_PER_1000 = (0.5, 1.5)
PETITION_OUTCOMES = [("ersuchen", 22), ("no_ersuchen", 38), ("not_admitted", 18),
                     ("recommendation", 10), ("settled", 12)]
PETITION_FILERS = [
    "Rechtsanwältin Dr. Petra Lenz", "Flüchtlingsberatung der Caritas Rhein-Wupper",
    "Diakonie Rhein-Wupper, Migrationsdienst", "Rechtsanwalt Yusuf Demir",
    "Mitglied der Kommission (Flüchtlingsrat NRW)", "Kirchengemeinde St. Martin, Velbrück",
]
STATEMENT_DAYS = 28  # the commission's office asks for the statement within four weeks [guess]
