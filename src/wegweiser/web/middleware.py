from django.conf import settings
from django.utils import translation


class StaffLanguageMiddleware:
    """Chooses the language of the page.

    Staff pages: German unless the user chose English (cookie set by the language switch). Staff
    work in a German authority, so the browser's Accept-Language is not followed: an
    English-language browser must not turn the forms of a German office half English.

    Public pages (/buergerservice/): the visitor's choice (the same cookie, so it is remembered),
    else the browser's language if it is one of the seven, else German.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = _public_language(request) if is_public(request) else _staff_language(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


def is_public(request) -> bool:
    return request.path.startswith(settings.PUBLIC_PATH_PREFIX)


def _staff_language(request) -> str:
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    supported = {code for code, _ in settings.STAFF_LANGUAGES}
    return chosen if chosen in supported else settings.LANGUAGE_CODE


def _public_language(request) -> str:
    supported = {code for code, _ in settings.LANGUAGES}
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    if chosen in supported:
        return chosen
    from_browser = translation.get_language_from_request(request)
    return from_browser if from_browser in supported else settings.LANGUAGE_CODE
