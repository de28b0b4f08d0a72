// Builds a register of N partnership rows in the example register's shapes (its title rows, header, cell types
// and register of interests), with unique references, using exceljs's streaming writer so 1,048,576 rows fit.
import fs from "node:fs";
import ExcelJS from "exceljs";

export async function makeBenchRegister(example: string, rows: number, out: string): Promise<void> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(example);
  const register = source.worksheets.find((w) => w.name.startsWith("Partnerships"))!;
  const interests = source.getWorksheet("Register of interests");
  const headerRow = 4;
  const samples: ExcelJS.CellValue[][] = [];
  register.eachRow((row, n) => {
    if (n > headerRow && row.getCell(1).value && String(row.getCell(1).value).startsWith("P-")) {
      samples.push((row.values as ExcelJS.CellValue[]).slice(1));
    }
  });
  const tmp = `${out}.partial`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet(register.name);
  for (let r = 1; r <= headerRow; r++) ws.addRow((register.getRow(r).values as ExcelJS.CellValue[]).slice(1)).commit();
  // Excel's last row is 1,048,576: the title rows and the header take the first four.
  const last = Math.min(rows, 1_048_576 - headerRow);
  for (let i = 0; i < last; i++) {
    const cells = [...samples[i % samples.length]!];
    cells[0] = `P-${String(i + 1).padStart(7, "0")}`;
    cells[1] = `${String(cells[1] ?? "Partnership")} ${i + 1}`;
    ws.addRow(cells.map((v) => (v && typeof v === "object" && "formula" in v ? (v as { result?: ExcelJS.CellValue }).result ?? null : v))).commit();
  }
  ws.commit();
  if (interests) {
    const iws = wb.addWorksheet(interests.name);
    interests.eachRow((row) => iws.addRow((row.values as ExcelJS.CellValue[]).slice(1)).commit());
    iws.commit();
  }
  await wb.commit();
  fs.renameSync(tmp, out);
}
