/**
 * Campaigns and LC Email's delivery statistics, as GHL's webhooks report them: `campaignEvents`,
 * `emailStatsEvents`.
 */
import { findCampaign } from '../../../resolvers/workflows.ts';
import { builder } from '../../builder.ts';
import { CampaignRef } from '../../workflows.ts';
import { contactFields } from './contact-fields.ts';
import { campaignFilter, contactFilter } from './filters.ts';
import { familyArgs, familyEventType, familyEvents, familyFieldDescription } from './ghl-event.ts';
import { familyNames } from './names.ts';
import { asDate, asId, asObject, asString, asStrings, nodeIdOf } from './read.ts';

export const CampaignEvent = familyEventType('campaign', `A change in a campaign. ${familyNames.campaign.about}`, (t) => ({
  campaignId: t.string({ description: 'GHL id of the campaign.', resolve: (event) => asId(event.payload.id) }),
  nodeId: t.id({
    description: 'Global id of the campaign (its `Campaign.id`), to update client caches.',
    resolve: (event) => nodeIdOf('Campaign', event.locationId, event.payload.id),
  }),
  campaign: t.field({
    type: CampaignRef,
    description: 'The campaign, from the location’s campaigns in GoHighLevel (one call per event).',
    resolve: (event, _, ctx) => {
      const campaignId = asId(event.payload.id);
      return campaignId ? findCampaign(ctx, event.locationId, campaignId) : null;
    },
  }),
  ...contactFields(t, (event) => event.payload.contactId),
  status: t.string({ description: 'The contact’s status in the campaign: `active`, `paused`, `finished`, ...', resolve: (event) => asString(event.payload.status) }),
  templateId: t.string({ description: 'GHL id of the campaign step’s template.', resolve: (event) => asId(event.payload.templateId) }),
  replied: t.string({ description: 'The contact’s reply, as GHL gives it.', resolve: (event) => asString(event.payload.replied) }),
  dateAdded: t.field({ type: 'DateTime', description: 'When the contact joined the campaign.', resolve: (event) => asDate(event.payload.dateAdded) }),
}));

builder.subscriptionField('campaignEvents', (t) =>
  t.field({
    type: CampaignEvent.ref,
    nullable: false,
    description: familyFieldDescription('campaign', 'optionally of one campaign or one contact'),
    args: {
      ...familyArgs(t.arg, CampaignEvent.types),
      campaignId: t.arg.id({ description: 'Only this campaign (Campaign id or GHL campaign id); it must be in the location.' }),
      contactId: t.arg.id({ description: 'Only this contact (Contact id or GHL contact id); it must be in the location.' }),
    },
    subscribe: (_, args, ctx) =>
      familyEvents(ctx, 'campaign', args, [
        campaignFilter(args.campaignId, (event) => event.payload.id),
        contactFilter(args.contactId, (event) => event.payload.contactId),
      ]),
    resolve: (event) => event,
  }),
);

export const EmailStatsEvent = familyEventType(
  'email',
  `What the email provider reported on an email sent through LC Email. ${familyNames.email.about} The provider's own report is \`payload.webhookPayload\`.`,
  (t) => ({
    event: t.string({
      description: 'What happened to the email: `delivered`, `opened`, `clicked`, `failed`, `complained`, `unsubscribed`, ...',
      resolve: (event) => asString(event.payload.webhookPayload?.event),
    }),
    recipient: t.string({ description: 'The address it was sent to.', resolve: (event) => asString(event.payload.webhookPayload?.recipient) }),
    emailMessageId: t.string({
      description: 'The email’s Message-ID header.',
      resolve: (event) => asString(asObject(asObject(event.payload.webhookPayload?.['message'])?.['headers'])?.['message-id']),
    }),
    providerEventId: t.string({ description: 'The provider’s id of the report.', resolve: (event) => asId(event.payload.webhookPayload?.id) }),
    occurredAt: t.field({
      type: 'DateTime',
      description: 'When it happened, as the provider timed it.',
      resolve: (event) => {
        const seconds = event.payload.webhookPayload?.timestamp;
        return typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(seconds * 1000) : null;
      },
    }),
    tags: t.stringList({ nullable: false, description: 'The provider’s tags on the email.', resolve: (event) => asStrings(event.payload.webhookPayload?.tags) }),
    companyId: t.string({ description: 'GHL id of the agency (company).', resolve: (event) => asId(event.payload.companyId) }),
  }),
);

builder.subscriptionField('emailStatsEvents', (t) =>
  t.field({
    type: EmailStatsEvent.ref,
    nullable: false,
    description: familyFieldDescription('email'),
    args: familyArgs(t.arg, EmailStatsEvent.types),
    subscribe: (_, args, ctx) => familyEvents(ctx, 'email', args),
    resolve: (event) => event,
  }),
);
