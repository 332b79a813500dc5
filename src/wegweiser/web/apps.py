from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "wegweiser.web"
    label = "web"
