"""Details of training records, employments, convictions and school records that § 60c,
§ 16g, § 19d and § 25a turn on.

Drawn after everything else of a household, from a stream of their own (see generator.py), so
they never change the persons, histories, facts and assessments of a seed:

* training: most contracts registered (§ 60c Abs. 3; Ausbildungsduldung holders nearly
  always), a training that ran its course mostly passed, a dropped one not; helper trainings
  mostly state-recognised Pflegehilfe (§ 19d Abs. 1 Nr. 1 a), some other assistant trainings,
  with or without a commitment for a bottleneck training; a few kinds unknown;
* employment: qualified in the sense of § 2 Abs. 12b (§ 19d Abs. 1 Nr. 1 b/c) mostly after a
  passed qualified training; otherwise mostly helper jobs, a few qualified, some unknown;
* convictions: mostly intentional; some traffic and assault offences negligent (then named
  so); about one in ten leaves intent open;
* school records: attended successfully (§ 25a Abs. 1 Satz 1 Nr. 2) mostly yes, nearly always
  with a school-leaving qualification, some not, some unknown - drawn from a stream of their
  own (generator.py), so that they leave the other details of a seed unchanged;
* the assessment's "training complete" for most assessed persons (so that no training record
  means "no training" there, and stays unknown elsewhere).
"""

import random
from datetime import date

from .assessments import tri
from .data.facts_data import ASSISTANT_TRAININGS
from .drafts import HouseholdDraft, PersonDraft, add_months

KIND_UNKNOWN = 0.04
OTHER_ASSISTANT_SHARE = 0.3  # helper trainings that are no Pflegehilfe
# (yes, no) of "qualified employment"; the rest is unknown
QUALIFIED_JOB_TRAINED = (0.75, 0.15)  # running after a passed qualified training
QUALIFIED_JOB_OTHER = (0.06, 0.8)
# (yes, no) of "attended successfully"; the rest is unknown
SCHOOL_WITH_QUALIFICATION = (0.95, 0.0)
SCHOOL_FINISHED = (0.72, 0.15)
SCHOOL_RUNNING = (0.8, 0.06)
TRAINING_COMPLETE = 0.9
NEGLIGENT_SHARE = 0.4
NEGLIGENT = {
    "Körperverletzung (§ 223 StGB)": "Fahrlässige Körperverletzung (§ 229 StGB)",
    "Fahren ohne Fahrerlaubnis (§ 21 StVG)":
        "Fahrlässiges Fahren ohne Fahrerlaubnis (§ 21 Abs. 2 StVG)",
    "Verstoß gegen das Pflichtversicherungsgesetz (§ 6 PflVG)":
        "Fahrlässiger Verstoß gegen das Pflichtversicherungsgesetz (§ 6 Abs. 2 PflVG)",
}


def household_details(rng: random.Random, home: HouseholdDraft, today: date,
                      school_rng: random.Random | None = None) -> None:
    for member in home.members():
        for kind, values in member.facts:
            if kind == "training":
                _training(rng, member, values, today)
            elif kind == "conviction":
                _conviction(rng, values)
        for kind, values in member.facts:
            if kind == "employment":
                _employment(rng, member, values)
        if member.assessment is not None:
            complete = rng.random() < TRAINING_COMPLETE
            member.assessment["training_complete"] = True if complete else None
    for member in home.members():
        for kind, values in member.facts:
            if kind == "school":
                _school(school_rng or rng, values)


def _training(rng: random.Random, person: PersonDraft, row: dict, today: date) -> None:
    holder_60c = any(p.kind == "duldung_60c" for p in person.history.periods)
    if rng.random() < KIND_UNKNOWN:
        row["kind"] = ""
    if row["kind"] == "care_aid" and rng.random() < OTHER_ASSISTANT_SHARE:
        row["kind"], row["occupation"] = "assistant", rng.choice(ASSISTANT_TRAININGS)
    helper = row["kind"] in ("assistant", "care_aid")
    row["bottleneck_commitment"] = tri(rng, 0.55, 0.25) if helper else None
    if holder_60c:  # the Duldung was granted on the registered contract
        row["contract_registered"] = True if rng.random() < 0.95 else None
    else:
        row["contract_registered"] = tri(rng, 0.78, 0.08)
    end = row["end"]
    if end is None or end > today:
        row["completed"] = None
    elif end >= add_months(row["start"], 36):  # ran its course
        row["completed"] = tri(rng, 0.85, 0.05)
    else:  # broken off
        row["completed"] = tri(rng, 0.0, 0.8)


def _employment(rng: random.Random, person: PersonDraft, row: dict) -> None:
    """Jobs after a passed qualified training mostly use it; the others are mostly helper jobs."""
    trained_by = [t["end"] for kind, t in person.facts if kind == "training"
                  and t["kind"] == "qualified" and t.get("completed") is True]
    trained = any(row["end"] is None or row["end"] > end for end in trained_by)
    row["qualified"] = tri(rng, *(QUALIFIED_JOB_TRAINED if trained else QUALIFIED_JOB_OTHER))


def _school(rng: random.Random, row: dict) -> None:
    """A school-leaving qualification was reached successfully; other periods mostly too."""
    shares = (SCHOOL_WITH_QUALIFICATION if row["qualification"]
              else SCHOOL_RUNNING if row["end"] is None else SCHOOL_FINISHED)
    row["successful"] = tri(rng, *shares)


def _conviction(rng: random.Random, row: dict) -> None:
    negligent = NEGLIGENT.get(row["offence"])
    if negligent and rng.random() < NEGLIGENT_SHARE:
        row["offence"], row["intentional"] = negligent, False
    else:
        row["intentional"] = True if rng.random() < 0.9 else None
