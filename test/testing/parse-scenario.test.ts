import { describe, expect, it } from 'vitest';
import { isYoyakuError, type YoyakuError } from '../../src/errors/yoyaku-error.js';
import { parseScenario } from '../../src/testing/scenario/parse-scenario.js';
import { approve, reserve, scenario } from './fixtures.js';

function issuesOf(input: unknown): { path: string; message: string }[] {
  try {
    parseScenario(input);
  } catch (e) {
    expect(isYoyakuError(e)).toBe(true);
    expect((e as YoyakuError).code).toBe('INVALID_SCENARIO');
    return (e as YoyakuError).issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  }
  throw new Error('expected INVALID_SCENARIO');
}

function paths(input: unknown): string[] {
  return issuesOf(input).map((i) => i.path);
}

describe('parseScenario', () => {
  it('accepts a scenario and builds its library with the format’s defaults', () => {
    const prepared = parseScenario(scenario([reserve('2026-12-01T10:00:00+09:00'), { expect: { reservation: 'r1', status: 'requested' } }]));
    const hanako = prepared.library.seed.patrons.find((p) => p.id === 'hanako');
    expect(hanako).toMatchObject({ email: 'hanako@example.jp', cardNumber: 'card-hanako', internetRegistered: true, noticePrivacy: { showName: true, showTitle: true } });
    expect(prepared.library.seed.volumes).toEqual([{ id: 'genji/1', titleId: 'genji' }]);
    expect(prepared.library.seed.copies[0]).toMatchObject({ id: 'genji-1', volumeId: 'genji/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: 'onShelf' });
    expect(prepared.library.policy.branches.filter((b) => b.pickup)).toHaveLength(8);
    expect(prepared.steps.map((s) => s.at)).toEqual(['2026-12-01T01:00:00.000Z', '2026-12-01T01:00:00.000Z']);
    expect(prepared.aliases.get('r1')).toBe('reservation');
  });

  it('names the step and field of an unknown volume, patron, copy or branch', () => {
    const issues = issuesOf(
      scenario([
        { at: '2026-12-01T10:00:00+09:00', actor: { patron: 'hanako' }, do: 'reserveOnline', args: { volumeId: 'genji/2', pickupBranchId: 'akeno' } },
        { at: '2026-12-01T10:01:00+09:00', actor: { patron: 'nobody' }, do: 'listCart' },
        { at: '2026-12-01T10:02:00+09:00', actor: { staff: 'tokyo' }, do: 'checkIn', args: { copyId: 'genji-9' } },
        { at: '2026-12-01T10:03:00+09:00', actor: { patron: 'hanako' }, do: 'addToCart', args: { volumeId: 'genji/1', pickupBranchId: 'osaka' } },
        { at: '2026-12-01T10:04:00+09:00', actor: { patron: 'hanako' }, do: 'submitCart', args: { volumeIds: ['genji/1', 'nope/1'] } },
      ]),
    );
    expect(issues).toEqual([
      { path: 'steps.0.args.volumeId', message: 'Unknown volume "genji/2"' },
      { path: 'steps.1.actor.patron', message: 'Unknown patron "nobody"' },
      { path: 'steps.2.actor.staff', message: 'Unknown branch "tokyo"' },
      { path: 'steps.2.args.copyId', message: 'Unknown copy "genji-9"' },
      { path: 'steps.3.args.pickupBranchId', message: 'Unknown branch "osaka"' },
      { path: 'steps.4.args.volumeIds.1', message: 'Unknown volume "nope/1"' },
    ]);
  });

  it('names the field of a malformed step, not just the step', () => {
    expect(paths(scenario([{ at: '2026-12-01T10:00:00+09:00', actor: { patron: 'hanako' }, do: 'reserveOnline', args: { volumeId: 'genji/1' } } as never]))).toEqual([
      'steps.0.args.pickupBranchId',
    ]);
    expect(paths(scenario([{ at: '2026-12-01T10:00:00+09:00', actor: 'system', do: 'runApprovalBatch', args: { date: '2026-02-30' } }]))).toEqual(['steps.0.args.date']);
    expect(paths(scenario([{ expect: { reservation: 'r1', status: 'waiting' } } as never]))).toEqual(['steps.0.expect.status']);
    expect(paths(scenario([{ at: '2026-12-01T10:00:00+09:00', actor: 'system', do: 'runEverything' } as never]))).toEqual(['steps.0.do']);
  });

  it('refuses a date or time that is no date, such as 30 February', () => {
    for (const at of ['2026-02-30T10:00:00+09:00', '2026-12-01T25:00:00+09:00', 'tomorrow', '2026-12-01T10:00:00']) {
      expect(paths(scenario([{ at, expect: { activeCount: { patron: 'hanako', count: 0 } } }]))).toEqual(['steps.0.at']);
    }
  });

  it('requires steps in time order, and an instant for the first step', () => {
    expect(issuesOf(scenario([{ expect: { activeCount: { patron: 'hanako', count: 0 } } }]))).toEqual([{ path: 'steps.0.at', message: 'The first step needs "at"' }]);
    expect(paths(scenario([reserve('2026-12-02T10:00:00+09:00'), approve('2026-12-02T09:00:00+09:00')]))).toEqual(['steps.1.at']);
  });

  it('requires aliases bound by an earlier step, of the right kind, once', () => {
    expect(paths(scenario([{ at: '2026-12-01T10:00:00+09:00', actor: { patron: 'hanako' }, do: 'cancelOnline', args: { reservationId: 'r1' } }, reserve('2026-12-01T11:00:00+09:00')]))).toEqual([
      'steps.0.args.reservationId',
    ]);
    expect(paths(scenario([reserve('2026-12-01T10:00:00+09:00'), { at: '2026-12-01T10:00:00+09:00', actor: { patron: 'hanako' }, do: 'renewLoan', args: { loanId: 'r1' } }]))).toEqual([
      'steps.1.args.loanId',
    ]);
    expect(paths(scenario([reserve('2026-12-01T10:00:00+09:00'), reserve('2026-12-01T10:05:00+09:00')]))).toEqual(['steps.1.as']);
    expect(paths(scenario([{ at: '2026-12-01T10:00:00+09:00', actor: 'system', do: 'runApprovalBatch', as: 'x' } as never]))).toEqual(['steps.0.as']);
    expect(paths(scenario([{ at: '2026-12-01T10:00:00+09:00', actor: { patron: 'hanako' }, do: 'submitCart', args: { volumeIds: ['genji/1'] }, as: ['a', 'b'] }]))).toEqual(['steps.0.as']);
    expect(paths(scenario([{ at: '2026-12-01T10:00:00+09:00', expect: { reservation: 'r9', status: 'reserved' } }]))).toEqual(['steps.0.expect.reservation']);
  });

  it('refuses a refusal name that is neither a code nor a rule, and checks of an operation before any', () => {
    expect(paths(scenario([reserve('2026-12-01T10:00:00+09:00'), { expect: { refused: 'QUOTA_EXCEDED' } }]))).toEqual(['steps.1.expect.refused']);
    expect(paths(scenario([{ at: '2026-12-01T10:00:00+09:00', expect: { succeeded: true } }]))).toEqual(['steps.0.expect.succeeded']);
    expect(paths(scenario([{ at: '2026-12-01T10:00:00+09:00', expect: { status: 'reserved' } } as never]))).toEqual(['steps.0.expect.status']);
  });

  it('checks the library: policy overrides under library.policy, duplicate ids, unknown branches, starting loans', () => {
    expect(paths(scenario([], { policy: { maxOnline: 0 } }))).toEqual(['library.policy.maxOnline']);
    expect(paths(scenario([], { policy: { maxOnlne: 3 } as never }))).toEqual(['library.policy.maxOnlne']);
    expect(paths(scenario([], { policy: { maxOnline: 2 } }))).toEqual(['library.policy.maxOnlineAudiovisual']);
    expect(
      paths(
        scenario([], {
          patrons: [{ id: 'hanako' }, { id: 'hanako' }],
          titles: [{ id: 'genji', name: '源氏物語', copies: [{ id: 'c1', branch: 'kyoto' }, { id: 'c1', branch: 'akeno' }] }],
          loans: [{ id: 'l1', copy: 'c9', patron: 'hanako', lentAt: '2026-11-20T10:00:00+09:00', dueDate: '2026-12-04' }],
        }),
      ),
    ).toEqual(['library.patrons.1.id', 'library.titles.0.copies.0.branch', 'library.titles.0.copies.1.id', 'library.loans.0.copy']);
  });

  it('puts a starting loan’s copy on loan and makes its id an alias', () => {
    const prepared = parseScenario(
      scenario([{ at: '2026-12-01T10:00:00+09:00', actor: { patron: 'taro' }, do: 'renewLoan', args: { loanId: 'l1' } }], {
        loans: [{ id: 'l1', copy: 'genji-1', patron: 'taro', lentAt: '2026-11-20T10:00:00+09:00', dueDate: '2026-12-04' }],
      }),
    );
    expect(prepared.library.seed.copies[0]?.status).toBe('onLoan');
    expect(prepared.library.seed.loans[0]).toMatchObject({ id: 'l1', patronId: 'taro', copyId: 'genji-1', titleId: 'genji', lentAt: '2026-11-20T01:00:00.000Z', returnedAt: null });
  });

  it('builds a policy from the defaults alone with preset none', () => {
    const prepared = parseScenario(
      scenario([], { preset: 'none', policy: { branches: [{ id: 'main', nameJa: '中央図書館', nameRomaji: 'Main' }] }, titles: [{ id: 'genji', name: '源氏物語', copies: [{ id: 'c1', branch: 'main' }] }] }),
    );
    expect(prepared.library.policy.branches.map((b) => b.id)).toEqual(['main']);
  });
});
