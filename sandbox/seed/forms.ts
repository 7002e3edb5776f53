/**
 * Seeds each location's forms and surveys, and what its contacts submitted through them: a few
 * regulars submit again and again, as real leads do, so one page of submissions names the same
 * contact several times. Each location also gets a file-upload custom field, the target of
 * POST /forms/upload-custom-files. From a stream of its own; dates before the seed epoch.
 */
import type { Contact, Form, Location, Submission } from '../model/index.ts';
import { domainRandom, type Random } from '../random.ts';
import { DAY_MS, randomDate, SEED_EPOCH } from './time.ts';
import type { SandboxStore } from '../model/store.ts';

const FORMS: Array<{ name: string; type: Form['type'] }> = [
  { name: 'Contact Us', type: 'form' },
  { name: 'Request a Quote', type: 'form' },
  { name: 'Newsletter Signup', type: 'form' },
  { name: 'Book a Consultation', type: 'form' },
  { name: 'Which Plan Fits You?', type: 'quiz' },
];
const SURVEYS = ['Customer Satisfaction', 'Post-Visit Feedback', 'How Did You Hear About Us?'];
const SUBMISSIONS_PER_LOCATION = { forms: 60, surveys: 30 };
/** Contacts that keep coming back, so a page repeats contacts. */
const REGULARS = 8;

const UPLOAD_FIELD_NAME = 'Signed Documents';

export function seedForms(store: SandboxStore, seed: number): void {
  const random = domainRandom(seed, 'forms');
  for (const location of store.locations.values()) {
    const forms = FORMS.map(({ name, type }) => store.forms.insert({ id: random.id(), name, type, locationId: location.id }));
    const surveys = SURVEYS.map((name) => store.surveys.insert({ id: random.id(), name, locationId: location.id }));
    store.customFields.insert({
      id: random.id(),
      locationId: location.id,
      name: UPLOAD_FIELD_NAME,
      fieldKey: 'contact.signed_documents',
      placeholder: UPLOAD_FIELD_NAME,
      dataType: 'FILE_UPLOAD',
      position: 1000,
      model: 'contact',
    });

    const contacts = store.contactsOfLocation(location.id).filter((contact) => contact.email);
    const regulars = contacts.slice(0, REGULARS);
    const submitter = () => (random.chance(0.5) ? random.pick(regulars) : random.pick(contacts));
    for (let i = 0; i < SUBMISSIONS_PER_LOCATION.forms; i++) {
      const form = random.pick(forms);
      store.formSubmissions.insert({ ...submission(random, location, submitter(), 'form', form.id, form.name), formId: form.id });
    }
    for (let i = 0; i < SUBMISSIONS_PER_LOCATION.surveys; i++) {
      const survey = random.pick(surveys);
      store.surveySubmissions.insert({
        ...submission(random, location, submitter(), 'survey', survey.id, survey.name),
        surveyId: survey.id,
      });
    }
  }
}

function submission(
  random: Random,
  location: Location,
  contact: Contact,
  medium: 'form' | 'survey',
  mediumId: string,
  title: string,
): Submission {
  const createdAt = randomDate(random, SEED_EPOCH - 365 * DAY_MS, SEED_EPOCH);
  const name = contact.name ?? contact.firstName ?? '';
  const email = contact.email ?? '';
  const answers: Record<string, string> =
    medium === 'form'
      ? { full_name: name, email, phone: contact.phone ?? '', message: random.pick(['Please call me back.', 'Interested in pricing.', 'What are your hours?']) }
      : { full_name: name, email, rating: String(random.int(1, 5)), heard_from: random.pick(['Google', 'Friend', 'Instagram', 'Flyer']) };
  return {
    id: random.id(),
    locationId: location.id,
    contactId: contact.id,
    createdAt,
    name,
    email,
    others: {
      ...answers,
      eventData: {
        source: random.pick(['Direct traffic', 'Organic search', 'Paid social']),
        medium,
        mediumId,
        page: { url: `${location.website}/${medium}s/${mediumId}`, title },
        timestamp: Date.parse(createdAt),
      },
      fieldsOriSequance: Object.keys(answers),
    },
  };
}
