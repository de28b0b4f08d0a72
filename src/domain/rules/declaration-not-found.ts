import type { ConflictPerson } from "../model.js";
import { interestIndex } from "../interests/interest-index.js";
import { PEOPLE_FIELDS, peopleOnRow } from "../interests/people-on-row.js";
import type { RowRule } from "./rule.js";

const rule: RowRule = {
  kind: "row",
  code: "declaration-not-found",
  clause: "2.13",
  severity: "info",
  group: "conflicts",
  description: "People acting for the council who have no entry in the workbook's register of interests are listed for attention.",
  fields: PEOPLE_FIELDS,
  dependsOnlyOn: PEOPLE_FIELDS,
  anyField: true,
  needsInterests: true,
  check(p, ctx) {
    if (!ctx.interests) return null;
    const index = interestIndex(ctx.interests);
    const people: ConflictPerson[] = peopleOnRow(p)
      .filter((person) => index.find(person.key).length === 0)
      .map((person) => ({ person: person.name, roles: person.roles, evidence: null, certainty: "exact" }));
    if (people.length === 0) return null;
    return {
      field: null,
      people,
      message:
        `No entry in the register of interests for ${people.map((x) => `${x.person} (${x.roles.join(", ")})`).join(", ")}. ` +
        `Clause 2.13: officers' interests are often kept elsewhere, so check their declaration is on file.`,
    };
  },
};

export default rule;
