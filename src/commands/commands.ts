// The ribbon's function file. The "Check register" button only opens the task pane (ShowTaskpane), so there
// are no ExecuteFunction commands yet; Office still loads this page, and it must call Office.onReady.
void Office.onReady();

export {};
