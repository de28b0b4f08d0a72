import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "annual-review-missing",
  header: "Date of last review",
  column: "R",
  field: "lastReviewDate",
  severity: "warning",
  clause: "Clause 2.6",
  todo: "review the partnership's objectives and outcomes and record the date",
  missing: [null, "", "No", "none", "Not reviewed"],
  passing: ["15/01/2026", "2026-01-15", "15 January 2026", new Date(Date.UTC(2026, 0, 15))],
  unreadable: [{ error: "#REF!" }, "Yes", "31/13/2025"],
});
