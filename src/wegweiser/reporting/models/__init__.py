from .grant import BudgetLine, Expense, Grant, LineKind, Milestone
from .report import CommitteeReport, Consultation, ConsultationRole, Impact, ReportState

__all__ = ["BudgetLine", "CommitteeReport", "Consultation", "ConsultationRole", "Expense", "Grant",
           "Impact", "LineKind", "Milestone", "ReportState"]
