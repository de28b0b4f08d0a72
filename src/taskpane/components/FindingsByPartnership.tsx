import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Field,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkCircleFilled, CircleFilled, ErrorCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { Scorecard } from "../../domain/derive/scorecards.js";
import type { Finding, Report, Severity } from "../../domain/model.js";
import type { Rag } from "../../domain/profile/scoring-settings.js";
import { SEVERITY_LABEL, findingPlace, plural } from "../labels.js";
import { forThePane } from "../problems.js";
import { acceptedBy, canAccept, splitAccepted } from "../accept.js";
import { findingCell } from "../use-check.js";

type Filter = "all" | "errorsWarnings" | "errors";

const SHOWN: Record<Filter, ReadonlySet<Severity>> = {
  all: new Set(["error", "warning", "info"]),
  errorsWarnings: new Set(["error", "warning"]),
  errors: new Set(["error"]),
};

export interface FindingGroup {
  key: string;
  title: string;
  subtitle: string;
  findings: Finding[];
  counts: Record<Severity, number>;
  rag: Rag | null;
}

/**
 * Register-level findings first, then each partnership's, the ones with most to put right first. A row of another
 * sheet (the Accepted exceptions sheet's own findings) is a group of its own, named with its sheet.
 */
export function groupFindings(findings: readonly Finding[], scorecards: readonly Scorecard[], registerSheet: string | null = null): FindingGroup[] {
  const ragByRow = new Map(scorecards.map((c) => [c.row, c.rag]));
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const elsewhere = f.row !== null && registerSheet !== null && f.sheet !== null && f.sheet !== registerSheet;
    const key = f.row === null ? "register" : elsewhere ? `sheet-${f.sheet}-row-${f.row}` : `row-${f.row}`;
    let g = groups.get(key);
    if (!g) {
      g =
        f.row === null
          ? { key, title: "The register as a whole", subtitle: "Columns and headers", findings: [], counts: { error: 0, warning: 0, info: 0 }, rag: null }
          : {
              key,
              title: f.partnership ?? f.ref ?? `Row ${f.row}`,
              subtitle: [f.ref, elsewhere ? `“${f.sheet}” row ${f.row}` : `row ${f.row}`].filter(Boolean).join(" · "),
              findings: [],
              counts: { error: 0, warning: 0, info: 0 },
              rag: elsewhere ? null : (ragByRow.get(f.row) ?? null),
            };
      groups.set(key, g);
    }
    g.findings.push(f);
    g.counts[f.severity]++;
  }
  const rowOf = (g: FindingGroup) => g.findings[0]?.row ?? 0;
  return [...groups.values()].sort(
    (a, b) =>
      Number(b.key === "register") - Number(a.key === "register") ||
      b.counts.error - a.counts.error ||
      b.counts.warning - a.counts.warning ||
      rowOf(a) - rowOf(b),
  );
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  top: { display: "flex", alignItems: "flex-end", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  heading: { margin: 0, scrollMarginTop: tokens.spacingVerticalM },
  headerContent: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, width: "100%", minWidth: 0 },
  titles: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1, textAlign: "left" },
  name: { overflowWrap: "anywhere" },
  badges: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXXS, flexShrink: 0 },
  badgeIcon: { fontSize: "12px" },
  ragDot: { fontSize: "10px", marginRight: "3px", verticalAlign: "baseline" },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  finding: {
    width: "100%",
    justifyContent: "flex-start",
    alignItems: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
    height: "auto",
    minHeight: "auto",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    gap: tokens.spacingHorizontalS,
  },
  icon: { flexShrink: 0, fontSize: "16px", marginTop: "2px" },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: "anywhere" },
  place: { color: tokens.colorNeutralForeground3 },
  empty: { padding: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXXS },
  grow: { width: "auto", flexGrow: 1, minWidth: 0 },
  accept: { flexShrink: 0, marginTop: tokens.spacingVerticalXS },
  accepted: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
  acceptedHeading: { margin: 0 },
  acceptedBadge: { marginRight: tokens.spacingHorizontalXS, verticalAlign: "text-bottom" },
  panel: { marginLeft: 0, marginRight: 0 },
});

const RAG_COLOUR: Record<Rag, string> = {
  red: tokens.colorPaletteRedForeground1,
  amber: tokens.colorPaletteMarigoldForeground1,
  green: tokens.colorPaletteGreenForeground1,
};
const RAG_WORD: Record<Rag, string> = { red: "RAG red", amber: "RAG amber", green: "RAG green" };
const SEVERITY_BADGE: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

const SEVERITY_COLOUR: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorBrandForeground1,
};

function SeverityIcon({ severity, className }: { severity: Severity; className: string }) {
  const Icon = severity === "error" ? ErrorCircleFilled : severity === "warning" ? WarningFilled : InfoFilled;
  // Inline, so the button's own icon colour does not win.
  return <Icon className={className} style={{ color: SEVERITY_COLOUR[severity] }} aria-hidden />;
}

/**
 * The open findings grouped by partnership, each with "Accept…" where it can be accepted; then the accepted ones,
 * apart and not counted. Choosing a finding selects its cell in the register.
 */
