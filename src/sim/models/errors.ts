// Errors the models raise for parameters they cannot run with; the flag and content layers
// report them with the flag or param name the message starts with.

/** A bad parameter value; `param` is the name (or flag) the message starts with. */
export class ModelParamError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
    this.name = 'ModelParamError';
  }
}

/** The largest run the simulators accept, in expected simulated requests. */
export const WORK_BOUND_REQUESTS = 200_000_000;

/** A run larger than WORK_BOUND_REQUESTS: refused before it starts. */
export class WorkBoundError extends ModelParamError {
  constructor(
    readonly expectedRequests: number,
    readonly hint: string = 'shorten --horizon-s or lower --rate',
  ) {
    super(
      'horizonS',
      `this run would simulate about ${Math.round(expectedRequests).toLocaleString('en-US')} requests, above the limit of ${WORK_BOUND_REQUESTS.toLocaleString('en-US')}`,
    );
    this.name = 'WorkBoundError';
  }
}
