// The task pane's entry: once Office is ready, render the pane on the open workbook.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createExcelSession } from "../office/excel-session.js";
import { hostUserName } from "../office/exceptions-sheet.js";
import { MIN_EXCEL_API } from "../office/requirements.js";
import { App } from "./App.js";
import { Shell } from "./Shell.js";

function Unavailable({ title, text }: { title: string; text: string }) {
  return (
    <div style={{ padding: 12 }}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle> {text}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

void Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  if (info.host !== Office.HostType.Excel) {
    root.render(
      <Shell>
        <Unavailable title="Open this in Excel" text="Partnership Register Assurance works on a register open in Excel. Open the register workbook in Excel and choose Check register on the Home tab." />
      </Shell>,
    );
    return;
  }
  if (!Office.context.requirements.isSetSupported("ExcelApi", MIN_EXCEL_API)) {
    root.render(
      <Shell>
        <Unavailable title="This version of Excel is too old" text="Use Excel for Microsoft 365, Excel 2019 or later, or Excel on the web." />
      </Shell>,
    );
    return;
  }
  root.render(
    <Shell>
      <App session={createExcelSession(Excel.run, Office.context)} userName={hostUserName(Office.context)} />
    </Shell>,
  );
});
