/**
 * GHL's dates as the graph writes them (src/resolvers/dates.ts): the instant GHL named, in
 * toISOString's form, whichever form it came in. A date already in that form keeps its text, so
 * what it keeps must be what toISOString would have written.
 */
import { expect, it } from 'vitest';
import { dateOf } from '../src/resolvers/dates.ts';

const written = (value: string | number | null) => dateOf(value)?.toISOString() ?? null;

it('writes each date as toISOString writes the instant it names, kept or not', () => {
  const start = Date.UTC(1969, 11, 1);
  for (let time = start; time < Date.UTC(2101, 0, 1); time += 233_280_000 + 3_601_007) {
    const text = new Date(time).toISOString();
    expect(written(text)).toBe(text);
    expect(dateOf(text)!.getTime()).toBe(time);
  }
});

it('rolls over a day or hour that does not exist, as Date.parse reads it', () => {
  expect(written('2024-02-30T08:00:00.000Z')).toBe('2024-03-01T08:00:00.000Z');
  expect(written('2023-02-29T00:00:00.000Z')).toBe('2023-03-01T00:00:00.000Z');
  expect(written('2024-04-31T10:00:00.000Z')).toBe('2024-05-01T10:00:00.000Z');
  expect(written('2024-01-01T24:00:00.000Z')).toBe('2024-01-02T00:00:00.000Z');
  expect(written('2024-02-29T23:59:59.999Z')).toBe('2024-02-29T23:59:59.999Z');
});

it('reads the other forms GHL sends, and nothing from what names no instant', () => {
  expect(written('2024-06-01T10:00:00Z')).toBe('2024-06-01T10:00:00.000Z');
  expect(written('2024-06-01T12:00:00+02:00')).toBe('2024-06-01T10:00:00.000Z');
  expect(written(Date.UTC(2024, 5, 1, 10))).toBe('2024-06-01T10:00:00.000Z');
  expect(written('2024-13-01T00:00:00.000Z')).toBeNull();
  expect(written('not a date')).toBeNull();
  expect(written('')).toBeNull();
  expect(written(null)).toBeNull();
});
