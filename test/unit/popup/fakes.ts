// Fakes for the popup's browser dependencies: a runtime whose answers the test controls one message at a
// time. Storage is the shared fake in ../fake-storage.
export { FakeStorage } from '../fake-storage';

interface Pending {
  message: unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/** sendMessage parks every message until the test answers it. */
export class FakeRuntime {
  readonly sent: unknown[] = [];
  readonly pending: Pending[] = [];
  optionsOpened = 0;

  sendMessage = (message: unknown): Promise<unknown> => {
    this.sent.push(message);
    return new Promise((resolve, reject) => this.pending.push({ message, resolve, reject }));
  };

  openOptionsPage = async (): Promise<void> => {
    this.optionsOpened += 1;
  };

  /** Answers the oldest unanswered message. */
  answer(value: unknown): void {
    const next = this.pending.shift();
    if (!next) throw new Error('no pending message');
    next.resolve(value);
  }

  fail(reason: unknown): void {
    const next = this.pending.shift();
    if (!next) throw new Error('no pending message');
    next.reject(reason);
  }
}
