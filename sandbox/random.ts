/**
 * A small seeded PRNG (mulberry32). Seed data and the errorRate fault draw from it, so a given
 * seed always yields the same store and the same sequence of injected errors.
 */
import { createHash, randomInt } from 'node:crypto';

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Random.pick on an empty list');
    return item;
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const picked: T[] = [];
    while (picked.length < count && pool.length > 0) {
      picked.push(...pool.splice(Math.floor(this.next() * pool.length), 1));
    }
    return picked;
  }

  digits(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += String(this.int(0, 9));
    return out;
  }

  /** A 20-character alphanumeric id, the shape GHL uses for its records. */
  id(): string {
    let out = '';
    for (let i = 0; i < 20; i++) out += ID_ALPHABET[Math.floor(this.next() * ID_ALPHABET.length)];
    return out;
  }
}

/**
 * A stream of its own for one seeded domain, drawn from `${seed}:${domain}`: a domain seeded
 * after the others, or changed later, leaves every other domain's data exactly as it was.
 */
export function domainRandom(seed: number, domain: string): Random {
  return new Random(createHash('sha256').update(`${seed}:${domain}`).digest().readUInt32LE(0));
}

/**
 * Ids for records created through the API. Not drawn from the seeded stream: that stream would
 * replay the seed's own ids and collide with seeded records.
 */
export function randomId(): string {
  let out = '';
  for (let i = 0; i < 20; i++) out += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return out;
}
