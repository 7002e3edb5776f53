/**
 * GraphiQL as a developer meets it: /graphql opened in a real headless Chromium (Debian's
 * `chromium`, driven by playwright-core; .ci/run installs it), its default tabs run against a
 * gateway over the sandbox, a token typed under Headers used, and a subscription receiving the
 * webhook of a mutation while the page is open. Leaves test-results/graphiql.png behind.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateSigning, publicKeyOf } from '../sandbox/index.ts';
import { startStack, type Stack } from './support/stack.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = fileURLToPath(new URL('../test-results/graphiql.png', import.meta.url));
/** GraphiQL's page carries its whole code (about 9 MB): the first load takes a while on a busy machine. */
const PAGE_TIMEOUT_MS = 60_000;

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
    executablePath: CHROMIUM,
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
  page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  await page.goto(stack.gateway.url, { timeout: PAGE_TIMEOUT_MS });
  await page.locator('.graphiql-execute-button').waitFor();
}, 2 * PAGE_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await stack?.close();
});

/** The response pane's text (Monaco draws spaces as no-break spaces). */
const response = () => page.locator('.graphiql-response').innerText().then((text) => text.replaceAll('\u00a0', ' '));

/** Waits until the response pane shows `text`. */
function responseShows(text: string, timeout = PAGE_TIMEOUT_MS) {
  return page.waitForFunction(
    (expected) => document.querySelector('.graphiql-response')?.textContent?.replaceAll('\u00a0', ' ').includes(expected),
    text,
    { timeout },
  );
}

/** Waits until the query editor shows `text`. */
function editorShows(text: string) {
  return page.waitForFunction((expected) => document.querySelector('.graphiql-query-editor')?.textContent?.includes(expected), text);
}

/** Replaces the text of the editor `editor` points at, as a paste would. */
async function replaceText(editor: ReturnType<Page['locator']>, text: string) {
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  // insertText: one input, so the editor does not add closing quotes and braces of its own.
  await page.keyboard.insertText(text);
}

// One line: the editor indents new lines by itself.
const LIVE_CONTACTS = 'subscription LiveContacts { contactEvents { contactEventType timestamp contact { name email tags } } }';

it('opens on a query that reads the default location, and runs it', async () => {
  const { data } = await stack.gql(`{ location { name } contacts(first: 1) { totalCount edges { node { name } } } }`);
  await editorShows('FirstContacts');
  await page.locator('.graphiql-execute-button').click();
  await responseShows(`"name": "${data.location.name}"`);
  const shown = await response();
  expect(shown).toContain(`"totalCount": ${data.contacts.totalCount}`);
  expect(shown).toContain(`"name": "${data.contacts.edges[0].node.name}"`);
  expect(shown).not.toContain('"errors"');
}, PAGE_TIMEOUT_MS);

it('sends the token typed under Headers: another location’s may not read the default one', async () => {
  await page.getByText('Headers', { exact: true }).click();
  await replaceText(page.locator('.graphiql-editor-tool .view-lines').last(), JSON.stringify({ Authorization: `Bearer ${stack.otherToken}` }));
  await page.locator('.graphiql-execute-button').click();
  await responseShows('"code": "FORBIDDEN"');
}, PAGE_TIMEOUT_MS);

it('runs a subscription in a new tab over WebSocket and shows the event of a mutation made meanwhile', async () => {
  await page.locator('.graphiql-tab-add').click();
  await expect.poll(() => page.locator('.graphiql-tab').count()).toBe(2);
  await replaceText(page.locator('.graphiql-query-editor .view-lines').first(), LIVE_CONTACTS);
  await editorShows('contactEventType');
  await page.locator('.graphiql-execute-button').click();

  // The subscription is live once the gateway has checked the token's access to the location;
  // contacts made before that pass it by, so new ones are made until one shows in the page.
  let shown: string | undefined;
  for (let tries = 0; !shown; tries++) {
    if (tries === 20) throw new Error(`no event reached the page: ${await response()}`);
    const name = `Grace ${randomUUID().slice(0, 8)}`;
    const { errors } = await stack.gql(`mutation ($name: String!) { createContact(input: { firstName: $name, tags: ["graphiql"] }) { contact { id } } }`, {
      name,
    });
    expect(errors).toBeUndefined();
    shown = await responseShows(name, 1_000).then(
      () => name,
      () => undefined,
    );
  }
  const event = await response();
  expect(event).toContain('"contactEventType": "CREATE"');
  expect(event).toContain('"graphiql"');

  mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
}, PAGE_TIMEOUT_MS);
