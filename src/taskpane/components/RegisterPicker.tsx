import { Field, Select } from "@fluentui/react-components";
import type { RegisterShape } from "../../domain/model.js";
import type { SheetInfo } from "../../office/workbook-session.js";
import { plural } from "../labels.js";

const BEST_MATCH = "";

/** Which sheet is the register: the best match, or the one the user picked. */
export function RegisterPicker({
  sheets,
  choice,
  register,
  partnerships,
  onChange,
  disabled,
}: {
  sheets: SheetInfo[];
  /** The user's pick, or undefined for the best match. */
  choice: string | undefined;
  register: RegisterShape | null;
  partnerships: number;
  onChange: (sheet: string | undefined) => void;
  disabled?: boolean;
}) {
  const bestMatch = choice === undefined && register ? `Best match: ${register.sheet}` : "Best match";
  const hint = register
    ? `Header on row ${register.headerRow} · ${plural(partnerships, "partnership")} · ${plural(register.columns.length, "column")}`
    : undefined;
  return (
    <Field label="Register sheet" hint={hint}>
      <Select
        value={choice ?? BEST_MATCH}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value === BEST_MATCH ? undefined : data.value)}
      >
        <option value={BEST_MATCH}>{bestMatch}</option>
        {sheets.map((s) => (
          <option key={s.name} value={s.name}>
            {s.name}
            {s.protected ? " (protected)" : ""}
            {s.visible ? "" : " (hidden)"}
          </option>
        ))}
      </Select>
    </Field>
  );
}
