from django.apps import AppConfig


class TrainingConfig(AppConfig):
    name = "wegweiser.training"
    label = "training"
