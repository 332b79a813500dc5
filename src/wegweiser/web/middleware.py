from django.conf import settings
from django.utils import translation


class StaffLanguageMiddleware:
    """German unless the user chose another language (cookie set by the language switch).

    Staff work in a German authority, so the browser's Accept-Language is not followed: an
    English-language browser must not turn the forms of a German office half English.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        supported = {code for code, _ in settings.LANGUAGES}
        language = chosen if chosen in supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
