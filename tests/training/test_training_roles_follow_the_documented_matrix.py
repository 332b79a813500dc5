"""Who may do what in training, as docs/user-guide/fortbildung.md and decision 0010 say."""

import pytest

from wegweiser.accounts.roles import PERMISSIONS, Role

EXPECTED = {
    #                       caseworker head counsellor controlling dpo admin
    "training.own":       (True, True, True, True, True, True),
    "training.team":      (False, True, False, False, False, False),
    "training.manage":    (False, True, False, False, False, False),
    "training.configure": (False, True, False, False, False, True),
    "training.figures":   (False, True, False, True, False, False),
}
ROLES = [Role.CASEWORKER, Role.HEAD, Role.COUNSELLOR, Role.CONTROLLING, Role.DPO, Role.ADMIN]


@pytest.mark.parametrize("action", EXPECTED)
def test_each_training_action_is_granted_exactly_as_documented(action):
    granted = tuple(role in PERMISSIONS[action] for role in ROLES)
    assert granted == EXPECTED[action]


def test_there_are_no_other_training_actions():
    assert {a for a in PERMISSIONS if a.startswith("training.")} == set(EXPECTED)
