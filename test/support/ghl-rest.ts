/** Reads the sandbox the way any GHL client would, to check state behind the gateway's back. */
import type { Sandbox } from '../../sandbox/index.ts';

/** GHL versions conversations and calendars apart from the rest. */
export const versionOf = (path: string) => (/^\/(conversations|calendars)\b/.test(path) ? '2021-04-15' : '2021-07-28');

/** `T` is the shape the caller reads; without one the answer is `unknown`, to be narrowed before use. */
export async function ghlRest<T = unknown>(
  sandbox: Sandbox,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  version = versionOf(path),
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      version,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}
