from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Operating Wegweiser: backup and restore of the embedded database (docs/operations/)."""

    name = "wegweiser.ops"
    label = "ops"
