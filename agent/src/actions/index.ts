export { ActionEngine, DEFAULT_TIMEOUT_SECONDS, type ActionEngineOptions, type ActionState, type SubmitOptions } from './engine.js';
export { ACTION_KINDS, type ActionKind, type ActionRequest, type ActionResult, type ActionStatus, type ActionProgress, type ProgressPhase } from './types.js';
export { validateRequest, validateForZone, ValidationError, MAX_REQUEST_BYTES } from './validate.js';
export { ActionJournal, JournalError, JOURNAL_VERSION } from './journal.js';
export { ZoneQueue } from './queue.js';
export { JournalLock, JournalLockError, LOCK_FILE } from './journal-lock.js';
