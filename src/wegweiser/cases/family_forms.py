"""Linking family members: the relative is found by file number within the own authority."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wegweiser.web.forms import KernFormMixin

from .models import FamilyLink, Person

RELATIONS = [
    ("spouse", _("Ehe-/Lebenspartner/in")),
    ("child", _("Kind")),
    ("parent", _("Elternteil")),
]


class FamilyLinkForm(KernFormMixin, forms.Form):
    relation = forms.ChoiceField(label=_("Die verknüpfte Person ist"), choices=RELATIONS)
    file_number = forms.CharField(
        label=_("Aktenzeichen der verknüpften Person"), max_length=40,
        help_text=_("Die Person muss in Wegweiser erfasst sein."),
    )
    living_in_household = forms.BooleanField(label=_("lebt im selben Haushalt"), required=False,
                                             initial=True)

    def __init__(self, *args, person: Person, **kwargs):
        super().__init__(*args, **kwargs)
        self.person = person
        self.fields.pop("version", None)

    def clean(self):
        data = super().clean()
        number = (data.get("file_number") or "").strip()
        relative = Person.objects.filter(file_number=number).first() if number else None
        if number and relative is None:
            self.add_error("file_number", _("Es gibt keine Akte mit diesem Aktenzeichen."))
        elif relative is not None and relative.pk == self.person.pk:
            self.add_error("file_number", _("Eine Person kann nicht mit sich selbst verknüpft werden."))
        data["relative"] = relative
        return data

    def link(self) -> FamilyLink:
        """The link in the stored direction: parents point to their children."""
        data = self.cleaned_data
        parent, child = self.person, data["relative"]
        relation = "parent"
        if data["relation"] == "parent":
            parent, child = child, parent
        elif data["relation"] == "spouse":
            relation = "spouse"
        return FamilyLink(authority_id=self.person.authority_id, person=parent, relative=child,
                          relation=relation, living_in_household=data["living_in_household"])
