import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseClaudeAnswer, type ClaudeApiBehaviour } from './claude-api';
import { parseFaultRequest } from './faults';
import type { Fault, FaultHost, ServerStats } from './types';

export const CONTROL_PREFIX = '/__control/';

export interface ControlState {
  scenario: string;
  description: string;
  stepIndex: number;
  stepCount: number;
  /** Label of the current step. */
  step: string;
  steps: string[];
  indicator: string;
  faults: Partial<Record<FaultHost, Fault>>;
  claudeApi: ClaudeApiBehaviour;
  scenarios: string[];
}

export interface Controller {
  state(): ControlState;
  setScenario(name: string): void;
  step(): number;
  goTo(index: number): void;
  setFault(host: FaultHost, fault: Fault | null): void;
  setClaudeApi(behaviour: Partial<ClaudeApiBehaviour>): void;
  stats(): ServerStats;
  resetStats(): void;
}

const MAX_BODY = 64 * 1024;

async function readJson(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > MAX_BODY) throw new Error('body too large');
  }
  return text.trim() === '' ? {} : (JSON.parse(text) as unknown);
}

const field = (body: unknown, key: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;

/**
 * JSON control API on every host under /__control/, for the CLI, the demo and tests in other
 * processes: GET state, POST scenario {name}, POST step, POST goto {index}, POST fault {host, fault},
 * GET stats, POST reset-stats, POST claude-api {send?, other?} (a status or {kind, status, delayMs}).
 */
export async function handleControl(req: IncomingMessage, res: ServerResponse, path: string, control: Controller) {
  const reply = (status: number, payload: unknown) => {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
    });
    res.end(JSON.stringify(payload));
  };
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'content-type',
    });
    res.end();
    return;
  }
  const route = `${req.method ?? 'GET'} ${path.slice(CONTROL_PREFIX.length)}`;
  try {
    switch (route) {
      case 'GET state':
        return reply(200, control.state());
      case 'GET stats':
        return reply(200, control.stats());
      case 'POST reset-stats':
        control.resetStats();
        return reply(200, control.state());
      case 'POST step':
        control.step();
        return reply(200, control.state());
      case 'POST scenario': {
        const name = field(await readJson(req), 'name');
        if (typeof name !== 'string') throw new Error('name: expected a scenario name');
        control.setScenario(name);
        return reply(200, control.state());
      }
      case 'POST goto': {
        const index = field(await readJson(req), 'index');
        if (typeof index !== 'number') throw new Error('index: expected a number');
        control.goTo(index);
        return reply(200, control.state());
      }
      case 'POST claude-api': {
        const body = await readJson(req);
        const behaviour: Partial<ClaudeApiBehaviour> = {};
        if (field(body, 'send') !== undefined) behaviour.send = parseClaudeAnswer(field(body, 'send'));
        if (field(body, 'other') !== undefined) behaviour.other = parseClaudeAnswer(field(body, 'other'));
        control.setClaudeApi(behaviour);
        return reply(200, control.state());
      }
      case 'POST fault': {
        const { host, fault } = parseFaultRequest(await readJson(req));
        control.setFault(host, fault);
        return reply(200, control.state());
      }
      default:
        return reply(404, { error: `Unknown control route: ${route}` });
    }
  } catch (error) {
    return reply(400, { error: error instanceof Error ? error.message : String(error) });
  }
}
