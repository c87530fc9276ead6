// `npm run serve -- --port 8443 --scenario p0mgnjv3bj97 [--interval 20] [--host 127.0.0.1]`
// Serves the local status page and fake claude.ai; Enter steps the scenario, Ctrl-C quits.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { scenarioSummaries } from '../scenarios';
import { HELP, describeStep, runCommand, stepOrWrap } from './cli-commands';
import { startStatusServer } from './server';
import { CERT_HOSTS } from './tls';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8443' },
    host: { type: 'string', default: '127.0.0.1' },
    scenario: { type: 'string', default: 'healthy' },
    interval: { type: 'string' },
    list: { type: 'boolean', default: false },
  },
});

if (values.list) {
  for (const { name, summary } of scenarioSummaries()) console.log(`${name.padEnd(16)} ${summary}`);
  process.exit(0);
}

const server = await startStatusServer({ port: Number(values.port), host: values.host, scenario: values.scenario });
const hosts = CERT_HOSTS.filter((h) => h !== 'localhost');
const hostPort = `${values.host}:${server.port}`;
console.log(`Claude status test server on ${server.url}
  scenario ${server.scenario.name} (${server.stepCount} steps): ${server.scenario.description}
  certificate SPKI sha256: ${server.spkiFingerprint}

Chromium (the extension keeps its real URLs):
  chromium --user-data-dir="$(mktemp -d)" \\
    --host-resolver-rules="${hosts.map((h) => `MAP ${h} ${hostPort}`).join(', ')}" \\
    --ignore-certificate-errors-spki-list=${server.spkiFingerprint} \\
    --load-extension=dist/chrome https://claude.ai/
Firefox (needs port 443): about:config network.dns.localDomains = ${hosts.join(',')}
curl:    curl -k --resolve status.claude.com:${server.port}:${values.host} https://status.claude.com:${server.port}/api/v2/summary.json
control: curl -k -X POST ${server.url}/__control/step   (also: GET state, POST scenario {"name"}, goto {"index"}, fault {"host","fault"}, GET stats)

${HELP}
`);
console.log(describeStep(server));

if (values.interval) {
  const seconds = Number(values.interval);
  if (!(seconds > 0)) throw new Error('--interval takes a number of seconds');
  setInterval(() => {
    stepOrWrap(server);
    console.log(describeStep(server));
  }, seconds * 1000);
}

const input = createInterface({ input: process.stdin });
input.on('line', (line) => {
  if (line.trim() === 'q') return void shutdown();
  try {
    const output = runCommand(server, line);
    if (output) console.log(output);
  } catch (error) {
    console.log(error instanceof Error ? error.message : String(error));
  }
  console.log(describeStep(server));
});

async function shutdown() {
  input.close();
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
