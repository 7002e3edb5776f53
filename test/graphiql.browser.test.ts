/**
 * GraphiQL as a developer meets it: /graphql opened in a real headless Chromium (Debian's
 * `chromium`, else the build the @sparticuz/chromium package ships; driven by playwright-core), its
 * default tab run against a gateway over the sandbox, a token typed under Headers used, and a
 * subscription receiving the webhook of a mutation while the page is open. Every step waits for
 * what the page shows, never for keystrokes to land. Leaves test-results/graphiql.png behind.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigning, publicKeyOf } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { findChromium } from './support/services.ts';
import { startStack, type Stack } from './support/stack.ts';

const CHROMIUM = await findChromium('test/graphiql.browser.test.ts (GraphiQL in a browser)');
const SCREENSHOT = fileURLToPath(new URL('../test-results/graphiql.png', import.meta.url));
/** GraphiQL's page carries its whole code (about 9 MB): the first load takes a while on a busy machine. */
const PAGE_TIMEOUT_MS = 60_000;

// One line: the editor indents new lines by itself.
const LIVE_CONTACTS = 'subscription LiveContacts { contactEvents { contactEventType timestamp contact { name email tags } } }';

/** The response pane's text (Monaco draws spaces as no-break spaces). */
const response = (on: Page) => on.locator('.graphiql-response').innerText().then((text) => text.replaceAll('\u00a0', ' '));

/** Waits until the part of the page `selector` finds shows `text`. */
function shows(on: Page, selector: string, text: string, timeout = PAGE_TIMEOUT_MS) {
  return on.waitForFunction(
    ([selector, expected]) => document.querySelector(selector!)?.textContent?.replaceAll('\u00a0', ' ').includes(expected!),
    [selector, text],
    { timeout },
  );
}

/** Opens GraphiQL in a new tab of the browser, with `query` in its address as a shared link brings it, or its default. */
async function openGraphiql(browser: BrowserContext, url: string, query?: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  await page.goto(query ? `${url}?query=${encodeURIComponent(query)}` : url);
  await page.locator('.graphiql-execute-button').waitFor();
  return page;
}

describe.skipIf(!CHROMIUM)('GraphiQL in Chromium', () => {
  let stack: Stack;
  let profile: string;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const signing = generateSigning();
    stack = await startStack({
      sandbox: { webhooks: { urls: [], sign: signing } },
      env: { GHL_WEBHOOK_ED25519_PUBLIC_KEY: publicKeyOf(signing).export({ type: 'spki', format: 'pem' }).toString() },
    });
    // The sandbox sends every change it makes to the gateway, as GHL sends webhooks.
    stack.sandbox.webhooks.urls = [stack.gateway.webhookUrl];
    // A profile of its own: no state from another run, and nothing written outside the temp dir.
    profile = mkdtempSync(join(tmpdir(), 'graphiql-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM!.executablePath,
      env: { ...process.env, ...CHROMIUM!.env },
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await openGraphiql(browser, stack.gateway.url);
  }, 2 * PAGE_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await stack?.close();
  });

  it('opens on a query that reads the default location, and runs it', async () => {
    const { data } = await stack.gql(graphql(`query GraphiqlFirstContacts { location { name } contacts(first: 1) { totalCount edges { node { name } } } }`));
    await shows(page, '.graphiql-query-editor', 'FirstContacts');
    await page.locator('.graphiql-execute-button').click();
    await shows(page, '.graphiql-response', `"name": "${data.location!.name}"`);
    const shown = await response(page);
    expect(shown).toContain(`"totalCount": ${data.contacts!.totalCount}`);
    expect(shown).toContain(`"name": "${data.contacts!.edges[0]!.node.name}"`);
    expect(shown).not.toContain('"errors"');
  }, PAGE_TIMEOUT_MS);

  it('sends the token typed under Headers: another location’s may not read the default one', async () => {
    await page.getByText('Headers', { exact: true }).click();
    await page.locator('.graphiql-editor-tool .view-lines').last().click();
    await page.keyboard.press('ControlOrMeta+A');
    // insertText: one input, as a paste, so the editor does not add closing quotes and braces of its own.
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${stack.otherToken}` }));
    await shows(page, '.graphiql-editor-tool', stack.otherToken);
    await page.locator('.graphiql-execute-button').click();
    await shows(page, '.graphiql-response', '"code": "FORBIDDEN"');
  }, PAGE_TIMEOUT_MS);

  it('runs a subscription in a new tab over WebSocket and shows the event of a mutation made meanwhile', async () => {
    // GraphiQL opens a query from its address in a tab of its own, named after its operation: the
    // operation sent is the subscription's, whatever the other tab holds.
    const tab = await openGraphiql(browser, stack.gateway.url, LIVE_CONTACTS);
    await shows(tab, '.graphiql-tab-active', 'LiveContacts');
    await shows(tab, '.graphiql-query-editor', 'contactEventType');
    await tab.locator('.graphiql-execute-button').click();

    // The subscription is live once the gateway has checked the token's access to the location;
    // contacts made before that pass it by, so new ones are made until one shows in the page.
    let shown: string | undefined;
    for (let tries = 0; !shown; tries++) {
      if (tries === 20) throw new Error(`no event reached the page: ${await response(tab)}`);
      const name = `Grace ${randomUUID().slice(0, 8)}`;
      const { errors } = await stack.gql(
        graphql(`mutation GraphiqlCreateContact($name: String!) { createContact(input: { firstName: $name, tags: ["graphiql"] }) { contact { id } } }`),
        { name },
      );
      expect(errors).toBeUndefined();
      shown = await shows(tab, '.graphiql-response', name, 1_000).then(
        () => name,
        () => undefined,
      );
    }
    const event = await response(tab);
    expect(event).toContain('"contactEventType": "CREATE"');
    expect(event).toContain('"graphiql"');

    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await tab.screenshot({ path: SCREENSHOT });
  }, 2 * PAGE_TIMEOUT_MS);

  it('runs a @live query and shows its new result after a signed webhook changes the record it read', async () => {
    const { data } = await stack.gql(graphql(`query GraphiqlLiveContactId { contacts(first: 1) { edges { node { ghlId } } } }`));
    const contactId = data.contacts!.edges[0]!.node.ghlId;
    const city = `Live ${randomUUID().slice(0, 8)}`;
    const tab = await openGraphiql(browser, stack.gateway.url, `query LiveContact @live { contact(id: "${contactId}") { id ghlId city } }`);
    await shows(tab, '.graphiql-tab-active', 'LiveContact');
    await tab.locator('.graphiql-execute-button').click();
    await shows(tab, '.graphiql-response', `"ghlId": "${contactId}"`);
    expect(await response(tab)).not.toContain(city);

    // Changed at GHL (the sandbox), not through the gateway: only the sandbox's signed webhook tells it.
    const changed = await ghlRest(stack.sandbox, stack.token, 'PUT', `/contacts/${contactId}`, { city });
    expect(changed.status).toBe(200);
    await shows(tab, '.graphiql-response', `"city": "${city}"`);
    expect(await response(tab)).not.toContain('"errors"');
  }, 2 * PAGE_TIMEOUT_MS);
});
