// Word lists the extractor consults. Families are an open set: these lists only help with the
// ones already seen (lower case, typos) and with the words that look like a family but are not.

/** Families recognised anywhere, in any case, with or without "Claude" before them. */
export const STRONG_FAMILIES: ReadonlySet<string> = new Set(['opus', 'sonnet', 'haiku']);

/** Misspellings of known families, read as the family. */
export const FAMILY_ALIASES: ReadonlyMap<string, string> = new Map([
  ['sonet', 'sonnet'],
  ['sonnett', 'sonnet'],
  ['hiaku', 'haiku'],
]);

/** Families that are also ordinary English words: a family only next to "Claude" or a version. */
export const WEAK_FAMILIES: ReadonlySet<string> = new Set(['instant']);

/** Canonical family of pre-family model names ("Claude 2.1", "claude-v1.0"). */
export const LEGACY_FAMILY = 'Claude';

/**
 * Families whose versions are single-digit dot versions, so a two-digit run is a dropped dot
 * ("Opus 48" seen for Opus 4.8). Unknown families are left alone: we cannot know their scheme.
 */
export const DOTTED_FAMILIES: ReadonlySet<string> = STRONG_FAMILIES;

/** Products, surfaces and plans that follow "Claude" without being a model family. */
// prettier-ignore
const PRODUCT_WORDS = [
  'ai', 'api', 'apis', 'app', 'apps', 'code', 'console', 'cowork', 'desktop', 'government', 'gov',
  'work', 'enterprise', 'services', 'service', 'team', 'teams', 'pro', 'max', 'free', 'web',
  'mobile', 'ios', 'android', 'chrome', 'excel', 'slack', 'powerpoint', 'word', 'browser',
  'extension', 'extensions', 'status', 'platform', 'developer', 'developers', 'docs', 'sdk',
  'cli', 'agent', 'agents', 'skills', 'projects', 'project', 'research', 'artifacts',
  'connectors', 'connector', 'integrations', 'memory', 'voice', 'labs', 'design', 'education',
  'edu', 'users', 'user', 'account', 'accounts', 'login', 'logins', 'billing', 'subscription',
  'subscriptions', 'usage', 'plans', 'plan', 'chat', 'chats', 'messages', 'files', 'admin',
  'analytics', 'vaults', 'credentials', 'dispatch', 'workspace', 'workspaces', 'review',
  'release', 'releases', 'version', 'versions', 'update', 'updates', 'build', 'client', 'ide',
  'vertex', 'bedrock', 'foundry', 'aws', 'gcp', 'azure', 'org', 'orgs', 'organization',
  'organizations', 'search', 'tool', 'tools', 'support', 'help', 'workbench', 'batch',
  'batches', 'windows', 'mac', 'macos', 'linux', 'github', 'gitlab', 'integration', 'skill',
  'artifact', 'plugin', 'plugins', 'marketplace', 'store', 'website', 'site', 'page', 'cloud',
];

/** Platforms, runtimes, devices and numbered things that take a version or a number in a title. */
// prettier-ignore
const NUMBERED_THINGS = [
  'ios', 'ipados', 'watchos', 'visionos', 'iphone', 'ipad', 'pixel', 'galaxy', 'samsung', 'safari',
  'firefox', 'edge', 'opera', 'brave', 'arc', 'chromium', 'ubuntu', 'debian', 'fedora', 'centos',
  'rhel', 'python', 'node', 'nodejs', 'java', 'jdk', 'go', 'golang', 'rust', 'ruby', 'php',
  'kotlin', 'swift', 'typescript', 'javascript', 'xcode', 'vscode', 'jetbrains', 'intellij',
  'cursor', 'zed', 'vim', 'emacs', 'http', 'https', 'tls', 'ssl', 'ipv', 'mcp', 'oauth', 'sso',
  'saml', 'gpu', 'gpus', 'tpu', 'tpus', 'phase', 'part', 'stage', 'step', 'level', 'round', 'tier',
  'priority', 'sev', 'severity', 'wave', 'group', 'pool', 'shard', 'lane', 'option', 'layer',
  'window', 'sprint', 'week', 'day', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'today', 'tomorrow', 'yesterday', 'gemini', 'gpt', 'llama', 'mistral',
  'legacy', 'older', 'newer', 'select', 'selected', 'certain', 'various', 'certain', 'specific',
  'ultra', 'premium', 'business', 'starter', 'individual', 'personal', 'nonprofit',
  'student', 'students', 'office', 'outlook', 'teams', 'zoom', 'notion', 'figma', 'jira', 'linear',
  'asana', 'salesforce', 'snowflake', 'databricks', 'google', 'amazon', 'microsoft', 'apple',
  'meta', 'openai', 'anthropic', 'us', 'eu', 'uk', 'apac', 'emea', 'east', 'west', 'north',
  'south', 'central', 'europe', 'asia', 'region', 'zone', 'cluster', 'datacenter', 'dc',
];

