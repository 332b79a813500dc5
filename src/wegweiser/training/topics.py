"""The default topic list a new authority can take over (and then change)."""

from django.utils.translation import gettext_noop

# Stored in German: the list becomes the authority's own data once taken over.
DEFAULT_TOPICS = [
    gettext_noop("Konfliktsituationen"),
    gettext_noop("Interkulturelle Kompetenz"),
    gettext_noop("Rechtsänderungen"),
    gettext_noop("Deeskalation"),
    gettext_noop("Traumasensible Gesprächsführung"),
    gettext_noop("Bleiberecht nach § 25b AufenthG"),
    gettext_noop("Chancen-Aufenthaltsrecht (§ 104c AufenthG)"),
    gettext_noop("Datenschutz"),
]
