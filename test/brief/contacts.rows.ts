/** The brief's Contacts, Contact Tasks and Contact Notes examples, and contacts in workflows and campaigns. */
import { graphql } from '../generated/gql.ts';
import { newContact } from './fixtures.ts';
import type { BriefContext, BriefRow } from './row.ts';

const CONTACT = 'nmFmQEsNgz6AVpgLVUJ0';
const WORKFLOW = '78559bb3-b920-461e-b010-7b2a2816d2a9';
const ADD_TO_WORKFLOW = graphql(`mutation BriefContactsAddToWorkflow($c: ID!, $w: ID!) { addContactToWorkflow(contactId: $c, workflowId: $w) { succeeded } }`);
const ADD_TO_CAMPAIGN = graphql(`mutation BriefContactsAddToCampaign($c: ID!, $k: ID!) { addContactToCampaign(contactId: $c, campaignId: $k) { succeeded } }`);

export const rows: BriefRow[] = [
  {
    brief: 'POST /contacts/',
    operation: 'createContact',
    run: (b) => newContact(b),
  },
  {
    brief: `GET /contacts/${CONTACT}`,
    operation: 'getContact',
    run: async (b) => b.gql(graphql(`query BriefContactsGet($id: ID!) { contact(id: $id) { name email } }`), { id: (await newContact(b)).id }),
  },
  {
    brief: 'GET /contacts/',
    operation: 'searchContacts',
    servedInstead: 'GHL deprecated GET /contacts/ for POST /contacts/search, which also filters and sorts (newest first)',
    run: (b) => b.gql(graphql(`query BriefContactsSearch { contacts(first: 20, query: "john") { totalCount edges { node { name } } } }`)),
  },
  {
    brief: `PUT /contacts/${CONTACT}`,
    operation: 'updateContact',
    run: async (b) =>
      b.gql(graphql(`mutation BriefContactsUpdate($id: ID!) { updateContact(id: $id, input: { lastName: "Smith", tags: ["customer", "premium"] }) { contact { lastName } } }`), {
        id: (await newContact(b)).id,
      }),
  },
  {
    brief: `POST /contacts/${CONTACT}/tags`,
    operation: 'addContactTags',
    run: async (b) => b.gql(graphql(`mutation BriefContactsAddTags($id: ID!) { addContactTags(id: $id, tags: ["vip", "referral"]) { tags } }`), { id: (await newContact(b)).id }),
  },
  {
    brief: `DELETE /contacts/${CONTACT}`,
    operation: 'deleteContact',
    run: async (b) => b.gql(graphql(`mutation BriefContactsDelete($id: ID!) { deleteContact(id: $id) { deletedGhlId } }`), { id: (await newContact(b)).id }),
  },
  {
    brief: `POST /contacts/${CONTACT}/tasks`,
    operation: 'createContactTask',
    run: async (b) =>
      b.gql(graphql(`mutation BriefContactsCreateTask($c: ID!) { createContactTask(contactId: $c, input: { title: "Follow up on proposal", dueDate: "2030-01-20T14:00:00.000Z" }) { task { ghlId } } }`), {
        c: (await newContact(b)).id,
      }),
  },
  {
    brief: `GET /contacts/${CONTACT}/tasks`,
    operation: 'listContactTasks',
    run: async (b) => b.gql(graphql(`query BriefContactsListTasks($id: ID!) { contact(id: $id) { tasks { title } } }`), { id: (await newContact(b)).id }),
  },
  {
    brief: `PUT /contacts/${CONTACT}/tasks/task123/completed`,
    operation: 'completeContactTask',
    run: async (b) => {
      const contact = await newContact(b);
      const created = await b.gql(
        graphql(`mutation BriefContactsCreateTaskToComplete($c: ID!) { createContactTask(contactId: $c, input: { title: "Call back", dueDate: "2030-01-20T14:00:00.000Z" }) { task { ghlId } } }`),
        { c: contact.id },
      );
      return b.gql(graphql(`mutation BriefContactsCompleteTask($c: ID!, $t: ID!) { completeContactTask(contactId: $c, taskId: $t) { task { completed } } }`), {
        c: contact.id,
        t: created.createContactTask.task.ghlId,
      });
    },
  },
  {
    brief: `POST /contacts/${CONTACT}/notes`,
    operation: 'createContactNote',
    run: async (b) =>
      b.gql(graphql(`mutation BriefContactsCreateNote($c: ID!) { createContactNote(contactId: $c, input: { body: "Interested in premium" }) { note { ghlId } } }`), {
        c: (await newContact(b)).id,
      }),
  },
  {
    brief: `GET /contacts/${CONTACT}/notes`,
    operation: 'listContactNotes',
    run: async (b) => b.gql(graphql(`query BriefContactsListNotes($id: ID!) { contact(id: $id) { notes { body } } }`), { id: (await newContact(b)).id }),
  },
  {
    brief: `PUT /contacts/${CONTACT}/notes/note456`,
    operation: 'updateContactNote',
    run: async (b) => {
      const { contact, note } = await contactWithNote(b);
      return b.gql(graphql(`mutation BriefContactsUpdateNote($c: ID!, $n: ID!) { updateContactNote(contactId: $c, noteId: $n, input: { body: "Updated" }) { note { body } } }`), {
        c: contact,
        n: note,
      });
    },
  },
  {
    brief: `DELETE /contacts/${CONTACT}/notes/note456`,
    operation: 'deleteContactNote',
    run: async (b) => {
      const { contact, note } = await contactWithNote(b);
      return b.gql(graphql(`mutation BriefContactsDeleteNote($c: ID!, $n: ID!) { deleteContactNote(contactId: $c, noteId: $n) { deletedGhlId } }`), { c: contact, n: note });
    },
  },
  {
    brief: `POST /contacts/${CONTACT}/workflow/${WORKFLOW}`,
    operation: 'addContactToWorkflow',
    run: async (b) =>
      b.gql(ADD_TO_WORKFLOW, {
        c: (await newContact(b)).id,
        w: await publishedWorkflow(b),
      }),
  },
  {
    brief: `DELETE /contacts/${CONTACT}/workflow/${WORKFLOW}`,
    operation: 'removeContactFromWorkflow',
    run: async (b) => {
      const variables = { c: (await newContact(b)).id, w: await publishedWorkflow(b) };
      await b.gql(ADD_TO_WORKFLOW, variables);
      return b.gql(graphql(`mutation BriefContactsRemoveFromWorkflow($c: ID!, $w: ID!) { removeContactFromWorkflow(contactId: $c, workflowId: $w) { succeeded } }`), variables);
    },
  },
  {
    brief: `POST /contacts/${CONTACT}/campaigns/campaign123`,
    operation: 'addContactToCampaign',
    run: async (b) =>
      b.gql(ADD_TO_CAMPAIGN, {
        c: (await newContact(b)).id,
        k: await publishedCampaign(b),
      }),
  },
  {
    brief: `DELETE /contacts/${CONTACT}/campaigns/campaign123`,
    operation: 'removeContactFromCampaign',
    run: async (b) => {
      const variables = { c: (await newContact(b)).id, k: await publishedCampaign(b) };
      await b.gql(ADD_TO_CAMPAIGN, variables);
      return b.gql(graphql(`mutation BriefContactsRemoveFromCampaign($c: ID!, $k: ID!) { removeContactFromCampaign(contactId: $c, campaignId: $k) { succeeded } }`), variables);
    },
  },
  {
    brief: `DELETE /contacts/${CONTACT}/campaigns/removeAll`,
    operation: 'removeContactFromAllCampaigns',
    run: async (b) => {
      const variables = { c: (await newContact(b)).id, k: await publishedCampaign(b) };
      await b.gql(ADD_TO_CAMPAIGN, variables);
      return b.gql(graphql(`mutation BriefContactsRemoveFromAllCampaigns($c: ID!) { removeContactFromAllCampaigns(contactId: $c) { succeeded } }`), { c: variables.c });
    },
  },
];

async function contactWithNote(b: BriefContext) {
  const contact = (await newContact(b)).id;
  const created = await b.gql(graphql(`mutation BriefContactsCreateFirstNote($c: ID!) { createContactNote(contactId: $c, input: { body: "First" }) { note { ghlId } } }`), { c: contact });
  return { contact, note: created.createContactNote.note.ghlId };
}

async function publishedWorkflow(b: BriefContext): Promise<string> {
  const data = await b.gql(graphql(`query BriefContactsWorkflows { workflows { id status } }`));
  const workflow = data.workflows.find((workflow) => workflow.status === 'published');
  if (!workflow) throw new Error('the sandbox seeds no published workflow');
  return workflow.id;
}

async function publishedCampaign(b: BriefContext): Promise<string> {
  const data = await b.gql(graphql(`query BriefContactsPublishedCampaigns { campaigns(status: PUBLISHED) { id } }`));
  const [campaign] = data.campaigns;
  if (!campaign) throw new Error('the sandbox seeds no published campaign');
  return campaign.id;
}