export function FindingsByPartnership({
  report,
  scorecards,
  onSelect,
  onAccept,
  disabled,
}: {
  report: Report;
  scorecards: Scorecard[];
  onSelect: (f: Finding) => void;
  /** Opens the Accept… form for a finding. */
  onAccept?: (f: Finding) => void;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const [filter, setFilter] = useState<Filter>("all");
  const { groups, accepted } = useMemo(() => {
    const split = splitAccepted(report.findings.filter((f) => SHOWN[filter].has(f.severity)));
    return { groups: groupFindings(split.open, scorecards, report.register?.sheet ?? null), accepted: split.accepted };
  }, [report, scorecards, filter]);
  return (
    <section className={styles.root} aria-labelledby="findings-heading">
      <div className={styles.top}>
        <Text as="h2" id="findings-heading" size={400} weight="semibold" className={styles.heading}>
          Findings by partnership
        </Text>
        <Field label="Show" orientation="horizontal" size="small">
          <Select size="small" value={filter} onChange={(_, d) => setFilter(d.value as Filter)}>
            <option value="all">All</option>
            <option value="errorsWarnings">Errors and warnings</option>
            <option value="errors">Errors only</option>
          </Select>
        </Field>
      </div>
      <Caption1>Select a finding to go to its cell in the register.</Caption1>
      {groups.length === 0 ? (
        <Text className={styles.empty}>Nothing to show: no open findings of this kind.</Text>
      ) : (
        <Accordion multiple collapsible data-testid="findings">
          {groups.map((g, gi) => (
            <AccordionItem key={g.key} value={g.key} data-testid="finding-group" className={styles.item}>
              <AccordionHeader size="small" expandIconPosition="start">
                <span className={styles.headerContent}>
                  <span className={styles.titles}>
                    <Text weight="semibold" className={styles.name}>
                      {g.title}
                    </Text>
                    <Caption1 className={styles.place}>
                      {g.subtitle}
                      {g.rag && (
                        <>
                          {" · "}
                          <CircleFilled className={styles.ragDot} style={{ color: RAG_COLOUR[g.rag] }} aria-hidden />
                          {RAG_WORD[g.rag]}
                        </>
                      )}
                    </Caption1>
                  </span>
                  <span className={styles.badges}>
                    {(["error", "warning", "info"] as const).map((sev) =>
                      g.counts[sev] > 0 ? (
                        <Badge
                          key={sev}
                          appearance="tint"
                          color={SEVERITY_BADGE[sev]}
                          size="medium"
                          icon={<SeverityIcon severity={sev} className={styles.badgeIcon} />}
                          aria-label={`${g.counts[sev]} ${SEVERITY_LABEL[sev].one.toLowerCase()}${g.counts[sev] === 1 || sev === "info" ? "" : "s"}`}
                        >
                          {g.counts[sev]}
                        </Badge>
                      ) : null,
                    )}
                  </span>
                </span>
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <ul className={styles.list}>
                  {g.findings.map((f, i) => {
                    const cell = findingCell(report, f);
                    const textId = `finding-text-${gi}-${i}`;
                    const acceptable = onAccept !== undefined && canAccept(report, f);
                    return (
                    <li key={`${f.rule}-${f.column ?? ""}-${i}`} className={styles.row} data-testid="finding-item">
                      <Button
                        title={cell ? `Go to ${cell.address} on “${cell.sheet}”` : undefined}
                        data-cell={cell ? `${cell.sheet}!${cell.address}` : undefined}
                        appearance="subtle"
                        className={mergeClasses(styles.finding, styles.grow)}
                        onClick={() => onSelect(f)}
                        data-testid="finding"
                        data-rule={f.rule}
                        icon={<SeverityIcon severity={f.severity} className={styles.icon} />}
                      >
                        <span className={styles.text}>
                          <span id={textId}>
                            <span className="pra-visually-hidden">{SEVERITY_LABEL[f.severity].one}: </span>
                            {forThePane(f.message)}
                          </span>
                          <Caption1 className={styles.place}>
                            {findingPlace(f)}
                          </Caption1>
                        </span>
                      </Button>
                      {acceptable && (
                        <Button
                          size="small"
                          appearance="subtle"
                          className={styles.accept}
                          aria-describedby={textId}
                          data-testid="accept"
                          disabled={disabled}
                          onClick={() => onAccept(f)}
                        >
                          Accept…
                        </Button>
                      )}
                    </li>
                    );
                  })}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
      {accepted.length > 0 && (
        <section className={styles.accepted} aria-labelledby="accepted-heading" data-testid="accepted-findings">
          <Text as="h3" id="accepted-heading" size={300} weight="semibold" className={styles.acceptedHeading}>
            Accepted ({accepted.length})
          </Text>
          <Caption1>
            Accepted as exceptions on the “{report.exceptions?.sheet ?? "Accepted exceptions"}” sheet, so not counted as open. Each
            counts again after its Until date.
          </Caption1>
          <ul className={styles.list}>
            {accepted.map((f, i) => {
              const cell = findingCell(report, f);
              return (
                <li key={`${f.row ?? ""}-${f.rule}-${f.column ?? ""}-${i}`}>
                  <Button
                    title={cell ? `Go to ${cell.address} on “${cell.sheet}”` : undefined}
                    data-cell={cell ? `${cell.sheet}!${cell.address}` : undefined}
                    appearance="subtle"
                    className={styles.finding}
                    onClick={() => onSelect(f)}
                    data-testid="accepted-finding"
                    data-rule={f.rule}
                    icon={<CheckmarkCircleFilled className={styles.icon} style={{ color: tokens.colorPaletteGreenForeground1 }} aria-hidden />}
                  >
                    <span className={styles.text}>
                      <span>
                        <Badge appearance="tint" color="success" size="small" className={styles.acceptedBadge}>
                          Accepted
                        </Badge>
                        <Text weight="semibold">{[f.partnership, f.ref].filter(Boolean).join(" · ") || findingPlace(f)}</Text>
                      </span>
                      <span>
                        <span className="pra-visually-hidden">{SEVERITY_LABEL[f.severity].one}, accepted: </span>
                        {forThePane(f.message)}
                      </span>
                      {f.exception && (
                        <Caption1 data-testid="accepted-by">
                          {acceptedBy(f.exception)}. Reason: {f.exception.reason}
                        </Caption1>
                      )}
                    </span>
                  </Button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </section>
  );
}
