// The fake must behave like Excel where it matters, or the adapter's tests prove nothing.
import { afterEach, describe, expect, it } from "vitest";
import { FakeOfficeError, FakeWorkbook, installFakeOffice, PAYLOAD_LIMIT, type FakeRequestContext } from "./fake-excel.js";

async function code(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return (e as FakeOfficeError).code;
  }
}

describe("the recording fake of Excel", () => {
  it("throws PropertyNotLoaded for a property not loaded, and for one loaded but not yet synced", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Register", [["Ref"]]);
    await wb.run(async (context: FakeRequestContext) => {
      const range = context.workbook.worksheets.getItem("Register").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as unknown as Error);
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([["Ref"]]);
      expect(() => range.address).toThrow(/call the load method/);
    });
  });

  it("applies queued writes only at sync, in order", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("S");
    await wb.run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      r.values = [["a", "b"]];
      expect(wb.read("S", "A1:B1")).toEqual([[null, null]]);
      await context.sync();
    });
    expect(wb.read("S", "A1:B1")).toEqual([["a", "b"]]);
    expect(wb.syncLog).toHaveLength(1);
  });

  it("refuses a request over 5 MB with RequestPayloadSizeLimitExceeded and applies none of it", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("S");
    const big = Array.from({ length: 60_000 }, (_, i) => [`row ${i} ${"x".repeat(80)}`]);
    const result = await code(
      wb.run(async (context) => {
        const s = context.workbook.worksheets.getItem("S");
        s.getRange("B1").values = [["first"]];
        s.getRange(`A1:A${big.length}`).values = big;
        await context.sync();
      }),
    );
    expect(result).toBe("RequestPayloadSizeLimitExceeded");
    expect(wb.syncLog[0]!.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(wb.cell("S", "B1").value).toBeNull();
  });

  it("refuses a response over 5 MB with ResponsePayloadSizeLimitExceeded", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet(
      "S",
      Array.from({ length: 60_000 }, (_, i) => [`row ${i} ${"x".repeat(80)}`]),
    );
    const result = await code(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:A60000").load("values");
        await context.sync();
      }),
    );
    expect(result).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("refuses writes to a protected sheet with AccessDenied, leaving earlier operations of the sync done", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Open");
    wb.addSheet("Locked", [["x"]], { protected: true });
    const result = await code(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("Open").getRange("A1").values = [["done"]];
        context.workbook.worksheets.getItem("Locked").getRange("A1").format.fill.color = "#FF0000";
        await context.sync();
      }),
    );
    expect(result).toBe("AccessDenied");
    expect(wb.cell("Open", "A1").value).toBe("done");
    expect(wb.cell("Locked", "A1").style).toEqual({});
  });

  it("turns text beginning with =, +, - or @ into a formula unless the cell is formatted as text, and numeric text into a number", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("S");
    await wb.run(async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      s.getRange("A2:E2").numberFormat = [["@"]];
      s.getRange("A1:E2").values = [
        ['=HYPERLINK("http://x","y")', "+44 1234", "@risk", "-5 days", "00123"],
        ['=HYPERLINK("http://x","y")', "+44 1234", "@risk", "-5 days", "00123"],
      ];
      await context.sync();
    });
    expect(["A1", "B1", "C1", "D1"].map((a) => wb.cell("S", a).formula)).toEqual(['=HYPERLINK("http://x","y")', "=+44 1234", "=@risk", "=-5 days"]);
    expect(wb.cell("S", "A1").value).toBe("y");
    expect(wb.cell("S", "E1").value).toBe(123);
    expect(["A2", "B2", "C2", "D2", "E2"].map((a) => wb.cell("S", a))).toEqual(
      ['=HYPERLINK("http://x","y")', "+44 1234", "@risk", "-5 days", "00123"].map((value) => ({ value, formula: null, numberFormat: "@", style: {} })),
    );
  });

  it("fails APIs newer than the host's ExcelApi version with ApiNotFound, and isSetSupported agrees", async () => {
    const wb = new FakeWorkbook({ excelApi: "1.7" });
    wb.addSheet("S");
    const office = wb.officeContext();
    expect(office.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(office.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
    expect(office.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    const result = await code(
      wb.run(async (context) => {
        context.workbook.application.calculationMode = "Manual";
        await context.sync();
      }),
    );
    expect(result).toBe("ApiNotFound");
    expect(wb.calculationMode).toBe("Automatic");
    expect(new FakeWorkbook({ excelApi: "1.12" }).officeContext().requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
  });

  it("keeps sheet names unique and valid, and a workbook's structure protection", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Findings");
    expect(await code(wb.run(async (c) => (c.workbook.worksheets.add("findings"), c.sync())))).toBe("ItemAlreadyExists");
    expect(await code(wb.run(async (c) => (c.workbook.worksheets.add("a/b"), c.sync())))).toBe("InvalidArgument");
    wb.structureProtected = true;
    expect(await code(wb.run(async (c) => (c.workbook.worksheets.add("New"), c.sync())))).toBe("AccessDenied");
  });

  describe("installFakeOffice", () => {
    const g = globalThis as Record<string, unknown>;
    let restore: (() => void) | null = null;
    afterEach(() => restore?.());

    it("defines Office and Excel as the page would have them, and puts the old globals back", async () => {
      const wb = new FakeWorkbook();
      wb.addSheet("Register", [["Ref"]]);
      const before = g.Office;
      restore = installFakeOffice(globalThis, wb);
      const info = await Office.onReady();
      expect(info.host).toBe("Excel");
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
      const value = await Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Register").getRange("A1").load("values");
        await context.sync();
        return r.values[0]![0] as unknown;
      });
      expect(value).toBe("Ref");
      restore();
      restore = null;
      expect(g.Office).toBe(before);
    });
  });
});
