import type { ConflictPerson, IsoDate } from "../model.js";
import { latestDeclarations } from "../interests/latest-declarations.js";
import { addMonths, formatUkDate } from "../register/calendar.js";
import { clauseText } from "./clause-text.js";
import { daysUntilDueSoon, earliest } from "./due-date.js";
import type { RowRule } from "./rule.js";
import { PEOPLE_FIELDS } from "../interests/people-on-row.js";

const CLAUSE = "Dudley protocol";

const rule: RowRule = {
  kind: "row",
  code: "declaration-due-soon",
  clause: CLAUSE,
  severity: "info",
  group: "conflicts",
  description:
    "People acting for the council whose declaration of interests falls due for renewal within the due-soon horizon (90 days by default) are listed.",
  fields: PEOPLE_FIELDS,
  dependsOnlyOn: PEOPLE_FIELDS,
  anyField: true,
  needsInterests: true,
  check(p, ctx) {
    if (!ctx.interests) return null;
    const months = ctx.periods.declarationMonths;
    const people: ConflictPerson[] = [];
    const dues: IsoDate[] = [];
    for (const { person, latest, certainty } of latestDeclarations(p, ctx.interests)) {
      const due = addMonths(latest, months);
      if (daysUntilDueSoon(due, ctx) === null) continue;
      dues.push(due);
      people.push({
        person: person.name,
        roles: person.roles,
        evidence: `Latest declaration ${formatUkDate(latest)}, renewal due by ${formatUkDate(due)}`,
        certainty,
      });
    }
    if (people.length === 0) return null;
    const list = people
      .map((x) => `${x.person} (${(x.evidence ?? "").replace(/^Latest/, "latest")}${x.certainty === "possible" ? ", name matched on an initial" : ""})`)
      .join("; ");
    return {
      field: null,
      people,
      due: earliest(dues),
      message:
        `${list}. ${clauseText(CLAUSE)} asks for interests to be declared afresh every ${months} months: ` +
        `ask ${people.length === 1 ? "them" : "each of them"} to renew their declaration of interests before then and update the register of interests.`,
    };
  },
};

export default rule;
