"""Plain German for the letters: one short explanation and the documents per pathway.

Letters are always German (the annex carries the person's language); the norm is named once in
the letter, beside this explanation. Short sentences, active voice, no legal jargon.
"""

from __future__ import annotations

EXPLANATIONS = {
    "p25b": "Sie leben seit vielen Jahren in Deutschland und sind gut integriert. Dann können Sie "
            "eine Aufenthaltserlaubnis bekommen.",
    "p25b_4": "Ihre Familie lebt mit einer Person zusammen, die wegen guter Integration bleiben "
              "kann. Dann können auch Sie eine Aufenthaltserlaubnis bekommen.",
    "p25b_6": "Sie hatten eine Beschäftigungsduldung und arbeiten. Dann können Sie eine "
              "Aufenthaltserlaubnis bekommen.",
    "p25a": "Sie sind jung, gehen hier zur Schule oder machen eine Ausbildung. Dann können Sie "
            "eine Aufenthaltserlaubnis bekommen.",
    "p25a_2": "Ihr Kind ist gut integriert und kann bleiben. Dann können auch die Eltern und "
              "Geschwister eine Aufenthaltserlaubnis bekommen.",
    "p104c": "Sie hatten eine Aufenthaltserlaubnis auf Probe (Chancen-Aufenthaltsrecht). Jetzt "
             "können Sie eine dauerhafte Aufenthaltserlaubnis beantragen.",
    "p25_5": "Sie können seit langer Zeit nicht ausreisen, und das ist nicht Ihre Schuld. Dann "
             "können Sie eine Aufenthaltserlaubnis bekommen.",
    "p60d": "Sie arbeiten seit einiger Zeit. Dann können Sie eine Duldung für die Zeit Ihrer "
            "Arbeit bekommen.",
    "p60c": "Sie machen eine Ausbildung. Dann können Sie eine Duldung für die Zeit der Ausbildung "
            "bekommen.",
    "p16g": "Sie machen eine Ausbildung. Dann können Sie eine Aufenthaltserlaubnis für die "
            "Ausbildung bekommen.",
    "p19d": "Sie haben einen Berufsabschluss oder ein Studium und eine passende Arbeit. Dann "
            "können Sie eine Aufenthaltserlaubnis bekommen.",
    "p19d_1a": "Sie haben Ihre Ausbildung abgeschlossen und arbeiten in Ihrem Beruf. Dann können "
               "Sie eine Aufenthaltserlaubnis bekommen.",
    "p23a": "Die Härtefallkommission des Landes kann in besonderen Fällen um ein Bleiberecht "
            "bitten. Wir erklären Ihnen, wie das geht.",
}

# Always needed, then what the pathway asks for.
BASIC_DOCUMENTS = ["Ihren Pass oder andere Papiere, die zeigen, wer Sie sind",
                   "dieses Schreiben"]
DOCUMENTS = {
    "p25b": ["Nachweise über Ihre Arbeit oder Ihr Einkommen (Arbeitsvertrag, Lohnabrechnungen)",
             "Nachweise über Ihre Deutschkenntnisse (Zertifikat)",
             "Schulzeugnisse Ihrer Kinder"],
    "p25b_4": ["Heiratsurkunde oder Geburtsurkunden der Kinder"],
    "p25b_6": ["Arbeitsvertrag und Lohnabrechnungen der letzten Monate",
               "Nachweise über Ihre Deutschkenntnisse (Zertifikat)"],
    "p25a": ["Schulzeugnisse oder Ausbildungsvertrag"],
    "p25a_2": ["Geburtsurkunden der Kinder", "Nachweise über Arbeit oder Einkommen"],
    "p104c": ["Nachweise über Ihre Arbeit oder Ihr Einkommen",
              "Nachweise über Ihre Deutschkenntnisse (Zertifikat)"],
    "p25_5": ["Schreiben der Botschaft oder andere Nachweise, warum die Ausreise nicht geht"],
    "p60d": ["Arbeitsvertrag und Lohnabrechnungen der letzten Monate"],
    "p60c": ["Ausbildungsvertrag"],
    "p16g": ["Ausbildungsvertrag"],
    "p19d": ["Zeugnis Ihres Berufsabschlusses oder Studiums", "Arbeitsvertrag"],
    "p19d_1a": ["Abschlusszeugnis der Ausbildung", "Arbeitsvertrag"],
    "p23a": ["Unterlagen über Ihre Lebenssituation (Arbeit, Schule, Ehrenamt, Gesundheit)"],
}

MISSING_DATA = ("Uns fehlen einige Angaben. Bringen Sie bitte Ihre Unterlagen mit. Dann prüfen wir "
                "gemeinsam, welcher Weg für Sie offen ist.")


def documents_for(pathway_ids: list[str]) -> list[str]:
    """The documents to bring, each once, in a stable order."""
    seen: list[str] = list(BASIC_DOCUMENTS)
    for pathway_id in pathway_ids:
        for document in DOCUMENTS.get(pathway_id, []):
            if document not in seen:
                seen.append(document)
    return seen
