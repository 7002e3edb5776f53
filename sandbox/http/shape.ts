/**
 * Bodies with nested objects (invoice items, a calendar's open hours, ...), declared field by
 * field as a Shape and checked with class-validator's messages and dotted paths
 * ("items.0.qty must be a number ..."). Nested objects are whitelisted too. Inside them a
 * required field must be present; "" is still a string.
 */
import { definedOnly, isRecord, Validator } from './validate.ts';

export type Rule = { required?: boolean } & (
  | { kind: 'string' | 'day' | 'boolean' | 'strings' | 'object' | 'objects' }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'numbers'; min?: number; max?: number }
  | { kind: 'oneOf'; values: readonly unknown[] }
  | { kind: 'shape'; shape: Shape }
  | { kind: 'shapes'; shape: Shape }
);

export type Shape = Record<string, Rule>;

/** Builders that keep shape declarations to one line a field. */
export const rule = {
  string: { kind: 'string' },
  /** A YYYY-MM-DD date. */
  day: { kind: 'day' },
  boolean: { kind: 'boolean' },
  strings: { kind: 'strings' },
  /** Any object, kept as sent. */
  object: { kind: 'object' },
  /** Any array of objects, kept as sent. */
  objects: { kind: 'objects' },
  number: (bounds: { min?: number; max?: number } = {}): Rule => ({ kind: 'number', ...bounds }),
  numbers: (bounds: { min?: number; max?: number } = {}): Rule => ({ kind: 'numbers', ...bounds }),
  oneOf: (values: readonly unknown[]): Rule => ({ kind: 'oneOf', values }),
  shape: (shape: Shape): Rule => ({ kind: 'shape', shape }),
  shapes: (shape: Shape): Rule => ({ kind: 'shapes', shape }),
  required: (of: Rule): Rule => ({ ...of, required: true }),
} as const satisfies Record<string, Rule | ((...args: never[]) => Rule)>;

/**
 * Reads a body's top-level fields through `v`, which keeps the whitelist, the "should not be
 * empty" messages and the record of cleared fields; each value comes back as sent, once valid.
 */
export function readShape(v: Validator, shape: Shape): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(shape).map(([name, fieldRule]) => [
      name,
      v.custom(name, (value) => ruleProblems(name, value, fieldRule), { required: fieldRule.required }),
    ]),
  );
}

/** A body that must match `shape`, with its unsent fields left out; a 422 listing every problem if it does not. */
export function readShapedBody<T>(body: unknown, shape: Shape): T {
  const v = Validator.body(body);
  const fields = definedOnly(readShape(v, shape));
  v.check();
  return fields as T;
}

/** Problems with an object that must match `shape`; `path` names it in the messages. */
export function shapeProblems(path: string, value: unknown, shape: Shape): string[] {
  if (!isRecord(value)) return [`${path} must be an object`];
  const problems = Object.keys(value)
    .filter((key) => !Object.hasOwn(shape, key))
    .map((key) => `property ${path}.${key} should not exist`);
  for (const [name, fieldRule] of Object.entries(shape)) {
    const field = value[name];
    if (field === undefined || field === null) {
      if (fieldRule.required) problems.push(`${path}.${name} should not be empty`);
    } else {
      problems.push(...ruleProblems(`${path}.${name}`, field, fieldRule));
    }
  }
  return problems;
}

/** Problems with an array whose every item must match `shape`. */
function shapesProblems(path: string, value: unknown, shape: Shape): string[] {
  if (!Array.isArray(value)) return [`${path} must be an array`];
  return value.flatMap((item, index) => shapeProblems(`${path}.${index}`, item, shape));
}

function ruleProblems(path: string, value: unknown, fieldRule: Rule): string[] {
  switch (fieldRule.kind) {
    case 'string':
      return typeof value === 'string' ? [] : [`${path} must be a string`];
    case 'day':
      return isDay(value) ? [] : [`${path} must be a date in YYYY-MM-DD format`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path} must be a boolean value`];
    case 'object':
      return isRecord(value) ? [] : [`${path} must be an object`];
    case 'number':
      return numberProblems(path, value, fieldRule);
    case 'oneOf':
      return fieldRule.values.includes(value)
        ? []
        : [`${path} must be one of the following values: ${fieldRule.values.join(', ')}`];
    case 'shape':
      return shapeProblems(path, value, fieldRule.shape);
    case 'shapes':
      return shapesProblems(path, value, fieldRule.shape);
    case 'strings':
      if (!Array.isArray(value)) return [`${path} must be an array`];
      return value.every((item) => typeof item === 'string') ? [] : [`each value in ${path} must be a string`];
    case 'objects':
      if (!Array.isArray(value)) return [`${path} must be an array`];
      return value.every(isRecord) ? [] : [`each value in ${path} must be an object`];
    case 'numbers':
      if (!Array.isArray(value)) return [`${path} must be an array`];
      return value.flatMap((item, index) => numberProblems(`${path}.${index}`, item, fieldRule));
  }
}

/** A real YYYY-MM-DD date: 2025-02-30 is not one. */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

function numberProblems(path: string, value: unknown, bounds: { min?: number; max?: number }): string[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return [`${path} must be a number conforming to the specified constraints`];
  }
  if (bounds.min !== undefined && value < bounds.min) return [`${path} must not be less than ${bounds.min}`];
  if (bounds.max !== undefined && value > bounds.max) return [`${path} must not be greater than ${bounds.max}`];
  return [];
}
