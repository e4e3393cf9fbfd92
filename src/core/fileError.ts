/** A problem with one file, reported as "file: problem" so the user knows where to look. */
export class FileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = new.target.name;
  }
}
