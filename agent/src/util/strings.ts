/**
 * A copy of `s` that does not keep a larger string alive. V8 makes a slice of 13 or more characters a view into its
 * parent, so a value kept from one line of a multi-megabyte `kstat -p` output (or a 64 KiB dtrace chunk) holds the
 * whole text until the value itself goes: at 1000 zones that was two kstat outputs (6 MB) and every chunk a zone
 * first appeared in. Concatenating then slicing makes V8 copy the characters into a string of their own.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (` ${s}`).slice(1);
}
