import pytest
from django.http import HttpRequest

from wegweiser.accounts.models import User
from wegweiser.accounts.roles import Role
from wegweiser.demo.accounts import DEMO_PASSWORD
from wegweiser.demo.data.district import DISTRICT, NEIGHBOUR

DISTRICT_USERS = ["sachbearbeitung1", "sachbearbeitung2", "sachbearbeitung3", "sachbearbeitung4",
                  "leitung", "beratung1", "beratung2", "controlling", "datenschutz", "admin"]


@pytest.mark.django_db
def test_every_demo_user_can_log_in_with_the_demo_password(demo, client):
    users = User.objects.filter(authority__name__in=[DISTRICT.name, NEIGHBOUR.name])
    assert users.count() == len(DISTRICT_USERS) + len(Role)
    for user in users:
        # axes needs the request to count failures; a bare one is enough here.
        assert client.login(request=HttpRequest(), username=user.username, password=DEMO_PASSWORD)
        client.logout()


@pytest.mark.django_db
def test_both_offices_have_every_role(demo):
    for office in (DISTRICT, NEIGHBOUR):
        roles = set(User.objects.filter(authority__name=office.name).values_list("role", flat=True))
        assert roles == {role.value for role in Role}, office.name


@pytest.mark.django_db
def test_district_users_are_named_as_documented(demo):
    names = set(User.objects.filter(authority__name=DISTRICT.name).values_list("username",
                                                                                flat=True))
    assert names == set(DISTRICT_USERS)
    neighbours = User.objects.filter(authority__name=NEIGHBOUR.name).values_list("username",
                                                                                 flat=True)
    assert all(name.startswith("nachbar-") for name in neighbours)


@pytest.mark.django_db
def test_caseworkers_share_the_district_cases(demo):
    from wegweiser.cases.models import Person

    per_worker = [Person.objects.filter(assigned_to__username=f"sachbearbeitung{i}").count()
                  for i in range(1, 5)]
    assert all(count > 30 for count in per_worker), per_worker
    assert not Person.objects.filter(authority__name=DISTRICT.name, assigned_to=None).exists()
