/** What the system calls errors a person meets most, in words (Node's messages also carry the path and call). */
const ERRNO_WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
  EBUSY: 'device or resource busy',
  ETXTBSY: 'text file busy',
  EXDEV: 'cross-device link',
  EPIPE: 'broken pipe',
};

/** One line for an error from the file system: `EACCES (permission denied)`, else its message's first line. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') return ERRNO_WORDS[code] ? `${code} (${ERRNO_WORDS[code]})` : code;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}
