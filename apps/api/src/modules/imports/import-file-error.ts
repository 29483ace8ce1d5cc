/** The file as a whole cannot be imported (empty, binary, broken CSV quoting): the job fails with this message. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportFileError";
  }
}
