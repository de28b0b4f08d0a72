import type { EngineRule } from "./rule.js";

/** Raised by the engine while it finds the register; listed so profiles and the README treat them like any rule. */
export const headerNotFound: EngineRule = {
  kind: "engine",
  code: "header-not-found",
  clause: "Register",
  severity: "error",
  group: "structure",
  description: "The workbook has a sheet with a recognisable register header row.",
  fields: [],
};

export const requiredColumnMissing: EngineRule = {
  kind: "engine",
  code: "required-column-missing",
  clause: "Register",
  severity: "warning",
  group: "structure",
  description: "Every field an enabled rule needs has a column in the register.",
  fields: [],
};

export const ambiguousColumn: EngineRule = {
  kind: "engine",
  code: "ambiguous-column",
  clause: "Register",
  severity: "warning",
  group: "structure",
  description: "No two columns look like the same field.",
  fields: [],
};
