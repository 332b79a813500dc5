"""Walk the pages each role reaches from the start page: every link shown must open (no 403),
and every form shown must post to an action the role may perform."""

from collections import deque
from datetime import date
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.urls import Resolver404, resolve

from tests.conftest import add_period, login, make_person
from tests.screening.conftest import AS_OF, well_integrated
from tests.screening.helpers import run_directly
from wegweiser.accounts.roles import Role, can

SKIPPED = ("/static/", "/abmelden/", "/i18n/")
# Pages of one kind (e.g. the detail of many persons) are read this often for their links;
# every distinct link is still requested.
READ_PER_KIND = 2


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.forms: list[tuple[str, str]] = []  # (method, action)

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.hrefs.append(values["href"])
        if tag == "form":
            self.forms.append(((values.get("method") or "get").lower(), values.get("action") or ""))


def internal(base: str, href: str) -> str | None:
    url = urljoin(base, href)
    parts = urlsplit(url)
    if parts.scheme not in ("", "http") or parts.netloc not in ("", "testserver"):
        return None
    if href.startswith("#") or parts.path.startswith(SKIPPED):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def kind_of(url: str) -> str:
    try:
        match = resolve(urlsplit(url).path)
    except Resolver404:
        return url
    keys = sorted(pair.split("=")[0] for pair in urlsplit(url).query.split("&") if pair)
    return f"{match.view_name}?{'&'.join(keys)}"


def required_action(url: str) -> str | None:
    try:
        return getattr(resolve(urlsplit(url).path).func, "required_action", None)
    except Resolver404:
        return None


@pytest.fixture
def world(authority, users):
    from wegweiser.audit.models import AuditAction
    from wegweiser.audit.services import record
    from wegweiser.cases.models import FamilyLink, FollowUp, LanguageCertificate
    from wegweiser.interop.models import ImportJob

    person = well_integrated(authority)
    child = make_person(authority, file_number="KT-2020-0002", family_name="Okafor",
                        given_names="Ada", birth_date=date(2015, 1, 1))
    add_period(child, "duldung", date(2017, 1, 1), None)
    FamilyLink.objects.create(authority=authority, person=person, relative=child, relation="parent")
    LanguageCertificate.objects.create(authority=authority, person=child, level="A1", scope="full",
                                       issued=date(2024, 1, 1))
    FollowUp.objects.create(authority=authority, person=person, due_date=date(2027, 1, 1),
                            reason="Pass", assignee=users["caseworker"])
    ImportJob.objects.create(authority=authority, created_by=users["head"], original_name="a.csv",
                             status="done")
    run_directly(authority, AS_OF, users["caseworker"])
    run_directly(authority, AS_OF, users["caseworker"])
    record(users["caseworker"], AuditAction.VIEW, person=person)
    return person


def crawl(client, user):
    """Yield (page, link, status) for every link reached from the start page."""
    seen, read = {"/"}, {}
    queue = deque([("/", "/")])
    while queue:
        page, url = queue.popleft()
        response = client.get(url)
        yield page, url, response.status_code
        if response.status_code in (301, 302):
            found = [(url, response["Location"])]
        elif response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            kind = kind_of(url)
            read[kind] = read.get(kind, 0) + 1
            if read[kind] > READ_PER_KIND:
                continue
            found = links_of(user, url, response.content.decode())
        else:
            continue
        for source, href in found:
            target = internal(source, href)
            if target and target not in seen:
                seen.add(target)
                queue.append((source, target))


def links_of(user, url, html):
    parser = Links()
    parser.feed(html)
    for method, action in parser.forms:
        if method == "post":
            target = internal(url, action) or urlsplit(url).path
            needed = required_action(target)
            assert needed is None or can(user, needed), (user.role, "form on", url, "to", target)
    return [(url, href) for href in parser.hrefs]


@pytest.mark.django_db
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_every_link_a_role_is_shown_opens(client, users, world, role):
    login(client, users[role])
    visited = list(crawl(client, users[role]))
    forbidden = [(page, url) for page, url, status in visited if status == 403]
    assert not forbidden, (role, "links on pages to 403", forbidden)
    assert all(status < 500 for _page, _url, status in visited)
    assert len(visited) >= 2
