// Where the real captured samples live: the shared/ folder beside the repository (CI lays a copy there next to its
// fresh clone), found relative to this file, never by an absolute path.
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
