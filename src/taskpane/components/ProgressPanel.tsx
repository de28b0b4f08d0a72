import { Field, ProgressBar } from "@fluentui/react-components";
import type { ProgressInfo } from "../use-check.js";

const TITLE: Record<ProgressInfo["activity"], string> = {
  reading: "Reading the workbook",
  writing: "Writing the report tabs",
  highlighting: "Highlighting rows",
  clearing: "Clearing highlights",
  accepting: "Recording the accepted exception",
  adding: "Adding the Evaluation sheet",
};

/** A progress bar with what is happening in plain words, announced to screen readers. */
export function ProgressPanel({ progress }: { progress: ProgressInfo }) {
  // Nothing done yet: an indeterminate bar, rather than an empty one that looks stuck.
  const fraction = progress.total > 0 && progress.done > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  const title = TITLE[progress.activity];
  const what = progress.what.replace(/…$/, "") === title ? "This can take a moment on a large workbook." : progress.what;
  const message = fraction !== undefined && fraction < 1 ? `${what} (${Math.round(fraction * 100)}%)` : what;
  return (
    <Field label={title} validationMessage={message} validationState="none" role="status" aria-live="polite">
      <ProgressBar value={fraction} max={1} thickness="large" aria-label={title} />
    </Field>
  );
}
