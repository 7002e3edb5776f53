/** The marketplace install, driven as a browser would: the gateway's /oauth/install, GHL's consent page (the sandbox's), back to the gateway. */
import type { Stack } from './stack.ts';

export interface InstallAnswer {
  status: number;
  body: { installed: true; userType: 'Location' | 'Company'; locationId: string | null; companyId: string | null; locations: string[] } & Record<string, unknown>;
}

/** The consent page approves `on` at once: a location, or an agency (company). */
export async function installApp(stack: Stack, on: { locationId: string } | { companyId: string }): Promise<InstallAnswer> {
  const origin = new URL(stack.gateway.url).origin;
  const start = await fetch(`${origin}/oauth/install`, { redirect: 'manual' });
  if (start.status !== 302) throw new Error(`/oauth/install answered ${start.status}`);
  const consent = new URL(start.headers.get('location')!);
  if ('locationId' in on) consent.searchParams.set('sandbox_location', on.locationId);
  else consent.searchParams.set('sandbox_company', on.companyId);
  // The sandbox redirects to the gateway's /oauth/callback, which exchanges the code.
  const done = await fetch(consent);
  return { status: done.status, body: (await done.json()) as InstallAnswer['body'] };
}
