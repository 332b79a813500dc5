from django.apps import AppConfig


class CounsellingConfig(AppConfig):
    name = "wegweiser.counselling"
    label = "counselling"
