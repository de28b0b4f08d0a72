import { describe, expect, it } from "vitest";
import {
  canonicalCapacity,
  matchPeople,
  personKey,
  splitNameAndCapacity,
  stripTitles,
  type NameMatch,
} from "../../../src/domain/interests/person-name.js";

describe("personKey", () => {
  it.each<[string, string, string[]]>([
    ["Jane Smith", "smith", ["jane"]],
    ["jane smith", "smith", ["jane"]],
    ["  Jane    Smith  ", "smith", ["jane"]],
    ["Cllr Jane Smith", "smith", ["jane"]],
    ["Councillor Aisha Khan", "khan", ["aisha"]],
    ["Cllr. A. Khan", "khan", ["a"]],
    ["Mr Tom O'Neill", "oneill", ["tom"]],
    ["Mr Tom O’Neill", "oneill", ["tom"]],
    ["Mrs Sarah Jones", "jones", ["sarah"]],
    ["Ms Sarah Jones", "jones", ["sarah"]],
    ["Miss Sarah Jones", "jones", ["sarah"]],
    ["Mx Sam Taylor", "taylor", ["sam"]],
    ["Dr. Priya Patel OBE", "patel", ["priya"]],
    ["Dr Priya Patel, OBE", "patel", ["priya"]],
    ["Prof. Alan Turing FRS", "turing", ["alan"]],
    ["Professor Alan Turing", "turing", ["alan"]],
    ["Sir John Major", "major", ["john"]],
    ["Dame Judi Dench", "dench", ["judi"]],
    ["Rev Mark Hughes", "hughes", ["mark"]],
    ["Revd. Mark Hughes", "hughes", ["mark"]],
    ["Lord Tom Kerr", "kerr", ["tom"]],
    ["Lady Ann Kerr", "kerr", ["ann"]],
    ["The Rt Hon Jane Smith MP", "smith", ["jane"]],
    ["Cllr Sue Bell MBE JP", "bell", ["sue"]],
    ["Tom Brown CBE", "brown", ["tom"]],
    ["SMITH, Jane", "smith", ["jane"]],
    ["Smith, Jane", "smith", ["jane"]],
    ["Khan, A", "khan", ["a"]],
    ["Khan, Cllr Aisha", "khan", ["aisha"]],
    ["Smith, Jane Anne", "smith", ["jane", "anne"]],
    ["KHAN Aisha", "khan", ["aisha"]],
    ["Aisha KHAN", "khan", ["aisha"]],
    ["KHAN A", "khan", ["a"]],
    ["Smith J", "smith", ["j"]],
    ["A.J. Smith", "smith", ["a", "j"]],
    ["AJ Smith", "smith", ["a", "j"]],
    ["A J Smith", "smith", ["a", "j"]],
    ["A. J. Smith", "smith", ["a", "j"]],
    ["AJ SMITH", "smith", ["a", "j"]],
    ["TOM SMITH", "smith", ["tom"]],
    ["Jane A Smith", "smith", ["jane", "a"]],
    ["Jane Smith-Jones", "smith-jones", ["jane"]],
    ["Jane Smith–Jones", "smith-jones", ["jane"]],
    ["Mary-Jane Watson", "watson", ["mary-jane"]],
    ["Jan van der Berg", "van der berg", ["jan"]],
    ["Maria de la Cruz", "de la cruz", ["maria"]],
    ["Peter St John", "st john", ["peter"]],
    ["José Núñez", "nunez", ["jose"]],
    ["Zoë Brontë", "bronte", ["zoe"]],
    ["Søren Kierkegaard", "kierkegaard", ["soren"]],
    ["Smith", "smith", []],
    ["Cllr Smith", "smith", []],
    ["Cllr A Khan (Director)", "khan", ["a"]],
    ["J Smith - trustee", "smith", ["j"]],
  ])("%j has surname %j and forenames %j", (name, surname, forenames) => {
    const key = personKey(name);
    expect(key.surname).toBe(surname);
    expect(key.forenames).toEqual(forenames);
    expect(key.initials).toEqual(forenames.map((f) => f[0]));
  });

  it.each([
    ["SMITH, Jane", "Jane Smith"],
    ["KHAN Aisha", "Aisha Khan"],
    ["Cllr A.J. Khan", "A J Khan"],
    ["Dr. Priya Patel OBE", "Priya Patel"],
    ["Mr Tom O'Neill", "Tom O'Neill"],
    ["Jan van der Berg", "Jan van der Berg"],
    ["jane smith-jones", "Jane Smith-Jones"],
    ["José Núñez", "José Núñez"],
  ])("displays %j as %j", (name, display) => {
    expect(personKey(name).display).toBe(display);
  });

  it.each(["", "   ", "Cllr", "Dr.", "-", "123", "(Director)"])("%j holds no name", (name) => {
    const key = personKey(name);
    expect(key.surname).toBe("");
    expect(key.forenames).toEqual([]);
  });

  it("records the titles written before a name, in canonical form", () => {
    expect(personKey("Councillor A Khan").titles).toEqual(["cllr"]);
    expect(personKey("Cllr. A Khan").titles).toEqual(["cllr"]);
    expect(personKey("A Khan").titles).toBeUndefined();
    expect(personKey("Revd Dr Mark Hughes").titles).toEqual(["dr", "rev"]);
  });

  it("keeps a surname that happens to be a title word when it comes last", () => {
    expect(personKey("Jane Lord").surname).toBe("lord");
  });
});

