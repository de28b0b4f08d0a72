/**
 * After a refused write: the sheet we were making goes, if it got as far as existing. Never throws: the caller
 * already has the message that says what went wrong.
 */
export async function removeSheet(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    const probe = context.workbook.worksheets.getItemOrNullObject(name).load("name");
    await context.sync();
    if (!probe.isNullObject) probe.delete();
    await context.sync();
  } catch {
    // Nothing more to do.
  }
}
