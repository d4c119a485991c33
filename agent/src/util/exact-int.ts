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
  return narrowExact(BigInt(a) + BigInt(b));
}

/** A bigint as an ExactInt: a number when it is within 2^53. */
export function narrowExact(b: bigint): ExactInt {
  return b >= -SAFE && b <= SAFE ? Number(b) : b;
}

/** An integer's decimal text (optional '-', digits; checked by the caller) as an ExactInt. */
export function parseExactInt(text: string): ExactInt {
  // 15 digits and a sign are always below 2^53
  return text.length <= 15 ? Number(text) : narrowExact(BigInt(text));
}
