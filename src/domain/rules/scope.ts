import { memoise } from "../memo.js";
import type { Partnership } from "../model.js";

/** Why clause 2.2 puts a row outside the protocol, or null when it is in scope. */
export function outOfScopeReason(p: Partnership): string | null {
  const form = p.values.legalForm;
  if (!form || form.kind === "blank") return null;
  return reasonFor(form.text);
}

const reasonFor = memoise((written: string): string | null => {
  const text = written.toLowerCase();
  // An informal arrangement is a form of partnership (Appendix 1 §2), not an informal discussion group.
  if (/\binformal (arrangement|partnership)\b/.test(text)) return null;
  const strategic = /\bstrategic\b/.test(text) && !/\bno strategic\b|\bnon[- ]strategic\b/.test(text);
  if (/\bcontract(s|ed)? for (the )?(provision of )?services?\b|\bservice contract\b|\bcommissioned service\b/.test(text) && !strategic)
    return "a contract for services (clause 2.2 a)";
  if (/\b(consultation|discussion|informal|reference|focus|forum|user) group\b|\bconsultation\b/.test(text))
    return "a consultation or discussion group (clause 2.2 b)";
  if (/\boutside[- ]bod(y|ies)\b/.test(text) && !strategic) return "an outside-body appointment with no strategic role (clause 2.2 c)";
  if (/\bpfi\b|\bprivate finance initiative\b/.test(text)) return "a Private Finance Initiative scheme (clause 2.2 d)";
  return null;
});

export function isClosed(p: Partnership): boolean {
  const s = p.values.status;
  return s?.kind === "status" && s.status === "closed";
}
