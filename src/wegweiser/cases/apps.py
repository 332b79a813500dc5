from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "wegweiser.cases"
    label = "cases"
