from django.apps import AppConfig


class LettersConfig(AppConfig):
    name = "wegweiser.letters"
    label = "letters"
