// Writes a large partnership register with exceljs's streaming WorkbookWriter (shared strings and styles on),
// for measuring the streaming reader. Deterministic: the same rows every time.
import ExcelJS from "exceljs";

export const BIG_COLUMNS = 35;

const STATUSES = ["Active", "Proposed", "Under review", "Closing", "Closed", "active", "TBC"];
const FORMS = ["Company limited by guarantee", "Joint committee", "Charity", "Unincorporated", "Community interest company"];
const OFFICERS = ["A Khan", "B Smith", "C Jones", "D Patel", "E O'Brien", "F Nowak", "G Okafor", "H Williams"];
const EVIDENCE = ["Yes", "No", "Pending", "N/A", "yes - see SharePoint", ""];

/** Writes `rows` register rows (plus a title and a header) to `file`. */
export async function writeBigRegister(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Partnerships 2026-27");
  ws.addRow(["Partnership register 2026-27"]).commit();
  const header = [
    "Ref", "Partnership name", "Purpose", "Tier", "Legal form", "Partners", "Lead", "Status", "Sponsoring officer",
    "Accountable officer", "Representatives", "Directorate", "Corporate priority", "Start date", "End date",
    "Governance document", "Business case", "Outcome measures", "Reporting to", "Date of last review", "Risk register",
    "Risk register reviewed", "Exit strategy", "Information sharing", "Equality assessment", "Scrutiny", "Legal power",
    "Conduct standards", "Conflicts declared", "Approval to participate", "Annual contribution", "Budget approved",
    "Approved amount", "Liabilities", "Comments",
  ];
  ws.addRow(header).commit();
  let seed = 12345;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pick = <T>(xs: readonly T[]) => xs[rand(xs.length)]!;
  const day = (y: number) => new Date(Date.UTC(y, rand(12), 1 + rand(28)));
  for (let i = 1; i <= rows; i++) {
    const values: ExcelJS.CellValue[] = [
      `P-${String(i).padStart(6, "0")}`,
      `Partnership ${i} for ${pick(["housing", "health", "transport", "skills", "waste"])}`,
      i % 10 === 0 ? null : `To deliver ${pick(["joint", "shared", "pooled"])} services across the district, agreement ${i}`,
      1 + rand(3),
      pick(FORMS),
      `${pick(["NHS Trust", "County Council", "Police", "University"])}; ${pick(["Charity A", "Charity B", "Town Council"])}`,
      pick(["Yes", "No"]),
      pick(STATUSES),
      pick(OFFICERS),
      i % 17 === 0 ? null : pick(OFFICERS),
      `Cllr ${pick(OFFICERS)} (Director)`,
      pick(["Place", "People", "Resources"]),
      pick(["Growth", "Climate", "Communities"]),
      day(2018 + rand(6)),
      i % 5 === 0 ? "tbc" : day(2026 + rand(5)),
      pick(EVIDENCE),
      pick(EVIDENCE),
      pick(EVIDENCE),
      pick(["Cabinet", "Scrutiny", "Audit committee"]),
      i % 7 === 0 ? null : day(2024 + rand(3)),
      pick(EVIDENCE),
      day(2025),
      pick(EVIDENCE),
      pick(EVIDENCE),
      pick(EVIDENCE),
      pick(EVIDENCE),
      pick(["Localism Act 2011 s1", "LGA 1972 s111", ""]),
      pick(EVIDENCE),
      pick(EVIDENCE),
      pick(EVIDENCE),
      `£${(1000 + rand(90000)).toLocaleString("en-GB")}`,
      pick(["Yes", "No", "Pending"]),
      1000 + rand(100000),
      i % 3 === 0 ? null : `£${rand(5000)} guarantee`,
      i % 4 === 0 ? `Note ${rand(1000)}` : null,
    ];
    const row = ws.addRow(values);
    for (const c of [14, 15, 20, 22]) row.getCell(c).numFmt = "dd/mm/yyyy";
    row.getCell(33).numFmt = "#,##0";
    row.commit();
  }
  ws.commit();
  await wb.commit();
}
