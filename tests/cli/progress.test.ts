import { describe, expect, it } from "vitest";
import { terminalProgress } from "../../src/cli/progress.js";

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = { isTTY, columns: 100, text: "", write(chunk: string) { s.text += chunk; return true; } };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

describe("progress on stderr", () => {
  it("shows each step on one line in a terminal, and clears it at the end", () => {
    const tty = fakeStream(true);
    const p = terminalProgress(tty);
    p.step("Reading register.xlsx");
    p.step("Checking the register");
    p.done();
    expect(tty.text).toContain("\rReading register.xlsx (0s)");
    expect(tty.text).toContain("\rChecking the register (0s)");
    expect(tty.text.endsWith("\r")).toBe(true);
  });

  it("stays silent when the output is not a terminal (a pipe, a log file, CI)", () => {
    const pipe = fakeStream(false);
    const p = terminalProgress(pipe);
    p.step("Reading register.xlsx");
    p.done();
    expect(pipe.text).toBe("");
  });
});