describe("matchPeople", () => {
  const m = (a: string, b: string): NameMatch => matchPeople(personKey(a), personKey(b));

  it.each<[string, string, NameMatch]>([
    // Same person, written differently: exact.
    ["Jane Smith", "Jane Smith", "exact"],
    ["Jane Smith", "jane smith", "exact"],
    ["Jane Smith", "SMITH, Jane", "exact"],
    ["Jane Smith", "Smith, Jane", "exact"],
    ["Jane Smith", "Cllr Jane Smith", "exact"],
    ["Councillor Aisha Khan", "Cllr Aisha Khan", "exact"],
    ["Aisha Khan", "KHAN Aisha", "exact"],
    ["Dr. Priya Patel OBE", "Priya Patel", "exact"],
    ["Tom O'Neill", "Mr Tom O’Neill", "exact"],
    ["José Núñez", "Jose Nunez", "exact"],
    ["Jane Smith-Jones", "Cllr Jane Smith-Jones", "exact"],
    ["Jane Anne Smith", "Smith, Jane Anne", "exact"],
    ["Cllr Jane Smith (Director)", "Jane Smith", "exact"],
    // Initials written the same way, with the same titles: exact.
    ["A Khan", "a. khan", "exact"],
    ["A Khan", "Khan, A", "exact"],
    ["AJ Smith", "A.J. Smith", "exact"],
    ["Cllr A Khan", "Councillor A. Khan", "exact"],
    ["Jane A Smith", "Jane A. Smith", "exact"],
    // A match that relies on an initial: only possible.
    ["J Smith", "Jane Smith", "possible"],
    ["Cllr J Smith", "Cllr Jane Smith", "possible"],
    ["Smith, J", "Jane Smith", "possible"],
    ["A.J. Smith", "Andrew James Smith", "possible"],
    ["A Smith", "Andrew James Smith", "possible"],
    ["Jane A Smith", "Jane Anne Smith", "possible"],
    // Initials alone, written with different titles: only possible.
    ["A Khan", "Cllr A. Khan", "possible"],
    ["Mr A Khan", "Mrs A Khan", "possible"],
    // A middle name one side lacks: possible.
    ["Jane Smith", "Jane A Smith", "possible"],
    ["Jane Smith", "Jane Anne Smith", "possible"],
    // Surname only: never exact.
    ["Smith", "Jane Smith", "possible"],
    ["Cllr Smith", "Cllr Smith", "possible"],
    ["Smith", "Smith", "possible"],
    // Different people.
    ["Jane Smith", "John Smith", "none"],
    ["J Smith", "K Smith", "none"],
    ["Jane Smith", "Jane Smyth", "none"],
    ["A J Smith", "Jane Smith", "none"],
    ["Jane Anne Smith", "Jane Mary Smith", "none"],
    ["Jane Smith", "Jane Smith-Jones", "none"],
    ["Smith", "Jones", "none"],
    ["Jane Smith", "", "none"],
    ["", "", "none"],
    ["Cllr", "Cllr", "none"],
  ])("%j vs %j is %s", (a, b, expected) => {
    expect(m(a, b)).toBe(expected);
    expect(m(b, a)).toBe(expected);
  });

  it("never merges J Smith with Jane Smith as the same person", () => {
    expect(m("J Smith", "Jane Smith")).not.toBe("exact");
    expect(m("Cllr J. Smith", "SMITH, Jane")).toBe("possible");
  });
});

