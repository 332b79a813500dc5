"""The district's partner register: organisations of the kinds an immigration office works
with (practice.md C), each with a contact person, through the register's one door."""

from __future__ import annotations

from wegweiser.dialogue import partners
from wegweiser.dialogue.models import Contact, Organisation, OrganisationKind

K = OrganisationKind
# (kind, name, topics, languages, address, contact name, contact role)
ORGANISATIONS = [
    (K.INTEGRATION_COUNCIL, "Integrationsrat des Kreises Rhein-Wupper",
     "Bleiberecht, Teilhabe, Beschwerden", "Türkisch, Arabisch",
     "Kreishaus, Düsseldorfer Straße 26, 40822 Mettwald", "Aylin Demir", "Vorsitzende"),
    (K.WELFARE, "Caritasverband Rhein-Wupper – Migrationsdienst",
     "Bleiberecht, Familie, Asylverfahren", "Arabisch, Farsi, Englisch",
     "Kirchstraße 12, 40878 Rahlingen", "Dr. Amira Nassar", "Migrationsberatung"),
    (K.WELFARE, "Diakonie im Kreis Rhein-Wupper – Flüchtlingsberatung",
     "Asylverfahren, Wohnen, Gesundheit", "Farsi, Dari, Russisch",
     "Lutherweg 4, 42549 Velbrück", "Martin Kowalski", "Fachdienst Integration"),
    (K.WELFARE, "AWO Kreisverband – Jugendmigrationsdienst",
     "Arbeit und Ausbildung, Schule, junge Erwachsene", "Arabisch, Tigrinya, Englisch",
     "Am Markt 7, 40764 Langenhorst", "Sandra Yilmaz", "Jugendmigrationsdienst"),
    (K.WELFARE, "DRK-Kreisverband – Suchdienst und Migrationsberatung",
     "Familie, Familienzusammenführung, Gesundheit", "Russisch, Ukrainisch",
     "Hospitalstraße 3, 40721 Hilgenbach", "Olena Bondarenko", "Beratung"),
    (K.MIGRANT_ORGANISATION, "Afghanischer Kulturverein Rhein-Wupper e. V.",
     "Dolmetschen, Sprachkurse, Familie", "Dari, Farsi, Paschtu",
     "Bahnhofstraße 40, 40699 Erkenrode", "Nasrin Ahmadi", "Vorstand"),
    (K.MIGRANT_ORGANISATION, "Nigerianische Gemeinschaft Kreis Rhein-Wupper e. V.",
     "Passbeschaffung, Familie", "Englisch, Yoruba, Igbo",
     "Mühlenweg 2, 42781 Haanenberg", "Chinedu Okafor", "Sprecher"),
    (K.MIGRANT_ORGANISATION, "Ukrainischer Verein „Mrija“ e. V.",
     "Arbeit, Schule, Wohnen", "Ukrainisch, Russisch",
     "Gartenstraße 9, 42579 Heiligenrode", "Iryna Shevchenko", "Vorsitzende"),
    (K.JOBCENTER, "Jobcenter Kreis Rhein-Wupper",
     "Arbeit und Ausbildung, Leistungen und Geld", "Englisch, Arabisch",
     "Am Rathaus 5, 40822 Mettwald", "Thomas Lange", "Team Integration"),
    (K.LAWYER, "Kanzlei Brenner & Aydın – Migrationsrecht",
     "Aufenthaltsrecht, Asylverfahren, Klagen", "Türkisch, Englisch",
     "Königsallee 88, 40878 Rahlingen", "RAin Deniz Aydın", "Rechtsanwältin"),
    (K.COUNSELLING, "Flüchtlingsrat NRW e. V.",
     "Bleiberecht, Härtefallkommission, Rechtsänderungen", "Englisch, Französisch",
     "Wittener Straße 201, 44803 Bochum", "Birgit Naujoks", "Geschäftsführung"),
    (K.COUNSELLING, "Kommunales Integrationszentrum Kreis Rhein-Wupper",
     "Integration, Sprachkurse, Ehrenamt, Dolmetscherpool", "Arabisch, Farsi, Türkisch, Russisch",
     "Kreishaus, Düsseldorfer Straße 26, 40822 Mettwald", "Julia Hartmann", "Leitung"),
    (K.IMMIGRATION_OFFICE, "Ausländerbehörde der Stadt Wupperfeld",
     "Zuständigkeitswechsel, Amtshilfe", "",
     "Neumarkt 1, 42103 Wupperfeld", "Frank Schreiber", "Sachgebietsleitung"),
    (K.CHURCH_VOLUNTEERS, "Ehrenamtskreis Asyl Monrath",
     "Begleitung zu Terminen, Wohnen, Deutsch", "Englisch, Arabisch",
     "Kirchplatz 1, 40789 Monrath am Rhein", "Gisela Brandt", "Koordination"),
]


def add_partners(head) -> dict[str, Organisation]:
    """Create the organisations and their contacts as the head of department; by name."""
    created = {}
    for kind, name, topics, languages, address, contact, role in ORGANISATIONS:
        organisation = partners.save_organisation(head, Organisation(
            authority_id=head.authority_id, kind=kind, name=name, topics=topics,
            languages=languages, address=address), None)
        local = contact.split()[-1].lower().translate(str.maketrans("äöüıß", "aouis"))
        partners.save_contact(head, Contact(
            authority_id=head.authority_id, organisation=organisation, name=contact, role=role,
            email=f"{local}@partner.invalid"), None)
        created[name] = organisation
    return created
