/** The one assertion of a refused GraphQL request: exactly one error, with this code (and path). */
import { expect } from 'vitest';
import type { GqlResponse } from './stack.ts';

export function expectError(response: GqlResponse<unknown>, code: string, path?: (string | number)[]): void {
  expect(response.errors, JSON.stringify(response.errors)).toHaveLength(1);
  expect(response.errors![0]!.extensions?.code, response.errors![0]!.message).toBe(code);
  if (path) expect(response.errors![0]!.path).toEqual(path);
}
