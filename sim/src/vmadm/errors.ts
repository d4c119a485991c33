/** vmadm's failure kinds: exit 1 with one message line, or exit 2 (usage) with the message and the usage block. */
export class VmadmError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export class UsageError extends VmadmError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** vmadm's getUUID: 36 chars with dashes at 8, 13, 18, 23. */
export function getUuid(args: string[], command: string): string {
  const u = args[0];
  if (!u || u.length !== 36 || u[8] !== '-' || u[13] !== '-' || u[18] !== '-' || u[23] !== '-')
    throw new UsageError(`Invalid or missing UUID for ${command}`);
  return u;
}
