from django.apps import AppConfig


class PublicConfig(AppConfig):
    """Pages for the public: no login, their own URL space (/buergerservice/), seven languages."""

    name = "wegweiser.public"
    label = "public"
