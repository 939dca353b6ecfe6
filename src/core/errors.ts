/**
 * A failure the user can act on (bad file, locked store, broken content): the CLI prints it as
 * one line and exits with `exitCode`; screens show the message. In core, so that core code can
 * throw it without knowing about the command line.
 */
export class UserError extends Error {
  readonly exitCode: number = 1;
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
