// @vitest-environment happy-dom
// An incident with more updates than the popup keeps (MAX_UPDATES, or one in a compacted snapshot) says so: how
// many it shows of how many, numbers in the popup's language, and a link to the incident on the status page.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { compactSnapshot } from '../../../src/background/compact';
import { createTranslator } from '../../../src/core/i18n';
import { MAX_UPDATES } from '../../../src/core/remote-text';
import type { Snapshot } from '../../../src/core/types';
import { IncidentCard } from '../../../src/popup/IncidentCard';
import { popupView, type IncidentView } from '../../../src/popup/view-model';
import { parseSnapshot } from '../../../src/shared/snapshot-schema';
import { mergeLocale } from '../../../scripts/locales';
import { ctxAt, p0Step, p0WithUpdates, tEn } from './builders';

const settings = { pollIntervalSec: 60 };
const { snapshot: many, at } = p0WithUpdates(10_000);
const NOW = at + 60_000;
const firstCard = (snapshot: Snapshot, ctx = ctxAt(NOW)) => popupView(snapshot, settings, ctx).incidents[0]!;

afterEach(cleanup);

describe('the incident keeps how many updates the page sent', () => {
  it(`only when it had more than ${MAX_UPDATES}: the newest ${MAX_UPDATES} kept, the count beside them`, () => {
    const incident = many.data!.incidents[0]!;
    expect(incident.updates).toHaveLength(MAX_UPDATES);
    expect(incident.updateCount).toBe(10_000);
    expect(p0WithUpdates(MAX_UPDATES).snapshot.data!.incidents[0]).not.toHaveProperty('updateCount');
    expect(p0WithUpdates(MAX_UPDATES + 1).snapshot.data!.incidents[0]!.updateCount).toBe(MAX_UPDATES + 1);
  });

  it('is stored and read back; a snapshot written before the count existed still reads, without the line', () => {
    expect(parseSnapshot(JSON.parse(JSON.stringify(many)))).toEqual(many);
    const old = p0Step(3).snapshot;
    expect(JSON.stringify(old)).not.toContain('updateCount');
    expect(parseSnapshot(JSON.parse(JSON.stringify(old)))).toEqual(old);
    expect(firstCard(old).capped).toBeNull();
    // A count that is not a number is a broken snapshot, like any other field.
    const broken = structuredClone(many) as unknown as { data: { incidents: Record<string, unknown>[] } };
    broken.data.incidents[0]!.updateCount = '10000';
    expect(parseSnapshot(broken)).toBeNull();
  });
});

describe('the line under the incident', () => {
  it('says how many of how many, numbers formatted in each language', () => {
    const line = (locale: string, lang: string) =>
      firstCard(many, ctxAt(NOW, { t: createTranslator(mergeLocale(locale)), lang })).capped;
    expect(line('en', 'en')).toBe('Showing the latest 100 of 10,000 updates.');
    expect(line('de', 'de')).toBe('Angezeigt werden die neuesten 100 von 10.000 Meldungen.');
    expect(line('fr', 'fr')).toBe('Affichage des 100 dernières mises à jour sur 10\u202f000.');
    expect(line('es', 'es')).toBe('Se muestran las 100 novedades más recientes de 10.000.');
    expect(line('pt_BR', 'pt-BR')).toBe('Exibindo as 100 atualizações mais recentes de 10.000.');
    expect(line('ja', 'ja')).toBe('全 10,000 件の更新のうち、最新の 100 件を表示しています。');
    expect(line('ko', 'ko')).toBe('업데이트 10,000개 중 최근 100개를 표시합니다.');
    expect(line('zh_CN', 'zh-CN')).toBe('显示最近 100 条更新（共 10,000 条）。');
  });

  it('is absent while every update is shown', () => {
    expect(firstCard(p0WithUpdates(MAX_UPDATES).snapshot).capped).toBeNull();
    expect(firstCard(p0Step(3).snapshot).capped).toBeNull();
  });

  it('counts what a compacted snapshot (storage full) no longer shows', () => {
    expect(firstCard(compactSnapshot(p0Step(3).snapshot)).capped).toBe('Showing the latest 1 of 3 updates.');
    expect(firstCard(compactSnapshot(many)).capped).toBe('Showing the latest 1 of 10,000 updates.');
  });
});

describe('in the card', () => {
  const card = (incident: IncidentView) =>
    render(
      <IncidentCard
        incident={incident}
        lead={null}
        watch={{ watching: false, unnotified: false, onChange: () => {} }}
        t={tEn}
      />,
    );

  it('shows the line with a link to the incident on the status page', () => {
    card(firstCard(many));
    const line = screen.getByTestId('incident-updates-capped');
    expect(line.textContent).toBe('Showing the latest 100 of 10,000 updates. Incident page');
    const links = [...line.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://status.claude.com/incidents/p0mgnjv3bj97']);
  });

  it('links only an https incident page', () => {
    const hostile = structuredClone(many);
    hostile.data!.incidents[0]!.url = 'javascript:alert(1)';
    card(firstCard(hostile));
    const line = screen.getByTestId('incident-updates-capped');
    expect(line.textContent).toBe('Showing the latest 100 of 10,000 updates. ');
    expect(line.querySelector('a')).toBeNull();
  });

  it('is not there when nothing is left out', () => {
    card(firstCard(p0Step(3).snapshot));
    expect(screen.queryByTestId('incident-updates-capped')).toBeNull();
    expect(screen.getAllByTestId('timeline-entry')).toHaveLength(3);
  });
});
