/** Something that stops the check; `message` is one plain-English line saying what to do. Exit code 2. */
export class CannotCheck extends Error {}
