/**
 * `yoyaku-rules/memory`: the in-memory reference adapter.
 * @packageDocumentation
 */
export type { MemoryStorage, MemoryStorageOptions } from './adapters/memory/create-memory-storage.js';
export { createMemoryStorage } from './adapters/memory/create-memory-storage.js';
export type { MemorySnapshot, MemoryOutboxRow } from './adapters/memory/snapshot.js';
export type { MemoryChanges, MemoryChangeWatch } from './adapters/memory/changes.js';
