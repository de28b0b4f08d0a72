import { Button, Caption1, Divider, Image, Spinner, Text, makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular, ArrowUndoRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import type { Finding, IsoDate } from "../domain/model.js";
import type { WorkbookSession } from "../office/workbook-session.js";
import { AcceptDialog } from "./components/AcceptDialog.js";
import { ActionsBar } from "./components/ActionsBar.js";
import { CheckDate } from "./components/CheckDate.js";
import { ColumnMapping } from "./components/ColumnMapping.js";
import { FindingsByPartnership } from "./components/FindingsByPartnership.js";
import { ProblemBar } from "./components/ProblemBar.js";
import { ProfilePicker } from "./components/ProfilePicker.js";
import { ProgressPanel } from "./components/ProgressPanel.js";
import { RegisterPicker } from "./components/RegisterPicker.js";
import { ResultsSummary } from "./components/ResultsSummary.js";
import { useCheck } from "./use-check.js";

const useStaticStyles = makeStaticStyles({
  ".pra-visually-hidden": {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    maxWidth: "720px",
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  logo: { flexShrink: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  sectionHeading: { margin: 0 },
  messages: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  loading: { padding: tokens.spacingVerticalL },
});

/**
 * The pane. `userName`: the signed-in user where the host says it, to start the Accept… form's "Accepted by" with.
 */
export function App({ session, today, userName = null }: { session: WorkbookSession; today?: IsoDate; userName?: string | null }) {
  useStaticStyles();
  const styles = useStyles();
  const flow = useCheck(session, today);
  const [accepting, setAccepting] = useState<Finding | null>(null);
  const busy = flow.busy !== null;
  const report = flow.report;
  const register = report?.register ?? null;

  // After each check, take the user (and the screen reader's focus) to the results.
  useEffect(() => {
    if (flow.checkCount === 0) return;
    const heading = document.getElementById("results-heading");
    heading?.focus();
    heading?.scrollIntoView({ block: "start" });
  }, [flow.checkCount]);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Image src="assets/icon-64.png" alt="" width={32} height={32} className={styles.logo} />
        <div>
          <Text as="h1" size={400} weight="semibold" block style={{ margin: 0 }}>
            Check the partnership register
          </Text>
          <Caption1 block>Against your partnership protocol, in plain English.</Caption1>
        </div>
      </header>

      <div className={styles.messages} aria-live="polite">
        {flow.problem && <ProblemBar problem={flow.problem} onDismiss={flow.dismissProblem} />}
        {flow.notice && <ProblemBar problem={flow.notice} onDismiss={flow.dismissNotice} />}
        {flow.noRegister && <ProblemBar problem={flow.noRegister} />}
        {flow.missingSheet && register && (
          <ProblemBar
            problem={{
              intent: "info",
              title: "Sheet not found",
              text: `The sheet you chose before, “${flow.missingSheet}”, is no longer in this workbook, so the add-in took “${register.sheet}”. Pick another sheet below if that is wrong.`,
            }}
          />
        )}
      </div>

      {!flow.loaded && !flow.progress && !flow.problem && <Spinner className={styles.loading} label="Reading the workbook…" />}
      {!flow.loaded && !busy && flow.problem && (
        <Button appearance="primary" icon={<ArrowSyncRegular />} onClick={() => void flow.runCheck()}>
          Try again
        </Button>
      )}

      {flow.loaded && (
        <section className={styles.section} aria-labelledby="register-heading">
          <Text as="h2" id="register-heading" size={400} weight="semibold" className={styles.sectionHeading}>
            Register
          </Text>
          <RegisterPicker
            sheets={flow.sheets}
            choice={flow.sheetChoice}
            register={register}
            partnerships={report?.partnerships.length ?? 0}
            onChange={flow.chooseSheet}
            disabled={busy}
          />
          {register && (
            <ColumnMapping
              columns={register.columns}
              choices={flow.columnChoices}
              onChange={flow.mapColumn}
              onReset={flow.resetColumns}
              disabled={busy}
            />
          )}
          {!register && Object.keys(flow.columnChoices).length > 0 && (
            <Button appearance="secondary" icon={<ArrowUndoRegular />} onClick={flow.resetColumns} disabled={busy}>
              Undo my column corrections
            </Button>
          )}
        </section>
      )}

      {flow.loaded && (
        <section className={styles.section} aria-labelledby="check-heading">
          <Text as="h2" id="check-heading" size={400} weight="semibold" className={styles.sectionHeading}>
            Check
          </Text>
          <ProfilePicker options={flow.profiles} value={flow.profileKey} onChange={flow.chooseProfile} disabled={busy} />
          <CheckDate value={flow.today} onChange={flow.setToday} disabled={busy} />
          <Button
            appearance="primary"
            size="large"
            icon={flow.checked ? <ArrowSyncRegular /> : undefined}
            onClick={() => void flow.runCheck()}
            disabled={busy}
          >
            {flow.checked ? "Check again" : "Check"}
          </Button>
        </section>
      )}

      {flow.progress && <ProgressPanel progress={flow.progress} />}

      {flow.checked && report && register && flow.summary && (
        <>
          <Divider />
          <ResultsSummary report={report} summary={flow.summary} scorecards={flow.scorecards} />
          <ActionsBar
            onWriteTabs={() => void flow.writeTabs()}
            onHighlight={() => void flow.highlight()}
            onClear={() => void flow.clearHighlights()}
            onAddEvaluation={() => void flow.addEvaluationSheet()}
            disabled={busy}
          />
          <Divider />
          <FindingsByPartnership
            report={report}
            scorecards={flow.scorecards}
            onSelect={(f) => void flow.select(f)}
            onAccept={setAccepting}
            disabled={busy}
          />
        </>
      )}
      <AcceptDialog
        finding={accepting}
        checkDate={flow.today}
        userName={userName}
        onCancel={() => setAccepting(null)}
        onSave={async (f, form) => {
          const failed = await flow.accept(f, form);
          if (!failed) setAccepting(null);
          return failed;
        }}
      />
    </main>
  );
}
