import * as z from 'zod';
import { formatIssuePath, parseOrThrow, unknownFieldIssues, YoyakuError, type YoyakuIssue } from '../errors/yoyaku-error.js';
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

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields of `input` that the parsed value left out (the schemas drop unknown fields), by path. Absent-as-null fields (`null`) are not counted. */
function unknownFields(input: unknown, output: unknown, path: readonly PropertyKey[] = []): YoyakuIssue[] {
  if (Array.isArray(input) && Array.isArray(output)) return input.flatMap((item, i) => unknownFields(item, output[i], [...path, i]));
  if (!isRecord(input) || !isRecord(output)) return [];
  const unknown = Object.keys(input).filter((k) => !(k in output) && input[k] !== null && input[k] !== undefined);
  return [...unknownFieldIssues(path, unknown), ...Object.keys(input).filter((k) => k in output).flatMap((k) => unknownFields(input[k], output[k], [...path, k]))];
}

/** Parses outside data and refuses fields the schema does not know, with the issues `yoyaku check-policy` gives. */
function parseStrict<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = parseOrThrow(schema, input, 'INVALID_INPUT', what);
  const unknown = unknownFields(input, parsed);
  if (unknown.length === 0) return parsed;
  throw new YoyakuError('INVALID_INPUT', `Invalid ${what}: ${unknown.map((i) => `${formatIssuePath(i.path)}: ${i.message}`).join('; ')}`, { issues: unknown });
}

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
  return parseStrict(ReservationRecordSchema, input, 'reservation') as Reservation;
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
  return parseStrict(PatronSchema, input, 'patron');
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
  return parseStrict(TitleRecordSchema, input, 'title');
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
  return parseStrict(VolumeRecordSchema, input, 'volume');
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
  return parseStrict(CopyRecordSchema, input, 'copy');
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
  return parseStrict(LoanRecordSchema, input, 'loan');
}
