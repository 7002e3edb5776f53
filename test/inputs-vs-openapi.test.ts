/**
 * Each mutation input against the request body GHL documents for its call (GHL's official
 * OpenAPI files, vendored in reference/ghl-openapi, read with the corrections of
 * openapi/overrides.ts): field for field, every property GHL accepts is an input field, and every
 * input field is a property GHL accepts, except the differences listed here on purpose, each with its reason. A difference that is not listed fails, and so does a
 * listed one that no longer exists, so this table stays the truth about what the inputs leave out.
 */
import { isInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadApp } from '../openapi/spec.ts';
import { schema } from '../src/schema/index.ts';

interface Differences {
  /** The OpenAPI file (apps/<spec>.json) and the operationId whose request body the input is. */
  spec: string;
  operationId: string;
  /** Input field → GHL's property of the same meaning under another name. */
  renamed?: Record<string, string>;
  /** Input fields with no property of their own in GHL's body, and what the gateway does with them. */
  gatewayOnly?: Record<string, string>;
  /** GHL's properties the input does not offer, and why. */
  notOffered?: Record<string, string>;
}

const FILLED = 'filled in by the gateway';
const LATER = 'not offered yet: a follow-up can add it without breaking anything';

/** Calendar settings a new calendar and a change to one do not offer yet (an update has no slotBufferUnit). */
const calendarSettingsLater = [
  'alertEmail', 'allowBookingAfter', 'allowBookingAfterUnit', 'allowBookingFor', 'allowBookingForUnit', 'availabilities',
  'availabilityType', 'calendarCoverImage', 'consentLabel', 'enableRecurring', 'eventType', 'formId', 'formSubmitRedirectURL',
  'formSubmitThanksMessage', 'formSubmitType', 'googleInvitationEmails', 'guestType', 'isLivePaymentMode',
  'locationConfigurations', 'lookBusyConfig', 'meetingLocation', 'notes', 'notifications', 'pixelId', 'preBufferUnit',
  'recurring', 'shouldAssignContactToTeamMember', 'shouldSendAlertEmailsToAssignedMember',
  'shouldSkipAssigningContactForExisting', 'slotDurationUnit', 'slotIntervalUnit', 'stickyContact',
  'widgetSlug', 'widgetType',
];

