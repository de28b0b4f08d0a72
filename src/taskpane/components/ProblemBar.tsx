import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Problem } from "../problems.js";

/** One plain-English message: what happened and what to do. */
export function ProblemBar({ problem, onDismiss }: { problem: Problem; onDismiss?: () => void }) {
  return (
    <MessageBar intent={problem.intent} layout="multiline" data-testid={`message-${problem.intent}`}>
      <MessageBarBody>
        <MessageBarTitle>{problem.title}</MessageBarTitle> {problem.text}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={<Button aria-label="Dismiss message" appearance="transparent" icon={<DismissRegular />} onClick={onDismiss} />}
        />
      )}
    </MessageBar>
  );
}
