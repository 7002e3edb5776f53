/** Enum fields over what GHL stores. */

/** A stored value outside the enum (one GHL added after this schema was written) reads as null rather than failing the whole record or list. */
export const known = <T extends string>(values: readonly T[], value: unknown): T | null =>
  values.includes(value as T) ? (value as T) : null;
