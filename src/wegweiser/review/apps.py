from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "wegweiser.review"
    label = "review"
