import { describe, expect, it } from "vitest";
import { headerTokens, singularise } from "../../../src/domain/register/normalise-header.js";

describe("headerTokens", () => {
  it.each<[string, string[]]>([
    ["Partnership Name", ["partnership", "name"]],
    ["  PARTNERSHIP   name ", ["partnership", "name"]],
    ["Risk register\n(Y/N)", ["risk", "register"]],
    ["Risk register (y / n)", ["risk", "register"]],
    ["Risk register (Yes/No)", ["risk", "register"]],
    ["Risk register? Y/N", ["risk", "register"]],
    ["Review date (date)", ["review", "date"]],
    ["Review date (dd/mm/yyyy)", ["review", "date"]],
    ["Annual contribution (£)", ["annual", "contribution"]],
    ["Annual contribution (£k)", ["annual", "contribution"]],
    ["Contribution £000", ["contribution"]],
    ["Council funding £", ["council", "funding"]],
    ["Council's financial commitment £ p.a.", ["council", "financial", "commitment", "per", "annum"]],
    ["Contribution pa", ["contribution", "per", "annum"]],
    ["Aims & Objectives", ["aim", "objective"]],
    ["Aims and objectives", ["aim", "objective"]],
    ["O&S arrangements", ["overview", "scrutiny", "arrangement"]],
    ["O & S", ["overview", "scrutiny"]],
    ["O and S", ["overview", "scrutiny"]],
    ["EIA completed?", ["equality", "impact", "assessment", "completed"]],
    ["EqIA", ["equality", "impact", "assessment"]],
    ["ToR in place?", ["term", "reference"]],
    ["TORs", ["term", "reference"]],
    ["ISA signed (Y/N)", ["information", "sharing", "agreement", "signed"]],
    ["DSA", ["data", "sharing", "agreement"]],
    ["DoI recorded", ["declaration", "interest", "recorded"]],
    ["DoIs", ["declaration", "interest"]],
    ["HoS sponsor", ["head", "service", "sponsor"]],
    ["MoU", ["memorandum", "understanding"]],
    ["KPIs", ["key", "performance", "indicator"]],
    ["Ref.", ["reference"]],
    ["Ref", ["reference"]],
    ["No.", ["number"]],
    ["Register No.", ["register", "number"]],
    ["Ref No", ["reference", "number"]],
    ["No. of partners", ["number", "partner"]],
    ["#", ["number"]],
    ["Cllr reps", ["councillor", "representative"]],
    ["Lead dept", ["lead", "department"]],
    ["Approx cost per yr", ["approximate", "cost", "per", "year"]],
    ["Info sharing", ["information", "sharing"]],
    ["Partner orgs", ["partner", "organisation"]],
    ["Partner organizations", ["partner", "organisation"]],
    ["Council rep", ["council", "representative"]],
    ["Shareholders’ agreement", ["shareholder", "agreement"]],
    ["Liabilities", ["liability"]],
    ["Council priorities", ["council", "priority"]],
    ["Equalities", ["equality"]],
    ["Status", ["status"]],
    ["Business case", ["business", "case"]],
    ["Equality analysis", ["equality", "analysis"]],
    ["Partnership / Body", ["partnership", "body"]],
    ["Reporting body / frequency", ["reporting", "body", "frequency"]],
    ["Is there an exit strategy in place?", ["exit", "strategy"]],
    ["Please state any details", ["detail"]],
    ["Budget approved*", ["budget", "approved"]],
    ["Approved in budget", ["approved", "budgeted"]],
    ["Within the approved budget?", ["budgeted"]],
    ["2025/26", ["2025", "26"]],
    ["", []],
    ["   ", []],
    ["(Y/N)", []],
    ["£", []],
  ])("%j -> %j", (header, tokens) => {
    expect(headerTokens(header)).toEqual(tokens);
  });

  it("does not read 'no' as 'number' in the middle of a header", () => {
    expect(headerTokens("Exit strategy yes / no")).toEqual(["exit", "strategy"]);
  });

  it("keeps bracketed words that carry meaning", () => {
    expect(headerTokens("Accountable officer (performance)")).toEqual(["accountable", "officer", "performance"]);
  });
});

describe("singularise", () => {
  it.each<[string, string]>([
    ["officers", "officer"],
    ["partners", "partner"],
    ["liabilities", "liability"],
    ["priorities", "priority"],
    ["aims", "aim"],
    ["status", "status"],
    ["business", "business"],
    ["analysis", "analysis"],
    ["yes", "yes"],
    ["kpis", "kpis"],
    ["2025s", "2025s"],
  ])("%s -> %s", (word, singular) => {
    expect(singularise(word)).toBe(singular);
  });
});
