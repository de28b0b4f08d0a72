import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../src/domain/rules/index.js";

const readme = fs.readFileSync(path.resolve(import.meta.dirname, "../README.md"), "utf8");

describe("the README", () => {
  it.each(RULES.map((r) => [r.code, r.severity, r.clause]))("lists rule %s with its default severity and clause", (code, severity, clause) => {
    expect(readme).toContain(`| \`${code}\` | ${severity} | ${clause} |`);
  });

  it("gives the test command that .ci/run runs", () => {
    const ci = fs.readFileSync(path.resolve(import.meta.dirname, "../.ci/run"), "utf8");
    expect(readme).toContain("npm ci && npm test");
    expect(ci).toContain("npm ci && npm test");
  });
});
