/**
 * What GraphiQL opens with on /graphql: a query that works as it is against the embedded sandbox
 * (or any location the gateway's token reads), subscriptions over WebSocket as the gateway serves
 * them, `@live` queries as server-sent events, and a headers editor for a client's own token. test/graphiql.browser.test.ts runs it.
 */
import type { GraphiQLOptions } from 'graphql-yoga';

const firstContacts = `# Welcome to the GoHighLevel GraphQL gateway.
# Press the play button to read the first contacts of the default location.
# With no Authorization header the gateway uses its own token (the sandbox's, offline).
# To use yours, add under Headers: {"Authorization": "Bearer <GHL token>"}
query FirstContacts {
  location {
    name
  }
  contacts(first: 5) {
    totalCount
    edges {
      node {
        name
        email
        tags
        assignedUser {
          name
        }
      }
    }
  }
}
`;

export const graphiql: GraphiQLOptions = {
  title: 'GoHighLevel GraphQL gateway',
  defaultQuery: firstContacts,
  subscriptionsProtocol: 'WS',
  // Every operation as a POST of JSON, `@live` queries too: GraphiQL's loader would send those as a
  // GET for an event stream, which the CSRF guard refuses (docs/limits-and-cost.md). Their results
  // then stream back as server-sent events.
  method: 'POST',
  isHeadersEditorEnabled: true,
  // A token typed under Headers stays in the page: it is not written to the browser's storage.
  shouldPersistHeaders: false,
};
