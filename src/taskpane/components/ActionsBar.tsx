import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ClipboardTaskListLtrRegular, EraserRegular, HighlightRegular, TableAddRegular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(170px, 1fr))", gap: tokens.spacingHorizontalS },
  wide: { gridColumn: "1 / -1" },
});

/**
 * What to do with the results: write the report tabs, highlight the register rows, clear the highlights, and add
 * the partners' Evaluation sheet.
 */
export function ActionsBar({
  onWriteTabs,
  onHighlight,
  onClear,
  onAddEvaluation,
  disabled,
}: {
  onWriteTabs: () => void;
  onHighlight: () => void;
  onClear: () => void;
  /** Adds the Evaluation sheet for partners' self-assessment; no button without it. */
  onAddEvaluation?: () => void;
  disabled?: boolean;
}) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="group" aria-label="Actions">
      <Button className={styles.wide} appearance="secondary" icon={<TableAddRegular />} onClick={onWriteTabs} disabled={disabled}>
        Write report tabs
      </Button>
      <Button icon={<HighlightRegular />} onClick={onHighlight} disabled={disabled}>
        Highlight rows
      </Button>
      <Button icon={<EraserRegular />} onClick={onClear} disabled={disabled}>
        Clear highlights
      </Button>
      {onAddEvaluation && (
        <Button
          className={styles.wide}
          icon={<ClipboardTaskListLtrRegular />}
          onClick={onAddEvaluation}
          disabled={disabled}
          title="A sheet for the partners to rate each partnership on the six Standards for England behaviour areas"
        >
          Add Evaluation sheet
        </Button>
      )}
    </div>
  );
}
