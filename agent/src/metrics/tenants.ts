/**
 * Who is asking: bearer tokens mapped to the operator (everything) or to a tenant (only zones of one owner_uuid).
 * Tokens are compared in constant time over their SHA-256 digests, against every configured token, so neither the
 * length nor the prefix of a valid token leaks through timing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export type Principal = { kind: 'operator' } | { kind: 'tenant'; ownerUuid: string };

export interface AuthSettings {
  /** operator token; when set, every metrics route needs a token */
  operatorToken?: string;
  tenants?: ReadonlyArray<{ ownerUuid: string; token: string }>;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

export class Authenticator {
  private readonly operator?: Buffer;
  private readonly tenants: Array<{ ownerUuid: string; digest: Buffer }>;

  constructor(settings: AuthSettings = {}) {
    if (settings.operatorToken !== undefined) this.operator = digest(settings.operatorToken);
    this.tenants = (settings.tenants ?? []).map((t) => ({ ownerUuid: t.ownerUuid, digest: digest(t.token) }));
  }

  /**
   * The principal for an Authorization header, or undefined (401). Without any token configured everyone is the
   * operator; with only tenant tokens configured, a request without a token is the operator only if it came with
   * a verified client certificate (mTLS), never by default.
   */
  identify(authorization: string | undefined, clientCertVerified: boolean): Principal | undefined {
    if (!this.operator && this.tenants.length === 0) return { kind: 'operator' };
    const m = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
    if (!m) {
      if (authorization || this.operator || !clientCertVerified) return undefined;
      return { kind: 'operator' };
    }
    const d = digest(m[1]!);
    let found: Principal | undefined;
    if (this.operator && timingSafeEqual(d, this.operator)) found = { kind: 'operator' };
    for (const t of this.tenants) {
      if (timingSafeEqual(d, t.digest) && !found) found = { kind: 'tenant', ownerUuid: t.ownerUuid };
    }
    return found;
  }
}
