import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { getJson, readBodyLimited } from '../../../src/background/http';

/** A Response whose body arrives in the given chunks, then ends (or never does). */
function streamed(chunks: string[], { endless = false, headers = {} as Record<string, string> } = {}) {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent < chunks.length) controller.enqueue(new TextEncoder().encode(chunks[sent++]));
      else if (endless) controller.enqueue(new TextEncoder().encode(' '.repeat(1024)));
      else controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json', ...headers } });
}

describe('bounded body reads', () => {
  it('reads a body under the limit whole, multi-byte characters split across chunks included', async () => {
    const text = '{"name":"Claude ✓ 日本語 🙂"}';
    const bytes = new TextEncoder().encode(text);
    const chunks = [bytes.slice(0, 13), bytes.slice(13, 21), bytes.slice(21)];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    expect(await readBodyLimited(new Response(body), 1000)).toBe(text);
  });

  it('stops at the limit: an endless body ends in null instead of filling memory', async () => {
    expect(await readBodyLimited(streamed(['{"page":'], { endless: true }), 64 * 1024)).toBeNull();
  });

  it('refuses at once when Content-Length already says too much', async () => {
    const response = new Response('x'.repeat(10), { headers: { 'content-length': '999999' } });
    expect(await readBodyLimited(response, 1000)).toBeNull();
  });

  it('counts decoded bytes: a small gzip body that inflates past the limit is still too large', async () => {
    const inflated = 'x'.repeat(50_000);
    expect(gzipSync(inflated).length).toBeLessThan(1000);
    // What fetch hands over for a gzip answer: the decoded stream, with the compressed length declared.
    const response = streamed([inflated], { headers: { 'content-encoding': 'gzip', 'content-length': '200' } });
    expect(await readBodyLimited(response, 10_000)).toBeNull();
  });

  it('getJson: a 10 MB answer is the too-large error, not data', async () => {
    const huge = '{"padding":"' + 'x'.repeat(10 * 1024 * 1024) + '"}';
    const fetchFn = (async () => new Response(huge, { status: 200 })) as typeof fetch;
    const answer = await getJson(fetchFn, 'https://status.claude.com/api/v2/summary.json', undefined, () => 5);
    expect(answer).toMatchObject({ ok: false, error: { kind: 'too-large', at: 5 } });
  });

  it('getJson: a body that never ends is a timeout', async () => {
    const fetchFn = (async (_url: string, init?: RequestInit) => {
      const signal = init!.signal!;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"page":'));
          signal.addEventListener('abort', () => controller.error(signal.reason));
        },
      });
      return new Response(body, { status: 200 });
    }) as unknown as typeof fetch;
    const answer = await getJson(fetchFn, 'https://status.claude.com/api/v2/summary.json', undefined, () => 5, 50);
    expect(answer).toMatchObject({ ok: false, error: { kind: 'timeout' } });
  });
});
