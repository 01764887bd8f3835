/** Why a file or folder could not be read, in words for the person running the check (not an errno). */

const REASONS: Record<string, string> = {
  ENOENT: 'there is no such file (or it was deleted or moved while Pressroom was running)',
  EACCES: 'permission denied; ask for read access or leave it out',
  EPERM: 'permission denied; ask for read access or leave it out',
  ELOOP: 'it is a symbolic link that leads back to itself',
  EISDIR: 'it is a folder, not a file',
  ENAMETOOLONG: 'its path is too long for this system',
  EMFILE: 'too many files are open at once; try again with fewer',
  EIO: 'the disk reported a read error',
};

/** The error of a failed read or listing, as the end of "cannot read <path>: …". */
export function readProblem(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
  if (code && Object.hasOwn(REASONS, code)) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

/** Thrown by a read whose bytes are not UTF-8 text. */
export class NotUtf8Error extends Error {
  readonly code = 'PRESSROOM_NOT_UTF8';
  constructor(line: number) {
    super(`it is not UTF-8 text (the first byte that is not is on line ${line}); save it as UTF-8`);
  }
}

/** Thrown for a path that names a pipe or a device, which Pressroom never reads. */
export class NotAFileError extends Error {
  readonly code = 'PRESSROOM_NOT_A_FILE';
  constructor() {
    super('it is not a file but a pipe or a device; leave it out');
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }); // the BOM stays: --fix writes it back

/** The text of file bytes, refusing bytes that are not UTF-8 rather than silently replacing them. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new NotUtf8Error(lineOfFirstBadByte(bytes));
  }
}

function lineOfFirstBadByte(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\uFFFD');
  let line = 1;
  for (let index = 0; index < at; index++) if (lenient.charCodeAt(index) === 10) line++;
  return line;
}
