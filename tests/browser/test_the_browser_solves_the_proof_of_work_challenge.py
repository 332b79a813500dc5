"""challenge.js finds a nonce that the server accepts, and a form sent before that waits for it."""

from django.template import Context, Template

from wegweiser.public.challenge import verify_challenge

FORM = """<!DOCTYPE html><html lang="de"><head><title>Test</title></head><body>
<form method="post" action="/sent">{% load public_challenge %}{% challenge_field %}
<button type="submit">Senden</button></form></body></html>"""


def test_the_browser_solves_the_challenge_and_the_server_accepts_it(page, live_server, db, settings):
    settings.WEGWEISER_CHALLENGE_BITS = 10
    html = Template(FORM).render(Context({"csp_nonce": ""}))
    sent = {}

    def form_page(route):
        route.fulfill(body=html, content_type="text/html")

    def capture(route):
        sent.update(dict(pair.split("=", 1) for pair in route.request.post_data.split("&")))
        route.fulfill(body="<p>ok</p>", content_type="text/html")

    page.route("**/form", form_page)
    page.route("**/sent", capture)
    page.goto(f"{live_server.url}/form")
    page.get_by_role("button", name="Senden").click()  # at once: the form waits for the work
    page.wait_for_url("**/sent")
    from urllib.parse import unquote_plus

    data = {key: unquote_plus(value) for key, value in sent.items()}
    assert data["challenge_nonce"]
    assert verify_challenge(data) is None
