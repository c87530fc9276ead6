import type { RequestRecord, ServerStats } from './types';

/** Every request to the status and claude.ai hosts (not the control API), for tests and benchmarks. */
export class RequestLog {
  private records: RequestRecord[] = [];

  add(record: RequestRecord): void {
    this.records.push(record);
  }

  stats(): ServerStats {
    const requests = this.records.map((r) => ({ ...r }));
    const byPath: Record<string, number> = {};
    let bytesSent = 0;
    let notModified = 0;
    for (const r of requests) {
      byPath[r.path] = (byPath[r.path] ?? 0) + 1;
      bytesSent += r.bytes;
      if (r.status === 304) notModified++;
    }
    return { requests, byPath, bytesSent, notModified };
  }

  reset(): void {
    this.records = [];
  }
}
