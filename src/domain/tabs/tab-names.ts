/** A sheet already in the workbook, and whether it carries our marker. */
export interface ExistingSheet {
  name: string;
  ours: boolean;
}

const MAX_SHEET_NAME = 31;

/**
 * The name to give a generated tab: its own name when free or already ours (it is rebuilt in place),
 * otherwise a distinct name, so a user's sheet of the same name is never touched.
 */
export function tabName(preferred: string, existing: readonly ExistingSheet[]): string {
  const taken = (n: string) => existing.find((s) => s.name.toLowerCase() === n.toLowerCase());
  const same = taken(preferred);
  if (!same || same.ours) return preferred;
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? " (checked)" : ` (checked ${i})`;
    const candidate = preferred.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    const other = taken(candidate);
    if (!other || other.ours) return candidate;
  }
}
