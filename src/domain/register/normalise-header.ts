// Reduces a register column header, however a council words it, to a list of
// comparable tokens. The same function normalises the alias table, so any
// rule here applies equally to both sides of a comparison.

/** Bracketed units and answer markers that say nothing about the field: "(£)", "(Y/N)", "(date)". */
const MARKER_BRACKETS =
  /\(\s*(?:£\s*(?:'?000s?|k|m)?|gbp|y\s*\/\s*n(?:\s*\/\s*n\s*\/?\s*a)?|yes\s*\/\s*no(?:\s*\/\s*n\s*\/?\s*a)?|date|dd\s*\/\s*mm\s*\/\s*yy(?:yy)?|tick|✓|✔|x)\s*\)/g;

/** Whole-token abbreviations and spellings, expanded before singularising. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  eia: "equality impact assessment",
  eqia: "equality impact assessment",
  tor: "terms of reference",
  isa: "information sharing agreement",
  isp: "information sharing protocol",
  dsa: "data sharing agreement",
  doi: "declaration of interest",
  dois: "declaration of interest",
  hos: "head of service",
  mou: "memorandum of understanding",
  kpi: "key performance indicator",
  kpis: "key performance indicator",
  pi: "performance indicator",
  pis: "performance indicator",
  ref: "reference",
  refs: "reference",
  cllr: "councillor",
  councilor: "councillor",
  dept: "department",
  approx: "approximate",
  yr: "year",
  pa: "per annum",
  info: "information",
  org: "organisation",
  organization: "organisation",
  rep: "representative",
  la: "local authority",
  sro: "senior responsible officer",
  mgr: "manager",
  mgmt: "management",
  exec: "executive",
  amt: "amount",
  govt: "government",
  cttee: "committee",
  ctte: "committee",
  sla: "service level agreement",
  jv: "joint venture",
  cic: "community interest company",
  dir: "director",
  resp: "responsible",
  num: "number",
  behavior: "behaviour",
  authorized: "authorised",
  gbp: "",
};

/** Words that carry no meaning in a header. "no" is kept where it means "number" (see below). */
const FILLERS: ReadonlySet<string> = new Set([
  "the", "of", "a", "an", "in", "is", "has", "have", "had", "been", "for", "to", "if", "any",
  "y", "n", "yes", "no", "na", "please", "state", "and", "or", "on", "at", "with", "be", "are",
  "was", "were", "do", "does", "did", "there", "this", "that", "these", "it", "its", "we", "our",
  "their", "they", "which", "what", "who", "whom", "whose", "how", "where", "when", "will",
  "should", "must", "can", "e", "g", "eg", "ie", "i", "etc", "place", "tick", "box", "dd", "mm",
  "yy", "yyyy", "applicable",
]);

/** Tokens after which "no" means "number" ("Register no.", "Ref no"). */
const NUMBER_CONTEXT: ReadonlySet<string> = new Set([
  "register", "ref", "reference", "partnership", "item", "serial", "entry", "record",
]);

/** Drops a plural "s" ("officers" -> "officer", "liabilities" -> "liability"); leaves "status", "business", "analysis". */
export function singularise(token: string): string {
  if (token.length <= 3 || /\d/.test(token)) return token;
  if (token.endsWith("ies") && token.length > 4) return `${token.slice(0, -3)}y`;
  if (token.endsWith("s") && !/(?:ss|us|is)$/.test(token)) return token.slice(0, -1);
  return token;
}

function expand(token: string): string | undefined {
  return ABBREVIATIONS[token] ?? ABBREVIATIONS[singularise(token)];
}

/**
 * The meaningful, lower-case, singular tokens of a header. "Risk register\n(Y/N)"
 * -> ["risk", "register"]; "O&S arrangements" -> ["overview", "scrutiny", "arrangement"];
 * "Council's financial commitment £ p.a." -> ["council", "financial", "commitment", "per", "annum"].
 */
export function headerTokens(text: string): string[] {
  let s = text.normalize("NFKC").toLowerCase();
  s = s.replace(/['’‘`]/g, "");
  s = s.replace(MARKER_BRACKETS, " ");
  s = s.replace(/\bp\s*[./]\s*a\b\.?/g, " per annum ");
  s = s.replace(/£\s*(?:'?000s?|k|m)(?![a-z0-9])/g, " ");
  s = s.replace(/£/g, " ");
  s = s.replace(/&/g, " and ");
  s = s.replace(/#/g, " number ");
  // "in budget", "within the approved budget": the commitment is budgeted.
  s = s.replace(/\b(?:in|within)\s+(?:the\s+)?(?:approved\s+)?budget\b/g, " budgeted ");
  s = s.replace(/[^a-z0-9]+/g, " ");

  const raw = s.split(" ").filter((t) => t !== "");

  // Phrases that span tokens: "o and s" (from "O&S"), "no" meaning "number".
  const joined: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i] as string;
    if (token === "o" && raw[i + 1] === "and" && raw[i + 2] === "s") {
      joined.push("overview", "and", "scrutiny");
      i += 2;
      continue;
    }
    if (token === "no") {
      const previous = raw[i - 1];
      const isNumber =
        raw.length === 1 || (previous !== undefined && NUMBER_CONTEXT.has(previous)) || raw[i + 1] === "of";
      joined.push(isNumber ? "number" : token);
      continue;
    }
    joined.push(token);
  }

  const tokens: string[] = [];
  for (const token of joined) {
    const expansion = expand(token);
    const words = expansion === undefined ? [token] : expansion.split(" ").filter((w) => w !== "");
    for (const word of words) {
      if (FILLERS.has(word)) continue;
      tokens.push(singularise(word));
    }
  }
  return tokens;
}
