/**
 * The local control socket's protocol: `<stateDir>/zonelet.sock`, newline-delimited JSON both ways.
 *
 *   client -> daemon   {"id": "...", "action": "stop", "uuid": "...", "payload": {...}}        one request per line
 *   daemon -> client   {"type": "progress", "progress": ActionProgress}                        zero or more per request
 *                      {"type": "result", "result": ActionResult}                              last line of a request
 *                      {"type": "error", "message": "..."}                                     a line that is no request
 *
 * A request is exactly what the action engine validates (origin 'local': actions.allowFromHub does not apply), so a
 * request with a bad field gets a `result` with status `rejected` naming the field; a line that is not a JSON object,
 * or longer than MAX_REQUEST_BYTES, gets an `error` line. Either way nothing runs.
 *
 * Access control is the socket's mode: 0600, owned by the daemon's user (root). Only local root
 * can connect; nothing listens on the network.
 */
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { ActionProgress, ActionResult } from '../actions/types.js';

export const CONTROL_SOCKET_NAME = 'zonelet.sock';

export const controlSocketPath = (stateDir: string): string => join(stateDir, CONTROL_SOCKET_NAME);

export interface ControlRequest { id: string; action: string; uuid: string; payload?: Record<string, unknown> }

export type ControlReply =
  | { type: 'progress'; progress: ActionProgress }
  | { type: 'result'; result: ActionResult }
  | { type: 'error'; message: string };

/** How `zonelet action` prints a progress event, whether it came over the socket or from its own engine. */
export function progressLine(p: ActionProgress): string {
  const extra = [p.state ? `state=${p.state}` : '', p.message ?? ''].filter(Boolean).join(' ');
  return `${p.time} ${p.phase}${extra ? ' ' + extra : ''}`;
}

/** Splits a byte stream into lines; a line longer than `maxBytes` calls `onTooLong` once and ends the stream. */
export function lineSplitter(maxBytes: number, onLine: (line: string) => void, onTooLong: () => void): (chunk: Buffer) => void {
  const decoder = new StringDecoder('utf8'); // a character split across chunks stays whole
  let pending = '';
  let overflowed = false;
  return (chunk) => {
    if (overflowed) return;
    pending += decoder.write(chunk);
    for (;;) {
      const nl = pending.indexOf('\n');
      const line = nl >= 0 ? pending.slice(0, nl) : pending;
      if (Buffer.byteLength(line) > maxBytes) {
        overflowed = true;
        onTooLong();
        return;
      }
      if (nl < 0) return;
      pending = pending.slice(nl + 1);
      if (line.trim() !== '') onLine(line);
    }
  };
}
