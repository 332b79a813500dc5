"""Form data for the user management tests."""


def account_form(account, **changes):
    data = {"first_name": account.first_name, "last_name": account.last_name,
            "email": account.email, "role": account.role, "version": account.version}
    if account.is_active:
        data["is_active"] = "on"
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}
