"""A petition taken over whose statement is still owed gets the follow-up the door would give
it (review.hardship), once: importing the same file again adds none."""

from interop.factories import decided_petition, file_with_petitions, pending_petition
from wegweiser.cases.models import FollowUp
from wegweiser.interop.services import import_file
from wegweiser.review import hardship
from wegweiser.review.models import HardshipPetition

OWED = pending_petition(statement_due_on="2026-02-18", statement_sent_on=None, statement="",
                        removal_request=None)


def test_the_owed_statement_becomes_a_follow_up_of_the_importing_user(authority, head):
    import_file(file_with_petitions(OWED), "hfk.json", authority, head)

    follow_up = HardshipPetition.unscoped.get().statement_follow_up
    assert (follow_up.due_date.isoformat(), follow_up.reason, follow_up.assignee,
            follow_up.done) == ("2026-02-18", hardship.STATEMENT_REASON, head, False)


def test_importing_the_file_again_adds_no_second_follow_up(authority, head):
    data = file_with_petitions(OWED)
    import_file(data, "hfk.json", authority, head)

    import_file(data, "hfk.json", authority, head)

    assert FollowUp.unscoped.count() == 1


def test_a_petition_whose_statement_was_given_gets_none(authority, head):
    from interop.factories import granted_p23a_application

    import_file(file_with_petitions(decided_petition(),
                                    applications=[granted_p23a_application()]),
                "hfk.json", authority, head)

    assert not FollowUp.unscoped.exists()
