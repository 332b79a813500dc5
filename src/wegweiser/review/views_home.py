"""The entry page of the hardship review: one menu item instead of five, each part for the
roles that may use it."""

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can

# (action required, url name, title, what it is for)
PARTS = [
    ("conference.view", "review:conferences", _("Fallkonferenzen"),
     _("Einzelfälle beraten: Vorschläge, Tagesordnung, Empfehlungen und ihre Umsetzung, "
       "Protokolle.")),
    ("hardship.view", "review:hardship_list", _("Härtefallkommission (§ 23a)"),
     _("Eingaben bei der Härtefallkommission: Stellungnahmen, Fristen, ausgesetzte Abschiebung.")),
    ("guideline.view", "review:guideline_register", _("Leitlinien"),
     _("Die schriftlichen Regeln der Entscheidungspraxis, mit allen Fassungen.")),
    ("constellation.view", "review:constellation_list", _("Fallkonstellationen"),
     _("Typische Fallgruppen, aus den Merkmalen der Bleiberechtsprüfung gebildet.")),
    ("practice.view", "review:practice", _("Entscheidungspraxis"),
     _("Anträge, Entscheidungen und Ermessen nach Rechtsgrundlage, Zeitraum und Team.")),
    ("practice.cases", "review:practice_alerts", _("Uneinheitliche Entscheidungen"),
     _("Ähnliche Fälle, unterschiedlich entschieden, innerhalb von 24 Monaten.")),
    ("practice.cases", "review:practice_missed", _("Ermessen nicht genutzt?"),
     _("Zuletzt abgelehnt, obwohl die Prüfung heute mindestens Ermessen zeigt.")),
]


@requires("review.home")
def home(request):
    parts = [{"url": reverse(url_name), "title": title, "text": text}
             for action, url_name, title, text in PARTS if can(request.user, action)]
    return render(request, "review/home.html", {"parts": parts})
