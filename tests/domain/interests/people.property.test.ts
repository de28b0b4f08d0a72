import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchOrganisations, organisationKey, splitOrganisations } from "../../../src/domain/interests/organisation-name.js";
import { parsePeople } from "../../../src/domain/interests/parse-people.js";
import { matchPeople, personKey } from "../../../src/domain/interests/person-name.js";
import type { CellValue } from "../../../src/domain/model.js";

/** Text made mostly of the characters people cells are made of, plus anything at all. */
const nameChars = fc.constantFrom(
  ..."abcdeijnoshtAJKSMTÉéüñ'’.,;:/&-–()[]{}\n \t".split(""),
  "and",
  " and ",
  "Cllr ",
  "Dr. ",
  "OBE",
  "(Director)",
  " - trustee",
  "SMITH",
  "Khan",
  "Jane",
  "vacant",
  "n/a",
);
const messyText = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: nameChars, maxLength: 25 }), fc.string({ unit: "grapheme", maxLength: 40 }));

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  messyText,
  fc.constant(null),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date(),
  fc.record({ error: fc.string({ maxLength: 8 }) }),
);

/** Names that have a surname and a forename. */
const forename = fc.constantFrom("Jane", "A", "A.J.", "Aisha", "tom", "JOHN", "Zoë", "Mary-Jane", "J");
const surname = fc.constantFrom("Smith", "KHAN", "O'Neill", "Smith-Jones", "van der Berg", "Núñez", "Lee");
const title = fc.constantFrom("", "Cllr ", "Councillor ", "Mr ", "Dr. ", "Prof ");
const honour = fc.constantFrom("", " OBE", " JP", ", MBE");
const realName = fc
  .tuple(title, forename, fc.option(forename, { nil: undefined }), surname, honour, fc.boolean())
  .map(([t, f, m, s, h, surnameFirst]) =>
    surnameFirst ? `${s}, ${t}${f}${m ? ` ${m}` : ""}` : `${t}${f}${m ? ` ${m}` : ""} ${s}${h}`,
  );

describe("never throws", () => {
  it("parsePeople on any cell gives blank, people or (for error cells) unreadable", () => {
    fc.assert(
      fc.property(cell, (c) => {
        const v = parsePeople(c);
        expect(["blank", "people", "unreadable"]).toContain(v.kind);
        if (v.kind === "unreadable") expect(typeof c === "object" && c !== null && !(c instanceof Date)).toBe(true);
        if (v.kind === "people") {
          for (const p of v.people) {
            expect(p.raw.trim()).toBe(p.raw);
            expect(p.raw.length).toBeGreaterThan(0);
            expect(p.name.length).toBeGreaterThan(0);
            expect(p.capacity === null || p.capacity === p.capacity.toLowerCase()).toBe(true);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("personKey gives lower-case keys and consistent initials", () => {
    fc.assert(
      fc.property(messyText, (s) => {
        const k = personKey(s);
        expect(k.surname).toBe(k.surname.toLowerCase());
        for (const f of k.forenames) expect(f).toBe(f.toLowerCase());
        expect(k.initials).toEqual(k.forenames.map((f) => [...f][0]));
        if (k.surname === "") expect(k.forenames).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  it("organisationKey, matchOrganisations and splitOrganisations", () => {
    fc.assert(
      fc.property(messyText, messyText, cell, (a, b, c) => {
        const k = organisationKey(a);
        expect(k).toBe(k.toLowerCase().trim());
        expect(["exact", "possible", "none"]).toContain(matchOrganisations(a, b));
        const items = splitOrganisations(c);
        for (const item of items) {
          expect(item).toBe(item.trim());
          expect(item.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("matching laws", () => {
  it("matchPeople is symmetric", () => {
    fc.assert(
      fc.property(fc.oneof(messyText, realName), fc.oneof(messyText, realName), (a, b) => {
        expect(matchPeople(personKey(a), personKey(b))).toBe(matchPeople(personKey(b), personKey(a)));
      }),
      { numRuns: 2000 },
    );
  });

  it("matchPeople is symmetric over realistic names", () => {
    fc.assert(
      fc.property(realName, realName, (a, b) => {
        expect(matchPeople(personKey(a), personKey(b))).toBe(matchPeople(personKey(b), personKey(a)));
      }),
      { numRuns: 2000 },
    );
  });

  it("a name with a forename matches itself exactly", () => {
    fc.assert(
      fc.property(fc.oneof(realName, messyText), (s) => {
        const k = personKey(s);
        if (k.surname !== "" && k.forenames.length > 0) expect(matchPeople(k, k)).toBe("exact");
        if (k.surname !== "" && k.forenames.length === 0) expect(matchPeople(k, k)).toBe("possible");
        if (k.surname === "") expect(matchPeople(k, k)).toBe("none");
      }),
      { numRuns: 2000 },
    );
  });

  it("a realistic name keeps its surname and a forename", () => {
    fc.assert(
      fc.property(realName, (s) => {
        const k = personKey(s);
        expect(k.surname).not.toBe("");
        expect(k.forenames.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it("titles, case and spacing do not change a full name's match", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Jane", "Aisha", "Tom", "Zoë"),
        fc.constantFrom("Smith", "Khan", "O'Neill", "Smith-Jones"),
        title,
        (f, s, t) => {
          expect(matchPeople(personKey(`${f} ${s}`), personKey(`${t}${f.toUpperCase()}   ${s.toUpperCase()}`))).toBe("exact");
          expect(matchPeople(personKey(`${f} ${s}`), personKey(`${s.toUpperCase()}, ${f}`))).toBe("exact");
        },
      ),
    );
  });

  it("an initial never matches a full forename exactly", () => {
    fc.assert(
      fc.property(fc.constantFrom("Jane", "Aisha", "Tom"), fc.constantFrom("Smith", "Khan"), title, (f, s, t) => {
        expect(matchPeople(personKey(`${t}${f[0]} ${s}`), personKey(`${f} ${s}`))).toBe("possible");
      }),
    );
  });

  it("matchOrganisations is symmetric and every non-placeholder name matches itself exactly", () => {
    fc.assert(
      fc.property(messyText, messyText, (a, b) => {
        expect(matchOrganisations(a, b)).toBe(matchOrganisations(b, a));
        if (organisationKey(a) !== "") expect(matchOrganisations(a, a)).toBe("exact");
      }),
      { numRuns: 1500 },
    );
  });
});
