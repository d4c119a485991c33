// imgadm: only what create needs, whether an image is installed.
import { ExecError, type Exec } from './exec.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** imgadm get on a missing image: `imgadm get: error (ImageNotInstalled): image "<uuid>" was not found on zpool "zones"` */
const NOT_INSTALLED = /ImageNotInstalled|was not found|not installed/;

export class Imgadm {
  constructor(private readonly exec: Exec) {}

  /** `imgadm get <uuid>`: exit 0 = installed; the not-installed error = false; anything else rejects. */
  async isInstalled(uuid: string, opts: { timeoutMs?: number } = {}): Promise<boolean> {
    if (!UUID.test(uuid)) throw new Error(`imgadm: invalid image uuid ${JSON.stringify(uuid)}`);
    try {
      await this.exec.run('imgadm', ['get', uuid], { timeoutMs: opts.timeoutMs ?? 30_000, maxOutputBytes: 4 * 1024 * 1024 });
      return true;
    } catch (err) {
      if (err instanceof ExecError && err.kind === 'exit' && NOT_INSTALLED.test(err.stderr)) return false;
      throw err;
    }
  }
}
