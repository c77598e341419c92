// The jobs under test, when they exist: runApprovalBatch, trapCopies and runHoldExpiry.
import type { runApprovalBatch } from '../../src/jobs/approval-batch.js';
import type { runHoldExpiry } from '../../src/jobs/hold-expiry.js';
import type { trapCopies } from '../../src/jobs/trapping.js';
import { findExport, type Slot } from './find-export.js';

const PLACES = ['core.ts', 'jobs'];

export const approvalBatchSlot = (): Promise<Slot<typeof runApprovalBatch>> => findExport('runApprovalBatch', PLACES);
export const trapCopiesSlot = (): Promise<Slot<typeof trapCopies>> => findExport('trapCopies', PLACES);
export const holdExpirySlot = (): Promise<Slot<typeof runHoldExpiry>> => findExport('runHoldExpiry', PLACES);
