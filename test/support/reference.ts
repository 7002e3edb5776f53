/** The reference material the tests check the project against, kept in the repository (reference/README.md says where it came from). */
import { resolve } from 'node:path';

const reference = resolve(import.meta.dirname, '../../reference');

/** GHL's official OpenAPI files, one per app: `<app>.json`. */
export const openApiAppsDir = resolve(reference, 'ghl-openapi/apps');
/** GHL's webhook event docs, one `<Event>.md` each, and the signature guide. */
export const webhookEventsDir = resolve(reference, 'ghl-webhook-events');
/** The product brief, with the curl examples the product was specified from. */
export const briefDir = resolve(reference, 'brief');
