import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { IsoDate } from "../../domain/model.js";
import { isIsoDate } from "../../domain/register/calendar.js";

/** The check date (today by default): reviews and declarations are overdue relative to it. */
export function CheckDate({ value, onChange, disabled }: { value: IsoDate; onChange: (iso: IsoDate) => void; disabled?: boolean }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const valid = isIsoDate(text);
  return (
    <Field
      label="Check date"
      hint={valid ? "Reviews and declarations are overdue relative to this date." : undefined}
      validationMessage={valid ? undefined : "Enter a whole date, for example 30/11/2026."}
    >
      <Input
        type="date"
        value={text}
        disabled={disabled}
        onChange={(_, data) => {
          setText(data.value);
          if (isIsoDate(data.value)) onChange(data.value);
        }}
      />
    </Field>
  );
}
