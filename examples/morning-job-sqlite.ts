// The staff's morning job on a database adapter: every morning, after midnight in Japan, a
// scheduler (cron, a systemd timer) runs the approval batch (予約承認処理・予約取消承認処理, C1, F2),
// the hold expiry (D3) and the delivery of the notices (D1). It may fire on several servers (with
// SQLite, several processes sharing the file; with PostgreSQL, several machines): each job claims
// its date in the database first, so however many servers or retries run it, a day's job runs once.
//
// Here the library lives in a SQLite file in a temporary directory. A fixed clock walks through
// ten days in a few lines; in production, leave `clock` out and the storage reads the system clock.
//
//   npm run build && node --import tsx examples/morning-job-sqlite.ts
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createReservationService,
  fixedClock,
  hokutoPolicy,
  type Actor,
  type Clock,
  type JobSummary,
  type NoticeSender,
  type ReservationService,
  type ServiceResult,
} from 'yoyaku-rules';
import { createSqliteStorage } from 'yoyaku-rules/sqlite';

const SYSTEM: Actor = { kind: 'system' };
const policy = hokutoPolicy();

/** Opens the library's file, runs `work` with a service on it, and closes the file. */
async function withLibrary<T>(file: string, clock: Clock, serverId: string, work: (service: ReservationService) => Promise<T>): Promise<T> {
  const storage = createSqliteStorage({ filename: file, clock }); // migrates the schema when needed
  try {
    return await work(createReservationService(storage, policy, { serverId }));
  } finally {
    await storage.close();
  }
}

/** An instant as a time in Japan, for the log. */
function japanTime(instant: string): string {
  return `${new Date(Date.parse(instant) + 9 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')} JST`;
}

function summary(name: string, result: ServiceResult<JobSummary>, counts: readonly (keyof JobSummary)[]): JobSummary {
  if (!result.ok) throw new Error(`${name} failed: ${result.kind === 'error' ? result.code : result.refusals[0].code}`);
  const s = result.value;
  const what = s.claimed ? counts.map((key) => `${key} ${s[key]}`).join(', ') : 'claimed already, nothing done';
  console.log(`  ${name} for ${s.date}: ${what}`);
  return s;
}

/** The morning job, as one server runs it. */
async function morningJob(file: string, clock: Clock, serverId: string, mailer: NoticeSender) {
  console.log(`${japanTime(clock.now())}  morning job on ${serverId}`);
  return withLibrary(file, clock, serverId, async (service) => {
    const approval = summary('approval batch', await service.runApprovalBatch(SYSTEM), ['approved', 'rejected', 'cancelled', 'newHolds']);
    const expiry = summary('hold expiry', await service.runHoldExpiry(SYSTEM), ['lapsed', 'newHolds']);
    // After the jobs have committed: the notices they queued leave the outbox (at least once).
    const delivery = await service.deliverNotices(mailer);
    if (!delivery.ok) throw new Error('delivery failed');
    console.log(`  notices sent: ${delivery.value.sent}, failed: ${delivery.value.failed.length}`);
    return { approval, expiry, sent: delivery.value.sent };
  });
}

/** A mailer that prints instead of sending. A real one hands the mail to SMTP and resolves. */
const outbox: string[] = [];
const mailer: NoticeSender = async (notice) => {
  const lastDay = notice.payload['lastDay'];
  outbox.push(`${notice.to} ${lastDay}`);
  console.log(`  ✉ to ${notice.to ?? '(no address: telephone)'}: ${notice.subject} (collect by ${lastDay})`);
};

