// The reader the CLI uses, so the engine-alone timing starts from the same grids.
import type { Grid } from "../../src/domain/model.js";
import { isOurMarker } from "../../src/xlsx/our-tabs.js";
import { readGridsStreaming } from "../../src/xlsx/stream/read-grids-stream.js";

export function readGridsForCheck(file: string): Promise<Grid[]> {
  return readGridsStreaming(file, { skip: (_sheet, firstRows) => isOurMarker(firstRows[1]?.[0]) });
}
