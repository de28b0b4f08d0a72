import type { RowRule } from "./rule.js";
import { compareIso, formatUkDate } from "../register/calendar.js";

const rule: RowRule = {
  kind: "row",
  code: "end-date-passed",
  clause: "2.14",
  severity: "error",
  group: "governance",
  description: "A partnership past its end date is closed, or its end date is updated.",
  fields: ["endDate"],
  check(p, ctx) {
    const end = p.values.endDate;
    if (end?.kind !== "date" || compareIso(end.date, ctx.today) >= 0) return null;
    const status = p.values.status;
    if (status?.kind === "status" && status.status === "closed") return null;
    const where = ctx.columnOf("endDate");
    return {
      field: "endDate",
      message:
        `The end date ${formatUkDate(end.date)} has passed but the partnership is not recorded as closed. ` +
        `Clause 2.14: use the exit provisions and mark it closed, or record the new end date${where ? ` in column ${where}` : ""}.`,
    };
  },
};

export default rule;
