import type { DomainEvent } from '../../../model/domain-event.js';
import { ANONYMISED_PATRON_ID, type EventActor, type EventLog, type EventRecord } from '../../../ports/event-log.js';
import { YoyakuError } from '../../../errors/yoyaku-error.js';
import type { SqlRow, SqlSession, SqlStoreConfig } from '../sql-session.js';

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** An events row in the port's shape; a row whose event is not a JSON object is an `INVALID_RECORD`. */
function eventFromRow(row: SqlRow, config: SqlStoreConfig): EventRecord {
  const event = config.dialect.readJson(row['event']);
  const seq = Number(row['seq']);
  if (typeof event !== 'object' || event === null || Array.isArray(event) || !Number.isSafeInteger(seq))
    throw new YoyakuError('INVALID_RECORD', `events record ${String(row['seq'])}`, { details: { table: 'events', id: String(row['seq']) } });
  const actor: EventActor = {
    kind: row['actor_kind'] === 'patron' || row['actor_kind'] === 'staff' ? row['actor_kind'] : 'system',
    ...(optionalText(row['staff_id']) === undefined ? {} : { staffId: optionalText(row['staff_id']) }),
    ...(optionalText(row['branch_id']) === undefined ? {} : { branchId: optionalText(row['branch_id']) }),
  };
  return { seq, recordedAt: String(row['recorded_at']), actor, event: event as DomainEvent };
}

function copyOf(event: DomainEvent): string | null {
  return 'copyId' in event && typeof event.copyId === 'string' ? event.copyId : null;
}

/** The event log of one SQL unit of work. */
export function sqlEvents(session: SqlSession, config: SqlStoreConfig): EventLog {
  const list = async (column: string, value: string) =>
    (await session.all(`SELECT * FROM events WHERE ${column} = ? ORDER BY seq`, [value])).map((row) => eventFromRow(row, config));
  const anonymised =
    config.dialect.engine === 'postgres'
      ? `event = jsonb_set(event, '{patronId}', to_jsonb(?::text))`
      : `event = json_set(event, '$.patronId', ?)`;
  return {
    async append(entries) {
      for (const entry of entries) {
        await session.run(
          'INSERT INTO events (recorded_at, type, reservation_id, patron_id, copy_id, actor_kind, staff_id, branch_id, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [
            entry.recordedAt,
            entry.event.type,
            entry.event.reservationId,
            entry.event.patronId,
            copyOf(entry.event),
            entry.actor.kind,
            entry.actor.staffId ?? null,
            entry.actor.branchId ?? null,
            JSON.stringify(entry.event),
          ],
        );
      }
    },
    listByReservation: (reservationId) => list('reservation_id', reservationId),
    listByCopy: (copyId) => list('copy_id', copyId),
    listByPatron: (patronId) => list('patron_id', patronId),
    anonymiseReservation: (reservationId) =>
      session.run(`UPDATE events SET patron_id = ?, ${anonymised} WHERE reservation_id = ? AND patron_id <> ?`, [
        ANONYMISED_PATRON_ID,
        ANONYMISED_PATRON_ID,
        reservationId,
        ANONYMISED_PATRON_ID,
      ]),
  };
}
