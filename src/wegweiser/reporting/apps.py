from django.apps import AppConfig


class ReportingConfig(AppConfig):
    name = "wegweiser.reporting"
    label = "reporting"
