/** Checks and shapes for mutation inputs, shared by the domains that build GHL request bodies. */
import { gatewayError } from '../errors.ts';

/** Only the fields the caller set: GHL treats a present null as "clear this field". */
export function definedOnly<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Only the fields that hold a value: for bodies where GHL reads a null as a value, not as "clear". */
export function presentOnly(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null));
}

export function nonEmpty(value: string, argument: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw gatewayError('BAD_USER_INPUT', `${argument} must not be empty`);
  return trimmed;
}

export function positive(value: number, argument: string): number {
  if (!Number.isFinite(value) || value <= 0) throw gatewayError('BAD_USER_INPUT', `${argument} must be greater than 0`);
  return value;
}

/**
 * An argument renamed by the schema guide (docs/schema-guide.md), whose old name is deprecated but
 * still taken: its value under either name, one of which is required.
 */
export function renamedArgument<T>(value: T | null | undefined, old: T | null | undefined, name: string, oldName: string): T {
  if (value != null && old != null) throw gatewayError('BAD_USER_INPUT', `give ${name} or its deprecated name ${oldName}, not both`);
  const given = value ?? old;
  if (given == null) throw gatewayError('BAD_USER_INPUT', `${name} is required`);
  return given;
}
