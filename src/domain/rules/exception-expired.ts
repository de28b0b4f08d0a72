import type { EngineRule } from "./rule.js";

/**
 * Raised by the engine when a row of the Accepted exceptions sheet is past its Until date: the exception no longer
 * applies, so the finding it accepted is open again. Declared here so a profile can switch it off or change its severity.
 */
const rule: EngineRule = {
  kind: "engine",
  code: "exception-expired",
  clause: "Accepted exceptions",
  severity: "warning",
  group: "structure",
  description: "Every accepted exception is within its Until date; one past it no longer applies until it is renewed or removed.",
  fields: [],
};

export default rule;
