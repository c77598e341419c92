import type { Branch } from '../../model/branch.js';
import type { Instant } from '../../model/time.js';
import { formatLocalDate } from '../../notices/format-date.js';
import { COPY_STATUS_LABELS, RESERVATION_STATUS_LABELS } from '../../notices/labels.js';
import { shippedLocales, type LocaleRegistry, type MessageTable } from '../../notices/locale-registry.js';
import { formatRefusal } from '../../notices/refusal-messages.js';
import type { CopyStatus } from '../../model/material.js';
import type { ReservationStatus } from '../../model/reservation.js';
import type { JobSummary, LoanStatusPage, ReservationList } from '../../service/reservation-service.js';
import type { RefusalReport, ScenarioReport, ScenarioStepReport, StateChange } from './scenario-report.js';
import { formatInOffset, offsetLabel } from './scenario-offset.js';
import { displayWidth, padEnd, wrapLine } from './text-width.js';

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
   * One language for every label, date and refusal message (`en`, `ja`, `ja-easy`, or a locale of
   * `locales`). Default: Japanese and English side by side.
   */
  readonly locale?: string | undefined;
  /** The message tables, with the host's own. Default: the shipped ones. */
  readonly locales?: LocaleRegistry | undefined;
  /** Wrap lines to this many columns (`yoyaku run`: 80). Default: no wrapping. */
  readonly width?: number | undefined;
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

/** Labels, dates and messages in one language, or in Japanese and English side by side. */
class Words {
  constructor(
    private readonly table: MessageTable | null,
    private readonly registry: LocaleRegistry,
  ) {}

  get english(): boolean {
    return this.table !== null && !this.table.locale.startsWith('ja');
  }

  status(status: ReservationStatus | null): string {
    if (status === null) return this.table === null ? '新規 new' : this.english ? 'new' : '新規';
    if (this.table !== null) return this.table.statuses[status];
    const label = RESERVATION_STATUS_LABELS[status];
    return `${label.ja} ${label.en}`;
  }

  /** An expectation's message, its status names (`reserved (予約中)`) in the chosen language. */
  expectation(message: string): string {
    const table = this.table;
    if (table === null) return message;
    return message.replace(/\b([A-Za-z]+) \(([^()]+)\)/g, (whole, status: string, ja: string) =>
      status in RESERVATION_STATUS_LABELS && RESERVATION_STATUS_LABELS[status as ReservationStatus].ja === ja
        ? `${status} (${table.statuses[status as ReservationStatus]})`
        : whole,
    );
  }

  copy(status: CopyStatus): string {
    if (this.table !== null) return this.table.copyStatuses[status];
    const label = COPY_STATUS_LABELS[status];
    return `${label.ja} ${label.en}`;
  }

  date(date: string): string {
    return this.table === null ? formatLocalDate(date, 'ja') : this.table.formatDate(date);
  }

  heading(date: string): string {
    return this.table === null ? `${formatLocalDate(date, 'ja')}  ${formatLocalDate(date, 'en')}` : this.table.formatDate(date);
  }

  both(ja: string, en: string): string {
    if (this.table === null) return `${ja} ${en}`;
    return this.english ? en : ja;
  }

  refusal(r: RefusalReport): string[] {
    if (this.table === null) return [r.message.ja, r.message.en];
    return [formatRefusal(r, this.table.locale, undefined, this.registry)];
  }

  branch(branch: Branch | undefined, id: string): string {
    if (branch === undefined) return id;
    return this.table === null ? branch.nameJa : this.table.branchName(branch);
  }
}

class Timeline {
  private readonly lines: string[] = [];
  private readonly p: Paint;
  private readonly branchesById: ReadonlyMap<string, Branch>;
  private readonly w: Words;
  private readonly aliases: Map<string, string>;
  private actorWidth = 8;
  private operationWidth = 10;
  private date = '';
  private lastTime = '';
  private readonly width: number | undefined;

  constructor(private readonly report: TimelineHead, options: TimelineOptions) {
    this.p = paint(options.color ?? false);
    this.width = options.width;
    this.branchesById = new Map((options.branches ?? []).map((b) => [b.id, b]));
    const registry = options.locales ?? shippedLocales();
    this.w = new Words(options.locale === undefined ? null : registry.get(options.locale), registry);
    this.aliases = new Map(Object.entries(report.aliases).map(([alias, id]) => [id, alias]));
    for (const s of report.steps) {
      this.actorWidth = Math.max(this.actorWidth, displayWidth(this.actor(s)));
      this.operationWidth = Math.max(this.operationWidth, displayWidth(s.operation ?? ''));
    }
  }