const inputs: Record<string, Differences> = {
  CreateContactInput: { spec: 'contacts', operationId: 'create-contact' },
  // GHL's UpdateContactDto has no gender (only create takes it), so neither does the input; it has
  // companyName with the correction of openapi/overrides.ts, as GHL's update takes it.
  UpdateContactInput: { spec: 'contacts', operationId: 'update-contact' },
  UpsertContactInput: { spec: 'contacts', operationId: 'upsert-contact' },
  SetContactsBusinessInput: { spec: 'contacts', operationId: 'add-remove-contact-from-business', renamed: { contactIds: 'ids' } },
  BulkContactTagsInput: {
    spec: 'contacts',
    operationId: 'create-association',
    // Ids are named after the type they point to (docs/schema-guide.md).
    renamed: { contactIds: 'contacts' },
    gatewayOnly: { action: "sent as the path's {type}: add or remove" },
  },
  CreateNoteInput: { spec: 'contacts', operationId: 'create-note' },
  UpdateNoteInput: { spec: 'contacts', operationId: 'update-note' },
  CreateTaskInput: { spec: 'contacts', operationId: 'create-task' },
  UpdateTaskInput: { spec: 'contacts', operationId: 'update-task' },
  CreateOpportunityInput: {
    spec: 'opportunities',
    operationId: 'create-opportunity',
    // Ids are named after the type they point to (docs/schema-guide.md): a PipelineStage id is a stageId.
    renamed: { stageId: 'pipelineStageId' },
  },
  UpdateOpportunityInput: { spec: 'opportunities', operationId: 'update-opportunity', renamed: { stageId: 'pipelineStageId' } },
  UpsertOpportunityInput: {
    spec: 'opportunities',
    operationId: 'Upsert-opportunity',
    renamed: { stageId: 'pipelineStageId' },
    notOffered: {
      id: 'a deal is changed by id with updateOpportunity; an upsert finds it by contact and pipeline',
      followers: 'followers change with addOpportunityFollowers and removeOpportunityFollowers',
      isRemoveAllFollowers: 'followers change with addOpportunityFollowers and removeOpportunityFollowers',
      followersActionType: 'followers change with addOpportunityFollowers and removeOpportunityFollowers',
    },
  },
  CreateConversationInput: { spec: 'conversations', operationId: 'create-conversation' },
  OutboundCallInput: {
    spec: 'conversations',
    operationId: 'add-an-outbound-message',
    // GHL's `call` object is flattened into the input; `type` has one value, Call, which the gateway sends.
    gatewayOnly: { to: 'sent as call.to', from: 'sent as call.from', status: 'sent as call.status' },
    notOffered: {
      call: 'its to, from and status are the input’s own fields',
      type: FILLED,
      altId: 'an external email provider’s message id, which a call has none of',
    },
  },
  UpdateConversationInput: {
    spec: 'conversations',
    operationId: 'update-conversation',
    // A client means read or unread; GHL stores a count, which the gateway sets to 0 or 1.
    renamed: { read: 'unreadCount' },
    gatewayOnly: { assignedTo: 'GHL assigns a conversation through its contact: the gateway updates the contact' },
    notOffered: { feedback: 'an object GHL does not describe' },
  },
  SendMessageInput: {
    spec: 'conversations',
    operationId: 'send-a-new-message',
    // The enum OutboundChannel is GHL's `type`, named for what it is (and `type` is the message's field on output);
    // a moment is a DateTime named <what>At, which the gateway sends as GHL's seconds since the epoch.
    renamed: { channel: 'type', scheduledAt: 'scheduledTimestamp' },
    notOffered: {
      subType: 'an object GHL does not describe',
      status: 'for custom conversation providers reporting their own messages, which the gateway is not',
      conversationProviderId: 'for custom conversation providers reporting their own messages, which the gateway is not',
      appointmentId: LATER,
      customSubtypeId: LATER,
      forward: LATER,
      optimizationPeriod: LATER,
      usesNativeSchedulingAi: LATER,
    },
  },
  UploadConversationAttachmentsInput: { spec: 'conversations', operationId: 'upload-file-attachments' },
  // A file's name is camelCase in the graph (docs/schema-guide.md).
  StartConversationFileUploadInput: { spec: 'conversations', operationId: 'initiate-file-upload', renamed: { fileName: 'filename' } },
  CompleteConversationFileUploadInput: { spec: 'conversations', operationId: 'complete-file-upload', renamed: { fileName: 'filename' } },
  InboundMessageInput: {
    spec: 'conversations',
    operationId: 'add-an-inbound-message',
    renamed: { channel: 'type' },
    notOffered: {
      contactId: `${FILLED}: the conversation's contact`,
      direction: `${FILLED}: always inbound`,
      altId: LATER,
      call: LATER,
    },
  },
  CreateInvoiceInput: {
    spec: 'invoices',
    operationId: 'create-invoice',
    gatewayOnly: {
      locationId: 'becomes altId/altType (the invoice’s location)',
      contactId: 'becomes contactDetails, read from the contact',
    },
    notOffered: {
      altId: `${FILLED} from locationId`,
      altType: `${FILLED}: always location`,
      contactDetails: `${FILLED} from contactId`,
      attachments: LATER,
      automaticTaxesEnabled: LATER,
      businessDetails: LATER,
      invoiceNumberPrefix: LATER,
      lateFeesConfiguration: LATER,
      miscellaneousCharges: LATER,
      paymentMethods: LATER,
      paymentSchedule: LATER,
      tipsConfiguration: LATER,
    },
  },
  SendInvoiceInput: {
    spec: 'invoices',
    operationId: 'send-invoice',
    gatewayOnly: { fromEmail: 'becomes sentFrom.fromEmail', fromName: 'becomes sentFrom.fromName' },
    notOffered: {
      altId: `${FILLED} from the invoice id`,
      altType: `${FILLED}: always location`,
      sentFrom: `${FILLED} from fromEmail and fromName`,
      autoPayment: LATER,
    },
  },
  RecordInvoicePaymentInput: {
    spec: 'invoices',
    operationId: 'record-invoice',
    notOffered: {
      altId: `${FILLED} from the invoice id`,
      altType: `${FILLED}: always location`,
      meta: LATER,
      paymentScheduleIds: LATER,
    },
  },
  CreateCalendarInput: {
    spec: 'calendars',
    operationId: 'create-calendar',
    // GHL spells these without the t; the schema spells them right.
    renamed: { appointmentsPerDay: 'appoinmentPerDay', appointmentsPerSlot: 'appoinmentPerSlot' },
    notOffered: Object.fromEntries(
      [...calendarSettingsLater, 'slotBufferUnit'].map((property) => [property, LATER]),
    ),
  },
  CreateAppointmentInput: {
    spec: 'calendars',
    operationId: 'create-appointment',
    notOffered: { rrule: `${LATER} (recurring bookings, which the sandbox does not book either)` },
  },
  UpdateAppointmentInput: {
    spec: 'calendars',
    operationId: 'edit-appointment',
    notOffered: { rrule: `${LATER} (recurring bookings, which the sandbox does not book either)` },
  },
  CreateBlockSlotInput: { spec: 'calendars', operationId: 'create-block-slot' },
  // Moments are <what>At (docs/schema-guide.md), which the gateway sends as GHL's startTime/endTime.
  UpdateBlockSlotInput: { spec: 'calendars', operationId: 'edit-block-slot', renamed: { startAt: 'startTime', endAt: 'endTime' } },
  UpdateCalendarInput: {
    spec: 'calendars',
    operationId: 'update-calendar',
    renamed: { appointmentsPerDay: 'appoinmentPerDay', appointmentsPerSlot: 'appoinmentPerSlot' },
    notOffered: Object.fromEntries(
      calendarSettingsLater.map((property) => [property, LATER]),
    ),
  },
  UpdateCalendarNotificationInput: {
    spec: 'calendars',
    operationId: 'update-event-notification',
    notOffered: { fromAddress: LATER, fromName: LATER, fromNumber: LATER, deleted: 'a delete is deleteCalendarNotification' },
  },
  CreateCalendarGroupInput: { spec: 'calendars', operationId: 'create-calendar-group' },
  UpdateCalendarGroupInput: { spec: 'calendars', operationId: 'edit-group' },
  AppointmentNoteInput: { spec: 'calendars', operationId: 'create-appointment-note' },
  CreateCustomObjectSchemaInput: {
    spec: 'objects',
    operationId: 'create-custom-object-schema',
    // Flat scalars rather than GHL's nested labels and primary property details.
    renamed: {
      singularLabel: 'labels',
      pluralLabel: 'labels',
      primaryPropertyKey: 'primaryDisplayPropertyDetails',
      primaryPropertyName: 'primaryDisplayPropertyDetails',
      primaryPropertyType: 'primaryDisplayPropertyDetails',
    },
    notOffered: { locationId: `${FILLED} from the mutation's locationId` },
  },
  UpdateCustomObjectSchemaInput: {
    spec: 'objects',
    operationId: 'update-custom-object',
    renamed: { singularLabel: 'labels', pluralLabel: 'labels' },
    notOffered: { locationId: `${FILLED} from the mutation's locationId` },
  },
  CustomObjectRecordInput: {
    spec: 'objects',
    operationId: 'create-object-record',
    // The file declares the record body with no properties; GHL's records documentation takes these three.
    gatewayOnly: {
      properties: 'sent as GHL documents it, though the file leaves it out',
      owner: 'sent as GHL documents it, though the file leaves it out',
      followers: 'sent as GHL documents it, though the file leaves it out',
    },
  },
  CreateAssociationInput: {
    spec: 'associations',
    operationId: 'create-association',
    notOffered: { locationId: `${FILLED} from the mutation's locationId` },
  },
};

