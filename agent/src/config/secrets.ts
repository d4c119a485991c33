// Secrets live in files named by the config; only their paths are ever logged.
import { readFile } from 'node:fs/promises';

export class SecretError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`secret file ${file}: ${reason}`);
    this.name = 'SecretError';
  }
}

/** Reads a secret file and trims surrounding whitespace (a trailing newline is usual); rejects an empty one. */
export async function readSecret(file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new SecretError(file, `cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const secret = text.trim();
  if (!secret) throw new SecretError(file, 'is empty');
  return secret;
}
