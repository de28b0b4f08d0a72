import type { Partnership } from "../model.js";
import type { RegisterRule } from "./rule.js";
import { nameKey, refKey } from "../partnership-key.js";


const rule: RegisterRule = {
  kind: "register",
  code: "duplicate-partnership",
  clause: "Register",
  severity: "error",
  group: "structure",
  description: "Each partnership appears once: no two rows share a reference or a name.",
  fields: ["ref", "name"],
  anyField: true,
  checkAll(ps, ctx) {
    const byRef = new Map<string, Partnership>();
    const byName = new Map<string, Partnership>();
    const out: ReturnType<RegisterRule["checkAll"]> = [];
    for (const p of ps) {
      const rk = p.ref ? refKey(p.ref) : "";
      const nk = p.name ? nameKey(p.name) : "";
      const first = (rk && byRef.get(rk)) || (nk && byName.get(nk)) || null;
      if (first) {
        const same = rk && byRef.get(rk) === first ? `reference "${p.ref}"` : `name "${p.name}"`;
        const field = rk && byRef.get(rk) === first ? "ref" : "name";
        const where = ctx.columnOf(field);
        out.push({
          partnership: p,
          hit: {
            field,
            message:
              `This row has the same ${same} as row ${first.row}${first.name ? ` (${first.name})` : ""}. ` +
              `If it is the same partnership, merge the two rows; if not, give it its own ${field === "ref" ? "reference" : "name"}${where ? ` in column ${where}` : ""}.`,
          },
        });
      }
      if (rk && !byRef.has(rk)) byRef.set(rk, p);
      if (nk && !byName.has(nk)) byName.set(nk, p);
    }
    return out;
  },
};

export default rule;