const dir = mkdtempSync(join(tmpdir(), 'yoyaku-morning-'));
const file = join(dir, 'library.db');
try {
  // Tuesday 1 December 2026, 20:00 in Japan: the library has one copy of 源氏物語 on the shelf at
  // Akeno; Hanako and then Taro reserve it online.
  // Seeding stands for your ILS's own patrons and catalogue; the ports do not create them.
  const clock = fixedClock('2026-12-01T20:00:00+09:00');
  const seeded = createSqliteStorage({ filename: file, clock });
  await seeded.seed({
    patrons: ['hanako', 'taro'].map((id) => ({
      id, cardNumber: `card-${id}`, email: `${id}@example.jp`,
      internetRegistered: true, unreachable: false, noticePrivacy: { showName: true, showTitle: true },
    })),
    titles: [{ id: 'genji', name: '源氏物語', category: 'book', audiovisual: false }],
    volumes: [{ id: 'genji/1', titleId: 'genji' }],
    copies: [{ id: 'genji-1', volumeId: 'genji/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: 'onShelf', version: 0 }],
  });
  await seeded.close();

  await withLibrary(file, clock, 'web-1', async (service) => {
    for (const [patronId, at] of [['hanako', '2026-12-01T20:00:00+09:00'], ['taro', '2026-12-01T20:30:00+09:00']] as const) {
      clock.set(at);
      const actor: Actor = { kind: 'patron', patronId, channel: 'online' };
      await service.addToCart(actor, { volumeId: 'genji/1', pickupBranchId: 'akeno' });
      const submitted = await service.submitCart(actor, { volumeIds: ['genji/1'] });
      const outcome = submitted.ok ? submitted.value[0] : undefined;
      assert.ok(outcome?.ok, `${patronId}'s request was placed`);
      console.log(`${japanTime(clock.now())}  ${patronId} reserves 源氏物語 online: 予約申請中`);
    }
  });

  // Wednesday 2 December, 07:00 in Japan (still 1 December in UTC): the first server's job
  // approves both requests and sets the copy on the shelf aside for Hanako, the first approved.
  clock.set('2026-12-02T07:00:00+09:00');
  const first = await morningJob(file, clock, 'server-a', mailer);
  assert.equal(first.approval.date, '2026-12-02');
  assert.deepEqual([first.approval.claimed, first.approval.approved, first.approval.newHolds], [true, 2, 1]);
  assert.equal(first.sent, 1);

  // The second server's scheduler fires too, a minute later: the day's jobs are claimed already.
  clock.set('2026-12-02T07:01:00+09:00');
  const second = await morningJob(file, clock, 'server-b', mailer);
  assert.deepEqual([second.approval.claimed, second.expiry.claimed, second.sent], [false, false, 0]);

  // Who ran the day's batch, as the database recorded it.
  const storage = createSqliteStorage({ filename: file, clock });
  const run = await storage.unitOfWork.run((tx) => tx.jobRuns.get('approval', '2026-12-02'));
  await storage.close();
  console.log(`  jobRuns: the approval batch of ${run?.date} was claimed by ${run?.owner} at ${japanTime(run?.claimedAt ?? '')}`);
  assert.equal(run?.owner, 'server-a');

  // Hanako does not come. Her hold's last day is 9 December (one week from the day after the
  // notice, D2). On the morning of the 10th the expiry lapses it without notice to her (D3) and
  // the copy goes to Taro, who gets his notice.
  clock.set('2026-12-10T07:00:00+09:00');
  const tenth = await morningJob(file, clock, 'server-b', mailer);
  assert.deepEqual([tenth.expiry.claimed, tenth.expiry.lapsed, tenth.expiry.newHolds, tenth.sent], [true, 1, 1, 1]);

  await withLibrary(file, clock, 'web-1', async (service) => {
    for (const patronId of ['hanako', 'taro']) {
      const list = await service.listReservations({ kind: 'patron', patronId, channel: 'online' });
      assert.ok(list.ok);
      for (const r of list.value.reservations) console.log(`  ${patronId}: ${r.status} (${r.label.ja})${r.lastDay === null ? '' : `, collect by ${r.lastDay}`}`);
    }
  });
  assert.deepEqual(outbox, ['hanako@example.jp 2026-12-09', 'taro@example.jp 2026-12-17']);
  console.log('\nmorning-job-sqlite: each day ran once, every notice went out once');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
