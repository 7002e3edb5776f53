/** Reads the sandbox the way any GHL client would, to check state behind the gateway's back. */
import type { Sandbox } from '../../src/sandbox/index.ts';

export async function ghlRest<T = any>(
  sandbox: Sandbox,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      version: '2021-07-28',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}
