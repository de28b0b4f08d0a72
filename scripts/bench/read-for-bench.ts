// The reader the CLI uses, so the engine-alone timing starts from the same grids.
import type { Grid } from "../../src/domain/model.js";
import { openWorkbook } from "../../src/xlsx/open-workbook.js";
import { isOurTab } from "../../src/xlsx/our-tabs.js";
import { readGrids } from "../../src/xlsx/read-grids.js";

export async function readGridsForCheck(file: string): Promise<Grid[]> {
  return readGrids(await openWorkbook(file), isOurTab);
}
