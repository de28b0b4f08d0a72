/** Why a file could not be opened as a workbook, in words a user can act on. */
export class WorkbookUnreadable extends Error {}
