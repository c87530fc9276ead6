// The fake claude.ai's same-origin API. Scenarios and tests choose how it answers message sends and
// everything else (status polls, telemetry, conversation reloads): a status code, slowly, or not at all.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type ClaudeAnswer =
  | { kind: 'status'; status: number }
  /** The status after a delay, as a long streamed reply. */
  | { kind: 'slow'; status: number; delayMs: number }
  /** The connection is destroyed without an answer (a network failure as the page sees it). */
  | { kind: 'drop' };

export interface ClaudeApiBehaviour {
  /** POST .../completion and .../retry_completion */
  send: ClaudeAnswer;
  /** Every other /api/ request. */
  other: ClaudeAnswer;
}

export const HEALTHY_CLAUDE_API: ClaudeApiBehaviour = {
  send: { kind: 'status', status: 200 },
  other: { kind: 'status', status: 200 },
};

const isSend = (path: string) => /\/(retry_)?completion$/.test(path);

export function parseClaudeAnswer(raw: unknown): ClaudeAnswer {
  if (typeof raw === 'number') return { kind: 'status', status: raw };
  if (typeof raw !== 'object' || raw === null) throw new Error('answer: expected a status or {kind}');
  const answer = raw as Record<string, unknown>;
  const status = typeof answer.status === 'number' ? answer.status : 200;
  if (!Number.isInteger(status) || status < 200 || status > 599) throw new Error('answer: status out of range');
  if (answer.kind === 'drop') return { kind: 'drop' };
  if (answer.kind === 'slow') {
    const delayMs = typeof answer.delayMs === 'number' ? answer.delayMs : 3000;
    return { kind: 'slow', status, delayMs: Math.min(Math.max(0, delayMs), 60_000) };
  }
  return { kind: 'status', status };
}

const BODIES: Record<number, string> = {
  429: '{"type":"error","error":{"type":"rate_limit_error","message":"{\\"type\\":\\"exceeded_limit\\"}"}}',
  500: '{"type":"error","error":{"type":"api_error","message":"Internal server error"}}',
  529: '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
};

/** Answers one /api/ request; returns the status written (0 for a dropped connection). */
export function answerClaudeApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  behaviour: ClaudeApiBehaviour,
  timers: Set<NodeJS.Timeout>,
): Promise<number> {
  const answer = isSend(path) ? behaviour.send : behaviour.other;
  const write = (status: number) => {
    const ok = status < 400;
    const body = ok
      ? isSend(path)
        ? 'event: completion\ndata: {"type":"completion"}\n\n'
        : '{}'
      : (BODIES[status] ?? '{"type":"error"}');
    res.writeHead(status, {
      'content-type': ok && isSend(path) ? 'text/event-stream' : 'application/json',
      'cache-control': 'no-store',
    });
    res.end(body);
    return status;
  };
  // Drain any request body first, as a real server would.
  return new Promise((done) => {
    req.resume();
    req.on('end', () => {
      if (answer.kind === 'drop') {
        res.destroy();
        return done(0);
      }
      if (answer.kind === 'slow') {
        const timer = setTimeout(() => {
          timers.delete(timer);
          done(res.destroyed ? 0 : write(answer.status));
        }, answer.delayMs);
        timers.add(timer);
        return;
      }
      done(write(answer.status));
    });
  });
}
