import type { Field, Partnership, Value } from "../model.js";
import type { Hit, RowRule, RuleContext } from "./rule.js";

type Result = Hit | Hit[] | null;

/** Stands for a field the row leaves out, and for "nothing found", in the maps below (neither can be a key or a value). */
const ABSENT = Object.freeze({});

/**
 * What a rule with `dependsOnlyOn` said about each combination of values, for one run of the check. Values read
 * from equal cells are one shared object, so the same officers and partners on many rows are checked once.
 */
export class ResultCache {
  private readonly root = new Map<Value | object, unknown>();

  constructor(
    private readonly rule: RowRule,
    private readonly fields: readonly Field[],
    private readonly ctx: RuleContext,
  ) {}

  check(p: Partnership): Result {
    const fields = this.fields;
    let map = this.root;
    const last = fields.length - 1;
    for (let i = 0; i < last; i++) {
      const key = p.values[fields[i]!] ?? ABSENT;
      let next = map.get(key) as Map<Value | object, unknown> | undefined;
      if (next === undefined) map.set(key, (next = new Map()));
      map = next;
    }
    const key = p.values[fields[last]!] ?? ABSENT;
    const known = map.get(key);
    if (known !== undefined) return known === ABSENT ? null : (known as Result);
    const result = this.rule.check(p, this.ctx);
    map.set(key, result ?? ABSENT);
    return result;
  }
}
