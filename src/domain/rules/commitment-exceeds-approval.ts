import { formatPounds } from "./money.js";
import type { RowRule } from "./rule.js";

const rule: RowRule = {
  kind: "row",
  code: "commitment-exceeds-approval",
  clause: "2.5, Appendix 1 §5",
  severity: "error",
  group: "finance",
  description: "The council's contribution is within the amount approved.",
  fields: ["annualContribution", "approvedAmount"],
  check(p, ctx) {
    const amount = p.values.annualContribution;
    const approved = p.values.approvedAmount;
    if (amount?.kind !== "money" || approved?.kind !== "money" || amount.amount <= approved.amount) return null;
    const where = ctx.columnOf("annualContribution");
    return {
      field: "annualContribution",
      message:
        `The contribution of ${formatPounds(amount.amount)} is more than the ${formatPounds(approved.amount)} approved ` +
        `(${formatPounds(amount.amount - approved.amount)} over). Clause 2.5: get approval for the extra commitment, ` +
        `or correct the amount${where ? ` in column ${where}` : ""}.`,
    };
  },
};

export default rule;
