from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    name = "wegweiser.screening"
    label = "screening"
