import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { EraserRegular, HighlightRegular, TableAddRegular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(170px, 1fr))", gap: tokens.spacingHorizontalS },
  wide: { gridColumn: "1 / -1" },
});

/** What to do with the results: write the report tabs, highlight the register rows, clear the highlights. */
export function ActionsBar({
  onWriteTabs,
  onHighlight,
  onClear,
  disabled,
}: {
  onWriteTabs: () => void;
  onHighlight: () => void;
  onClear: () => void;
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
    </div>
  );
}
