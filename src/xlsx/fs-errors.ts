/** A file-system error code in words a user can act on. */
export function describeFsError(code: string | undefined): string {
  switch (code) {
    case "ENOENT":
      return "the folder does not exist";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the disk is read-only";
    case "ENOSPC":
      return "the disk is full";
    case "EBUSY":
    case "ETXTBSY":
      return "the file is open in another program";
    case "EISDIR":
      return "it is a folder";
    default:
      return code ?? "unknown error";
  }
}