describe("canonicalCapacity", () => {
  it.each<[string, string | null]>([
    ["Director", "director"],
    ["director", "director"],
    ["Directors", "director"],
    ["Non-Executive Director", "director"],
    ["non executive director", "director"],
    ["Non-Exec Director", "director"],
    ["NED", "director"],
    ["Board Director", "director"],
    ["Company Director", "director"],
    ["Council nominated director", "director"],
    ["Trustee", "trustee"],
    ["Trustees", "trustee"],
    ["charity trustee", "trustee"],
    ["Chair", "chair"],
    ["Chairman", "chair"],
    ["Chairperson", "chair"],
    ["Chairwoman", "chair"],
    ["Chair of the Board", "chair"],
    ["Vice-Chair", "vice-chair"],
    ["Vice Chair", "vice-chair"],
    ["Vice Chairman", "vice-chair"],
    ["Deputy Chair", "vice-chair"],
    ["Board Member", "board member"],
    ["member of the board", "board member"],
    ["Observer", "observer"],
    ["Member", "member"],
    ["Voting member", "member"],
    ["Co-opted member", "member"],
    ["Secretary", "secretary"],
    ["Company Secretary", "secretary"],
    ["Treasurer", "treasurer"],
    ["Shareholder Representative", "shareholder representative"],
    ["shareholder rep", "shareholder representative"],
    ["as director", "director"],
    ["Director and Trustee", "director"],
    ["Chair and Director", "director"],
    ["Chair / Trustee", "trustee"],
    ["Chair, Treasurer", "chair"],
    ["Director of Public Health", null],
    ["Head of Finance", null],
    ["Cabinet Member for Housing", null],
    ["Chief Executive", null],
    ["Jane Smith", null],
    ["", null],
  ])("%j -> %j", (phrase, expected) => {
    expect(canonicalCapacity(phrase)).toBe(expected);
  });
});

describe("splitNameAndCapacity", () => {
  it.each<[string, string, string | null]>([
    ["Cllr A Khan (Director)", "Cllr A Khan", "director"],
    ["J Smith - trustee", "J Smith", "trustee"],
    ["J Smith – Trustee", "J Smith", "trustee"],
    ["J Smith — Trustee", "J Smith", "trustee"],
    ["Jane Smith, Chair", "Jane Smith", "chair"],
    ["Jane Smith [board member]", "Jane Smith", "board member"],
    ["Director: Jane Smith", "Jane Smith", "director"],
    ["Chair – Cllr Jones", "Cllr Jones", "chair"],
    ["Jane Smith as director", "Jane Smith", "director"],
    ["Jane Smith (as trustee)", "Jane Smith", "trustee"],
    ["Cllr A Khan Director", "Cllr A Khan", "director"],
    ["Jane Smith (Head of Finance)", "Jane Smith", null],
    ["Jane Smith - Head of Finance", "Jane Smith", null],
    ["Head of Finance - Jane Smith", "Jane Smith", null],
    ["Director (Jane Smith)", "Jane Smith", "director"],
    ["Jane Smith-Jones", "Jane Smith-Jones", null],
    ["Smith, Jane", "Smith, Jane", null],
    ["Jane Smith", "Jane Smith", null],
  ])("%j -> name %j, capacity %j", (text, name, capacity) => {
    expect(splitNameAndCapacity(text)).toEqual({ name, capacity });
  });
});

describe("stripTitles", () => {
  it.each([
    ["Cllr Jane Smith", "Jane Smith"],
    ["Councillor Aisha Khan", "Aisha Khan"],
    ["Dr. Priya Patel OBE", "Priya Patel"],
    ["The Rt Hon Jane Smith MP", "Jane Smith"],
    ["Khan, Cllr Aisha", "Khan, Aisha"],
    ["Drew Barrymore", "Drew Barrymore"],
    ["Mrs Sarah Jones JP", "Sarah Jones"],
    ["Theo Walcott", "Theo Walcott"],
  ])("%j -> %j", (text, expected) => {
    expect(stripTitles(text)).toBe(expected);
  });
});
