/**
 * The sandbox's live data: one id-keyed collection per record type. Tests read and write it
 * directly; routes go through the relation helpers so ownership rules live in one place.
 * A new domain (conversations, opportunities, ...) is a new collection here plus a seeder.
 */
import type { Company, Contact, CustomFieldDefinition, Location, Note, Task, User } from './model.ts';

export class Collection<T extends { id: string }> extends Map<string, T> {
  insert(record: T): T {
    this.set(record.id, record);
    return record;
  }

  where(predicate: (record: T) => boolean): T[] {
    return [...this.values()].filter(predicate);
  }
}

export class SandboxStore {
  readonly companies = new Collection<Company>();
  readonly locations = new Collection<Location>();
  readonly users = new Collection<User>();
  readonly customFields = new Collection<CustomFieldDefinition>();
  readonly contacts = new Collection<Contact>();
  readonly tasks = new Collection<Task>();
  readonly notes = new Collection<Note>();

  /** Empties every collection in place, so references held by tests stay valid across a reset. */
  clear(): void {
    for (const collection of this.collections()) collection.clear();
  }

  usersOfLocation(locationId: string): User[] {
    return this.users.where((user) => user.roles.locationIds.includes(locationId));
  }

  /** A user belongs to a company through the locations it is a member of. */
  userInCompany(user: User, companyId: string): boolean {
    return user.roles.locationIds.some((id) => this.locations.get(id)?.companyId === companyId);
  }

  contactsOfLocation(locationId: string): Contact[] {
    return this.contacts.where((contact) => contact.locationId === locationId);
  }

  tasksOfContact(contactId: string): Task[] {
    return this.tasks.where((task) => task.contactId === contactId);
  }

  notesOfContact(contactId: string): Note[] {
    return this.notes.where((note) => note.contactId === contactId);
  }

  /** Deleting a contact in GHL takes its tasks and notes with it. */
  deleteContact(contactId: string): void {
    for (const task of this.tasksOfContact(contactId)) this.tasks.delete(task.id);
    for (const note of this.notesOfContact(contactId)) this.notes.delete(note.id);
    this.contacts.delete(contactId);
  }

  private collections(): Array<Collection<{ id: string }>> {
    return [this.companies, this.locations, this.users, this.customFields, this.contacts, this.tasks, this.notes];
  }
}
