"""Staff book on behalf of someone (phone, walk-in) in the same calendar, through the same door
(counselling.booking): confirmed at once, the emergency contingent included."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wegweiser.accounts.decorators import requires
from wegweiser.cases.form_saving import add_errors

from . import booking
from .models import Channel, Desk, Topic


class StaffBookingForm(forms.Form):
    slot = forms.IntegerField(widget=forms.HiddenInput, error_messages={
        "required": gettext_lazy("Bitte wählen Sie einen Termin."),
        "invalid": gettext_lazy("Bitte wählen Sie einen Termin.")})
    channel = forms.ChoiceField(label=gettext_lazy("Weg der Buchung"),
                                choices=[(Channel.PHONE, Channel.PHONE.label),
                                         (Channel.WALK_IN, Channel.WALK_IN.label)])
    name = forms.CharField(label=gettext_lazy("Name"), max_length=200)
    birth_date = forms.DateField(label=gettext_lazy("Geburtsdatum"), required=False,
                                 widget=forms.DateInput(attrs={"type": "date"}),
                                 input_formats=["%Y-%m-%d", "%d.%m.%Y"])
    email = forms.CharField(label=gettext_lazy("E-Mail"), required=False, max_length=254,
                            help_text=gettext_lazy("Dann geht die Bestätigung per E-Mail hinaus."))
    phone = forms.CharField(label=gettext_lazy("Telefon"), required=False, max_length=40)
    language = forms.ChoiceField(label=gettext_lazy("Sprache der E-Mails"), required=False)
    interpreter = forms.CharField(label=gettext_lazy("Dolmetschen benötigt in"), required=False,
                                  max_length=10)
    emergency = forms.BooleanField(
        label=gettext_lazy("Notfall: Duldung oder Aufenthaltserlaubnis läuft in 7 Tagen ab"),
        required=False)

    def __init__(self, *args, **kwargs):
        from django.conf import settings

        super().__init__(*args, **kwargs)
        self.fields["language"].choices = list(settings.LANGUAGES)
        for field in self.fields.values():
            if not isinstance(field.widget, forms.CheckboxInput | forms.HiddenInput | forms.Select):
                field.widget.attrs.setdefault("class", "kern-form-input__input")
            if isinstance(field.widget, forms.Select):
                field.widget.attrs.setdefault("class", "kern-form-input__select")


@requires("desk.book")
def book_on_behalf(request, desk_pk: int):
    desk = get_object_or_404(Desk.objects.all(), pk=desk_pk)
    topics = list(Topic.objects.filter(desk=desk))
    topic = next((t for t in topics if t.key == request.GET.get("topic")), topics[0] if topics else None)
    form = StaffBookingForm(request.POST or None, initial={"language": "de"})
    status = 200
    if request.method == "POST" and topic is not None:
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            visitor = booking.Visitor(data["name"], data["birth_date"], data["email"],
                                      data["phone"], data["language"] or "de",
                                      data["interpreter"])
            try:
                booked = booking.book(desk, topic, data["slot"], visitor, channel=data["channel"],
                                      user=request.user, emergency=data["emergency"],
                                      request=request)
            except booking.SlotTaken:
                form.add_error(None, booking.SlotTaken.message)
                status = 409
            except ValidationError as error:
                add_errors(form, error)
            else:
                messages.success(request, _("Termin gebucht: %(when)s.") % {
                    "when": booking_when(booked.appointment)})
                return redirect(reverse("counselling:book", args=[desk.pk]) + f"?topic={topic.key}")
    days = booking.days_of(booking.free_starts(desk, topic, booking.access_for(staff=True),
                                               limit=400)) if topic else []
    return render(request, "counselling/book_on_behalf.html", {
        "desk": desk, "topics": topics, "topic": topic, "form": form, "days": days,
        "chosen_slot": str(form["slot"].value() or "")}, status=status)


def booking_when(appointment) -> str:
    from wegweiser.public.booking_mails import when

    return when(appointment)
