/**
 * Seeds each location's pipelines and their opportunities: every deal belongs to a contact of its
 * location (one deal per contact and pipeline, as the seeded locations disallow duplicates), sits
 * in a stage of its pipeline and is mostly assigned to one of the location's users. Runs after
 * the contacts are seeded, on a PRNG stream of its own, so it changes nothing seeded before it.
 */
import type { Contact, Opportunity, OpportunityStatus, Pipeline, User } from '../model/index.ts';
import { domainRandom, type Random } from '../random.ts';
import { PIPELINES, type PipelineProfile } from './data/opportunities.ts';
import { randomDate, SEED_EPOCH } from './time.ts';
import type { SandboxStore } from '../model/store.ts';

export function seedOpportunities(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'opportunities');
  for (const location of store.locations.values()) {
    const contacts = store.contactsOfLocation(location.id);
    const users = store.usersOfLocation(location.id);
    for (const profile of PIPELINES[location.name] ?? []) {
      const pipeline = store.pipelines.insert(makePipeline(random, location.id, profile));
      for (const contact of random.sample(contacts, random.int(...profile.count))) {
        store.opportunities.insert(makeOpportunity(random, pipeline, profile, contact, users));
      }
    }
  }
  seedLostReasons(store, seed);
}

const LOST_REASONS = ['Price too high', 'Went with a competitor', 'No response', 'Not a fit', 'Timing'];

/**
 * Each location's lost reasons, and one on most of its lost deals. A stream of its own: the deals
 * above are drawn as they were before lost reasons were seeded.
 */
function seedLostReasons(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'lost-reasons');
  for (const location of store.locations.values()) {
    const reasons = LOST_REASONS.map((name) => {
      const createdAt = randomDate(random, SEED_EPOCH - 400 * 86_400_000, SEED_EPOCH - 300 * 86_400_000);
      return store.lostReasons.insert({ id: random.id(), name, locationId: location.id, createdAt, updatedAt: createdAt });
    });
    for (const opportunity of store.opportunitiesOfLocation(location.id)) {
      if (opportunity.status === 'lost' && random.chance(0.8)) store.opportunities.insert({ ...opportunity, lostReasonId: random.pick(reasons).id });
    }
  }
}

function makePipeline(random: Random, locationId: string, profile: PipelineProfile): Pipeline {
  return {
    id: random.id(),
    name: profile.name,
    stages: profile.stages.map((name, position) => ({ id: uuid(random), name, position, showInFunnel: true, showInPieChart: true })),
    showInFunnel: true,
    showInPieChart: true,
    locationId,
  };
}

function makeOpportunity(random: Random, pipeline: Pipeline, profile: PipelineProfile, contact: Contact, users: User[]): Opportunity {
  const status = pickStatus(random);
  const createdAt = randomDate(random, Date.parse(contact.dateAdded), SEED_EPOCH);
  const lastStageChangeAt = randomDate(random, Date.parse(createdAt), SEED_EPOCH);
  const lastStatusChangeAt = status === 'open' ? createdAt : randomDate(random, Date.parse(lastStageChangeAt), SEED_EPOCH);
  const updatedAt = randomDate(random, Math.max(Date.parse(lastStageChangeAt), Date.parse(lastStatusChangeAt)), SEED_EPOCH);
  const [min, max] = profile.value;
  const assignee = random.next();
  return {
    id: random.id(),
    name: `${contact.name ?? contact.phone ?? contact.email ?? 'Unknown'} - ${random.pick(profile.offers)}`,
    // GHL stores 0 for a deal nobody priced.
    monetaryValue: random.chance(0.05) ? 0 : Math.round(random.int(min, max) / 10) * 10,
    pipelineId: pipeline.id,
    pipelineStageId: pickStage(random, pipeline, status),
    ...(assignee < 0.9 && { assignedTo: assignee < 0.7 && contact.assignedTo ? contact.assignedTo : random.pick(users).id }),
    status,
    ...(contact.source && { source: contact.source }),
    lastStatusChangeAt,
    lastStageChangeAt,
    lastActionDate: updatedAt,
    createdAt,
    updatedAt,
    contactId: contact.id,
    locationId: contact.locationId,
    customFields: [],
    followers: random.chance(0.1) ? [random.pick(users).id] : [],
  };
}

function pickStatus(random: Random): OpportunityStatus {
  const roll = random.next();
  return roll < 0.74 ? 'open' : roll < 0.87 ? 'won' : roll < 0.97 ? 'lost' : 'abandoned';
}

/** Won deals sit in the last stage; the rest thin out from left to right before it. */
function pickStage(random: Random, pipeline: Pipeline, status: OpportunityStatus): string {
  const { stages } = pipeline;
  const index = status === 'won' ? stages.length - 1 : Math.floor((stages.length - 1) * random.next() ** 1.5);
  const stage = stages[index];
  if (!stage) throw new Error(`pipeline ${pipeline.name} has no stage ${index}`);
  return stage.id;
}

/** A version 4 UUID, the shape GHL gives stage ids. */
function uuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = ((random.int(0, 15) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
