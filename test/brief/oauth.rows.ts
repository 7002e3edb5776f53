/** The brief's OAuth section: the code exchange, reached by a real install through the gateway. */
import { installApp } from '../support/oauth.ts';
import type { BriefRow } from './row.ts';

export const rows: BriefRow[] = [
  {
    brief: 'POST /oauth/token',
    operation: 'getAccessToken',
    async run({ stack }) {
      const { status, body } = await installApp(stack, { locationId: stack.locationId });
      if (status !== 200 || body.locationId !== stack.locationId) throw new Error(`install failed: ${status} ${JSON.stringify(body)}`);
    },
  },
];
