import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameKey, refKey } from "../../src/domain/partnership-key.js";

/** The rule as the docs state it, in its plainest form: the fast path must give exactly this. */
function plainNameKey(s: string): string {
  return s.toLowerCase().replace(/&/g, " and ").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

describe("nameKey", () => {
  it("treats names that differ only in case, spacing, punctuation and '&' as the same partnership", () => {
    expect(nameKey("Canal & River Trust")).toBe(nameKey("canal and river  trust."));
    expect(nameKey("  Black Country — Waste Partnership ")).toBe("black country waste partnership");
    expect(nameKey("Zürich Twinning Association")).toBe("zürich twinning association");
  });

  it("gives the same key as the plain rule for any text, ASCII or not", () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(..."Aa Zz09&-./,'()£é—ßİ\u00a0\t".split("")), maxLength: 30 }),
      fc.string({ unit: "grapheme", maxLength: 20 }),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(fc.property(text, (s) => nameKey(s) === plainNameKey(s)), { numRuns: 2_000 });
  });
});

describe("refKey", () => {
  it("treats references that differ in case, spaces and the kind of dash as the same", () => {
    expect(refKey("p–008 ")).toBe(refKey("P-008"));
    expect(refKey("P - 008")).toBe("p-008");
  });

  it("gives the same key as the plain rule for any text", () => {
    const plain = (s: string) => s.toLowerCase().replace(/[\u2010-\u2015]/g, "-").replace(/\s+/g, "");
    const text = fc.oneof(fc.string({ unit: fc.constantFrom(..."Pp-–— 0819/\t\u00a0".split("")), maxLength: 12 }), fc.string({ maxLength: 20 }));
    fc.assert(fc.property(text, (s) => refKey(s) === plain(s)), { numRuns: 2_000 });
  });
});
