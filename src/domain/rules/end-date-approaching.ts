import type { RowRule } from "./rule.js";
import { formatUkDate } from "../register/calendar.js";
import { daysAfterCheck, daysUntilDueSoon } from "./due-date.js";

const rule: RowRule = {
  kind: "row",
  code: "end-date-approaching",
  clause: "2.14",
  severity: "info",
  group: "governance",
  description: "A partnership whose end date falls within the due-soon horizon (90 days by default) is listed so its exit or extension is planned.",
  fields: ["endDate"],
  check(p, ctx) {
    const end = p.values.endDate;
    if (end?.kind !== "date") return null;
    const status = p.values.status;
    if (status?.kind === "status" && status.status === "closed") return null;
    const days = daysUntilDueSoon(end.date, ctx);
    if (days === null) return null;
    const where = ctx.columnOf("endDate");
    return {
      field: "endDate",
      due: end.date,
      message:
        `The partnership ends on ${formatUkDate(end.date)}, ${daysAfterCheck(days)}. ` +
        `Clause 2.14: agree with the partners before then whether to use the exit provisions or extend it, ` +
        `and record the new end date${where ? ` in column ${where}` : ""} or mark the partnership closed when it ends.`,
    };
  },
};

export default rule;
