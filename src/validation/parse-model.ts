import { parseOrThrow } from '../errors/yoyaku-error.js';
import type { Loan } from '../model/loan.js';
import type { Copy, Title, Volume } from '../model/material.js';
import type { Patron } from '../model/patron.js';
import type { Reservation } from '../model/reservation.js';
import {
  CopyRecordSchema,
  LoanRecordSchema,
  PatronRecordSchema,
  ReservationRecordSchema,
  TitleRecordSchema,
  VolumeRecordSchema,
} from '../ports/record-schemas.js';

const PatronSchema = PatronRecordSchema.omit({ version: true });

// The pure core trusts its arguments (zod at the edges only): a host that feeds it data from
// outside (JSON, a message queue, its own database) parses it with these first.

/**
 * Validates outside data as a {@link Reservation}: each status with exactly its own fields,
 * instants normalised to UTC.
 * @param input - data from outside the program
 * @returns the reservation
 * @throws {@link YoyakuError} `INVALID_INPUT` with the zod issues (paths, never values)
 * @category Model
 * @example
 * const r = parseReservation(JSON.parse(body));
 * @example
 * parseReservation({ id: 'r-1', status: 'shelved' }); // throws YoyakuError INVALID_INPUT
 */
export function parseReservation(input: unknown): Reservation {
  return parseOrThrow(ReservationRecordSchema, input, 'INVALID_INPUT', 'reservation') as Reservation;
}

/**
 * Validates outside data as a {@link Patron}.
 * @param input - data from outside the program
 * @returns the patron
 * @throws {@link YoyakuError} `INVALID_INPUT`; its message never contains the patron's data
 * @category Model
 * @example
 * const patron = parsePatron({
 *   id: 'p-1', cardNumber: '0123456789', email: 'hanako@example.jp', internetRegistered: true,
 *   unreachable: false, noticePrivacy: { showName: true, showTitle: true },
 * });
 */
export function parsePatron(input: unknown): Patron {
  return parseOrThrow(PatronSchema, input, 'INVALID_INPUT', 'patron');
}

/**
 * Validates outside data as a {@link Title}.
 * @param input - data from outside the program
 * @returns the title
 * @throws {@link YoyakuError} `INVALID_INPUT`
 * @category Model
 * @example
 * parseTitle({ id: 't-1', name: '源氏物語', category: 'book', audiovisual: false }).name; // '源氏物語'
 */
export function parseTitle(input: unknown): Title {
  return parseOrThrow(TitleRecordSchema, input, 'INVALID_INPUT', 'title');
}

/**
 * Validates outside data as a {@link Volume}.
 * @param input - data from outside the program
 * @returns the volume
 * @throws {@link YoyakuError} `INVALID_INPUT`
 * @category Model
 * @example
 * parseVolume({ id: 't-1/1', titleId: 't-1', label: '上' }).label; // '上'
 */
export function parseVolume(input: unknown): Volume {
  return parseOrThrow(VolumeRecordSchema, input, 'INVALID_INPUT', 'volume');
}

/**
 * Validates outside data as a {@link Copy}.
 * @param input - data from outside the program
 * @returns the copy
 * @throws {@link YoyakuError} `INVALID_INPUT`
 * @category Model
 * @example
 * parseCopy({ id: 'c-1', volumeId: 't-1/1', ownerBranchId: 'museum', locationBranchId: 'museum', status: 'onShelf', version: 0 });
 */
export function parseCopy(input: unknown): Copy {
  return parseOrThrow(CopyRecordSchema, input, 'INVALID_INPUT', 'copy');
}

/**
 * Validates outside data as a {@link Loan}.
 * @param input - data from outside the program
 * @returns the loan
 * @throws {@link YoyakuError} `INVALID_INPUT`
 * @category Model
 * @example
 * parseLoan({
 *   id: 'l-1', patronId: 'p-1', copyId: 'c-1', volumeId: 't-1/1', titleId: 't-1', branchId: 'akeno',
 *   lentAt: '2026-12-05T01:00:00Z', dueDate: '2026-12-19', renewals: 0, returnedAt: null, version: 0,
 * }).lentAt; // '2026-12-05T01:00:00.000Z'
 */
export function parseLoan(input: unknown): Loan {
  return parseOrThrow(LoanRecordSchema, input, 'INVALID_INPUT', 'loan');
}
