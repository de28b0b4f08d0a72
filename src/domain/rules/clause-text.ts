/** How a message names the clause: "Clause 2.6", "Appendix 1 §1", "The Dudley protocol". */
export function clauseText(clause: string): string {
  if (/^\d/.test(clause)) return `Clause ${clause}`;
  if (/^appendix/i.test(clause)) return clause;
  return `The ${clause}`;
}
