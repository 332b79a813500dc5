"""Two administrators edit one account: the later save is refused and keeps its input."""

from django.urls import reverse

from tests.accounts.user_helpers import account_form
from tests.conftest import login, make_user


def test_the_later_of_two_edits_is_refused(client, users, authority):
    second_admin = make_user(authority, "admin", "zweite-admin")
    account = users["counsellor"]
    stale = account_form(account, last_name="Später")
    login(client, users["admin"]).post(reverse("accounts:user_edit", args=[account.pk]),
                                       account_form(account, role="caseworker"))
    response = login(client, second_admin).post(reverse("accounts:user_edit", args=[account.pk]),
                                                stale)
    assert response.status_code == 409
    assert 'value="Später"' in response.content.decode()
    account.refresh_from_db()
    assert account.role == "caseworker" and account.last_name == "Counsellor"


def test_a_password_set_on_a_stale_page_is_refused(client, users):
    account = users["counsellor"]
    login(client, users["admin"])
    client.post(reverse("accounts:user_edit", args=[account.pk]), account_form(account))
    response = client.post(reverse("accounts:user_password", args=[account.pk]),
                           {"password": "Lange-Sichere-Phrase-7", "version": 1})
    assert response.status_code == 409
    account.refresh_from_db()
    assert not account.check_password("Lange-Sichere-Phrase-7")
