import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowUndoRegular, WarningFilled } from "@fluentui/react-icons";
import { FIELDS, type Column, type Field } from "../../domain/model.js";
import { fieldName } from "../labels.js";
import { forThePane } from "../problems.js";

const NOT_USED = "";

const FIELD_OPTIONS = FIELDS.map((f) => ({ field: f, label: fieldName(f) }));

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1.25fr)",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  header: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    wordBreak: "break-word",
  },
  letter: {
    flexShrink: 0,
    minWidth: "1.6em",
    color: tokens.colorNeutralForeground3,
    fontVariantNumeric: "tabular-nums",
  },
  select: { minWidth: 0 },
  unused: { color: tokens.colorNeutralForeground3 },
  note: {
    gridColumn: "1 / -1",
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteDarkOrangeForeground1,
    marginTop: tokens.spacingVerticalXXS,
  },
  noteIcon: { flexShrink: 0, marginTop: "2px" },
  panel: { paddingBottom: tokens.spacingVerticalS },
  reset: { marginTop: tokens.spacingVerticalS },
});

/** How each column of the register was read, with a dropdown to correct it. */
export function ColumnMapping({
  columns,
  choices,
  onChange,
  onReset,
  disabled,
}: {
  columns: Column[];
  /** Header text -> field, as the user corrected it. */
  choices: Record<string, Field | null>;
  onChange: (header: string, field: Field | null) => void;
  onReset: () => void;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const used = columns.filter((c) => c.field !== null).length;
  const chosen = (header: string) => Object.prototype.hasOwnProperty.call(choices, header);
  return (
    <Accordion collapsible>
      <AccordionItem value="columns">
        <AccordionHeader size="small">
          Columns: {used} of {columns.length} read
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Caption1 block>Each column and what it is read as. Correct any that are wrong; the add-in remembers your choice in this workbook.</Caption1>
          <ul className={styles.list} aria-label="Column mapping" style={{ marginTop: tokens.spacingVerticalS }}>
            {columns.map((c) => {
              const id = `map-${c.column}`;
              return (
                <li key={c.index} className={styles.row}>
                  <label htmlFor={id} className={styles.header}>
                    <Text size={200} className={styles.letter}>
                      {c.column}
                    </Text>
                    <Text size={200} weight={chosen(c.header) ? "semibold" : "regular"}>
                      {c.header}
                    </Text>
                  </label>
                  <Select
                    id={id}
                    size="small"
                    className={styles.select}
                    value={c.field ?? NOT_USED}
                    disabled={disabled}
                    aria-label={`Column ${c.column}, “${c.header}”, is read as`}
                    aria-description={chosen(c.header) ? "Your correction" : "Read automatically"}
                    onChange={(_, data) => onChange(c.header, data.value === NOT_USED ? null : (data.value as Field))}
                  >
                    <option value={NOT_USED}>Not used</option>
                    {FIELD_OPTIONS.map((o) => (
                      <option key={o.field} value={o.field}>
                        {o.label}
                      </option>
                    ))}
                  </Select>
                  {c.note && (
                    <Caption1 className={styles.note}>
                      <WarningFilled className={styles.noteIcon} aria-hidden />
                      <span>{forThePane(c.note)}</span>
                    </Caption1>
                  )}
                </li>
              );
            })}
          </ul>
          {Object.keys(choices).length > 0 && (
            <Button appearance="subtle" size="small" icon={<ArrowUndoRegular />} onClick={onReset} disabled={disabled} className={styles.reset}>
              Undo my corrections
            </Button>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
