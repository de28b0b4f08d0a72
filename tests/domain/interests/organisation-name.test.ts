import { describe, expect, it } from "vitest";
import { matchOrganisations, organisationKey, splitOrganisations } from "../../../src/domain/interests/organisation-name.js";
import type { CellValue } from "../../../src/domain/model.js";

describe("organisationKey", () => {
  it.each([
    ["Canal & River Trust", "canal and river trust"],
    ["The Canal and River Trust", "canal and river trust"],
    ["  CANAL   AND RIVER   TRUST ", "canal and river trust"],
    ["Acme Ltd", "acme"],
    ["Acme Ltd.", "acme"],
    ["Acme Limited", "acme"],
    ["ACME PLC", "acme"],
    ["Smith Partners LLP", "smith partners"],
    ["Green Futures CIC", "green futures"],
    ["Green Futures C.I.C.", "green futures"],
    ["Food Bank CIO", "food bank"],
    ["Acme Inc.", "acme"],
    ["Acme Co Ltd", "acme"],
    ["Acme Co.", "acme"],
    ["Smith & Co", "smith and co"],
    ["Smith & Co Ltd", "smith and co"],
    ["Black Country Foundation Limited by Guarantee", "black country foundation"],
    ["St John's Ambulance", "st johns ambulance"],
    ["St. John’s Ambulance", "st johns ambulance"],
    ["Société Générale", "societe generale"],
    ["Dudley Group NHS Foundation Trust", "dudley group nhs foundation trust"],
    ["West Midlands Combined Authority (WMCA)", "west midlands combined authority wmca"],
    ["Age UK - Dudley", "age uk dudley"],
    ["Marks & Spencer plc", "marks and spencer"],
    ["The", "the"],
    ["None", ""],
    ["n/a", ""],
    ["TBC", ""],
    ["", ""],
  ])("%j -> %j", (name, key) => {
    expect(organisationKey(name)).toBe(key);
  });
});

describe("matchOrganisations", () => {
  it.each<[string, string, "exact" | "possible" | "none"]>([
    ["Canal & River Trust", "The Canal and River Trust", "exact"],
    ["Acme Ltd", "ACME LIMITED", "exact"],
    ["Marks & Spencer", "Marks and Spencer plc", "exact"],
    ["St John's Ambulance", "St Johns Ambulance", "exact"],
    ["Green Futures C.I.C.", "Green Futures CIC", "exact"],
    ["Canal and River Trust", "Canal and River Trust Midlands", "possible"],
    ["Dudley Group NHS Foundation Trust", "The Dudley Group NHS Foundation Trust Charity", "possible"],
    ["Black Country Partnership", "Black Country Partnership NHS Foundation Trust", "possible"],
    ["Age UK", "Age UK Dudley", "possible"],
    ["Acme", "Acme Holdings", "none"],
    ["Dudley", "Dudley Council", "none"],
    ["River Trust", "Canal and River Trust", "possible"],
    ["Canal Trust", "Canal and River Trust", "none"],
    ["Canal & River Trust", "Marks & Spencer", "none"],
    ["Age UK", "Age Concern", "none"],
    ["None", "None", "none"],
    ["n/a", "N/A", "none"],
    ["", "", "none"],
    ["Acme Ltd", "", "none"],
  ])("%j vs %j is %s", (a, b, expected) => {
    expect(matchOrganisations(a, b)).toBe(expected);
    expect(matchOrganisations(b, a)).toBe(expected);
  });
});

describe("splitOrganisations", () => {
  it.each<[CellValue, string[]]>([
    ["Canal & River Trust", ["Canal & River Trust"]],
    ["Marks and Spencer; Canal & River Trust", ["Marks and Spencer", "Canal & River Trust"]],
    ["West Midlands Police, NHS Black Country ICB, Dudley CVS", ["West Midlands Police", "NHS Black Country ICB", "Dudley CVS"]],
    ["West Midlands Police\nNHS Black Country ICB\r\nDudley CVS", ["West Midlands Police", "NHS Black Country ICB", "Dudley CVS"]],
    ["Police / Fire Service / Health", ["Police", "Fire Service", "Health"]],
    ["Police/Fire Service", ["Police/Fire Service"]],
    ["Police | Fire", ["Police", "Fire"]],
    ["- Age UK\n- Citizens Advice", ["Age UK", "Citizens Advice"]],
    ["1. Age UK\n2. Citizens Advice", ["Age UK", "Citizens Advice"]],
    ["  Age UK  ;  ; ,Citizens   Advice ", ["Age UK", "Citizens Advice"]],
    ["Age UK; n/a; none", ["Age UK"]],
    ["n/a", []],
    ["-", []],
    ["", []],
    [null, []],
    [{ error: "#N/A" }, []],
    [42, ["42"]],
  ])("%j -> %j", (cell, expected) => {
    expect(splitOrganisations(cell)).toEqual(expected);
  });
});
