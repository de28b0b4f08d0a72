// --evaluation-template: the checks before the Evaluation sheet is added to the --out workbook.
import { readGridsStreaming } from "../xlsx/stream/read-grids-stream.js";

/** The workbook's sheet names, in order, reading no more than the first rows of each. */
export async function sheetNames(file: string): Promise<string[]> {
  const names: string[] = [];
  await readGridsStreaming(file, {
    skip: (name) => {
      names.push(name);
      return true;
    },
  });
  return names;
}

/** Why the template is refused: the user's own sheet of that name is never written over. */
export function evaluationExistsMessage(sheet: string): string {
  return (
    `The workbook already has a sheet called "${sheet}", so --evaluation-template did not add one (your sheet is never written over). ` +
    `Fill in that sheet and check the workbook without --evaluation-template, or rename the sheet if you want a fresh, blank one.`
  );
}
