import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/adapters/memory/create-memory-storage.js';
import { isYoyakuError } from '../../src/errors/yoyaku-error.js';
import { runScenario } from '../../src/testing/scenario/run-scenario.js';
import { approve, reserve, scenario } from './fixtures.js';

describe('runScenario', () => {
  it('[C1] plays the steps at their instants and reports each change of state', async () => {
    const report = await runScenario(
      scenario([
        reserve('2026-12-01T10:00:00+09:00'),
        { expect: { reservation: 'r1', status: 'requested', queuePosition: null } },
        approve('2026-12-02T08:30:00+09:00'),
        { expect: { reservation: 'r1', status: 'onHold', lastDay: '2026-12-09' } },
      ]),
    );
    expect(report.passed).toBe(true);
    expect(report.complete).toBe(true);
    expect(report.aliases).toEqual({ r1: 's0-1' });
    const [reserved, , batch] = report.steps;
    expect(reserved).toMatchObject({ index: 0, at: '2026-12-01T01:00:00.000Z', date: '2026-12-01', kind: 'operation', operation: 'reserveOnline', outcome: 'ok', bound: { r1: 's0-1' } });
    expect(reserved?.actor).toEqual({ kind: 'patron', patronId: 'hanako', channel: 'online' });
    expect(reserved?.changes).toContainEqual(expect.objectContaining({ type: 'reservation', alias: 'r1', from: null, to: 'requested', label: { ja: '予約申請中', en: 'Requested' } }));
    expect(batch?.date).toBe('2026-12-02');
    expect(batch?.changes.map((c) => (c.type === 'reservation' ? `${c.from}→${c.to}` : c.type))).toEqual(['requested→reserved', 'reserved→onHold', 'copy', 'notice']);
    const notice = batch?.changes.find((c) => c.type === 'notice');
    expect(notice).toMatchObject({ type: 'notice', kind: 'holdNotice', patronId: 'hanako', alias: 'r1' });
    expect(report.summary).toEqual({ operations: 2, refused: 0, expectations: 2, failed: 0 });
  });

  it('fails an expectation that does not hold, saying what it found', async () => {
    const report = await runScenario(scenario([reserve('2026-12-01T10:00:00+09:00'), { expect: { reservation: 'r1', status: 'reserved' } }]));
    expect(report.passed).toBe(false);
    expect(report.summary.failed).toBe(1);
    const check = report.steps[1];
    expect(check).toMatchObject({ kind: 'expectation', outcome: 'ok', passed: false });
    expect(check?.message).toBe('expected r1 to be reserved (予約中), but it is requested (予約申請中)');
  });

  it('[E1] reports a refusal with its rule and Japanese and English messages', async () => {
    const quota = await runScenario(
      scenario(
        [
          reserve('2026-12-01T10:00:00+09:00'),
          { at: '2026-12-01T10:01:00+09:00', actor: { patron: 'hanako' }, do: 'reserveOnline', args: { volumeId: 'kokoro/1', pickupBranchId: 'akeno' } },
          { expect: { refused: 'QUOTA_EXCEEDED' } },
        ],
        {
          policy: { maxOnline: 1, maxOnlineAudiovisual: 1 },
          titles: [
            { id: 'genji', name: '源氏物語', copies: [{ id: 'genji-1', branch: 'akeno' }] },
            { id: 'kokoro', name: 'こころ', copies: [{ id: 'kokoro-1', branch: 'akeno' }] },
          ],
        },
      ),
    );
    expect(quota.passed).toBe(true);
    expect(quota.steps[1]).toMatchObject({ outcome: 'refused', refusals: [{ code: 'QUOTA_EXCEEDED', rule: 'E1', volumeId: 'kokoro/1' }] });
    expect(quota.steps[1]?.refusals?.[0]?.message).toEqual({
      ja: '予約できる点数を超えています。インターネット予約は1人1点までです。',
      en: 'You have reached the limit of online reservations (1 items per person).',
    });
  });

  it('fails a refused expectation when the operation succeeded, and a succeeded one when it was refused', async () => {
    const report = await runScenario(scenario([reserve('2026-12-01T10:00:00+09:00'), { expect: { refused: 'E1' } }, { expect: { succeeded: false } }]));
    expect(report.steps.map((s) => s.passed)).toEqual([undefined, false, false]);
  });

  it('fails an operation that ends in an error, unless the next expectation names the error', async () => {
    const unexpected = await runScenario(scenario([{ at: '2026-12-01T10:00:00+09:00', actor: { patron: 'hanako' }, do: 'runApprovalBatch' }]));
    expect(unexpected.passed).toBe(false);
    expect(unexpected.steps[0]).toMatchObject({ outcome: 'error', passed: false, error: { code: 'NOT_ALLOWED' } });
    const expected = await runScenario(scenario([{ at: '2026-12-01T10:00:00+09:00', actor: { patron: 'hanako' }, do: 'runApprovalBatch' }, { expect: { error: 'NOT_ALLOWED' } }]));
    expect(expected.passed).toBe(true);
    expect(expected.steps[0]?.passed).toBe(true);
  });

  it('reports an alias whose step created nothing as an error, not a crash', async () => {
    const report = await runScenario(
      scenario([
        { at: '2026-12-01T10:00:00+09:00', actor: { patron: 'hanako', channel: 'email' }, do: 'reserveOnline', args: { volumeId: 'genji/1', pickupBranchId: 'akeno' }, as: 'r1' },
        { expect: { refused: 'A5' } },
        { at: '2026-12-01T10:01:00+09:00', actor: { patron: 'hanako' }, do: 'cancelOnline', args: { reservationId: 'r1' } },
        { expect: { reservation: 'r1', status: 'requested' } },
      ]),
    );
    expect(report.passed).toBe(false);
    expect(report.steps[2]).toMatchObject({ outcome: 'error', error: { code: 'INVALID_SCENARIO' } });
    expect(report.steps[3]).toMatchObject({ outcome: 'error', passed: false });
  });

  it('matches a result partially, with aliases standing for their ids', async () => {
    const report = await runScenario(
      scenario([
        reserve('2026-12-01T10:00:00+09:00'),
        { at: '2026-12-01T10:01:00+09:00', actor: { patron: 'hanako' }, do: 'listReservations' },
        { expect: { result: { asOf: '2026-12-01T01:01:00.000Z', reservations: [{ reservationId: 'r1', title: '源氏物語' }] } } },
        { expect: { result: { reservations: [] } } },
      ]),
    );
    expect(report.steps.slice(2).map((s) => s.passed)).toEqual([true, false]);
  });

  it('[D5] checks what a notice contains and must not contain', async () => {
    const report = await runScenario(
      scenario(
        [
          { at: '2026-12-01T10:00:00+09:00', actor: { staff: 'akeno' }, do: 'placeCounterReservation', args: { patronId: 'hanako', volumeId: 'genji/1', pickupBranchId: 'akeno' }, as: 'r1' },
          { expect: { notice: { patron: 'hanako', reservation: 'r1', count: 1, excludes: ['北杜 花子', '源氏物語'], contains: ['利用者様'], lastDay: '2026-12-08' } } },
          { expect: { notice: { patron: 'hanako', contains: ['源氏物語'] } } },
        ],
        { patrons: [{ id: 'hanako', name: '北杜 花子', showName: false, showTitle: false }, { id: 'taro' }] },
      ),
    );
    expect(report.steps.slice(1).map((s) => s.passed)).toEqual([true, false]);
  });

  it('stops before a step after `until`, and a later run continues from `nextStep` with the aliases', async () => {
    const storage = createMemoryStorage();
    const input = scenario([
      reserve('2026-12-01T10:00:00+09:00'),
      approve('2026-12-02T08:30:00+09:00'),
      { expect: { reservation: 'r1', status: 'onHold' } },
    ]);
    const first = await runScenario(input, { storage: () => storage, until: '2026-12-01T23:59:59+09:00' });
    expect(first).toMatchObject({ complete: false, nextStep: 1, passed: true, aliases: { r1: 's0-1' } });
    expect(first.steps).toHaveLength(1);
    const rest = await runScenario(input, { storage: () => storage, seed: false, fromStep: first.nextStep ?? 0, aliases: first.aliases });
    expect(rest).toMatchObject({ complete: true, nextStep: null, passed: true });
    expect(rest.steps.map((s) => s.index)).toEqual([1, 2]);
  });

  it('gives the same report on every run and in every time zone', async () => {
    const input = scenario([reserve('2026-12-01T08:59:00+09:00'), approve('2026-12-02T00:30:00+09:00'), { expect: { reservation: 'r1', status: 'onHold' } }]);
    const a = await runScenario(input);
    const b = await runScenario(input);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.steps.map((s) => s.date)).toEqual(['2026-12-01', '2026-12-02', '2026-12-02']);
    expect(a.passed).toBe(true);
  });

  it('throws INVALID_SCENARIO for a malformed scenario', async () => {
    const error = await runScenario({ name: 'x', library: {}, steps: 'none' }).catch((e: unknown) => e);
    expect(isYoyakuError(error) && error.code).toBe('INVALID_SCENARIO');
  });
});
