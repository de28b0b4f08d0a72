import { asWritten, presence } from "./presence.js";
import { formatPounds } from "./money.js";
import type { RowRule } from "./rule.js";

const rule: RowRule = {
  kind: "row",
  code: "unbudgeted-commitment",
  clause: "2.5",
  severity: "error",
  group: "finance",
  description: "A financial contribution above zero has a recorded budget approval.",
  fields: ["annualContribution", "budgetApproved"],
  check(p, ctx) {
    const amount = p.values.annualContribution;
    if (amount?.kind !== "money" || amount.amount <= 0) return null;
    const approval = p.values.budgetApproved;
    const state = presence(approval);
    if (state === "present" || state === "notApplicable" || state === "unreadable") return null;
    const where = ctx.columnOf("budgetApproved");
    return {
      field: "budgetApproved",
      message:
        `The council contributes ${formatPounds(amount.amount)} but no budget approval is recorded${asWritten(approval)}. ` +
        `Clause 2.5: seek approval for the commitment and record it${where ? ` in column ${where}` : ""}.`,
    };
  },
};

export default rule;
