import type { Field } from "../model.js";

/** The Standards for England partnership behaviour protocol's six areas, in the protocol's order. */
export const BEHAVIOUR_AREAS = [
  { field: "assessOutcomes", label: "Achieve intended outcomes" },
  { field: "assessPublicInterest", label: "Public interest" },
  { field: "assessCapacity", label: "Building partners' capacity" },
  { field: "assessRespect", label: "Value and respect each other" },
  { field: "assessEthics", label: "Act ethically" },
  { field: "assessAlignment", label: "Aligning strategies and networks" },
] as const satisfies readonly { field: Field; label: string }[];

export type BehaviourField = (typeof BEHAVIOUR_AREAS)[number]["field"];