  private time(at: Instant): string {
    return formatInOffset(at, this.report.offset ?? '+09:00', 'HH:mm');
  }

  private get indent(): string {
    return ' '.repeat(2 + 5 + 2 + this.actorWidth + 2);
  }

  private branch(id: string): string {
    return this.w.branch(this.branchesById.get(id), id);
  }

  private actor(step: Pick<ScenarioStepReport, 'kind' | 'actor' | 'passed'>): string {
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
    if (step.operation === 'submitCart' && Array.isArray(step.value)) {
      const outcomes = step.value as readonly { readonly ok: boolean }[];
      const placed = outcomes.filter((o) => o.ok).length;
      parts.push(`· ${placed} placed${outcomes.length > placed ? `, ${outcomes.length - placed} refused` : ''}`);
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
          c.to === 'onHold' && c.lastDay !== undefined ? `collect by ${this.w.date(c.lastDay)}` : null,
          c.to === 'lapsed' ? 'no notice sent' : null,
          c.reasons === undefined ? null : `for ${c.reasons.join(', ')}`,
        ].filter((f): f is string => f !== null);
        const to = c.to === 'rejected' || c.to === 'lapsed' || c.to === 'cancelled' ? p.warn(this.w.status(c.to)) : p.bold(this.w.status(c.to));
        return [`◆ ${this.alias(c)}  ${this.w.status(c.from)} → ${to}${facts.length ? `  (${facts.join(' · ')})` : ''}`];
      }
      case 'cancellationRequested':
        return [`◆ ${this.alias(c)}  cancellation received, finalised by the next approval batch`];
      case 'pickupChanged':
        return [`◆ ${this.alias(c)}  pickup ${this.branch(c.from)} → ${this.branch(c.to)}`];
      case 'copy': {
        const where = (b: string): string => `@${b}`;
        return [`▪ copy ${c.copyId}  ${this.w.copy(c.from.status)} ${where(c.from.branchId)} → ${this.w.copy(c.to.status)} ${where(c.to.branchId)}`];
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
        const lastDay = typeof c.payload['lastDay'] === 'string' ? ` · ${this.w.both('取置期限', 'collect by')} ${c.payload['lastDay']}` : '';
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
          this.w.status(r.status),
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
          l.overdue ? this.p.bad(this.w.both('延滞', 'overdue')) : null,
          l.reserved ? this.w.both('予約「有」', 'someone waits') : null,
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
    const time = showTime ? this.time(s.at) : '     ';
    if (s.kind === 'expectation') {
      const mark = s.passed ? p.ok(padEnd(this.actor(s), this.actorWidth)) : p.bad(padEnd(this.actor(s), this.actorWidth));
      const message = this.w.expectation(s.message);
      const text = s.passed ? message : p.bad(message);
      this.lines.push(`  ${time}  ${mark}  ${text}`);
      if (s.note !== undefined) this.lines.push(`${this.indent}${p.dim(`# ${s.note}`)}`);
    } else {
      const outcome = s.outcome === 'ok' ? '' : s.outcome === 'refused' ? `  ${p.warn('✗ refused')}` : `  ${p.bad('‼ error')}`;
      const head = `  ${time}  ${padEnd(this.actor(s), this.actorWidth)}  ${padEnd(s.operation ?? '', this.operationWidth)}  ${this.details(s)}`;
      this.lines.push(`${head.trimEnd()}${outcome}`);
      if (s.note !== undefined) this.lines.push(`${this.indent}${p.dim(`# ${s.note}`)}`);
      for (const r of s.refusals ?? []) {
        this.lines.push(`${this.indent}${p.warn(`✗ [${r.rule}] ${r.code}`)}${r.volumeId === undefined ? '' : ` (${r.volumeId})`}`);
        for (const line of this.w.refusal(r)) this.lines.push(`${this.indent}    ${line}`);
      }
      if (s.error !== undefined) this.lines.push(`${this.indent}${p.bad(`‼ ${s.error.code}: ${s.error.message}`)}`);
      for (const line of this.view(s)) this.lines.push(`${this.indent}${line}`);
    }
    for (const c of s.changes) for (const line of this.change(c)) this.lines.push(`${this.indent}${line}`);
  }

  /** Takes the lines written so far, wrapped to the width asked for. */
  private flush(): string {
    const width = this.width;
    const lines = width === undefined ? this.lines : this.lines.flatMap((l) => wrapLine(l, width));
    const text = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
    this.lines.length = 0;
    return text;
  }

  header(): string {
    const { p, report } = this;
    this.lines.push(p.bold(report.name));
    if (report.description !== undefined) this.lines.push(report.description);
    if (report.rules.length > 0) this.lines.push(`Rules: ${report.rules.join(' ')}`);
    return this.flush();
  }

  /** The lines of one step, with the day's heading when it starts a day. */
  stepText(s: ScenarioStepReport): string {
    const { p } = this;
    for (const [alias, id] of Object.entries(s.bound ?? {})) this.aliases.set(id, alias);
    if (s.date !== this.date) {
      this.date = s.date;
      this.lastTime = '';
      const heading = `■ ${this.w.heading(s.date)}`;
      this.lines.push('', p.bold(`${heading} ${'─'.repeat(Math.max(3, 72 - displayWidth(heading)))}`));
    }
    const t = this.time(s.at);
    this.step(s, t !== this.lastTime);
    this.lastTime = t;
    return this.flush();
  }

  footer(report: ScenarioReport): string {
    const { p } = this;
    const { operations, refused, expectations, failed } = report.summary;
    const verdict = report.passed ? p.ok('✓ passed') : p.bad(`✗ ${failed} failed`);
    this.lines.push('', '─'.repeat(72));
    const stopped = report.complete ? '' : ` · stopped before step ${(report.nextStep ?? 0) + 1}`;
    this.lines.push(`${operations} operations (${refused} refused) · ${expectations} checks · ${verdict}${stopped}`);
    for (const s of report.steps.filter((x) => x.passed === false)) {
      this.lines.push(p.bad(`  step ${s.index + 1} (${formatInOffset(s.at, this.report.offset ?? '+09:00')} ${offsetLabel(this.report.offset ?? '+09:00')}): ${s.message}`));
    }
    return this.flush();
  }
}

/**
 * What a timeline needs before the first step: the scenario's name, description, rules and
 * offset, the aliases bound already, and its steps' actors and operations (for the columns).
 * @category Testing
 * @example
 * const head: TimelineHead = { name: 'demo', rules: [], aliases: {}, steps: [] };
 */
export interface TimelineHead {
  readonly name: string;
  readonly description?: string | undefined;
  readonly rules: readonly string[];
  readonly offset?: string | undefined;
  readonly aliases: Readonly<Record<string, string>>;
  readonly steps: readonly Pick<ScenarioStepReport, 'kind' | 'actor' | 'operation' | 'passed'>[];
}

/**
 * A timeline written as a scenario plays: its header, then each step's lines as the step is
 * reported (`onStep` of {@link runScenario}), then the summary. `yoyaku run` streams with it.
 * @category Testing
 * @example
 * const stream = timelineStream(head, { branches });
 * process.stdout.write(stream.header());
 * const report = await runScenario(scenario, { onStep: (s) => process.stdout.write(stream.step(s)) });
 * process.stdout.write(stream.footer(report));
 */
export interface TimelineStream {
  header(): string;
  step(step: ScenarioStepReport): string;
  footer(report: ScenarioReport): string;
}

/**
 * Starts a {@link TimelineStream}: the same lines as {@link formatScenarioTimeline}, a step at a
 * time.
 * @param head - the scenario before its first step
 * @param options - branch names, colours, one language
 * @returns the stream
 * @category Testing
 * @example
 * const stream = timelineStream({ name: 'demo', rules: [], aliases: {}, steps: [] });
 */
export function timelineStream(head: TimelineHead, options: TimelineOptions = {}): TimelineStream {
  const timeline = new Timeline(head, options);
  return { header: () => timeline.header(), step: (s) => timeline.stepText(s), footer: (r) => timeline.footer(r) };
}

/**
 * A scenario report as a day-by-day timeline for people: a heading per Japan date, then per step
 * the time in Japan, who acted, what they did, and under it each refusal (rule, code, Japanese and
 * English message), each change of state, and each notice queued; expectations show ✓ or ✗.
 * The `yoyaku run` command prints it.
 * @param report - the report of {@link runScenario}
 * @param options - branch names and colours
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
  const timeline = new Timeline(report, options);
  return [timeline.header(), ...report.steps.map((s) => timeline.stepText(s)), timeline.footer(report)].join('');
}
