import type { Rule } from "./rule.js";
import { ambiguousColumn, headerNotFound, requiredColumnMissing } from "./structure-rules.js";
import duplicatePartnership from "./duplicate-partnership.js";
import unreadableValue from "./unreadable-value.js";
import outOfScope from "./out-of-scope.js";
import closedPartnership from "./closed-partnership.js";
import sponsoringOfficerMissing from "./sponsoring-officer-missing.js";
import accountableOfficerMissing from "./accountable-officer-missing.js";
import representativeMissing from "./representative-missing.js";
import governanceDocumentMissing from "./governance-document-missing.js";
import businessCaseMissing from "./business-case-missing.js";
import outcomeMeasuresMissing from "./outcome-measures-missing.js";
import performanceReportingMissing from "./performance-reporting-missing.js";
import annualReviewMissing from "./annual-review-missing.js";
import annualReviewOverdue from "./annual-review-overdue.js";
import reviewDueSoon from "./review-due-soon.js";
import riskRegisterMissing from "./risk-register-missing.js";
import riskRegisterReviewOverdue from "./risk-register-review-overdue.js";
import riskRegisterReviewDueSoon from "./risk-register-review-due-soon.js";
import exitStrategyMissing from "./exit-strategy-missing.js";
import endDatePassed from "./end-date-passed.js";
import endDateApproaching from "./end-date-approaching.js";
import informationSharingMissing from "./information-sharing-missing.js";
import equalityAssessmentMissing from "./equality-assessment-missing.js";
import scrutinyMissing from "./scrutiny-missing.js";
import legalPowerUnconfirmed from "./legal-power-unconfirmed.js";
import legalFormMissing from "./legal-form-missing.js";
import conductStandardsMissing from "./conduct-standards-missing.js";
import priorityLinkMissing from "./priority-link-missing.js";
import approvalMissing from "./approval-missing.js";
import unbudgetedCommitment from "./unbudgeted-commitment.js";
import commitmentExceedsApproval from "./commitment-exceeds-approval.js";
import liabilitiesWithoutExit from "./liabilities-without-exit.js";
import amountImplausible from "./amount-implausible.js";
import conflictsNotRecorded from "./conflicts-not-recorded.js";
import fiduciaryRole from "./fiduciary-role.js";
import declaredInterestInPartner from "./declared-interest-in-partner.js";
import staleDeclaration from "./stale-declaration.js";
import declarationDueSoon from "./declaration-due-soon.js";
import declarationNotFound from "./declaration-not-found.js";
import exceptionExpired from "./exception-expired.js";
import exceptionUnused from "./exception-unused.js";

/** Every rule, in the order of REQUIREMENTS.md §2; each due-soon rule follows the overdue rule it looks ahead of. */
export const RULES: readonly Rule[] = [
  headerNotFound,
  requiredColumnMissing,
  ambiguousColumn,
  duplicatePartnership,
  unreadableValue,
  outOfScope,
  closedPartnership,
  sponsoringOfficerMissing,
  accountableOfficerMissing,
  representativeMissing,
  governanceDocumentMissing,
  businessCaseMissing,
  outcomeMeasuresMissing,
  performanceReportingMissing,
  annualReviewMissing,
  annualReviewOverdue,
  reviewDueSoon,
  riskRegisterMissing,
  riskRegisterReviewOverdue,
  riskRegisterReviewDueSoon,
  exitStrategyMissing,
  endDatePassed,
  endDateApproaching,
  informationSharingMissing,
  equalityAssessmentMissing,
  scrutinyMissing,
  legalPowerUnconfirmed,
  legalFormMissing,
  conductStandardsMissing,
  priorityLinkMissing,
  approvalMissing,
  unbudgetedCommitment,
  commitmentExceedsApproval,
  liabilitiesWithoutExit,
  amountImplausible,
  conflictsNotRecorded,
  fiduciaryRole,
  declaredInterestInPartner,
  staleDeclaration,
  declarationDueSoon,
  declarationNotFound,
  // Raised on the Accepted exceptions sheet, after every rule has run.
  exceptionExpired,
  exceptionUnused,
];

export const RULE_CODES: readonly string[] = RULES.map((r) => r.code);

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.code === code);
}
