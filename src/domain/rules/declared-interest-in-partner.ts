import type { ConflictPerson } from "../model.js";
import { interestIndex } from "../interests/interest-index.js";
import { matchOrganisations } from "../interests/organisation-name.js";
import { PEOPLE_FIELDS, peopleOnRow } from "../interests/people-on-row.js";
import { formatUkDate } from "../register/calendar.js";
import type { RowRule } from "./rule.js";

const rule: RowRule = {
  kind: "row",
  code: "declared-interest-in-partner",
  clause: "2.13, Dudley protocol",
  severity: "error",
  group: "conflicts",
  description: "Nobody who represents, sponsors or monitors a partnership for the council has a declared interest in one of its partners.",
  fields: ["partners"],
  dependsOnlyOn: [...PEOPLE_FIELDS, "partners"],
  needsInterests: true,
  check(p, ctx) {
    if (!ctx.interests) return null;
    const partners = p.values.partners?.kind === "list" ? p.values.partners.items : [];
    if (partners.length === 0) return null;
    const index = interestIndex(ctx.interests);
    const people: ConflictPerson[] = [];
    for (const person of peopleOnRow(p)) {
      for (const { declaration, certainty } of index.find(person.key)) {
        for (const partner of partners) {
          const org = matchOrganisations(declaration.organisation, partner);
          if (org === "none") continue;
          const sure = certainty === "exact" && org === "exact" ? "exact" : "possible";
          const when = declaration.declared ? `, declared ${formatUkDate(declaration.declared)}` : "";
          const nature = declaration.nature ? `${declaration.nature}: ` : "";
          people.push({
            person: person.name,
            roles: person.roles,
            evidence: `${nature}${declaration.organisation}${when} (register of interests row ${declaration.row}; partner "${partner}")`,
            certainty: sure,
          });
        }
      }
    }
    if (people.length === 0) return null;
    const possible = people.every((x) => x.certainty === "possible");
    const list = people.map((x) => `${x.person} (${x.roles.join(", ")}) has declared ${x.evidence}`).join("; ");
    return {
      field: "partners",
      people,
      message:
        `${possible ? "Possible conflict (the names only partly match): " : ""}${list}. ` +
        `Clause 2.13: refer this to the monitoring officer and record how the conflict is managed, or whether the person should step back.`,
    };
  },
};

export default rule;
