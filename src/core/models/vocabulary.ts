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
  'ai', 'api', 'app', 'code', 'console', 'cowork', 'desktop', 'government', 'gov', 'work',
  'enterprise', 'service', 'team', 'pro', 'max', 'free', 'web', 'mobile', 'ios', 'android',
  'chrome', 'excel', 'slack', 'powerpoint', 'word', 'browser', 'extension', 'status', 'platform',
  'developer', 'docs', 'sdk', 'cli', 'agent', 'project', 'research', 'connector', 'memory',
  'voice', 'labs', 'design', 'education', 'edu', 'user', 'account', 'login', 'subscription',
  'usage', 'plan', 'chat', 'messages', 'files', 'admin', 'analytics', 'vaults', 'credentials',
  'dispatch', 'workspace', 'review', 'release', 'version', 'update', 'build', 'client', 'ide',
  'vertex', 'bedrock', 'foundry', 'aws', 'gcp', 'azure', 'org', 'organization', 'search', 'tool',
  'support', 'help', 'workbench', 'batch', 'batches', 'windows', 'mac', 'macos', 'linux', 'github',
  'gitlab', 'integration', 'skill', 'artifact', 'plugin', 'marketplace', 'store', 'website',
  'site', 'page', 'cloud',
];

/** Platforms, runtimes, devices and numbered things that take a version or a number in a title. */
// prettier-ignore
const NUMBERED_THINGS = [
  'ipados', 'watchos', 'visionos', 'iphone', 'ipad', 'pixel', 'galaxy', 'samsung', 'safari',
  'firefox', 'edge', 'opera', 'brave', 'arc', 'chromium', 'ubuntu', 'debian', 'fedora', 'centos',
  'rhel', 'python', 'node', 'nodejs', 'java', 'jdk', 'go', 'golang', 'rust', 'ruby', 'php',
  'kotlin', 'swift', 'typescript', 'javascript', 'xcode', 'vscode', 'jetbrains', 'intellij',
  'cursor', 'zed', 'vim', 'emacs', 'http', 'tls', 'ssl', 'ipv', 'mcp', 'oauth', 'sso', 'saml',
  'gpu', 'tpu', 'phase', 'part', 'stage', 'step', 'level', 'round', 'tier', 'priority', 'sev',
  'severity', 'wave', 'group', 'pool', 'shard', 'lane', 'option', 'layer', 'window', 'sprint',
  'week', 'day', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'today', 'tomorrow', 'yesterday', 'gemini', 'gpt', 'llama', 'mistral', 'legacy', 'older',
  'newer', 'frontier', 'default', 'select', 'certain', 'various', 'specific', 'ultra', 'premium',
  'business', 'starter', 'individual', 'personal', 'nonprofit', 'student', 'office', 'outlook',
  'zoom', 'notion', 'figma', 'jira', 'linear', 'asana', 'salesforce', 'snowflake', 'databricks',
  'google', 'amazon', 'microsoft', 'apple', 'meta', 'openai', 'anthropic', 'us', 'eu', 'uk',
  'apac', 'emea', 'east', 'west', 'north', 'south', 'central', 'europe', 'asia', 'region', 'zone',
  'cluster', 'datacenter', 'dc',
];

/** Status-page vocabulary that can sit next to "Claude" and a number in a title. */
// prettier-ignore
const STATUS_LIST = [
  'error', 'rate', 'increase', 'high', 'performance', 'partial', 'outage', 'down', 'unavailable',
  'unavailability', 'issue', 'latency', 'problem', 'failure', 'intermittent', 'brief', 'complete',
  'total', 'major', 'minor', 'disruption', 'degradation', 'timeout', 'slow', 'slowness',
  'incident', 'maintenance', 'retroactive', 'experience', 'response', 'request', 'quality',
  'output', 'crashes', 'crash', 'unable', 'refusals', 'offline', 'spike', 'customers',
  'launch', 'beta', 'downtime', 'availability', 'connectivity', 'session', 'limit', 'tokens',
  'context', 'minutes', 'hours', 'seconds', 'days', 'percent', 'times', 'regions', 'model',
  'family', 'families', 'deprecation', 'retirement', 'sunset', 'migration', 'available', 'rollout',
  'access', 'unresponsive', 'traffic', 'capacity', 'completion', 'vision', 'recovery', 'overload',
  'stuck', 'endpoint', 'credits', 'slower', 'faster', 'higher', 'lower',
];
const STATUS_WORDS: ReadonlySet<string> = new Set(STATUS_LIST);

