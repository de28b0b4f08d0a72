import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../../src/domain/model.js";
import { parseMoney } from "../../../../src/domain/register/values/parse-money.js";

describe("parseMoney: amounts as people type them", () => {
  it.each([
    ["£12,500", 12_500],
    ["12500.00", 12_500],
    ["12,500", 12_500],
    ["£12,500.50", 12_500.5],
    ["£1.2m", 1_200_000],
    ["£1.2M", 1_200_000],
    ["1.2 million", 1_200_000],
    ["£2.5mn", 2_500_000],
    ["£12.5k", 12_500],
    ["12.5K", 12_500],
    ["£5 thousand", 5_000],
    ["£3bn", 3_000_000_000],
    ["£0.75 billion", 750_000_000],
    ["£5,000 pa", 5_000],
    ["£5k per annum", 5_000],
    ["£5,000 p.a.", 5_000],
    ["£5,000/yr", 5_000],
    ["£5,000 per year", 5_000],
    ["£5,000 a year", 5_000],
    ["£5,000 annually", 5_000],
    ["GBP 5000", 5_000],
    ["5000 GBP", 5_000],
    ["5,000 pounds", 5_000],
    ["£ 5,000", 5_000],
    ["(£500)", -500],
    ["-£500", -500],
    ["£-500", -500],
    ["−£500", -500],
    ["(500)", -500],
    ["£1,000,000,000,000", 1e12],
    ["  £250  ", 250],
  ])("%j is £%d", (text, amount) => {
    expect(parseMoney(text)).toEqual({ kind: "money", amount, text: text.trim() });
  });

  it.each(["nil", "Nil", "none", "zero", "£0", "0", "0.00", "-", "—", "£ -", "£nil", "Nil."])("%j is £0", (text) => {
    expect(parseMoney(text)).toEqual({ kind: "money", amount: 0, text });
  });
});

describe("parseMoney: not yet known and not applicable", () => {
  it.each(["tbc", "TBC", "pending", "to be confirmed", "tba"])("%j is pending", (text) => {
    expect(parseMoney(text)).toEqual({ kind: "pending", text });
  });
  it.each(["N/A", "n/a", "NA", "not applicable"])("%j is not applicable", (text) => {
    expect(parseMoney(text)).toEqual({ kind: "notApplicable", text });
  });
});

describe("parseMoney: what it will not guess", () => {
  it.each([
    ["£5-10k", "a range"],
    ["£5,000 - £10,000", "a range"],
    ["£5k to £10k", "a range"],
    ["about five grand", "no figures"],
    ["£5k + £3k", "more than one amount"],
    ["£12,50,0", "not an amount"],
    ["1,2345", "not an amount"],
    ["£500 per month", "monthly"],
    ["£500 pcm", "monthly"],
    ["£100 per week", "weekly"],
    ["(-£500)", "not an amount"],
    ["in kind", "no figures"],
    ["varies", "no figures"],
    [`£${"9".repeat(400)}`, "too large"],
  ])("%j is unreadable (%s)", (text, because) => {
    const value = parseMoney(text);
    expect(value).toMatchObject({ kind: "unreadable", text });
    if (value.kind === "unreadable") expect(value.reason).toContain(because);
  });
});

describe("parseMoney: cells that are not text", () => {
  it.each([
    [12_500, 12_500],
    [0, 0],
    [-500, -500],
    [1234.56, 1234.56],
    [1e12, 1e12],
  ])("number %d is £%d as it is", (n, amount) => {
    expect(parseMoney(n)).toEqual({ kind: "money", amount, text: String(n) });
  });

  it("minus zero is plain zero", () => {
    const value = parseMoney(-0);
    expect(value.kind === "money" && Object.is(value.amount, 0)).toBe(true);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("number %d is unreadable", (n) => {
    expect(parseMoney(n).kind).toBe("unreadable");
  });

  it.each([true, false])("a yes/no cell (%s) is unreadable", (b) => {
    expect(parseMoney(b)).toMatchObject({ kind: "unreadable", text: b ? "TRUE" : "FALSE" });
  });

  it("a date cell is unreadable", () => {
    expect(parseMoney(new Date(Date.UTC(2025, 2, 31)))).toMatchObject({ kind: "unreadable", text: "2025-03-31" });
  });

  it.each(["#REF!", "#VALUE!", "#DIV/0!"])("error cell %s is unreadable with its code as text", (code) => {
    expect(parseMoney({ error: code })).toMatchObject({ kind: "unreadable", text: code });
  });

  it.each<[CellValue]>([[null], [""], ["  "]])("%j is blank", (cell) => {
    expect(parseMoney(cell)).toEqual({ kind: "blank" });
  });

  it("survives odd input", () => {
    expect(() => parseMoney({} as unknown as CellValue)).not.toThrow();
    expect(() => parseMoney(`${"1,".repeat(100_000)}000`)).not.toThrow();
    expect(parseMoney(undefined as unknown as CellValue)).toEqual({ kind: "blank" });
  });
});
