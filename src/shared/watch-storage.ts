// The one-off watches' record, apart from ./storage so that only the contexts that offer a watch (the popup,
// the worker) load its reader.
import { readWatches } from '../core/watch';
import { stored } from './storage';

// ---- watches.v1: one-off "tell me when it's fixed" watches, on incidents and on the session (core/watch.ts).

export const watchesRecord = stored('watches.v1', readWatches);
