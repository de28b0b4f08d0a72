import type { EngineRule } from "./rule.js";

/**
 * Raised by the engine when a row of the Accepted exceptions sheet matches no finding (the finding was put right, or
 * the row names the wrong rule or partnership), like an unused lint disable directive.
 */
const rule: EngineRule = {
  kind: "engine",
  code: "exception-unused",
  clause: "Accepted exceptions",
  severity: "info",
  group: "structure",
  description: "Every accepted exception still matches a finding; one that matches none can be removed.",
  fields: [],
};

export default rule;
