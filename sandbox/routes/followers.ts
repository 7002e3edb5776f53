/**
 * The users following a contact or a deal (FollowersDTO, contacts.json and opportunities.json):
 * ids in, the whole list and what changed out. Every follower must be a user of the record's
 * location, as the assignee must.
 */
import { Validator } from '../http/validate.ts';
import type { SandboxStore } from '../model/store.ts';
import { requireAssignee } from './opportunity-input.ts';

export interface FollowersChange {
  followers: string[];
  /** The ids the change really added or removed. */
  changed: string[];
}

export function readFollowers(body: unknown, store: SandboxStore, locationId: string): string[] {
  const v = Validator.body(body);
  const followers = v.stringArray('followers', { required: true });
  v.check();
  for (const userId of followers) requireAssignee(store, locationId, userId);
  return [...new Set(followers)];
}

export function addFollowers(current: readonly string[], added: readonly string[]): FollowersChange {
  const changed = added.filter((id) => !current.includes(id));
  return { followers: [...current, ...changed], changed };
}

export function removeFollowers(current: readonly string[], removed: readonly string[]): FollowersChange {
  const gone = new Set(removed);
  return { followers: current.filter((id) => !gone.has(id)), changed: current.filter((id) => gone.has(id)) };
}
