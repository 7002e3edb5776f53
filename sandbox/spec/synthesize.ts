/**
 * A body made from a JSON schema of GHL's files, for the operations the sandbox answers from the
 * files alone: the schema's own examples where they fit it, else values drawn from a seeded PRNG,
 * so one request always gets the same answer. Fields naming an id the request carries (a
 * `locationId`, a `contactId`, ...) echo it, as GHL's answer would.
 */
import type { JsonSchema, SpecDocument } from '../../openapi/spec.ts';
import type { Random } from '../random.ts';

export interface SynthesisContext {
  doc: SpecDocument;
  common: SpecDocument;
  random: Random;
  /** Values the request carries by name (path, query and top-level body fields that are ids). */
  echo: Record<string, string>;
  /** The record a path ending in `{...}` addresses: the `id` of the object answered. */
  id: string | undefined;
}

/** Past this nesting, optional fields and array items are left out: some schemas are recursive. */
const MAX_DEPTH = 6;

const LOCAL_REF = '#/components/schemas/';
const COMMON_REF = '../common/common-schemas.json#/components/schemas/';

const FORMAT_CHECKS: Record<string, RegExp> = {
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
};

/** A quiet instant in the past, so dates drawn are plausible and the same for every run. */
const EPOCH_MS = Date.UTC(2025, 0, 1);

/** A value of `schema`; `key` is the field it is for, which shapes a string without an example. */
export function synthesize(schema: JsonSchema | undefined, context: SynthesisContext, key = ''): unknown {
  return new Synthesizer(context).value(schema, key, 0, false);
}

class Synthesizer {
  constructor(private readonly context: SynthesisContext) {}

  value(schema: JsonSchema | undefined, key: string, depth: number, inArray: boolean): unknown {
    const s = this.resolve(schema);
    if (Array.isArray(s.allOf)) return this.allOf(s.allOf as JsonSchema[], key, depth, inArray);
    const choice = (s.oneOf ?? s.anyOf) as JsonSchema[] | undefined;
    if (Array.isArray(choice) && choice.length > 0) return this.value(choice[0], key, depth, inArray);
    if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum.includes(s.example) ? s.example : s.enum[0];
    switch (s.type) {
      case 'string':
        return this.string(s, key);
      case 'integer':
      case 'number':
        return this.number(s);
      case 'boolean':
        return typeof s.example === 'boolean' ? s.example : this.context.random.chance(0.5);
      case 'array':
        return this.array(s, key, depth);
      case 'object':
        return this.object(s, depth, inArray);
      default:
        if (s.properties) return this.object(s, depth, inArray);
        return s.example ?? {};
    }
  }

  private resolve(schema: JsonSchema | undefined): JsonSchema {
    let s = schema ?? {};
    while (typeof s.$ref === 'string') {
      const ref = s.$ref;
      if (ref.startsWith(LOCAL_REF)) s = this.context.doc.components.schemas?.[ref.slice(LOCAL_REF.length)] ?? {};
      else if (ref.startsWith(COMMON_REF)) s = this.context.common.components.schemas?.[ref.slice(COMMON_REF.length)] ?? {};
      else throw new Error(`unsupported $ref ${ref}`);
    }
    return s;
  }

  private allOf(parts: JsonSchema[], key: string, depth: number, inArray: boolean): unknown {
    const values = parts.map((part) => this.value(part, key, depth, inArray));
    const objects = values.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v));
    return objects.length === values.length ? Object.assign({}, ...objects) : values[0];
  }

  private string(s: JsonSchema, key: string): string {
    const echoed = this.context.echo[key];
    const plain = s.format === undefined && s.pattern === undefined;
    if (echoed !== undefined && plain) return echoed;
    if (typeof s.example === 'string' && this.fits(s, s.example)) return s.example;
    const random = this.context.random;
    let text: string;
    if (s.format === 'date-time') text = new Date(EPOCH_MS + random.int(0, 365 * 86_400) * 1000).toISOString();
    else if (/id$/i.test(key)) text = random.id();
    else if (/email/i.test(key)) text = `sandbox-${random.digits(4)}@example.com`;
    else if (/url$|link$/i.test(key)) text = `https://example.com/${random.id()}`;
    else text = `${key || 'value'} ${random.digits(4)}`;
    const min = typeof s.minLength === 'number' ? s.minLength : 0;
    const max = typeof s.maxLength === 'number' ? s.maxLength : Infinity;
    return text.padEnd(min, 'x').slice(0, max);
  }

  private fits(s: JsonSchema, example: string): boolean {
    if (typeof s.format === 'string' && FORMAT_CHECKS[s.format] && !FORMAT_CHECKS[s.format]!.test(example)) return false;
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(example)) return false;
    if (typeof s.minLength === 'number' && example.length < s.minLength) return false;
    return !(typeof s.maxLength === 'number' && example.length > s.maxLength);
  }

  private number(s: JsonSchema): number {
    const min = typeof s.minimum === 'number' ? s.minimum : 0;
    const max = typeof s.maximum === 'number' ? s.maximum : Math.max(min, 100);
    const example = s.example;
    if (typeof example === 'number' && example >= min && example <= max && (s.type !== 'integer' || Number.isInteger(example))) {
      return example;
    }
    return this.context.random.int(Math.ceil(min), Math.floor(max));
  }

  private array(s: JsonSchema, key: string, depth: number): unknown[] {
    const minItems = typeof s.minItems === 'number' ? s.minItems : 0;
    const count = Math.max(minItems, depth < MAX_DEPTH ? 1 : 0);
    return Array.from({ length: count }, () => this.value(s.items as JsonSchema | undefined, key, depth + 1, true));
  }

  private object(s: JsonSchema, depth: number, inArray: boolean): Record<string, unknown> {
    const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((s.required ?? []) as string[]);
    if (Object.keys(properties).length === 0) {
      return typeof s.example === 'object' && s.example !== null && !Array.isArray(s.example) ? (s.example as Record<string, unknown>) : {};
    }
    const out: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(properties)) {
      if (depth >= MAX_DEPTH && !required.has(name)) continue;
      out[name] = this.value(property, name, depth + 1, inArray);
    }
    // Some schemas require a field they forget to describe (a blog category's `name`): a string.
    for (const name of required) out[name] ??= this.string({ type: 'string' }, name);
    // The record a path addresses is the object answered, or the one object it is wrapped in.
    if (!inArray && depth <= 1 && this.context.id !== undefined && typeof out.id === 'string' && isPlainString(this.resolve(properties.id))) {
      out.id = this.context.id;
    }
    return out;
  }
}

const isPlainString = (s: JsonSchema) => s.type === 'string' && s.format === undefined && s.pattern === undefined && s.enum === undefined;
