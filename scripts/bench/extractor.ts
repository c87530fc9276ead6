import { readFileSync } from 'node:fs';
import { extractAffectedModels } from '../../src/core/models';
import { timeInterleaved, type Timing } from './timing';

const FIXTURES = new URL('../../test/fixtures/', import.meta.url);

function readTsv(name: string): string[][] {
  return readFileSync(new URL(name, FIXTURES), 'utf8')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
}

/** The 781 real titles with their latest update body, read as test/unit/models-labelled.test.ts does. */
export const historyRows = () =>
  readTsv('incident-history.tsv').map(([, , , id = '', title = '', , body = '']) => ({
    id,
    title,
    body: body.replace(/\\n/g, '\n'),
  }));

/** Hand-written labels of every title: expected model names (comma separated). */
export const labelledRows = () =>
  readTsv('models-labelled.tsv').map(([id = '', title = '', models]) => ({
    id,
    title,
    models: models ? models.split(',') : [],
  }));

const NAIVE_MODEL = /(opus|sonnet|haiku)\s*\d+(\.\d+)?/gi;

/**
 * The usual one-regex extractor, given a fair chance to match the labels' spelling: "opus 4.7" and
 * "Opus4.7" both become "Opus 4.7", unique and sorted.
 */
export function naiveModels(text: string): string[] {
  const names = [...text.matchAll(NAIVE_MODEL)].map((match) => {
    const [, family = '', version = ''] = /^([a-z]+)\s*(.+)$/i.exec(match[0]) ?? [];
    return `${family[0]!.toUpperCase()}${family.slice(1).toLowerCase()} ${version}`;
  });
  return [...new Set(names)].sort();
}

export interface ExtractorResult {
  incidents: number;
  textBytes: number;
  ours: Timing;
  naive: Timing;
  labelled: number;
  oursExact: number;
  naiveExact: number;
  /** The same, over the titles whose label names at least one model. */
  withModels: number;
  oursExactWithModels: number;
  naiveExactWithModels: number;
  naiveMisses: { title: string; expected: string[]; naive: string[] }[];
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((name, i) => name === [...b].sort()[i]);

export function benchExtractor(): ExtractorResult {
  const history = historyRows();
  const [ours, naive] = timeInterleaved([
    { name: 'extractAffectedModels', fn: () => history.map(({ title, body }) => extractAffectedModels(title, [body])) },
    { name: 'one regex', fn: () => history.map(({ title, body }) => naiveModels(`${title}\n${body}`)) },
  ]);

  // The labels are for titles alone, so both read the title only here.
  const labelled = labelledRows();
  let oursExact = 0;
  let naiveExact = 0;
  let oursExactWithModels = 0;
  let naiveExactWithModels = 0;
  const naiveMisses: ExtractorResult['naiveMisses'] = [];
  for (const { title, models } of labelled) {
    const oursOk = sameSet(extractAffectedModels(title).models, models);
    const naiveGot = naiveModels(title);
    const naiveOk = sameSet(naiveGot, models);
    oursExact += Number(oursOk);
    naiveExact += Number(naiveOk);
    if (models.length > 0) {
      oursExactWithModels += Number(oursOk);
      naiveExactWithModels += Number(naiveOk);
    }
    if (!naiveOk) naiveMisses.push({ title, expected: models, naive: naiveGot });
  }
  return {
    incidents: history.length,
    textBytes: history.reduce((n, { title, body }) => n + Buffer.byteLength(title) + Buffer.byteLength(body), 0),
    ours: ours!,
    naive: naive!,
    labelled: labelled.length,
    oursExact,
    naiveExact,
    withModels: labelled.filter((l) => l.models.length > 0).length,
    oursExactWithModels,
    naiveExactWithModels,
    naiveMisses,
  };
}
