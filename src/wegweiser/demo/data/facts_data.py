"""Texts for the generated facts: occupations, offences, cooperation steps, follow-up reasons."""

# Occupations Geduldete are trained in (Ausbildungsduldung statistics: care, crafts, logistics).
QUALIFIED_TRAININGS = [
    "Pflegefachfrau/Pflegefachmann", "Fachkraft für Lagerlogistik", "Kfz-Mechatroniker/in",
    "Elektroniker/in für Energie- und Gebäudetechnik", "Anlagenmechaniker/in SHK",
    "Koch/Köchin", "Fachkraft im Gastgewerbe", "Friseur/in", "Verkäufer/in",
    "Kaufmann/Kauffrau im Einzelhandel", "Maler/in und Lackierer/in", "Tischler/in",
    "Berufskraftfahrer/in", "Zahnmedizinische/r Fachangestellte/r", "Bäcker/in",
    "Fachlagerist/in", "Hochbaufacharbeiter/in", "Metallbauer/in",
]
# Helper trainings: mostly state-recognised Pflegehilfe (§ 19d Abs. 1 Nr. 1 a since 01.03.2024),
# some other assistant trainings (fact_details.py decides which).
CARE_AID_TRAININGS = ["Pflegefachassistent/in (1 Jahr)", "Altenpflegehelfer/in (1 Jahr)"]
ASSISTANT_TRAININGS = ["Hauswirtschaftshelfer/in (1 Jahr)"]

OFFENCES_MINOR = [
    "Erschleichen von Leistungen (§ 265a StGB)", "Diebstahl (§ 242 StGB)",
    "Diebstahl geringwertiger Sachen (§§ 242, 248a StGB)", "Fahren ohne Fahrerlaubnis (§ 21 StVG)",
    "Beleidigung (§ 185 StGB)", "Körperverletzung (§ 223 StGB)",
    "Unerlaubter Besitz von Betäubungsmitteln (§ 29 BtMG)", "Sachbeschädigung (§ 303 StGB)",
    "Hausfriedensbruch (§ 123 StGB)", "Betrug (§ 263 StGB)",
    "Verstoß gegen das Pflichtversicherungsgesetz (§ 6 PflVG)",
]
OFFENCES_FOREIGNER = [
    "Aufenthalt ohne Pass (§ 95 Abs. 1 Nr. 1 AufenthG)",
    "Unerlaubter Aufenthalt (§ 95 Abs. 1 Nr. 2 AufenthG)",
    "Verstoß gegen räumliche Beschränkung (§ 85 Nr. 2 AsylG)",
    "Unerlaubte Einreise (§ 95 Abs. 1 Nr. 3 AufenthG)",
]
OFFENCES_SERIOUS = [
    "Gefährliche Körperverletzung (§ 224 StGB)", "Handeltreiben mit Betäubungsmitteln (§ 29 BtMG)",
    "Raub (§ 249 StGB)", "Wohnungseinbruchdiebstahl (§ 244 StGB)",
    "Gewerbsmäßiger Betrug (§ 263 Abs. 3 StGB)",
]

COOPERATION_STEPS = [
    "Vorsprache bei der {embassy} zur Passbeantragung",
    "Passantrag bei der {embassy} gestellt, Quittung vorgelegt",
    "Freiwilligkeitserklärung unterschrieben",
    "Geburtsurkunde über Vertrauensanwalt im Herkunftsland angefordert",
    "Termin zur Anhörung durch eine Delegation ({country}) wahrgenommen",
    "Schreiben an Angehörige im Herkunftsland zur Dokumentenbeschaffung vorgelegt",
    "Vorsprache bei der Zentralen Ausländerbehörde zur Passersatzbeschaffung",
    "Lichtbilder und Fingerabdrücke für Passersatzantrag abgegeben",
]
COUNTRY_STEPS = {
    "AFG": "Tazkira über Angehörige in Afghanistan beantragt",
    "IRQ": "Irakischen Personalausweis über Bevollmächtigten in Bagdad beantragt",
    "GIN": "Geburtsurkunde (Jugement supplétif) in Conakry beantragt",
    "NGA": "Registrierung bei der NIMC (National Identification Number) beantragt",
    "IRN": "Iranischen Pass (nach Abgabe der Ausreisegenehmigung) beantragt",
}
EMBASSIES = {
    "IRQ": "Botschaft der Republik Irak in Berlin",
    "AFG": "afghanischen Auslandsvertretung in Bonn",
    "NGA": "Botschaft der Bundesrepublik Nigeria in Berlin",
    "TUR": "türkischen Generalkonsulat in Düsseldorf",
    "RUS": "Generalkonsulat der Russischen Föderation in Bonn",
    "IRN": "Generalkonsulat der Islamischen Republik Iran in Frankfurt",
    "LBN": "Botschaft der Libanesischen Republik in Berlin",
    "PAK": "Generalkonsulat der Islamischen Republik Pakistan in Frankfurt",
    "GIN": "Botschaft der Republik Guinea in Berlin",
    "GMB": "Botschaft der Republik Gambia in Brüssel",
    "ARM": "Botschaft der Republik Armenien in Berlin",
    "AZE": "Botschaft der Republik Aserbaidschan in Berlin",
    "GEO": "Botschaft von Georgien in Berlin",
    "DZA": "algerischen Generalkonsulat in Bonn",
    "MAR": "marokkanischen Generalkonsulat in Düsseldorf",
}

SCHOOL_KINDS_SECONDARY = [
    ("Gesamtschule", 40), ("Realschule", 20), ("Hauptschule", 15),
    ("Sekundarschule", 15), ("Gymnasium", 10),
]
QUALIFICATIONS = {
    "Hauptschule": "Erster Schulabschluss (Hauptschulabschluss nach Klasse 9)",
    "Sekundarschule": "Erweiterter Erster Schulabschluss (nach Klasse 10)",
    "Realschule": "Mittlerer Schulabschluss (Fachoberschulreife)",
    "Gesamtschule": "Mittlerer Schulabschluss (Fachoberschulreife)",
    "Gymnasium": "Allgemeine Hochschulreife",
    "Berufskolleg": "Erster Schulabschluss (Hauptschulabschluss nach Klasse 9)",
}

FOLLOW_UP_REASONS = [
    "Duldung läuft ab – Verlängerung vorbereiten",
    "Passbeschaffung: Nachweis der Mitwirkung anfordern",
    "Bleiberecht nach § 25b prüfen – Voraufenthaltszeit erreicht",
    "§ 25a für Jugendliche prüfen – Schulbescheinigung anfordern",
    "Sprachzertifikat nachreichen lassen",
    "Fiktionsbescheinigung verlängern, Entscheidung über Antrag vorbereiten",
    "Beschäftigungserlaubnis: Stellungnahme der Bundesagentur abwarten",
    "Strafregisterauszug (BZR) anfordern",
    "Beratungstermin bei der Zentralen Anlaufstelle vermitteln",
]

CASEWORKERS = [
    ("Anna", "Becker"), ("Murat", "Yıldız"), ("Jana", "Hoffmann"), ("Tobias", "Krüger"),
]
