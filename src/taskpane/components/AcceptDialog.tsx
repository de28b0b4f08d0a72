import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState, type FormEvent } from "react";
import type { Finding, IsoDate } from "../../domain/model.js";
import { formatUkDate } from "../../domain/register/calendar.js";
import { DEFAULT_MONTHS, hasErrors, newAcceptForm, validateAcceptance, type AcceptForm } from "../accept.js";
import { findingPlace } from "../labels.js";
import { forThePane, type Problem } from "../problems.js";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  finding: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowWrap: "anywhere",
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The Accept… form: why the finding is accepted, who accepts it and until when. Saving adds a row to the Accepted
 * exceptions sheet and checks again; a refusal from Excel is shown here, so nothing typed is lost.
 */
export function AcceptDialog({
  finding,
  checkDate,
  userName,
  onSave,
  onCancel,
}: {
  /** The finding being accepted; the dialog is closed when null. */
  finding: Finding | null;
  checkDate: IsoDate;
  /** The signed-in user, where the host says it: "Accepted by" starts with it. */
  userName: string | null;
  /** Records the exception; resolves to the problem to show, or null once it is saved. */
  onSave: (f: Finding, form: AcceptForm) => Promise<Problem | null>;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const [form, setForm] = useState<AcceptForm>(() => newAcceptForm(checkDate, userName));
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  // A fresh form for each finding.
  useEffect(() => {
    if (!finding) return;
    setForm(newAcceptForm(checkDate, userName));
    setTried(false);
    setSaving(false);
    setProblem(null);
  }, [finding, checkDate, userName]);

  const errors = validateAcceptance(form, checkDate);
  const shown = tried ? errors : {};
  const set = (key: keyof AcceptForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!finding || saving) return;
    setTried(true);
    if (hasErrors(errors)) {
      // Take the user to the first thing to put right.
      const first = (["reason", "by", "until"] as const).find((k) => errors[k]);
      if (first) document.getElementById(`accept-${first}`)?.focus();
      return;
    }
    setSaving(true);
    setProblem(null);
    const failed = await onSave(finding, form);
    setSaving(false);
    if (failed) setProblem(failed);
  }

  const field = (key: keyof AcceptForm) => ({
    validationMessage: shown[key],
    validationState: shown[key] ? ("error" as const) : ("none" as const),
  });

  return (
    <Dialog
      open={finding !== null}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open && !saving) onCancel();
      }}
    >
      <DialogSurface aria-describedby="accept-intro">
        <form onSubmit={(e) => void submit(e)} noValidate className={styles.form}>
          <DialogBody>
            <DialogTitle>Accept this finding</DialogTitle>
            <DialogContent className={styles.form}>
              {finding && (
                <div className={styles.finding} data-testid="accept-finding">
                  <Text weight="semibold">{[finding.partnership, finding.ref].filter(Boolean).join(" · ")}</Text>
                  <Text size={200}>{forThePane(finding.message)}</Text>
                  <Caption1 className={styles.muted}>
                    {finding.rule} · {findingPlace(finding)}
                  </Caption1>
                </div>
              )}
              <Text id="accept-intro" size={200}>
                Saving adds a row to the Accepted exceptions sheet (where anyone can read, renew or remove it) and checks again: the
                finding then counts as accepted, not open, until the Until date.
              </Text>
              {problem && (
                <MessageBar intent={problem.intent} layout="multiline" data-testid="accept-problem">
                  <MessageBarBody>
                    <MessageBarTitle>{problem.title}</MessageBarTitle> {problem.text}
                  </MessageBarBody>
                </MessageBar>
              )}
              <Field label="Reason" required {...field("reason")} hint={shown.reason ? undefined : "Why it need not be acted on for now."}>
                <Textarea id="accept-reason" value={form.reason} onChange={(_, d) => set("reason")(d.value)} resize="vertical" rows={3} disabled={saving} />
              </Field>
              <Field label="Accepted by" required {...field("by")} hint={shown.by ? undefined : "The officer accepting it."}>
                <Input id="accept-by" value={form.by} onChange={(_, d) => set("by")(d.value)} disabled={saving} />
              </Field>
              <Field
                label="Until"
                required
                {...field("until")}
                hint={shown.until ? undefined : `The last day it applies (${DEFAULT_MONTHS} months after the check date, ${formatUkDate(checkDate)}, unless you change it).`}
              >
                <Input id="accept-until" type="date" value={form.until} onChange={(_, d) => set("until")(d.value)} disabled={saving} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onCancel} disabled={saving}>
                Cancel
              </Button>
              <Button appearance="primary" type="submit" disabled={saving}>
                {saving ? "Saving…" : "Save exception"}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
