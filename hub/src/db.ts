/**
 * The hub's store: better-sqlite3 (WAL, synchronous=FULL), so whatever the hub has acked survives a hub crash.
 * Raw metrics batches are kept for a window (from a keyframe on), so the decoder state and the per-zone history
 * (heatmaps) are rebuilt by replay instead of writing every series value on every batch.
 */
import Database from 'better-sqlite3';

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS hosts (
  uuid TEXT PRIMARY KEY, hostname TEXT, agent_version TEXT, platform TEXT, boot_id TEXT, stream_id TEXT,
  last_seq INTEGER NOT NULL DEFAULT 0, epoch INTEGER NOT NULL DEFAULT 0, last_seen_ms INTEGER, status_json TEXT,
  dropped_batches INTEGER NOT NULL DEFAULT 0, gaps INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS zones (
  uuid TEXT PRIMARY KEY, host_uuid TEXT NOT NULL, owner_uuid TEXT, state TEXT, alias TEXT, brand TEXT, json TEXT NOT NULL,
  updated_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS zones_host ON zones(host_uuid);
CREATE TABLE IF NOT EXISTS zone_changes (
  id INTEGER PRIMARY KEY AUTOINCREMENT, host_uuid TEXT NOT NULL, seq INTEGER NOT NULL, time_ms INTEGER, type TEXT NOT NULL,
  zone_uuid TEXT, json TEXT);
CREATE INDEX IF NOT EXISTS zone_changes_host ON zone_changes(host_uuid, id);
CREATE TABLE IF NOT EXISTS series (
  host_uuid TEXT NOT NULL, id INTEGER NOT NULL, zone TEXT NOT NULL, name TEXT NOT NULL, labels_json TEXT NOT NULL,
  int INTEGER NOT NULL, PRIMARY KEY (host_uuid, id));
CREATE TABLE IF NOT EXISTS frames (
  id INTEGER PRIMARY KEY AUTOINCREMENT, host_uuid TEXT NOT NULL, seq INTEGER NOT NULL, epoch INTEGER NOT NULL,
  batch INTEGER NOT NULL, keyframe INTEGER NOT NULL, time_ms INTEGER NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS frames_host ON frames(host_uuid, seq);
CREATE TABLE IF NOT EXISTS gaps (id INTEGER PRIMARY KEY AUTOINCREMENT, host_uuid TEXT NOT NULL, seq INTEGER, time_ms INTEGER, json TEXT);
CREATE TABLE IF NOT EXISTS commands (
  id TEXT PRIMARY KEY, host_uuid TEXT NOT NULL, zone_uuid TEXT, action TEXT NOT NULL, payload_json TEXT,
  deadline_ms INTEGER NOT NULL DEFAULT 0, created_ms INTEGER NOT NULL, status TEXT NOT NULL, message TEXT,
  result_json TEXT, updated_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS commands_host ON commands(host_uuid, status);
CREATE TABLE IF NOT EXISTS command_events (
  command_id TEXT NOT NULL, time_ms INTEGER, phase TEXT, message TEXT);
CREATE INDEX IF NOT EXISTS command_events_id ON command_events(command_id);
`;

export function openDb(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}
