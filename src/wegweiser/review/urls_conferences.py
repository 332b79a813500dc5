"""URLs of the case conferences (Fallkonferenzen), included in review/urls.py."""

from django.urls import path

from . import views_conferences as views

conference_patterns = [
    path("konferenzen/", views.conference_list, name="conferences"),
    path("konferenzen/neu/", views.conference_edit, name="conference_add"),
    path("konferenzen/<int:conference_pk>/", views.conference_detail, name="conference"),
    path("konferenzen/<int:conference_pk>/bearbeiten/", views.conference_edit,
         name="conference_edit"),
    path("konferenzen/<int:conference_pk>/vorschlaege/", views.conference_proposals,
         name="proposals"),
    path("konferenzen/<int:conference_pk>/aufnehmen/", views.agenda_add, name="agenda_add"),
    path("konferenzen/<int:conference_pk>/nicht-aufnehmen/", views.proposal_decline,
         name="proposal_decline"),
    path("konferenzen/<int:conference_pk>/reihenfolge/<int:item_pk>/", views.agenda_move,
         name="agenda_move"),
    path("konferenzen/<int:conference_pk>/durchgefuehrt/", views.conference_held,
         name="conference_held"),
    path("konferenzen/<int:conference_pk>/genehmigen/", views.minutes_approve,
         name="minutes_approve"),
    path("konferenzen/<int:conference_pk>/protokoll.pdf", views.minutes_download, name="minutes"),
    path("punkte/<int:item_pk>/", views.item_detail, name="item"),
    path("punkte/<int:item_pk>/erfassen/", views.item_record, name="item_record"),
    path("punkte/<int:item_pk>/massnahme/", views.item_action, name="item_action"),
    path("punkte/<int:item_pk>/umsetzung/", views.item_outcome, name="item_outcome"),
    path("fall/<int:pk>/vorschlagen/", views.case_propose, name="case_propose"),
]
