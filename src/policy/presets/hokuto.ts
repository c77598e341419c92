import { parsePolicy } from '../parse-policy.js';
import type { Policy, PolicyInput } from '../schema.js';

const JAPAN_HOLIDAYS_2025_2027 = [
  '2025-01-01', '2025-01-13', '2025-02-11', '2025-02-24', '2025-03-20', '2025-04-29', '2025-05-05',
  '2025-05-06', '2025-07-21', '2025-08-11', '2025-09-15', '2025-09-23', '2025-10-13', '2025-11-03',
  '2025-11-24',
  '2026-01-01', '2026-01-12', '2026-02-11', '2026-02-23', '2026-03-20', '2026-04-29', '2026-05-04',
  '2026-05-05', '2026-05-06', '2026-07-20', '2026-08-11', '2026-09-21', '2026-09-22', '2026-09-23',
  '2026-10-12', '2026-11-03', '2026-11-23',
  '2027-01-01', '2027-01-11', '2027-02-11', '2027-02-23', '2027-03-22', '2027-04-29', '2027-05-03',
  '2027-05-04', '2027-05-05', '2027-07-19', '2027-08-11', '2027-09-20', '2027-09-23', '2027-10-11',
  '2027-11-03', '2027-11-23',
];

const standardCalendar = {
  closedWeekdays: [1],
  holidayShiftsClosure: true,
  yearEnd: { from: '12-28', to: '01-04' },
};

/**
 * The Hokuto City Library preset as input data: the eight city libraries of the guide (H1),
 * the local history museum (E5, never a pickup point), their calendars and the guide's
 * numbers. Calendars are illustrative data (closed Mondays, open on a holiday Monday and closed
 * the next day, year-end closure, national holidays 2025–2027); a host replaces them with its own.
 * @category Policy
 * @example
 * const input = { ...HOKUTO_POLICY_INPUT, maxOnline: 10 };
 * const policy = parsePolicy(input);
 */
export const HOKUTO_POLICY_INPUT = {
  maxOnline: 7,
  maxOnlineAudiovisual: 3,
  holdDays: 7,
  branches: [
    { id: 'akeno', kind: 'library', nameJa: '明野図書館', nameRomaji: 'Akeno Library', phone: '0551-25-3285', pickup: true },
    { id: 'sutama', kind: 'library', nameJa: 'すたま森の図書館', nameRomaji: 'Sutama Forest Library', phone: '0551-20-6112', pickup: true },
    { id: 'takane', kind: 'library', nameJa: 'たかね図書館', nameRomaji: 'Takane Library', phone: '0551-47-4784', pickup: true },
    { id: 'nagasaka', kind: 'library', nameJa: 'ながさか図書館', nameRomaji: 'Nagasaka Library', phone: '0551-32-8228', pickup: true },
    { id: 'kindaichi', kind: 'library', nameJa: '金田一春彦記念図書館', nameRomaji: 'Kindaichi Haruhiko Memorial Library', phone: '0551-38-1211', pickup: true },
    { id: 'kobuchizawa', kind: 'library', nameJa: '小淵沢図書館', nameRomaji: 'Kobuchizawa Library', phone: '0551-42-1203', pickup: true },
    { id: 'hakushu', kind: 'library', nameJa: 'ライブラリーはくしゅう', nameRomaji: 'Library Hakushu', phone: '0551-35-5070', pickup: true },
    { id: 'mukawa', kind: 'library', nameJa: 'むかわ図書館', nameRomaji: 'Mukawa Library', phone: '0551-20-3019', pickup: true },
    { id: 'museum', kind: 'museum', nameJa: '北杜市郷土資料館', nameRomaji: 'Hokuto City Local History Museum', pickup: false },
  ],
  calendars: {
    akeno: standardCalendar,
    sutama: standardCalendar,
    takane: standardCalendar,
    nagasaka: { ...standardCalendar, closedDates: ['2026-12-24'] },
    kindaichi: standardCalendar,
    kobuchizawa: standardCalendar,
    hakushu: { ...standardCalendar, closedWeekdays: [1, 2], holidayShiftsClosure: false },
    mukawa: standardCalendar,
    museum: { closedWeekdays: [1, 2], yearEnd: { from: '12-28', to: '01-04' } },
  },
  holidays: JAPAN_HOLIDAYS_2025_2027,
} as const satisfies PolicyInput;

/**
 * The parsed Hokuto preset, optionally with overrides applied on top (shallow).
 * @param overrides - knobs to change, as policy input
 * @returns the parsed policy
 * @throws {@link YoyakuError} `INVALID_POLICY` when the overrides are invalid
 * @category Policy
 * @example
 * const policy = hokutoPolicy();
 * policy.branches.filter((b) => b.pickup).length; // 8
 * @example
 * hokutoPolicy({ holdCounting: 'openDays' }).holdCounting; // 'openDays'
 */
export function hokutoPolicy(overrides: PolicyInput = {}): Policy {
  return parsePolicy({ ...HOKUTO_POLICY_INPUT, ...overrides });
}
