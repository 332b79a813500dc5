"""On "Meine Wiedervorlagen" only overdue follow-ups are red (in the demo every date was)."""

from datetime import date

from django.urls import reverse

from tests.conftest import login


def test_only_overdue_dates_are_marked(client, caseworker, person):
    from wegweiser.cases.models import FollowUp

    for due, reason in ((date(2020, 1, 1), "alt"), (date(2099, 1, 1), "künftig")):
        FollowUp.objects.create(authority=person.authority, person=person, due_date=due,
                                reason=reason, assignee=caseworker)
    body = login(client, caseworker).get(reverse("cases:my_follow_ups")).content.decode()
    assert body.count('class="kern-table__cell overdue"') == 1
    assert 'class="kern-table__cell overdue">01.01.2020' in body
