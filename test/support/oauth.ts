/** The marketplace install, driven as a browser would: the gateway's /oauth/install, GHL's consent page (the sandbox's), back to the gateway. */
import type { Stack } from './stack.ts';

export interface InstallAnswer {
  status: number;
  body: { installed: true; userType: 'Location' | 'Company'; locationId: string | null; companyId: string | null; locations: string[] } & Record<string, unknown>;
}

/** Where the consent page sends the browser back, and the install cookie the browser holds for it. */
export interface CallbackVisit {
  callback: URL;
  cookie: string;
}

/** Where the browser goes: a test's stack, or a gateway process. */
type Gateway = { gateway: Pick<Stack['gateway'], 'url'> };

/** The consent page approves `on` at once: a location, or an agency (company). */
export async function installApp(stack: Gateway, on: { locationId: string } | { companyId: string }): Promise<InstallAnswer> {
  const { callback, cookie } = await consent(stack, on);
  return visitCallback(callback, cookie);
}

/** /oauth/install and GHL's consent page, stopping before the browser follows GHL's redirect back. */
export async function consent(stack: Gateway, on: { locationId: string } | { companyId: string }): Promise<CallbackVisit> {
  const origin = new URL(stack.gateway.url).origin;
  const start = await fetch(`${origin}/oauth/install`, { redirect: 'manual' });
  if (start.status !== 302) throw new Error(`/oauth/install answered ${start.status}`);
  // What a browser sends back: the cookie's name=value, without its attributes.
  const cookie = (start.headers.get('set-cookie') ?? '').split(';', 1)[0]!;
  const page = new URL(start.headers.get('location')!);
  if ('locationId' in on) page.searchParams.set('sandbox_location', on.locationId);
  else page.searchParams.set('sandbox_company', on.companyId);
  const approved = await fetch(page, { redirect: 'manual' });
  if (approved.status !== 302) throw new Error(`the consent page answered ${approved.status}`);
  return { callback: new URL(approved.headers.get('location')!), cookie };
}

/** The browser arrives at the gateway's /oauth/callback, which checks the state and exchanges the code. */
export async function visitCallback(callback: URL, cookie: string | undefined): Promise<InstallAnswer> {
  const done = await fetch(callback, { headers: cookie ? { cookie } : {} });
  return { status: done.status, body: (await done.json()) as InstallAnswer['body'] };
}
