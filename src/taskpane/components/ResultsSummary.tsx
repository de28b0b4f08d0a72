import { Badge, Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Scorecard } from "../../domain/derive/scorecards.js";
import { changesLine } from "../../domain/history/changes.js";
import type { Report, Severity } from "../../domain/model.js";
import type { Rag } from "../../domain/profile/scoring-settings.js";
import { formatUkDate } from "../../domain/register/calendar.js";
import type { Summary } from "../../domain/summary.js";
import { plural } from "../labels.js";

const TILE_LABEL: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Info" };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  tiles: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: tokens.spacingHorizontalS, margin: 0, padding: 0 },
  tile: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  count: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  rag: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0, padding: 0 },
  term: { margin: 0 },
  notRun: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const RAG_ORDER: Rag[] = ["red", "amber", "green"];
const RAG_BADGE: Record<Rag, { color: "danger" | "warning" | "success"; label: string }> = {
  red: { color: "danger", label: "Red" },
  amber: { color: "warning", label: "Amber" },
  green: { color: "success", label: "Green" },
};

/**
 * Counts of open findings by severity (accepted ones apart), what changed since the last recorded check, the RAG
 * ratings of the partnerships and the checks that could not run.
 */
export function ResultsSummary({ report, summary, scorecards }: { report: Report; summary: Summary; scorecards: Scorecard[] }) {
  const styles = useStyles();
  const rag: Record<Rag, number> = { red: 0, amber: 0, green: 0 };
  for (const card of scorecards) rag[card.rag]++;
  const severities: Severity[] = ["error", "warning", "info"];
  return (
    <section className={styles.root} aria-labelledby="results-heading" data-testid="results-summary">
      <Text as="h2" id="results-heading" tabIndex={-1} size={400} weight="semibold" style={{ margin: 0, outline: "none", scrollMarginTop: tokens.spacingVerticalM }}>
        Results
      </Text>
      <Text size={300}>
        {plural(report.partnerships.length, "partnership")} in “{report.register?.sheet}”, checked against the {report.profile} profile as at{" "}
        {formatUkDate(report.today)}.
      </Text>
      <dl className={styles.tiles} aria-label="Findings by severity">
        {severities.map((s) => (
          <div key={s} className={mergeClasses(styles.tile, styles[s])} data-testid={`count-${s}`}>
            <dt className={styles.term}>
              <Caption1>{TILE_LABEL[s]}</Caption1>
            </dt>
            <dd className={mergeClasses(styles.term, styles.count)}>{summary.bySeverity[s]}</dd>
          </div>
        ))}
      </dl>
      {summary.accepted > 0 && (
        <Caption1 block data-testid="accepted-count">
          {plural(summary.accepted, "finding")} accepted as {summary.accepted === 1 ? "an exception" : "exceptions"}, not counted here: see Accepted below.
        </Caption1>
      )}
      {report.changes && (
        <Text size={300} data-testid="changes-line">
          {changesLine(report.changes, formatUkDate)}
        </Text>
      )}
      {scorecards.length > 0 && (
        <div>
          <Caption1 block id="rag-heading">
            Scorecards ({plural(scorecards.length, "partnership")} in scope and not closed)
          </Caption1>
          <ul className={styles.rag} aria-labelledby="rag-heading" style={{ listStyleType: "none" }}>
            {RAG_ORDER.map((r) => (
              <li key={r} data-testid={`rag-${r}`}>
                <Badge appearance="filled" color={RAG_BADGE[r].color} shape="rounded" size="large">
                  {RAG_BADGE[r].label}: {rag[r]}
                </Badge>
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary.rulesNotRun.length > 0 && (
        <div>
          <Caption1 block>{plural(summary.rulesNotRun.length, "check")} could not run:</Caption1>
          <ul className={styles.notRun}>
            {summary.rulesNotRun.map((r) => (
              <li key={r.rule}>
                <Caption1>
                  {r.rule}: {r.reason}
                </Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