/** The lists name a word once, singular: "error" covers "errors", "region" "regions". */
function inList(list: ReadonlySet<string>, lower: string): boolean {
  return list.has(lower) || (lower.endsWith('s') && list.has(lower.slice(0, -1)));
}

/**
 * Verbs, participles and adverbs ("failing", "degraded", "briefly"): status words, never a family.
 * A rule rather than a list, so every form of every verb is covered.
 */
const VERB_FORM = /^[a-z]{3,}(?:ing|ed|ly)$/;

/** "errors", "unavailable", "returning": words a status page describes trouble with. */
export function isStatusWord(lower: string): boolean {
  return inList(STATUS_WORDS, lower) || VERB_FORM.test(lower);
}

/** Function words: "Claude for ...", "Claude is ...". */
// prettier-ignore
const FUNCTION_WORDS = [
  'and', 'or', 'the', 'a', 'an', 'to', 'at', 'of', 'by', 'from', 'in', 'on', 'for', 'with', 'via',
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'not', 'now', 'still', 'also',
  'may', 'can', 'will', 'would', 'could', 'should', 'did', 'does', 'do', 'it', 'this', 'that',
  'these', 'those', 'all', 'some', 'any', 'many', 'multiple', 'several', 'other', 'more', 'most',
  'less', 'into', 'than', 'then', 'who', 'which', 'what', 'when', 'where', 'while', 'if', 'but',
  'so', 'no', 'yes', 'up', 'out', 'over', 'under', 'about', 'across', 'after', 'before', 'between',
  'since', 'until', 'went', 'got', 'gave', 'says', 'said', 'returns', 'being', 'new', 'old',
  'took', 'takes', 'saw', 'sees', 'shows', 'hit', 'gets', 'used', 'uses', 'using', 'needs', 'made',
  'makes', 'only', 'just', 'around', 'within', 'every', 'each', 'per', 'first', 'last', 'next',
  'top',
];

const NOT_FAMILY: ReadonlySet<string> = new Set([
  ...PRODUCT_WORDS,
  ...NUMBERED_THINGS,
  ...STATUS_LIST,
  ...FUNCTION_WORDS,
]);

/** Never a model family, whatever follows it. */
export function isNotFamily(lower: string): boolean {
  return inList(NOT_FAMILY, lower) || VERB_FORM.test(lower);
}

/** Products a version number after which is a client version ("Claude Code v2.1"). */
const PRODUCT_BEFORE_VERSION: ReadonlySet<string> = new Set([...PRODUCT_WORDS, ...NUMBERED_THINGS]);
export const isProductBeforeVersion = (lower: string): boolean => inList(PRODUCT_BEFORE_VERSION, lower);

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
const COUNT_WORDS: ReadonlySet<string> = new Set([
  'region', 'zone', 'user', 'customer', 'people', 'member', 'seat', 'org', 'organization',
  'organisation', 'account', 'workspace', 'team', 'instance', 'server', 'node', 'cluster',
  'attempt', 'retry', 'retries', 'incident', 'outage', 'minute', 'min', 'hour', 'hr', 'second',
  'sec', 'day', 'week', 'month', 'year', 'percent', 'times', 'am', 'pm', 'utc', 'gmt', 'pt', 'pst',
  'pdt', 'et', 'est', 'edt', 'other', 'more', 'additional', 'different', 'separate', 'of', 'out',
  'x',
]);
export const isCountWord = (lower: string): boolean => inList(COUNT_WORDS, lower);

/** Words that join models in a list. */
export const CONNECTOR_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'plus']);
