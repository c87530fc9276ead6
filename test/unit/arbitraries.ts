// fast-check generators shared by the property tests.
import fc from 'fast-check';

/** One UTF-16 code unit from the surrogate range: alone, it is not well-formed text. */
export const surrogateHalf = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));

/**
 * Any JavaScript string, lone surrogates included (JSON.parse produces them from "\ud800"). fast-check's
 * 'binary' unit reaches the surrogate range only once in ~500 characters, so it is weighted in here.
 */
export const anyString = (constraints: { minLength?: number; maxLength?: number } = {}) =>
  fc.string({
    ...constraints,
    unit: fc.oneof(surrogateHalf, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  });

/** Any JSON value whose strings (keys included) may hold lone surrogates. */
export const anyJsonValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    anyString(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(anyString(), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Remote text: mostly plain, sometimes any string at all. */
const text = (constraints: { minLength?: number } = {}) => fc.oneof(fc.string(constraints), anyString(constraints));

const COMPONENT_STATUSES = [
  'operational',
  'under_maintenance',
  'degraded_performance',
  'partial_outage',
  'major_outage',
];

// A summary-shaped payload whose enums are drawn from the real values and from random strings.
const enumish = (...known: string[]) => fc.oneof(fc.constantFrom(...known), text());
export const rawComponent = fc.record({
  id: text({ minLength: 1 }),
  name: text(),
  status: enumish(...COMPONENT_STATUSES),
  position: fc.option(fc.integer()),
});
export const rawUpdate = fc.record({
  id: text({ minLength: 1 }),
  status: enumish('investigating', 'identified', 'monitoring', 'resolved'),
  body: text(),
  display_at: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  affected_components: fc.option(
    fc.array(
      fc.record({
        code: text({ minLength: 1 }),
        name: text(),
        old_status: text(),
        new_status: enumish(...COMPONENT_STATUSES),
      }),
    ),
  ),
});
export const rawIncident = fc.record({
  id: text({ minLength: 1 }),
  name: text(),
  status: enumish('investigating', 'identified', 'monitoring', 'resolved', 'postmortem'),
  impact: enumish('none', 'minor', 'major', 'critical'),
  created_at: fc.constant('2026-09-27T10:00:00.000Z'),
  incident_updates: fc.array(rawUpdate, { maxLength: 4 }),
  components: fc.option(fc.array(rawComponent, { maxLength: 3 })),
});
export const rawMaintenance = rawIncident.chain((base) =>
  enumish('scheduled', 'in_progress', 'verifying', 'completed').map((status) => ({
    ...base,
    status,
    scheduled_for: base.created_at,
  })),
);
export const rawSummary = (page: unknown) =>
  fc.record({
    page: fc.constant(page),
    components: fc.array(rawComponent, { maxLength: 6 }),
    incidents: fc.array(rawIncident, { maxLength: 3 }),
    scheduled_maintenances: fc.array(rawMaintenance, { maxLength: 2 }),
    status: fc.record({
      indicator: enumish('none', 'minor', 'major', 'critical', 'maintenance'),
      description: text(),
    }),
  });
