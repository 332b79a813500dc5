from django.apps import AppConfig


class InteropConfig(AppConfig):
    name = "wegweiser.interop"
    label = "interop"
