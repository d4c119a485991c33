/**
 * Integers that stay exact at any size without a BigInt per value: a number while |v| <= 2^53 (nearly always), a
 * bigint beyond. Counters that DTrace adds to every interval (nanosecond sums reach 2^53 after months) use this; a
 * BigInt addition per counter per interval allocated and cost more than the rest of the accumulation.
 */
export type ExactInt = number | bigint;

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** a + b, exact. */
export function addExact(a: ExactInt, b: ExactInt): ExactInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
  }
  const s = BigInt(a) + BigInt(b);
  return s >= -SAFE && s <= SAFE ? Number(s) : s;
}

/** An integer's decimal text (optional '-', digits; checked by the caller) as an ExactInt. */
export function parseExactInt(text: string): ExactInt {
  // 15 digits and a sign are always below 2^53
  if (text.length <= 15) return Number(text);
  const b = BigInt(text);
  return b >= -SAFE && b <= SAFE ? Number(b) : b;
}
