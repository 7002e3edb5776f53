/**
 * Seeds each location's workflows and campaigns (data/automations.ts) and puts some of its
 * contacts in the published ones. From a stream of its own; dates before the seed epoch.
 */
import { membershipId, type Workflow } from '../model/automations.ts';
import type { Contact } from '../model/index.ts';
import { domainRandom, type Random } from '../random.ts';
import { AUTOMATION_PROFILES } from './data/automations.ts';
import { DAY_MS, randomDate, SEED_EPOCH } from './time.ts';
import type { SandboxStore } from '../model/store.ts';

const IN_A_WORKFLOW = 0.15;
const IN_CAMPAIGNS = 0.1;

export function seedAutomations(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'automations');
  for (const location of store.locations.values()) {
    const profile = AUTOMATION_PROFILES[location.name];
    if (!profile) continue;
    const draftLast = (index: number, all: string[]) => (index === all.length - 1 ? 'draft' : 'published');
    const workflows = profile.workflows.map((name, index, all) =>
      store.workflows.insert(makeWorkflow(random, location.id, name, draftLast(index, all))),
    );
    const campaigns = profile.campaigns.map((name, index, all) =>
      store.campaigns.insert({ id: random.id(), name, status: draftLast(index, all), locationId: location.id }),
    );

    const liveWorkflows = workflows.filter((workflow) => workflow.status === 'published');
    const liveCampaigns = campaigns.filter((campaign) => campaign.status === 'published');
    for (const contact of store.contactsOfLocation(location.id)) {
      if (random.chance(IN_A_WORKFLOW)) {
        const workflow = random.pick(liveWorkflows);
        const id = membershipId(contact.id, workflow.id);
        store.workflowMemberships.insert({ id, contactId: contact.id, workflowId: workflow.id, dateAdded: joined(random, contact) });
      }
      if (random.chance(IN_CAMPAIGNS)) {
        for (const campaign of random.sample(liveCampaigns, random.int(1, 2))) {
          const id = membershipId(contact.id, campaign.id);
          store.campaignMemberships.insert({ id, contactId: contact.id, campaignId: campaign.id, dateAdded: joined(random, contact) });
        }
      }
    }
  }
}

function makeWorkflow(random: Random, locationId: string, name: string, status: Workflow['status']): Workflow {
  const createdAt = randomDate(random, SEED_EPOCH - 600 * DAY_MS, SEED_EPOCH - 60 * DAY_MS);
  return {
    id: uuid(random),
    name,
    status,
    // Every publish is a new version; a draft has never been published.
    version: status === 'draft' ? 1 : random.int(2, 9),
    createdAt,
    updatedAt: randomDate(random, Date.parse(createdAt), SEED_EPOCH),
    locationId,
  };
}

function joined(random: Random, contact: Contact): string {
  return randomDate(random, Date.parse(contact.dateAdded), SEED_EPOCH);
}

/** A version 4 UUID, the shape of GHL's workflow ids, drawn from the seeded stream. */
function uuid(random: Random): string {
  const hex = (count: number) => Array.from({ length: count }, () => random.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${random.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
}