type SchemaObject = { $ref?: string; allOf?: SchemaObject[]; properties?: Record<string, unknown> };
interface Spec {
  paths: Record<string, Record<string, { operationId?: string; requestBody?: { content: Record<string, { schema: SchemaObject }> } }>>;
  components: { schemas: Record<string, SchemaObject> };
}

const specs = new Map<string, Spec>();
const specOf = (name: string): Spec => {
  if (!specs.has(name)) specs.set(name, loadApp(name) as unknown as Spec);
  return specs.get(name)!;
};

/** The properties a request-body schema accepts, through $ref and allOf. */
function propertiesOf(spec: Spec, schemaObject: SchemaObject): string[] {
  if (schemaObject.$ref) return propertiesOf(spec, spec.components.schemas[schemaObject.$ref.split('/').at(-1)!]!);
  return [...(schemaObject.allOf ?? []).flatMap((part) => propertiesOf(spec, part)), ...Object.keys(schemaObject.properties ?? {})];
}

function requestBodyProperties(specName: string, operationId: string): string[] {
  const spec = specOf(specName);
  const operation = Object.values(spec.paths)
    .flatMap((methods) => Object.values(methods))
    .find((candidate) => candidate.operationId === operationId);
  const body = operation?.requestBody && Object.values(operation.requestBody.content)[0];
  if (!body) throw new Error(`${specName}.json has no request body for ${operationId}`);
  return [...new Set(propertiesOf(spec, body.schema))];
}

describe.each(Object.entries(inputs))('%s', (typeName, differences) => {
  const type = schema.getType(typeName);
  const renamed = differences.renamed ?? {};
  const gatewayOnly = differences.gatewayOnly ?? {};
  const notOffered = differences.notOffered ?? {};

  it('is an input type of the schema', () => {
    expect(isInputObjectType(type)).toBe(true);
  });

  it('offers every property of its GHL request body, but those listed as not offered', () => {
    if (!isInputObjectType(type)) return;
    const properties = requestBodyProperties(differences.spec, differences.operationId);
    const covered = new Set(Object.keys(type.getFields()).map((field) => renamed[field] ?? field));
    expect(properties.filter((property) => !covered.has(property) && !(property in notOffered)).sort()).toEqual([]);
    // A listed property that is now offered, or that GHL no longer has, is listed wrongly.
    expect(Object.keys(notOffered).filter((property) => covered.has(property) || !properties.includes(property)).sort()).toEqual([]);
  });

  it('has no field GHL does not accept, but those the gateway turns into something GHL does', () => {
    if (!isInputObjectType(type)) return;
    const properties = new Set(requestBodyProperties(differences.spec, differences.operationId));
    const fields = Object.keys(type.getFields());
    expect(fields.filter((field) => !properties.has(renamed[field] ?? field) && !(field in gatewayOnly)).sort()).toEqual([]);
    expect(Object.keys(gatewayOnly).filter((field) => !fields.includes(field) || properties.has(field)).sort()).toEqual([]);
    expect(Object.entries(renamed).filter(([field, property]) => !fields.includes(field) || !properties.has(property))).toEqual([]);
  });
});
