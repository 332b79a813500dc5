"""User management for the administration: accounts of the own authority only."""

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services
from .decorators import requires
from .forms import PasswordForm, UserChangeForm, UserCreateForm
from .models import User

PAGE_SIZE = 50


def _own_users(request):
    """Accounts of the administrator's authority; any other account is a 404."""
    return User.objects.filter(authority_id=request.user.authority_id)


@requires("users.manage")
def user_list(request):
    users = _own_users(request).order_by("last_name", "first_name", "username")
    page = Paginator(users, PAGE_SIZE).get_page(request.GET.get("page"))
    locked = services.locked_usernames([user.username for user in page])
    rows = [(user, user.username in locked) for user in page]
    return render(request, "accounts/user_list.html", {"page": page, "rows": rows})


@requires("users.manage")
def user_create(request):
    form = UserCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        password = form.cleaned_data["password"] or services.generated_password()
        try:
            user = services.create_user(request.user, form.cleaned_data["username"],
                                        form.changes(), password, request)
        except ValidationError as error:
            form.add_error("password", error)
        else:
            return _created(request, user, shown=None if form.cleaned_data["password"] else password)
    status = 400 if request.method == "POST" else 200
    return render(request, "accounts/user_form.html", {"form": form, "creating": True},
                  status=status)


def _created(request, user, shown: str | None):
    if shown is None:
        messages.success(request, _("Das Benutzerkonto wurde angelegt."))
        return redirect("accounts:user_list")
    return _show_password_once(request, user, shown)


def _show_password_once(request, user, password: str):
    """Rendered directly, never stored in the session or a message, and not cached."""
    response = render(request, "accounts/password_shown.html", {"account": user,
                                                                "password": password})
    response["Cache-Control"] = "no-store"
    return response


@requires("users.manage")
def user_edit(request, user_pk):
    account = get_object_or_404(_own_users(request), pk=user_pk)
    initial = {name: getattr(account, name) for name in
               ("first_name", "last_name", "email", "role", "is_active", "version")}
    form = UserChangeForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.change_user(request.user, account, form.cleaned_data["version"],
                                 form.changes(), request)
        except services.ConflictError:
            form.add_error(None, _(services.ConflictError.message))
            status = 409
        except ValidationError as error:
            form.add_error(None, error)
            status = 400
        else:
            messages.success(request, _("Gespeichert."))
            return redirect("accounts:user_list")
    elif request.method == "POST":
        status = 400
    return render(request, "accounts/user_form.html", {"form": form, "account": account},
                  status=status)


@requires("users.manage")
def user_password(request, user_pk):
    account = get_object_or_404(_own_users(request), pk=user_pk)
    form = PasswordForm(request.POST or None, initial={"version": account.version})
    status = 200
    if request.method == "POST" and form.is_valid():
        password = form.cleaned_data["password"] or services.generated_password()
        try:
            services.set_password(request.user, account, form.cleaned_data["version"], password,
                                  request)
        except services.ConflictError:
            form.add_error(None, _(services.ConflictError.message))
            status = 409
        except ValidationError as error:
            form.add_error("password", error)
            status = 400
        else:
            if account.pk == request.user.pk:
                update_session_auth_hash(request, account)  # stay logged in
            if form.cleaned_data["password"]:
                messages.success(request, _("Das Passwort wurde geändert."))
                return redirect("accounts:user_list")
            return _show_password_once(request, account, password)
    elif request.method == "POST":
        status = 400
    return render(request, "accounts/user_password.html", {"form": form, "account": account},
                  status=status)


@require_POST
@requires("users.manage")
def user_unlock(request, user_pk):
    account = get_object_or_404(_own_users(request), pk=user_pk)
    services.unlock(request.user, account, request)
    messages.success(request, _("Die Sperre von %(name)s wurde aufgehoben.") % {"name": account})
    return redirect("accounts:user_list")
