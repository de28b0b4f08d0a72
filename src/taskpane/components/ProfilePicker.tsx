import { Field, Select } from "@fluentui/react-components";
import type { ProfileOption } from "../use-check.js";

/** The protocol profile: the built-in default, or one stored in the workbook. */
export function ProfilePicker({
  options,
  value,
  onChange,
  disabled,
}: {
  options: ProfileOption[];
  value: string;
  onChange: (key: string) => void;
  disabled?: boolean;
}) {
  const chosen = options.find((o) => o.key === value);
  const broken = chosen && chosen.problems.length > 0;
  return (
    <Field
      label="Protocol profile"
      hint={broken ? undefined : options.length > 1 ? "The built-in default, or a profile stored in this workbook." : "No profile is stored in this workbook, so the built-in default is used."}
      validationState={broken ? "warning" : "none"}
      validationMessage={
        broken
          ? `The profile "${chosen.label}" cannot be used, so the built-in default is used instead: ${chosen.problems[0]}${chosen.problems.length > 1 ? ` (and ${chosen.problems.length - 1} more)` : ""}`
          : undefined
      }
    >
      <Select value={value} disabled={disabled} onChange={(_, data) => onChange(data.value)}>
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.problems.length > 0 ? `${o.label} (cannot be used)` : o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
