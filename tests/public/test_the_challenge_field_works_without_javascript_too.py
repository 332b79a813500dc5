"""The challenge field: a hidden challenge, the script with the CSP nonce, and without JavaScript a
clear message with the desk's phone number."""

from django.template import Context, Template
from django.test import RequestFactory

from wegweiser.public.challenge import solve, verify_challenge


def render(phone=""):
    template = Template('{% load public_challenge %}<form>{% challenge_field phone=phone %}</form>')
    return template.render(Context({"phone": phone, "csp_nonce": "n0nce",
                                    "request": RequestFactory().get("/")}))


def test_the_field_carries_a_challenge_the_server_accepts(db):
    html = render()
    token = html.split('name="challenge" value="')[1].split('"')[0]
    assert verify_challenge({"challenge": token, "challenge_nonce": solve(token)}) is None


def test_the_script_is_loaded_with_the_csp_nonce():
    assert 'challenge.js" nonce="n0nce"' in render()


def test_without_javascript_the_phone_number_is_offered():
    html = render("02104 99-0")
    noscript = html.split("<noscript>")[1].split("</noscript>")[0]
    assert "braucht Ihr Browser JavaScript" in noscript
    assert 'href="tel:0210499-0"' in noscript
