import type { ConflictPerson } from "../model.js";
import { latestDeclarations } from "../interests/latest-declarations.js";
import { addMonths, compareIso, formatUkDate } from "../register/calendar.js";
import type { RowRule } from "./rule.js";
import { PEOPLE_FIELDS } from "../interests/people-on-row.js";

const rule: RowRule = {
  kind: "row",
  code: "stale-declaration",
  clause: "Dudley protocol",
  severity: "warning",
  group: "conflicts",
  description: "Everyone acting for the council on a partnership has declared their interests within the period (12 months by default).",
  fields: PEOPLE_FIELDS,
  dependsOnlyOn: PEOPLE_FIELDS,
  anyField: true,
  needsInterests: true,
  check(p, ctx) {
    if (!ctx.interests) return null;
    const months = ctx.periods.declarationMonths;
    const people: ConflictPerson[] = [];
    for (const { person, latest, certainty } of latestDeclarations(p, ctx.interests)) {
      if (compareIso(addMonths(latest, months), ctx.today) >= 0) continue;
      people.push({
        person: person.name,
        roles: person.roles,
        evidence: `Latest declaration ${formatUkDate(latest)}`,
        certainty,
      });
    }
    if (people.length === 0) return null;
    const list = people.map((x) => `${x.person} (${(x.evidence ?? "").replace(/^Latest/, "latest")}${x.certainty === "possible" ? ", name matched on an initial" : ""})`).join("; ");
    return {
      field: null,
      people,
      message:
        `${list}: more than ${months} months ago (the Dudley protocol asks for interests to be declared afresh). ` +
        `Ask them to renew their declaration of interests and update the register of interests.`,
    };
  },
};

export default rule;