/** Status-page vocabulary that can sit next to "Claude" and a number in a title. */
// prettier-ignore
const STATUS_WORDS = [
  'elevated', 'errors', 'error', 'rate', 'rates', 'increased', 'increase', 'high', 'degraded',
  'performance', 'partial', 'partially', 'outage', 'outages', 'down', 'unavailable',
  'unavailability', 'issues', 'issue', 'latency', 'problems', 'problem', 'failures', 'failure',
  'failing', 'failed', 'intermittent', 'brief', 'complete', 'total', 'major', 'minor',
  'disruption', 'degradation', 'timeouts', 'timeout', 'slow', 'slowness', 'incident',
  'incidents', 'maintenance', 'scheduled', 'retroactive', 'experienced', 'experiencing',
  'experience', 'responses', 'response', 'requests', 'request', 'quality', 'output', 'crashes',
  'crash', 'unable', 'working', 'offline', 'recovered', 'resolved', 'investigating',
  'monitoring', 'identified', 'sampling', 'spike', 'customers', 'launch', 'beta', 'downtime',
  'availability', 'connectivity', 'sessions', 'session', 'limits', 'limit', 'tokens', 'context',
  'minutes', 'hours', 'seconds', 'days', 'percent', 'times', 'regions', 'region', 'models',
  'model', 'family', 'families', 'deprecated', 'deprecation', 'retired', 'retirement', 'sunset',
  'migration', 'available', 'released', 'launched', 'rollout', 'access', 'pricing', 'returning',
  'throwing', 'timing', 'responding', 'loading', 'hanging', 'erroring', 'unresponsive',
  'intermittently', 'temporarily', 'briefly', 'completely', 'fully', 'partly', 'mostly', 'traffic',
  'capacity', 'completion', 'completions', 'streaming', 'vision', 'experiences', 'seeing',
  'affected', 'affecting', 'impacted', 'impacting', 'recovery', 'recovering', 'restored',
  'overloaded', 'overload', 'stuck', 'errored', 'endpoint', 'endpoints', 'credits', 'slower',
  'faster', 'higher', 'lower', 'reduced', 'limited', 'disabled', 'enabled', 'paused',
];

/** Function words: "Claude for ...", "Claude is ...". */
// prettier-ignore
const FUNCTION_WORDS = [
  'and', 'or', 'the', 'a', 'an', 'to', 'at', 'of', 'by', 'from', 'in', 'on', 'for', 'with',
  'via', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'not', 'now', 'still',
  'also', 'may', 'can', 'will', 'would', 'could', 'should', 'did', 'does', 'do', 'its', 'it',
  'this', 'that', 'these', 'those', 'all', 'some', 'any', 'many', 'multiple', 'several', 'other',
  'others', 'more', 'most', 'less', 'as', 'into', 'than', 'then', 'who', 'which', 'what', 'when',
  'where', 'while', 'if', 'but', 'so', 'no', 'yes', 'up', 'out', 'over', 'under', 'about',
  'across', 'after', 'before', 'between', 'since', 'until', 'during', 'went', 'got', 'gave',
  'says', 'said', 'returned', 'returns', 'served', 'serving', 'being', 'new', 'old', 'took',
  'takes', 'saw', 'sees', 'showed', 'shows', 'hit', 'hits', 'gets', 'used', 'uses', 'using',
  'needed', 'needs', 'reached', 'made', 'makes', 'only', 'just', 'around', 'nearly', 'within',
  'every', 'each', 'per', 'first', 'last', 'next', 'top',
];

/** Never a model family, whatever follows it. */
export const NOT_FAMILY: ReadonlySet<string> = new Set([
  ...PRODUCT_WORDS,
  ...NUMBERED_THINGS,
  ...STATUS_WORDS,
  ...FUNCTION_WORDS,
]);

/** Products a version number after which is a client version ("Claude Code v2.1"). */
export const PRODUCT_BEFORE_VERSION: ReadonlySet<string> = new Set([...PRODUCT_WORDS, ...NUMBERED_THINGS]);

// prettier-ignore
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec',
];

/**
 * Words that qualify a model without being part of its canonical name ("June Sonnet 3.5",
 * "Opus 4.6 Fast Mode", "Sonnet 4.5 1M context", "Claude 4 Sonnet model"): skipped inside a
 * model phrase instead of ending it.
 */
export const QUALIFIER_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS,
  'new',
  'old',
  'fast',
  'mode',
  'context',
  'preview',
  'latest',
  'model',
  'models',
  'family',
  'families',
]);

/**
 * Words after a number that make it a count, not a version: "Opus 4.7 (2 regions)", "Opus 4.5 and
 * 3 other models", "Sonnet 4.5 for 30 minutes".
 */
// prettier-ignore
export const COUNT_WORDS: ReadonlySet<string> = new Set([
  'region', 'regions', 'zone', 'zones', 'user', 'users', 'customer', 'customers', 'people',
  'member', 'members', 'seat', 'seats', 'org', 'orgs', 'organization', 'organizations',
  'organisation', 'organisations', 'account', 'accounts', 'workspace', 'workspaces', 'team',
  'teams', 'instance', 'instances', 'server', 'servers', 'node', 'nodes', 'cluster', 'clusters',
  'attempt', 'attempts', 'retry', 'retries', 'incident', 'incidents', 'outage', 'outages',
  'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'second', 'seconds', 'sec',
  'secs', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'percent', 'times',
  'am', 'pm', 'utc', 'gmt', 'pt', 'pst', 'pdt', 'et', 'est', 'edt', 'other', 'others', 'more',
  'additional', 'different', 'separate', 'of', 'out', 'x',
]);

/** Words that join models in a list. */
export const CONNECTOR_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'plus']);
