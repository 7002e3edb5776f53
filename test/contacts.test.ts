/** The contact slice of the graph, end to end: gateway over loopback HTTP to the sandbox. */
import { describe, expect, it } from 'vitest';
import type { Contact, Note, Task, User } from '../sandbox/index.ts';
import { graphql } from './generated/gql.ts';
import type { ContactsEmailsAndPhonesQuery, ContactsPageQuery } from './generated/graphql.ts';
import { ghlRest } from './support/ghl-rest.ts';
import { type GqlResponse, useStack } from './support/stack.ts';

const stack = useStack();

const rest = <T>(method: string, path: string, body?: unknown) => ghlRest<T>(stack.sandbox, stack.token, method, path, body);
const someContacts = async (limit = 100) =>
  (await rest<{ contacts: Contact[] }>('GET', `/contacts/?locationId=${stack.locationId}&limit=${limit}`)).body.contacts;
const someContact = async () => (await someContacts(1))[0]!;
const someAssignedContact = async () => (await someContacts()).find((c) => c.assignedTo)!;

describe('reading contacts', () => {
  it('reads one contact by its GHL id, with the fields GHL stores', async () => {
    const stored = await someContact();
    const { data, errors } = await stack.gql(
      graphql(`query ContactsAllFields($id: ID!) { contact(id: $id) {
        id ghlId locationId name firstName lastName email phone companyName source timezone
        address1 city state postalCode country website tags dnd createdAt updatedAt assignedTo
        dndSettings { sms { status } email { status } }
        customFields { fieldId value }
      } }`),
      { id: stored.id },
    );
    expect(errors).toBeUndefined();
    expect(data.contact).toMatchObject({
      ghlId: stored.id,
      locationId: stack.locationId,
      firstName: stored.firstName ?? null,
      lastName: stored.lastName ?? null,
      email: stored.email ?? null,
      phone: stored.phone ?? null,
      tags: stored.tags ?? [],
      assignedTo: stored.assignedTo ?? null,
      createdAt: new Date(stored.dateAdded).toISOString(),
      updatedAt: new Date(stored.dateUpdated).toISOString(),
    });
    expect(data.contact!.customFields).toEqual((stored.customFields ?? []).map((f) => ({ fieldId: f.id, value: f.value })));
  });

  it('reads the same contact by its global id, and through node(id)', async () => {
    const stored = await someContact();
    const first = await stack.gql(graphql(`query ContactsGlobalId($id: ID!) { contact(id: $id) { id } }`), { id: stored.id });
    const globalId = first.data.contact!.id;
    expect(globalId).not.toBe(stored.id);
    const again = await stack.gql(
      graphql(`query ContactsByGlobalIdAndNode($id: ID!) { contact(id: $id) { ghlId } node(id: $id) { id ... on Contact { ghlId } } }`),
      { id: globalId },
    );
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual({ contact: { ghlId: stored.id }, node: { id: globalId, ghlId: stored.id } });
  });

  it('pages through every contact of a location with no gap and no repeat', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let page = 0; page < 20; page++) {
      const response: GqlResponse<ContactsPageQuery> = await stack.gql(
        graphql(`query ContactsPage($after: String) { contacts(first: 100, after: $after) {
           totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { ghlId } } } }`),
        { after },
      );
      expect(response.errors).toBeUndefined();
      const { edges, pageInfo } = response.data.contacts!;
      totalCount = response.data.contacts!.totalCount!;
      expect(pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...edges.map((e) => e.node.ghlId));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor ?? null;
    }
    expect(totalCount).toBeGreaterThanOrEqual(200);
    expect(seen).toHaveLength(totalCount);
    expect(new Set(seen).size).toBe(totalCount);
  });

  it('searches by name and reports the size of the match', async () => {
    const firstName = (await someContacts()).find((c) => c.firstName)!.firstName!;
    const { data } = await stack.gql(
      graphql(`query ContactsSearchByName($q: String) { contacts(query: $q, first: 50) { totalCount edges { node { firstName lastName email } } } }`),
      { q: firstName },
    );
    expect(data.contacts!.totalCount).toBeGreaterThanOrEqual(1);
    for (const { node } of data.contacts!.edges) {
      expect(JSON.stringify(node).toLowerCase()).toContain(firstName.toLowerCase());
    }
  });

  it('serves messy stored records as they are, without failing the list', async () => {
    const all: { email?: string | null }[] = [];
    let after: string | null = null;
    do {
      const page: GqlResponse<ContactsEmailsAndPhonesQuery> = await stack.gql(
        graphql(`query ContactsEmailsAndPhones($after: String) { contacts(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ghlId email phone } } } }`),
        { after },
      );
      expect(page.errors).toBeUndefined();
      const contacts = page.data.contacts!;
      all.push(...contacts.edges.map((e) => e.node));
      after = contacts.pageInfo.hasNextPage ? (contacts.pageInfo.endCursor ?? null) : null;
    } while (after);
    expect(all.some((c) => c.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c.email))).toBe(true);
  });

  it('resolves the location, the assigned user, tasks and notes', async () => {
    const stored = await someAssignedContact();
    const tasks = (await rest<{ tasks: Task[] }>('GET', `/contacts/${stored.id}/tasks`)).body.tasks;
    const notes = (await rest<{ notes: Note[] }>('GET', `/contacts/${stored.id}/notes`)).body.notes;
    const user = (await rest<User>('GET', `/users/${stored.assignedTo}`)).body;
    const { data, errors } = await stack.gql(
      graphql(`query ContactsRelations($id: ID!) { contact(id: $id) {
         location { ghlId name }
         assignedUser { ghlId name email roles { locationIds } }
         tasks { ghlId title completed contactId }
         notes { ghlId body contactId user { ghlId } }
       } }`),
      { id: stored.id },
    );
    expect(errors).toBeUndefined();
    const contact = data.contact!;
    expect(contact.location!.ghlId).toBe(stack.locationId);
    expect(contact.assignedUser).toMatchObject({ ghlId: user.id, email: user.email });
    expect(contact.assignedUser!.roles!.locationIds).toContain(stack.locationId);
    expect(contact.tasks.map((t) => t.ghlId)).toEqual(tasks.map((t) => t.id));
    expect(contact.notes.map((n) => n.ghlId)).toEqual(notes.map((n) => n.id));
  });

  it('reads a location and a user by id', async () => {
    const { data, errors } = await stack.gql(
      graphql(`query ContactsOfLocation($loc: ID) { location(id: $loc) { ghlId name timezone settings { allowDuplicateContact } contacts(first: 3) { edges { node { locationId } } } } }`),
      { loc: stack.locationId },
    );
    expect(errors).toBeUndefined();
    expect(data.location!.ghlId).toBe(stack.locationId);
    expect(data.location!.contacts!.edges.map((e) => e.node.locationId)).toEqual(Array(3).fill(stack.locationId));
  });
});

