// `zonelet action`'s side of the control socket (protocol.ts): one request, its progress, its result.
import { connect } from 'node:net';
import type { ActionProgress, ActionResult } from '../actions/types.js';
import { lineSplitter, type ControlReply, type ControlRequest } from './protocol.js';

export class ControlError extends Error {
  constructor(readonly path: string, reason: string) {
    super(`control socket ${path}: ${reason}`);
    this.name = 'ControlError';
  }
}

/** Replies are small; a longer line means something else is listening there. */
const MAX_REPLY_BYTES = 1024 * 1024;

/**
 * Sends `request` to the daemon listening on `path`. Resolves with the action's result, or undefined when no daemon
 * answers there (no socket file, or a stale one nobody listens on). Once the request is sent, a connection that ends
 * before the result is an error, never a reason to run the action here: the daemon may have run it.
 */
export function submitViaDaemon(path: string, request: ControlRequest, onProgress: (p: ActionProgress) => void): Promise<ActionResult | undefined> {
  return new Promise((resolve, reject) => {
    const socket = connect(path);
    let sent = false;
    let done = false;
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      socket.destroy();
      fn();
    };
    socket.on('connect', () => {
      sent = true;
      socket.write(JSON.stringify(request) + '\n');
    });
    socket.on('data', lineSplitter(MAX_REPLY_BYTES, (line) => {
      let reply: ControlReply;
      try {
        reply = JSON.parse(line) as ControlReply;
      } catch {
        return finish(() => reject(new ControlError(path, `unreadable reply ${JSON.stringify(line.slice(0, 200))}`)));
      }
      if (reply.type === 'progress') onProgress(reply.progress);
      else if (reply.type === 'result') finish(() => resolve(reply.result));
      else if (reply.type === 'error') finish(() => reject(new ControlError(path, `the daemon refused the request: ${reply.message}`)));
    }, () => finish(() => reject(new ControlError(path, 'reply line too long')))));
    socket.on('error', (err: NodeJS.ErrnoException) => {
      if (!sent && (err.code === 'ENOENT' || err.code === 'ECONNREFUSED')) return finish(() => resolve(undefined));
      finish(() => reject(new ControlError(path, `${err.code ?? err.message}${err.code === 'EACCES' ? ' (the socket is root\'s only)' : ''}`)));
    });
    socket.on('close', () => finish(() => reject(new ControlError(path,
      `the daemon closed the connection before the result of request ${request.id}; the action may still run: see the daemon's log`))));
  });
}
