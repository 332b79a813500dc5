"""URLs of the hardship review: conferences, constellations, guidelines, decision practice, § 23a."""

app_name = "review"

urlpatterns: list = []
