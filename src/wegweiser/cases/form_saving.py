"""Saving a bound model form through the one door (cases.services), for every edit view."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from . import services


def save_form(request, form, person, template: str, context: dict, save=services.save_record):
    """Save (through `save`, a door with save_record's signature); on a newer version or a rule
    violation keep the user's input and say why."""
    instance = form.save(commit=False)
    try:
        save(request.user, instance, form.cleaned_data.get("version"), request)
    except services.ConflictError:
        form.add_error(None, services.conflict_message())
    except ValidationError as error:
        add_errors(form, error)
    else:
        messages.success(request, _("Gespeichert."))
        return redirect("cases:detail", pk=person.pk)
    conflict = services.conflict_message() in form.non_field_errors()
    return render(request, template, {**context, "form": form}, status=409 if conflict else 400)


def add_errors(form, error: ValidationError) -> None:
    """Each message beside its field where the form shows that field, else above the form."""
    if not hasattr(error, "error_dict"):
        for message in error.messages:
            form.add_error(None, message)
        return
    for field, field_messages in error.message_dict.items():
        form.add_error(field if field in form.fields else None, field_messages)
