from .conference import AgendaAction, AgendaItem, Conference, ExternalParticipant, Proposal
from .constellation import Constellation
from .guideline import Guideline, GuidelineVersion
from .hardship import HardshipPetition

__all__ = [
    "AgendaAction",
    "AgendaItem",
    "Conference",
    "Constellation",
    "ExternalParticipant",
    "Guideline",
    "GuidelineVersion",
    "HardshipPetition",
    "Proposal",
]
