import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Remote text is text: these sinks would turn status-page text into markup.
const htmlSinks = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'Render remote text as text (textContent / JSX), never innerHTML.',
  },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'Render remote text as text, never outerHTML.' },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Render remote text as text, never insertAdjacentHTML.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'No document.write.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render remote text as JSX children, never dangerouslySetInnerHTML.',
  },
  {
    selector: "Property[key.name='dangerouslySetInnerHTML']",
    message: 'Render remote text as JSX children, never dangerouslySetInnerHTML.',
  },
];

const otherContexts = (...folders) =>
  folders.map((folder) => ({
    group: [`**/${folder}/**`, `../${folder}/*`, `../../${folder}/*`],
    message: `This context must not import src/${folder}.`,
  }));

// Imports from core name the module that defines what they need. The bundler keeps what every module it
// reaches does at load time, so one import through a barrel grows the 6 KB content script by about 2.4 KB.
const coreDeepPaths = {
  regex: '(^|/)core(/session)?(/index)?(\\.ts)?$',
  message:
    'Import the core module that defines it (src/core/<module>), never a barrel: a barrel pulls more into every bundle.',
};
// Nor may core grow a barrel: every export has one home, the module that defines it.
const reExports = [
  { selector: 'ExportAllDeclaration', message: 'No re-exports in src/core: import the module that defines it.' },
  {
    selector: 'ExportNamedDeclaration[source]',
    message: 'No re-exports in src/core: import the module that defines it.',
  },
];

/** no-restricted-imports with the deep-path rule for core, which every block restates (a later block replaces). */
const imports = (patterns = [], paths = []) => ['error', { paths, patterns: [coreDeepPaths, ...patterns] }];

// src/core imports only core modules (a relative path that stays inside it) and valibot: no browser API, no
// UI, no other src folder. `up` is how many `../` leave core from a file at that depth.
const coreImports = (up) =>
  imports(
    [
      { regex: `^(\\.\\./){${up}}`, message: 'src/core imports nothing outside src/core.' },
      {
        regex: '^(?![.]|valibot$|webextension-polyfill$)',
        message: 'src/core imports only core modules and valibot: no browser API, no UI.',
      },
    ],
    [{ name: 'webextension-polyfill', message: 'src/core must not touch browser APIs.' }],
  );

// Later blocks replace (not merge) a rule set by earlier ones: specific folders come last and restate what they keep.
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'demo-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      'no-restricted-imports': imports(),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      // Outside src/core/, contexts talk to the browser through webextension-polyfill only.
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: "Use `import browser from 'webextension-polyfill'`." },
      ],
    },
  },
  {
    // The core is pure: no browser API, no network, no clock, no other src folder.
    files: ['src/core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': coreImports(1),
      'no-restricted-syntax': ['error', ...htmlSinks, ...reExports],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'src/core must not touch browser APIs.' },
        { name: 'browser', message: 'src/core must not touch browser APIs.' },
        { name: 'navigator', message: 'src/core must not touch browser APIs.' },
        { name: 'document', message: 'src/core must not touch browser APIs.' },
        { name: 'window', message: 'src/core must not touch browser APIs.' },
        { name: 'fetch', message: 'src/core does no I/O: the worker passes data in.' },
        { name: 'localStorage', message: 'src/core does no I/O.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/core takes time as a parameter.' },
        { object: 'Math', property: 'random', message: 'src/core takes randomness as a parameter.' },
      ],
    },
  },
  { files: ['src/core/*/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': coreImports(2) } },
  {
    // Core's tests read fixtures and builders from test/unit, and still no other src folder.
    files: ['src/core/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': imports(
        otherContexts('background', 'popup', 'options', 'content', 'session-observer', 'shared', 'ui'),
      ),
    },
  },
  {
    files: ['src/content/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': imports(otherContexts('background', 'popup', 'options', 'ui')) },
  },
  {
    files: ['src/popup/**/*.{ts,tsx}', 'src/options/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'no-restricted-imports': imports(otherContexts('background', 'content')),
      // Preact's hooks follow React's rules: called unconditionally, effects list what they read.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/background/**/*.ts'],
    rules: {
      'no-restricted-imports': imports(otherContexts('popup', 'options', 'content', 'ui')),
      // The worker is killed whenever the browser likes: time lives in chrome.alarms, not timers.
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: "Use `import browser from 'webextension-polyfill'`." },
        { name: 'setInterval', message: 'Use chrome.alarms: the worker does not live long enough.' },
      ],
    },
  },
);
