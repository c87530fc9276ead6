import { parseFaultRequest } from './faults';
import type { StatusServer } from './types';

export const HELP = `Commands: Enter = next step (wraps to 0) | <n> = go to step n | s <scenario> = switch scenario
          f <host|*> <kind> [n] = fault (http <status>, rate-limit <seconds>, slow <ms>, waf-405, waf-202, html,
          truncated-json, drop, hang) | f <host|*> off | stats | q = quit`;

const NUMBER_FIELD: Record<string, string> = { http: 'status', 'rate-limit': 'retryAfterSeconds', slow: 'delayMs' };

/** Advances one step, wrapping to the start so a demo can loop. */
export function stepOrWrap(server: StatusServer): void {
  if (server.stepIndex >= server.stepCount - 1) server.goTo(0);
  else server.step();
}

/** One line typed at the CLI; returns what to print. */
export function runCommand(server: StatusServer, line: string): string {
  const [command = '', ...args] = line.trim().split(/\s+/).filter(Boolean);
  if (command === '') {
    stepOrWrap(server);
    return '';
  }
  if (/^\d+$/.test(command)) {
    server.goTo(Number(command));
    return '';
  }
  if (command === 's' && args[0]) {
    server.setScenario(args[0]);
    return '';
  }
  if (command === 'stats') {
    const { byPath, bytesSent, notModified, requests } = server.stats();
    return JSON.stringify({ requests: requests.length, notModified, bytesSent, byPath }, null, 2);
  }
  if (command === 'f' && args[0] && args[1]) {
    const [host, kind, value] = args;
    const field = NUMBER_FIELD[kind ?? ''];
    const fault = kind === 'off' ? null : { kind, ...(field ? { [field]: Number(value) } : {}) };
    const request = parseFaultRequest({ host, fault });
    server.setFault(request.host, request.fault);
    return `fault on ${request.host}: ${request.fault ? JSON.stringify(request.fault) : 'none'}`;
  }
  return HELP;
}

export function describeStep(server: StatusServer): string {
  const step = server.scenario.steps[server.stepIndex]!;
  const { status } = step.summary;
  return `[${server.scenario.name} ${server.stepIndex}/${server.stepCount - 1}] ${status.indicator} (${status.description}) | ${step.label}`;
}
