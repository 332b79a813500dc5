from .assessment import Assessment
from .decision import Application, ApprovalRequest, ApprovalSettings, Decision
from .facts import (
    Conviction,
    CooperationStep,
    Employment,
    LanguageCertificate,
    LivelihoodRecord,
    SchoolRecord,
    TrainingRecord,
)
from .followup import FollowUp
from .person import FamilyLink, Person
from .status import AsylumProcedure, StatusKind, StatusPeriod

__all__ = [
    "Application",
    "ApprovalRequest",
    "ApprovalSettings",
    "Decision",
    "Assessment",
    "AsylumProcedure",
    "Conviction",
    "CooperationStep",
    "Employment",
    "FamilyLink",
    "FollowUp",
    "LanguageCertificate",
    "LivelihoodRecord",
    "Person",
    "SchoolRecord",
    "StatusKind",
    "StatusPeriod",
    "TrainingRecord",
]
