/** The brief's Users examples. Search and create pass the sandbox's agency token. */
import { graphql } from '../generated/gql.ts';
import type { BriefContext, BriefRow } from './row.ts';

const agency = (b: BriefContext) => {
  const [[companyId, token]] = Object.entries(b.stack.sandbox.tokens.agency) as [[string, string]];
  return { companyId, options: { token } };
};

async function newUser(b: BriefContext): Promise<string> {
  const { companyId, options } = agency(b);
  const { createUser } = await b.gql(
    graphql(`mutation BriefUsersNew($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`),
    {
      input: {
        companyId,
        firstName: 'New',
        lastName: 'User',
        email: `new.user.${Date.now()}.${Math.floor(Math.random() * 1e6)}@agency.com`,
        password: 'a long enough password',
        phone: '+14155559876',
        type: 'ACCOUNT',
        role: 'USER',
        locationIds: [b.stack.locationId],
        permissions: { campaignsEnabled: true, contactsEnabled: true, workflowsEnabled: true },
      },
    },
    options,
  );
  return createUser.user.id;
}

export const rows: BriefRow[] = [
  {
    brief: 'GET /users/search',
    operation: 'searchUsers',
    run: (b) => {
      const { companyId, options } = agency(b);
      return b.gql(graphql(`query BriefUsersSearch($c: ID!) { users(companyId: $c, first: 25) { totalCount edges { node { name } } } }`), { c: companyId }, options);
    },
  },
  {
    brief: 'GET /users/user123',
    operation: 'getUser',
    run: async (b) => {
      const [user] = b.stack.sandbox.store.usersOfLocation(b.stack.locationId);
      return b.gql(graphql(`query BriefUsersGet($id: ID!) { user(id: $id) { name email roles { type role locationIds } } }`), { id: user!.id });
    },
  },
  {
    brief: 'POST /users/',
    operation: 'createUser',
    run: (b) => newUser(b),
  },
  {
    brief: 'PUT /users/user123',
    operation: 'updateUser',
    run: async (b) =>
      b.gql(graphql(`mutation BriefUsersUpdate($id: ID!) { updateUser(id: $id, input: { firstName: "Jane", lastName: "Doe", role: ADMIN }) { user { name } } }`), {
        id: await newUser(b),
      }),
  },
  {
    brief: 'DELETE /users/user123',
    operation: 'deleteUser',
    run: async (b) => b.gql(graphql(`mutation BriefUsersDelete($id: ID!) { deleteUser(id: $id) { deletedId } }`), { id: await newUser(b) }),
  },
];