describe('writing contacts', () => {
  it('creates, updates, tags, untags and deletes a contact, and the sandbox follows each step', async () => {
    const created = await stack.gql(
      graphql(`mutation ContactsCreate($input: CreateContactInput!) { createContact(input: $input) { contact { ghlId name email phone tags country } } }`),
      {
        input: {
          firstName: 'Ada',
          lastName: 'Lovelace',
          email: 'ada.lovelace@example.com',
          phone: '+14155550123',
          country: 'GB',
          tags: ['lead'],
          customFields: [{ fieldId: 'cf_plan', value: 'Enterprise' }],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const contact = created.data.createContact.contact!;
    expect(contact).toMatchObject({ name: 'Ada Lovelace', email: 'ada.lovelace@example.com', tags: ['lead'], country: 'GB' });
    const readContact = async (id: string) => (await rest<{ contact: Contact }>('GET', `/contacts/${id}`)).body.contact;
    const stored = await readContact(contact.ghlId);
    expect(stored).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', locationId: stack.locationId, tags: ['lead'] });

    const updated = await stack.gql(
      graphql(`mutation ContactsUpdate($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { contact { lastName city companyName } } }`),
      { id: contact.ghlId, input: { lastName: 'King', city: 'London', companyName: 'Analytical Engines Ltd' } },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateContact.contact).toEqual({ lastName: 'King', city: 'London', companyName: 'Analytical Engines Ltd' });
    expect(await readContact(contact.ghlId)).toMatchObject({
      firstName: 'Ada',
      lastName: 'King',
      city: 'London',
      companyName: 'Analytical Engines Ltd',
    });

    // GHL's read does not return inbound do-not-disturb, so the sandbox's store shows what the update wrote.
    const blocked = await stack.gql(
      graphql(`mutation ContactsUpdateInboundDnd($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { contact { ghlId } } }`),
      { id: contact.ghlId, input: { inboundDndSettings: { all: { status: 'ACTIVE', message: 'Asked to stop' } } } },
    );
    expect(blocked.errors).toBeUndefined();
    expect(stack.sandbox.store.contacts.get(contact.ghlId)!.inboundDndSettings).toEqual({ all: { status: 'active', message: 'Asked to stop' } });

    const tagged = await stack.gql(
      graphql(`mutation ContactsAddTags($id: ID!) { addContactTags(id: $id, tags: ["vip", "lead", " referral "]) { tags contact { tags } } }`),
      { id: contact.ghlId },
    );
    expect(tagged.errors).toBeUndefined();
    expect([...tagged.data.addContactTags.tags].sort()).toEqual(['lead', 'referral', 'vip']);
    expect([...tagged.data.addContactTags.contact!.tags].sort()).toEqual(['lead', 'referral', 'vip']);

    const untagged = await stack.gql(graphql(`mutation ContactsRemoveTags($id: ID!) { removeContactTags(id: $id, tags: ["lead"]) { tags } }`), {
      id: contact.ghlId,
    });
    expect([...untagged.data.removeContactTags.tags].sort()).toEqual(['referral', 'vip']);
    expect([...(await readContact(contact.ghlId)).tags].sort()).toEqual(['referral', 'vip']);

    const deleted = await stack.gql(graphql(`mutation ContactsDelete($id: ID!) { deleteContact(id: $id) { deletedId deletedGhlId } }`), {
      id: contact.ghlId,
    });
    expect(deleted.data.deleteContact.deletedGhlId).toBe(contact.ghlId);
    expect(Buffer.from(deleted.data.deleteContact.deletedId, 'base64').toString()).toBe(`Contact:${contact.ghlId}`);
    expect((await rest<unknown>('GET', `/contacts/${contact.ghlId}`)).status).toBe(404);
  });

  it('creates, updates, completes and deletes a task', async () => {
    const stored = await someContact();
    const userId = (await someAssignedContact()).assignedTo!;
    const created = await stack.gql(
      graphql(`mutation ContactsCreateTask($c: ID!, $input: CreateTaskInput!) { createContactTask(contactId: $c, input: $input) {
         task { id ghlId title completed dueDate assignedUser { ghlId } contact { ghlId } } } }`),
      { c: stored.id, input: { title: 'Call back', dueDate: '2030-01-02T03:04:05.000Z', assignedTo: userId } },
    );
    expect(created.errors).toBeUndefined();
    const task = created.data.createContactTask.task!;
    expect(task).toMatchObject({ title: 'Call back', completed: false, dueDate: '2030-01-02T03:04:05.000Z', assignedUser: { ghlId: userId } });
    expect(task.contact!.ghlId).toBe(stored.id);

    const updated = await stack.gql(
      graphql(`mutation ContactsRenameTask($c: ID!, $t: ID!) { updateContactTask(contactId: $c, taskId: $t, input: { title: "Call back Monday" }) { task { title } } }`),
      { c: stored.id, t: task.id },
    );
    expect(updated.data.updateContactTask.task!.title).toBe('Call back Monday');

    const completed = await stack.gql(
      graphql(`mutation ContactsCompleteTask($c: ID!, $t: ID!) { completeContactTask(contactId: $c, taskId: $t) { task { completed } } }`),
      { c: stored.id, t: task.ghlId },
    );
    expect(completed.data.completeContactTask.task!.completed).toBe(true);
    expect((await rest<{ task: Task }>('GET', `/contacts/${stored.id}/tasks/${task.ghlId}`)).body.task).toMatchObject({ title: 'Call back Monday', completed: true });

    const listed = await stack.gql(
      graphql(`query ContactsTasksAndTaskNode($id: ID!, $task: ID!) { contact(id: $id) { tasks { ghlId } } node(id: $task) { ... on Task { title } } }`),
      { id: stored.id, task: task.id },
    );
    expect(listed.data.contact!.tasks.map((t) => t.ghlId)).toContain(task.ghlId);
    expect(listed.data.node).toMatchObject({ title: 'Call back Monday' });

    const deleted = await stack.gql(
      graphql(`mutation ContactsDeleteTask($c: ID!, $t: ID!) { deleteContactTask(contactId: $c, taskId: $t) { deletedId deletedGhlId } }`),
      { c: stored.id, t: task.ghlId },
    );
    expect(deleted.data.deleteContactTask).toEqual({ deletedId: task.id, deletedGhlId: task.ghlId });
    expect((await rest<unknown>('GET', `/contacts/${stored.id}/tasks/${task.ghlId}`)).status).toBe(404);
  });

  it('creates, updates and deletes a note', async () => {
    const stored = await someContact();
    const created = await stack.gql(
      graphql(`mutation ContactsCreateNote($c: ID!) { createContactNote(contactId: $c, input: { body: "Met at the fair", pinned: true }) { note { id ghlId body pinned } } }`),
      { c: stored.id },
    );
    expect(created.errors).toBeUndefined();
    const note = created.data.createContactNote.note!;
    expect(note).toMatchObject({ body: 'Met at the fair', pinned: true });

    const updated = await stack.gql(
      graphql(`mutation ContactsRewriteNote($c: ID!, $n: ID!) { updateContactNote(contactId: $c, noteId: $n, input: { body: "Met at the spring fair" }) { note { body } } }`),
      { c: stored.id, n: note.id },
    );
    expect(updated.data.updateContactNote.note!.body).toBe('Met at the spring fair');
    expect((await rest<{ note: Note }>('GET', `/contacts/${stored.id}/notes/${note.ghlId}`)).body.note.body).toBe('Met at the spring fair');

    const deleted = await stack.gql(graphql(`mutation ContactsDeleteNote($c: ID!, $n: ID!) { deleteContactNote(contactId: $c, noteId: $n) { deletedGhlId } }`), {
      c: stored.id,
      n: note.ghlId,
    });
    expect(deleted.data.deleteContactNote.deletedGhlId).toBe(note.ghlId);
    expect((await rest<unknown>('GET', `/contacts/${stored.id}/notes/${note.ghlId}`)).status).toBe(404);
  });
});
