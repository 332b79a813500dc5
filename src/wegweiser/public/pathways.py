""""Wege zum Bleiberecht": one short public page per pathway of the rule catalogue.

The criteria texts of `law/` are written for caseworkers (norms, exceptions, thresholds); a person
with a Duldung needs short sentences. So each pathway of `law.statute.pathways.ALL_PATHWAYS` has a
plain-language summary here, keyed by the catalogue's pathway id; the norm and the order come from
the catalogue itself. `tests/public/test_every_pathway_of_the_catalogue_has_a_public_page.py` fails
when the catalogue gains a pathway that has no summary here.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from wegweiser.law.statute.pathways import ALL_PATHWAYS
from wegweiser.law.statute.pathways.base import Pathway


@dataclass(frozen=True)
class Summary:
    title: Promise
    lead: Promise
    needs: tuple[Promise, ...]
    actions: tuple[Promise, ...]


@dataclass(frozen=True)
class PublicPathway:
    id: str
    norm: str  # from the rule catalogue, named once on the page
    summary: Summary
    # The catalogue's own criteria (norm, German wording) for supporters and counsellors.
    criteria: tuple[tuple[str, str], ...] = ()


# Sentences shared by several pathways: translated once, worded the same everywhere.
DULDUNG = _("Sie haben eine Duldung.")
IDENTITY = _("Die Behörde weiß, wer Sie sind und aus welchem Land Sie kommen.")
PASSPORT = _("Sie haben einen Pass. Oder Sie tun alles, was Sie können, um einen Pass zu bekommen.")
NO_CRIME = _("Sie wurden nicht wegen einer schweren Straftat verurteilt.")
NO_LIES = _("Sie haben der Behörde keine falschen Angaben gemacht.")
OWN_INCOME = _("Sie verdienen Ihr Geld überwiegend selbst, mit Arbeit.")
GERMAN_A2 = _("Sie sprechen einfaches Deutsch (Niveau A2).")
GERMAN_B1 = _("Sie sprechen gut Deutsch (Niveau B1).")
DEMOCRACY = _("Sie stehen zur Demokratie und zu den Grundrechten in Deutschland.")
CHILDREN_SCHOOL = _("Ihre Kinder gehen zur Schule.")
FAMILY_TOGETHER = _("Sie leben mit dieser Person als Familie zusammen.")
TRAINING_CONTRACT = _("Sie haben einen Vertrag für eine Ausbildung. "
                      "Die Ausbildung dauert mindestens 2 Jahre.")
DULDUNG_3_MONTHS = _("Sie haben seit 3 Monaten eine Duldung.")
HOUSING = _("Ihre Wohnung ist groß genug.")

COUNSELLING = _("Kommen Sie zur Beratung. Wir prüfen mit Ihnen, ob dieser Weg für Sie passt.")
DOCUMENTS = _("Bringen Sie Ihre Papiere mit: Duldung, Pass oder Ausweis, Nachweise über Arbeit, "
              "Schule und Deutschkurse.")
GERMAN_COURSE = _("Lernen Sie Deutsch. Fragen Sie uns nach einem Kurs.")

SUMMARIES: dict[str, Summary] = {
    "p25b": Summary(
        _("Bleiberecht bei guter Integration"),
        _("Sie leben schon lange in Deutschland und sind gut integriert. "
          "Dann können Sie eine Aufenthaltserlaubnis bekommen."),
        (DULDUNG,
         _("Sie leben seit 6 Jahren in Deutschland. Mit einem minderjährigen Kind reichen 4 Jahre."),
         OWN_INCOME, GERMAN_A2, DEMOCRACY, CHILDREN_SCHOOL, IDENTITY, NO_CRIME),
        (COUNSELLING, DOCUMENTS, GERMAN_COURSE),
    ),
    "p25b_4": Summary(
        _("Bleiberecht für die Familie bei guter Integration"),
        _("Ihr Ehepartner oder Ihr Vater oder Ihre Mutter bekommt das Bleiberecht bei guter "
          "Integration. Dann kann auch die Familie bleiben."),
        (FAMILY_TOGETHER, GERMAN_A2, CHILDREN_SCHOOL, IDENTITY, NO_CRIME),
        (COUNSELLING, DOCUMENTS),
    ),
    "p25b_6": Summary(
        _("Bleiberecht nach der Beschäftigungsduldung"),
        _("Sie haben seit 30 Monaten eine Beschäftigungsduldung. "
          "Dann können Sie eine Aufenthaltserlaubnis bekommen."),
        (_("Sie haben seit 30 Monaten eine Beschäftigungsduldung."),
         _("Sie arbeiten weiter und verdienen Ihr Geld selbst."),
         GERMAN_A2, IDENTITY, NO_CRIME),
        (COUNSELLING, DOCUMENTS, GERMAN_COURSE),
    ),
    "p25a": Summary(
        _("Bleiberecht für Jugendliche und junge Erwachsene"),
        _("Sie sind jung und gehen hier zur Schule oder machen eine Ausbildung. "
          "Dann können Sie eine Aufenthaltserlaubnis bekommen."),
        (_("Sie sind mindestens 14 Jahre alt und jünger als 27 Jahre."),
         _("Sie leben seit 3 Jahren in Deutschland."),
         _("Sie haben seit 12 Monaten eine Duldung."),
         _("Sie gehen seit 3 Jahren erfolgreich zur Schule. Oder Sie haben in Deutschland "
           "einen Abschluss gemacht."),
         NO_LIES, IDENTITY, NO_CRIME),
        (_("Stellen Sie den Antrag vor Ihrem 27. Geburtstag."), COUNSELLING, DOCUMENTS),
    ),
    "p25a_2": Summary(
        _("Bleiberecht für die Familie junger Menschen"),
        _("Ihr Kind oder Ihr Ehepartner bekommt das Bleiberecht für Jugendliche. "
          "Dann können auch Eltern, Geschwister oder Ehepartner bleiben."),
        (FAMILY_TOGETHER,
         _("Eltern und Ehepartner verdienen ihr Geld selbst, mit Arbeit."),
         NO_LIES, NO_CRIME),
        (COUNSELLING, DOCUMENTS),
    ),
    "p104c": Summary(
        _("Chancen-Aufenthaltsrecht: wie es weitergeht"),
        _("Das Chancen-Aufenthaltsrecht gibt es nicht mehr neu. Wer es schon hat, kann danach "
          "ein anderes Bleiberecht bekommen."),
        (_("Sie haben eine Aufenthaltserlaubnis mit dem Chancen-Aufenthaltsrecht."),
         OWN_INCOME, GERMAN_A2, IDENTITY),
        (_("Kommen Sie früh zur Beratung, lange bevor Ihre Aufenthaltserlaubnis endet."),
         DOCUMENTS, GERMAN_COURSE),
    ),
    "p25_5": Summary(
        _("Aufenthaltserlaubnis, wenn Sie nicht ausreisen können"),
        _("Sie können Deutschland nicht verlassen, und das ändert sich lange nicht. "
          "Es ist nicht Ihre Schuld. Dann können Sie eine Aufenthaltserlaubnis bekommen."),
        (DULDUNG,
         _("Sie können nicht ausreisen, zum Beispiel wegen einer Krankheit."),
         _("Sie tun alles, was Sie können, damit die Ausreise möglich wird. "
           "Zum Beispiel beantragen Sie einen Pass."),
         NO_LIES, NO_CRIME),
        (COUNSELLING, DOCUMENTS),
    ),
    "p60d": Summary(
        _("Beschäftigungsduldung"),
        _("Sie arbeiten schon länger in Deutschland. Dann können Sie eine sichere Duldung "
          "für 30 Monate bekommen."),
        (_("Sie sind bis Ende 2022 nach Deutschland gekommen."),
         _("Sie haben seit 12 Monaten eine Duldung."),
         _("Sie arbeiten seit 12 Monaten mindestens 20 Stunden pro Woche, mit Sozialversicherung."),
         OWN_INCOME, GERMAN_A2, IDENTITY, NO_CRIME),
        (COUNSELLING, DOCUMENTS),
    ),
    "p60c": Summary(
        _("Ausbildungsduldung"),
        _("Sie machen eine Ausbildung. Dann dürfen Sie für die Zeit der Ausbildung bleiben."),
        (TRAINING_CONTRACT, DULDUNG_3_MONTHS, IDENTITY, NO_CRIME),
        (_("Zeigen Sie uns Ihren Ausbildungsvertrag, am besten vor dem Beginn der Ausbildung."),
         COUNSELLING),
    ),
    "p16g": Summary(
        _("Aufenthaltserlaubnis für eine Ausbildung"),
        _("Sie machen eine Ausbildung. Dann können Sie statt einer Duldung eine "
          "Aufenthaltserlaubnis bekommen."),
        (TRAINING_CONTRACT, DULDUNG_3_MONTHS,
         _("Sie haben genug Geld zum Leben, zum Beispiel durch Ihren Lohn in der Ausbildung."),
         PASSPORT, NO_CRIME),
        (_("Zeigen Sie uns Ihren Ausbildungsvertrag, am besten vor dem Beginn der Ausbildung."),
         COUNSELLING),
    ),
    "p19d": Summary(
        _("Aufenthaltserlaubnis für Fachkräfte mit Duldung"),
        _("Sie haben in Deutschland einen Beruf gelernt oder studiert. Oder Sie arbeiten schon "
          "lange als Fachkraft. Dann können Sie eine Aufenthaltserlaubnis bekommen."),
        (_("Sie haben in Deutschland eine Ausbildung oder ein Studium abgeschlossen. "
           "Oder Sie arbeiten seit 3 Jahren als Fachkraft."),
         HOUSING, GERMAN_B1, NO_LIES, IDENTITY, NO_CRIME),
        (COUNSELLING, DOCUMENTS, GERMAN_COURSE),
    ),
    "p19d_1a": Summary(
        _("Arbeit nach der Ausbildungsduldung"),
        _("Sie haben Ihre Ausbildung mit einer Ausbildungsduldung abgeschlossen. Dann können Sie "
          "eine Aufenthaltserlaubnis für die Arbeit in Ihrem Beruf bekommen."),
        (_("Sie haben Ihre Ausbildung erfolgreich abgeschlossen."),
         _("Sie haben eine Arbeit in Ihrem Beruf."),
         HOUSING, GERMAN_B1, IDENTITY, NO_CRIME),
        (COUNSELLING, DOCUMENTS),
    ),
    "p23a": Summary(
        _("Härtefallkommission"),
        _("In besonderen Fällen kann die Härtefallkommission das Land bitten: Diese Person soll "
          "bleiben dürfen. Das ist eine Ausnahme."),
        (DULDUNG,
         _("Sie leben in Nordrhein-Westfalen."),
         _("Es gibt besondere Gründe, warum Sie bleiben sollen. Zum Beispiel Ihre Familie, "
           "Ihre Arbeit oder Ihre Gesundheit."),
         _("Es gibt für Sie keinen anderen Weg zu einem Bleiberecht.")),
        (_("Eine Beratungsstelle kann Ihren Fall zur Härtefallkommission bringen."),
         COUNSELLING, DOCUMENTS),
    ),
}


def _public(pathway: Pathway) -> PublicPathway:
    return PublicPathway(id=pathway.id, norm=pathway.norm, summary=SUMMARIES[pathway.id],
                         criteria=tuple((c.norm, c.text) for c in pathway.criteria))


def all_pathways() -> list[PublicPathway]:
    """In the catalogue's order; a pathway without a summary raises KeyError (caught by a test)."""
    return [_public(p) for p in ALL_PATHWAYS]


def pathway(pathway_id: str) -> PublicPathway | None:
    return next((p for p in all_pathways() if p.id == pathway_id), None)
