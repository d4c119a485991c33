// The hub connection: server-sent events read through fetch (so a bearer token can travel in a header), JSON
// calls for commands, and the token kept in sessionStorage when the hub asks for one.

export class AuthError extends Error {}

const TOKEN_KEY = 'zonelet-hub-token';
export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (t) => sessionStorage.setItem(TOKEN_KEY, t),
};

function headers(extra = {}) {
  const t = token.get();
  return t ? { ...extra, authorization: `Bearer ${t}` } : extra;
}

export async function api(path, init = {}) {
  const r = await fetch(path, { ...init, headers: headers(init.headers) });
  if (r.status === 401) throw new AuthError('the hub wants an API token');
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.error || `${init.method || 'GET'} ${path}: HTTP ${r.status}`);
  return body;
}

export const postAction = (zone, action) => api(`/api/zones/${zone}/actions`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action }),
});

/**
 * Follows the hub's fleet event stream, reconnecting with backoff. onEvent(type, data) gets every parsed event;
 * onStatus('live' | 'down' | 'auth', detail) the link state. Returns a stop function.
 */
export function follow(url, onEvent, onStatus) {
  const ctl = new AbortController();
  let delay = 500;
  (async () => {
    while (!ctl.signal.aborted) {
      try {
        const r = await fetch(url, { headers: headers({ accept: 'text/event-stream' }), signal: ctl.signal, cache: 'no-store' });
        if (r.status === 401) { onStatus('auth'); return; }
        if (!r.ok || !r.body) throw new Error(`HTTP ${r.status}`);
        onStatus('live');
        delay = 500;
        const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
        let buf = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buf += value;
          let i;
          while ((i = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, i);
            buf = buf.slice(i + 2);
            let type = 'message';
            const data = [];
            for (const line of block.split('\n')) {
              if (line.startsWith('event: ')) type = line.slice(7);
              else if (line.startsWith('data: ')) data.push(line.slice(6));
            }
            if (data.length) onEvent(type, JSON.parse(data.join('\n')));
          }
        }
        throw new Error('stream ended');
      } catch (err) {
        if (ctl.signal.aborted) return;
        onStatus('down', err.message);
        await new Promise((res) => setTimeout(res, delay));
        delay = Math.min(delay * 2, 8000);
      }
    }
  })();
  return () => ctl.abort();
}
