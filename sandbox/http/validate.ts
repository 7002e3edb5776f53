/**
 * Request validation with GHL's (class-validator's) messages: every problem is collected, then
 * `check()` throws one 422 listing them all. Bodies are whitelisted like GHL's DTOs, so a field
 * the spec does not define is reported as "property x should not exist".
 */
import { ghlErrors } from './errors.ts';

type Result<T, R extends boolean> = R extends true ? T : T | undefined;

// Deliberately loose, like class-validator's isEmail for the common cases: local@domain.tld.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[a-z]{2,}$/i;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export class Validator {
  private readonly errors: string[] = [];
  private readonly known = new Set<string>();
  /** Optional fields sent as null or "": on an update, GHL clears them. */
  private readonly cleared = new Set<string>();
  private readonly source: Record<string, unknown>;

  private constructor(
    source: unknown,
    private readonly whitelist: boolean,
  ) {
    if (isRecord(source)) {
      this.source = source;
    } else {
      this.source = {};
      if (source !== undefined) this.errors.push('request body must be a JSON object');
    }
  }

  static body(body: unknown): Validator {
    return new Validator(body, true);
  }

  /** Query strings: every value is a string, and unknown parameters are ignored. */
  static query(query: Record<string, string>): Validator {
    return new Validator(query, false);
  }

  string<R extends boolean = false>(name: string, options: { required?: R } = {}): Result<string, R> {
    return this.read(name, options.required, (value) => (typeof value === 'string' ? [] : [`${name} must be a string`]));
  }

  boolean<R extends boolean = false>(name: string, options: { required?: R } = {}): Result<boolean, R> {
    return this.read(name, options.required, (value) =>
      typeof value === 'boolean' ? [] : [`${name} must be a boolean value`],
    );
  }

  email<R extends boolean = false>(name: string, options: { required?: R } = {}): Result<string, R> {
    return this.read(name, options.required, (value) =>
      typeof value === 'string' && EMAIL.test(value) ? [] : [`${name} must be an email`],
    );
  }

  /** An ISO 8601 date string, returned normalised the way GHL echoes dates back. */
  isoDate<R extends boolean = false>(name: string, options: { required?: R } = {}): Result<string, R> {
    const value = this.read(name, options.required, (v) =>
      typeof v === 'string' && ISO_8601.test(v) && !Number.isNaN(Date.parse(v))
        ? []
        : [`${name} must be a valid ISO 8601 date string`],
    );
    return (typeof value === 'string' ? new Date(value).toISOString() : value) as Result<string, R>;
  }

  stringArray<R extends boolean = false>(name: string, options: { required?: R } = {}): Result<string[], R> {
    return this.read(name, options.required, (value) => {
      if (!Array.isArray(value)) return [`${name} must be an array`];
      return value.every((item) => typeof item === 'string') ? [] : [`each value in ${name} must be a string`];
    });
  }

  /** A number, or (in a query string) a numeric string, returned as a number. */
  number<R extends boolean = false>(
    name: string,
    options: { required?: R; min?: number; max?: number } = {},
  ): Result<number, R> {
    const value = this.read(name, options.required, (v) => {
      const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
      if (typeof n !== 'number' || !Number.isFinite(n)) {
        return [`${name} must be a number conforming to the specified constraints`];
      }
      if (options.min !== undefined && n < options.min) return [`${name} must not be less than ${options.min}`];
      if (options.max !== undefined && n > options.max) return [`${name} must not be greater than ${options.max}`];
      return [];
    });
    return (value === undefined ? undefined : Number(value)) as Result<number, R>;
  }

  oneOf<T extends string, R extends boolean = false>(
    name: string,
    allowed: readonly T[],
    options: { required?: R } = {},
  ): Result<T, R> {
    return this.read(name, options.required, (value) =>
      allowed.includes(value as T) ? [] : [`${name} must be one of the following values: ${allowed.join(', ')}`],
    );
  }

  /** A field with its own rules; `problems` returns messages for an invalid value, or none. */
  custom<T, R extends boolean = false>(
    name: string,
    problems: (value: unknown) => string[],
    options: { required?: R } = {},
  ): Result<T, R> {
    return this.read(name, options.required, problems);
  }

  /** Which of `names` were sent as null or "", i.e. are to be cleared by an update. */
  clearedAmong<K extends string>(names: readonly K[]): K[] {
    return names.filter((name) => this.cleared.has(name));
  }

  /** Throws a 422 listing every problem found so far. */
  check(): void {
    if (this.whitelist) {
      for (const key of Object.keys(this.source)) {
        if (!this.known.has(key)) this.errors.push(`property ${key} should not exist`);
      }
    }
    if (this.errors.length > 0) throw ghlErrors.unprocessable(this.errors);
  }

  private read<T>(name: string, required: boolean | undefined, problems: (value: unknown) => string[]): T {
    this.known.add(name);
    const value = this.source[name];
    if (value === undefined || value === null || value === '') {
      if (required) this.errors.push(`${name} should not be empty`);
      else if (name in this.source) this.cleared.add(name);
      return undefined as T;
    }
    const found = problems(value);
    this.errors.push(...found);
    return (found.length === 0 ? value : undefined) as T;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Drops undefined values: optional fields are left out of stored records, as GHL leaves them out. */
export function definedOnly<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

/** An update: the fields sent replace the stored ones, and the `cleared` ones are removed. */
export function applyUpdate<T extends object>(record: T, fields: Partial<T>, cleared: ReadonlyArray<keyof T>): T {
  const next = { ...record, ...definedOnly(fields) };
  for (const key of cleared) delete next[key];
  return next;
}
