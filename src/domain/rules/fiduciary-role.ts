import type { ConflictPerson } from "../model.js";
import { personKey } from "../interests/person-name.js";
import type { RowRule } from "./rule.js";

const FIDUCIARY = new Set(["director", "trustee"]);

const rule: RowRule = {
  kind: "row",
  code: "fiduciary-role",
  clause: "2.13",
  severity: "warning",
  group: "conflicts",
  description: "A representative who is a director or trustee of the partnership body is flagged for the monitoring officer.",
  fields: ["representatives"],
  dependsOnlyOn: ["representatives"],
  check(p) {
    const reps = p.values.representatives;
    if (reps?.kind !== "people") return null;
    const people: ConflictPerson[] = reps.people
      .filter((x) => x.capacity && FIDUCIARY.has(x.capacity))
      .map((x) => ({ person: personKey(x.raw).display || x.name, roles: [`representative (${x.capacity})`], evidence: `Recorded as "${x.raw}"`, certainty: "exact" }));
    if (people.length === 0) return null;
    const names = people.map((x) => `${x.person} (${x.roles[0]!.replace("representative (", "").replace(")", "")})`).join(", ");
    return {
      field: "representatives",
      people,
      message:
        `${names} ${people.length > 1 ? "sit" : "sits"} on the partnership body as ${people.length > 1 ? "directors or trustees" : "a director or trustee"}, ` +
        `a duty to that body that may conflict with the council's interests. Clause 2.13: make sure the duty is declared, ` +
        `and agree with the monitoring officer how conflicts will be handled.`,
    };
  },
};

export default rule;
