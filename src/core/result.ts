// "A value, or why not": the one shape every fallible step answers with (a payload's parse, a response's
// meaning, a request, a message's answer), so every caller narrows on `ok` the same way. A step with more to
// say puts it beside the value or the error (`Ok<T> & { … }`), never in an ok/error shape of its own.
export interface Ok<T> {
  ok: true;
  value: T;
}

export interface Err<E> {
  ok: false;
  error: E;
}

export type Result<T, E> = Ok<T> | Err<E>;
