from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "wegweiser.audit"
    label = "audit"
