import { readBadge, readPollAlarm, readStorage, sendToWorker } from './extension-helpers';
import { PROBE_PAGE, type DriverPage, type ExtensionDriver } from './types';

type ProbeCalls = Pick<ExtensionDriver, 'inExtension' | 'badge' | 'sendMessage' | 'storage' | 'pollAlarm'>;

/**
 * Privileged calls made from a page of the extension, not from the worker: a page has the same APIs
 * and does not depend on the worker being alive (the tests stop it on purpose). The page is kept open
 * and reused, since pages are slow to open; an extension reload closes it, so it is reopened once.
 */
export function probeCalls(openExtensionPage: (path: string) => Promise<DriverPage>): ProbeCalls & { forget(): void } {
  let probe: DriverPage | null = null;
  const calls = {
    async inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
      for (let attempt = 0; ; attempt++) {
        probe ??= await openExtensionPage(PROBE_PAGE);
        try {
          return await probe.evaluate(fn, arg);
        } catch (error) {
          probe = null;
          if (attempt > 0) throw error;
        }
      }
    },
    badge: () => calls.inExtension(readBadge),
    sendMessage: (message: unknown) => calls.inExtension(sendToWorker, message),
    storage: (key: string) => calls.inExtension(readStorage, key),
    pollAlarm: () => calls.inExtension(readPollAlarm),
    forget: () => void (probe = null),
  };
  return calls;
}
