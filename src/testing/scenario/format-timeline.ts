import type { Branch } from '../../model/branch.js';
import type { Instant } from '../../model/time.js';
import { formatLocalDate } from '../../notices/format-date.js';
import { RESERVATION_STATUS_LABELS, type BilingualText, type Locale } from '../../notices/labels.js';
import type { JobSummary, LoanStatusPage, ReservationList } from '../../service/reservation-service.js';
import type { ScenarioReport, ScenarioStepReport, StateChange } from './scenario-report.js';
import { displayWidth, padEnd } from './text-width.js';

/**
 * Options of {@link formatScenarioTimeline}.
 * @category Testing
 * @example
 * const options: TimelineOptions = { branches: hokutoPolicy().branches, color: process.stdout.isTTY };
 */
export interface TimelineOptions {
  /** The library's branches, to name pickup libraries in Japanese. Default: ids only. */
  readonly branches?: readonly Branch[] | undefined;
  /** ANSI colours for passed, failed and refused steps. Default `false`. */
  readonly color?: boolean | undefined;
  /**
   * Show one language where the timeline is bilingual (dates, statuses, refusal messages, branch
   * names). Default: Japanese and English side by side, as `yoyaku run` prints it.
   */
  readonly locale?: Locale | undefined;
}

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

function jstTime(at: Instant): string {
  const d = new Date(Date.parse(at) + JST_OFFSET_MS);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

interface Paint {
  ok(text: string): string;
  bad(text: string): string;
  warn(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

function paint(color: boolean): Paint {
  const wrap = (code: string) => (text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  return { ok: wrap('32'), bad: wrap('31'), warn: wrap('33'), dim: wrap('2'), bold: wrap('1') };
}

/** A bilingual text as the timeline shows it: both languages, or the one asked for. */
function say(text: BilingualText, locale: Locale | undefined): string {
  return locale === undefined ? `${text.ja} ${text.en}` : text[locale];
}

function statusText(status: keyof typeof RESERVATION_STATUS_LABELS | null, locale: Locale | undefined): string {
  return say(status === null ? { ja: '新規', en: 'new' } : RESERVATION_STATUS_LABELS[status], locale);
}

class Timeline {
  private readonly lines: string[] = [];
  private readonly p: Paint;
  private readonly branchNames: ReadonlyMap<string, string>;
  private readonly aliases: ReadonlyMap<string, string>;
  private readonly locale: Locale | undefined;
  private actorWidth = 8;
  private operationWidth = 10;

  constructor(private readonly report: ScenarioReport, options: TimelineOptions) {
    this.p = paint(options.color ?? false);
    this.locale = options.locale;
    this.branchNames = new Map((options.branches ?? []).map((b) => [b.id, options.locale === 'en' ? b.nameRomaji : b.nameJa]));
    this.aliases = new Map(Object.entries(report.aliases).map(([alias, id]) => [id, alias]));
    for (const s of report.steps) {
      this.actorWidth = Math.max(this.actorWidth, displayWidth(this.actor(s)));
      this.operationWidth = Math.max(this.operationWidth, displayWidth(s.operation ?? ''));
    }
  }

  private get indent(): string {
    return ' '.repeat(2 + 5 + 2 + this.actorWidth + 2);
  }

  private branch(id: string): string {
    const name = this.branchNames.get(id);
    return name === undefined ? id : `${name}`;
  }

  private actor(step: ScenarioStepReport): string {
    if (step.kind === 'expectation') return step.passed ? '✓ check' : '✗ check';
    const a = step.actor;
    if (a === undefined || a.kind === 'system') return 'system';
    if (a.kind === 'staff') return `staff·${a.branchId}`;
    return a.channel === 'online' ? a.patronId : `${a.patronId} (${a.channel})`;
  }

  private alias(change: { alias?: string | undefined; reservationId: string }): string {
    return change.alias ?? change.reservationId;
  }

  private details(step: ScenarioStepReport): string {
    const args = step.args ?? {};
    const parts: string[] = [];
    const volumeIds = args['volumeIds'];
    if (Array.isArray(volumeIds)) parts.push(volumeIds.length > 3 ? `${volumeIds.length} volumes` : volumeIds.join(', '));
    for (const key of ['volumeId', 'copyId', 'reservationId', 'loanId']) {
      if (typeof args[key] === 'string') parts.push(String(args[key]));
    }
    if (typeof args['patronId'] === 'string') parts.push(`for ${String(args['patronId'])}`);
    if (typeof args['pickupBranchId'] === 'string') parts.push(`→ ${this.branch(String(args['pickupBranchId']))}`);
    for (const key of ['registered', 'unreachable', 'showName', 'showTitle', 'confirmed']) {
      if (typeof args[key] === 'boolean') parts.push(`${key}: ${String(args[key])}`);
    }
    if (typeof args['date'] === 'string') parts.push(String(args['date']));
    const aliases = Object.keys(step.bound ?? {});
    if (aliases.length > 0) parts.push(`as ${aliases.length > 3 ? `${aliases[0]} … ${aliases[aliases.length - 1]}` : aliases.join(', ')}`);
    const job = step.operation === 'runApprovalBatch' || step.operation === 'runHoldExpiry' ? (step.value as JobSummary | undefined) : undefined;
    if (job !== undefined) {
      const counts: readonly (readonly [keyof JobSummary, string])[] =
        step.operation === 'runApprovalBatch'
          ? [['approved', 'approved'], ['rejected', 'rejected'], ['cancelled', 'cancellations'], ['newHolds', 'new holds']]
          : [['lapsed', 'lapsed'], ['newHolds', 'new holds']];
      const done = counts.filter(([k]) => job[k] !== 0);
      const what = done.length === 0 ? 'nothing to do' : done.map(([k, name]) => `${name} ${String(job[k])}`).join(' · ');
      parts.push(job.claimed ? `${job.date}: ${what}` : `${job.date}: already run, nothing done`);
    }
    return parts.join(' ');
  }

  private change(c: StateChange): string[] {
    const { p } = this;
    switch (c.type) {
      case 'reservation': {
        const facts = [
          c.from === null ? `${c.patronId} · ${c.volumeId} · ${c.channel}` : null,
          c.queuePosition === undefined ? null : `queue ${c.queuePosition}`,
          c.to === 'onHold' && c.lastDay !== undefined ? `collect by ${formatLocalDate(c.lastDay, this.locale ?? 'ja')}` : null,
          c.to === 'lapsed' ? 'no notice sent' : null,
          c.reasons === undefined ? null : `for ${c.reasons.join(', ')}`,
        ].filter((f): f is string => f !== null);
        const status = statusText(c.to, this.locale);
        const to = c.to === 'rejected' || c.to === 'lapsed' || c.to === 'cancelled' ? p.warn(status) : p.bold(status);
        return [`◆ ${this.alias(c)}  ${statusText(c.from, this.locale)} → ${to}${facts.length ? `  (${facts.join(' · ')})` : ''}`];
      }
      case 'cancellationRequested':
        return [`◆ ${this.alias(c)}  cancellation received, finalised by the next approval batch`];
      case 'pickupChanged':
        return [`◆ ${this.alias(c)}  pickup ${this.branch(c.from)} → ${this.branch(c.to)}`];
      case 'copy': {
        const where = (b: string): string => `@${b}`;
        return [`▪ copy ${c.copyId}  ${say(c.label.from, this.locale)} ${where(c.from.branchId)} → ${say(c.label.to, this.locale)} ${where(c.to.branchId)}`];
      }
      case 'loan': {
        const name = c.alias ?? c.loanId;
        if (c.event === 'lent') return [`▪ loan ${name}  copy ${c.copyId} lent to ${c.patronId}, due ${c.dueDate}`];
        if (c.event === 'returned') return [`▪ loan ${name}  copy ${c.copyId} returned by ${c.patronId}`];
        return [`▪ loan ${name}  renewed, due ${c.dueDate}`];
      }
      case 'notice': {
        const about = c.alias ?? c.reservationId;
        const subject = typeof c.payload['subject'] === 'string' ? c.payload['subject'] : c.kind;
        const body = typeof c.payload['body'] === 'string' ? c.payload['body'] : '';
        const salutation = body.split('\n')[0] ?? '';
        const lastDay = typeof c.payload['lastDay'] === 'string' ? ` · ${this.locale === 'en' ? 'collect by' : '取置期限'} ${c.payload['lastDay']}` : '';
        return [`✉ notice to ${c.patronId}${about === undefined ? '' : ` about ${about}`}: ${subject}`, `    ${salutation}${lastDay}`];
      }
      case 'patron':
        return [`▪ patron ${c.patronId}: ${c.fields.join(', ')} changed`];
      case 'cart':
      case 'favourites': {
        const list = c.type === 'cart' ? 'cart' : 'favourites';
        const diff = [...c.added.map((v) => `+${v}`), ...c.removed.map((v) => `−${v}`)].join(' ');
        return [`▪ ${list} of ${c.patronId}: ${diff}`];
      }
    }
  }

  /** What a patron's page showed: the reservation list (F1) or the loan status page (G1–G4). */
  private view(s: ScenarioStepReport): string[] {
    if (s.outcome !== 'ok') return [];
    if (s.operation === 'listReservations') {
      return (s.value as ReservationList).reservations.map((r) => {
        const facts = [
          say(r.label, this.locale),
          r.queuePosition === null ? null : `queue ${r.queuePosition}`,
          r.lastDay === null ? null : `collect by ${r.lastDay}`,
          r.cancellationPending ? 'cancellation pending' : null,
        ].filter((f): f is string => f !== null);
        const item = r.volumeLabel === null ? r.title : `${r.title}（${r.volumeLabel}）`;
        return `☰ ${this.aliasOf(r.reservationId)}  ${item}  ${facts.join(' · ')}`;
      });
    }
    if (s.operation === 'loanStatusPage') {
      return (s.value as LoanStatusPage).loans.map((l) => {
        const facts = [
          `due ${l.dueDate}`,
          l.overdue ? this.p.bad(say({ ja: '延滞', en: 'overdue' }, this.locale)) : null,
          l.reserved ? say({ ja: '予約「有」', en: 'someone waits' }, this.locale) : null,
          l.renewable ? 'renewable' : 'no renewal',
        ].filter((f): f is string => f !== null);
        return `☰ ${this.aliasOf(l.loanId)}  ${l.title}  ${facts.join(' · ')}`;
      });
    }
    return [];
  }

  private aliasOf(id: string): string {
    return this.aliases.get(id) ?? id;
  }

  private step(s: ScenarioStepReport, showTime: boolean): void {
    const { p } = this;
    const time = showTime ? jstTime(s.at) : '     ';
    if (s.kind === 'expectation') {
      const mark = s.passed ? p.ok(padEnd(this.actor(s), this.actorWidth)) : p.bad(padEnd(this.actor(s), this.actorWidth));
      const text = s.passed ? s.message : p.bad(s.message);
      this.lines.push(`  ${time}  ${mark}  ${text}`);
      if (s.note !== undefined) this.lines.push(`${this.indent}${p.dim(`# ${s.note}`)}`);
    } else {
      const outcome = s.outcome === 'ok' ? '' : s.outcome === 'refused' ? `  ${p.warn('✗ refused')}` : `  ${p.bad('‼ error')}`;
      const head = `  ${time}  ${padEnd(this.actor(s), this.actorWidth)}  ${padEnd(s.operation ?? '', this.operationWidth)}  ${this.details(s)}`;
      this.lines.push(`${head.trimEnd()}${outcome}`);
      if (s.note !== undefined) this.lines.push(`${this.indent}${p.dim(`# ${s.note}`)}`);
      for (const r of s.refusals ?? []) {
        this.lines.push(`${this.indent}${p.warn(`✗ [${r.rule}] ${r.code}`)}${r.volumeId === undefined ? '' : ` (${r.volumeId})`}`);
        for (const locale of this.locale === undefined ? (['ja', 'en'] as const) : [this.locale]) {
          this.lines.push(`${this.indent}    ${r.message[locale]}`);
        }
      }
      if (s.error !== undefined) this.lines.push(`${this.indent}${p.bad(`‼ ${s.error.code}: ${s.error.message}`)}`);
      for (const line of this.view(s)) this.lines.push(`${this.indent}${line}`);
    }
    for (const c of s.changes) for (const line of this.change(c)) this.lines.push(`${this.indent}${line}`);
  }

  render(): string {
    const { p, report } = this;
    this.lines.push(p.bold(report.name));
    if (report.description !== undefined) this.lines.push(report.description);
    if (report.rules.length > 0) this.lines.push(`Rules: ${report.rules.join(' ')}`);
    let date = '';
    let time = '';
    for (const s of report.steps) {
      if (s.date !== date) {
        date = s.date;
        time = '';
        const dates = (this.locale === undefined ? (['ja', 'en'] as const) : [this.locale]).map((l) => formatLocalDate(s.date, l));
        const heading = `■ ${dates.join('  ')}`;
        this.lines.push('', p.bold(`${heading} ${'─'.repeat(Math.max(3, 72 - displayWidth(heading)))}`));
      }
      const t = jstTime(s.at);
      this.step(s, t !== time);
      time = t;
    }
    const { operations, refused, expectations, failed } = report.summary;
    const verdict = report.passed ? p.ok('✓ passed') : p.bad(`✗ ${failed} failed`);
    this.lines.push('', '─'.repeat(72));
    const stopped = report.complete ? '' : ` · stopped before step ${report.nextStep}`;
    this.lines.push(`${operations} operations (${refused} refused) · ${expectations} checks · ${verdict}${stopped}`);
    for (const s of report.steps.filter((x) => x.passed === false)) {
      this.lines.push(p.bad(`  step ${s.index} (${s.date} ${jstTime(s.at)} JST): ${s.message}`));
    }
    return `${this.lines.join('\n')}\n`;
  }
}

/**
 * A scenario report as a day-by-day timeline for people: a heading per Japan date, then per step
 * the time in Japan, who acted, what they did, and under it each refusal (rule, code, Japanese and
 * English message), each change of state, and each notice queued; expectations show ✓ or ✗.
 * The `yoyaku run` command prints it.
 * @param report - the report of {@link runScenario}
 * @param options - branch names, colours, one language
 * @returns the timeline, one line per fact, ending with a newline
 * @category Testing
 * @example
 * const report = await runScenario(scenario);
 * process.stdout.write(formatScenarioTimeline(report, { branches: hokutoPolicy().branches }));
 * // ■ 2026年12月1日（火）  Tuesday, 1 December 2026 ──────────
 * //   10:00  hanako    reserveOnline  genji/1 → 明野図書館 as r1
 * //                     ◆ r1  新規 new → 予約申請中 Requested  (hanako · genji/1 · online)
 */
export function formatScenarioTimeline(report: ScenarioReport, options: TimelineOptions = {}): string {
  return new Timeline(report, options).render();
}
