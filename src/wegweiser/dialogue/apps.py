from django.apps import AppConfig


class DialogueConfig(AppConfig):
    name = "wegweiser.dialogue"
    label = "dialogue"
