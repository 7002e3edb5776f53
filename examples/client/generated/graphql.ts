/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where an appointment stands. */
export type AppointmentStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Confirmed. */
  | 'CONFIRMED'
  /** Not a real booking. */
  | 'INVALID'
  /** Booked, not confirmed yet. */
  | 'NEW'
  /** The contact did not come. */
  | 'NOSHOW'
  /** The contact came. */
  | 'SHOWED';

/** Where an invoice is in its life. */
export type InvoiceStatus =
  /** Being written; not sent yet. */
  | 'DRAFT'
  /** Paid in full. */
  | 'PAID'
  /** Some of it is paid. */
  | 'PARTIALLY_PAID'
  /** A payment is being processed. */
  | 'PAYMENT_PROCESSING'
  /** Sent to the contact, not paid yet. */
  | 'SENT'
  /** Cancelled; nothing is owed. */
  | 'VOID';

/** Who sent a message. */
export type MessageDirection =
  /** The contact wrote to the location. */
  | 'INBOUND'
  /** The location wrote to the contact. */
  | 'OUTBOUND';

/** The channel or kind of a message, as the official GHL spec lists them. */
export type MessageType =
  /** GHL `TYPE_ACTIVITY_APPOINTMENT`. */
  | 'ACTIVITY_APPOINTMENT'
  /** GHL `TYPE_ACTIVITY_CONTACT`. */
  | 'ACTIVITY_CONTACT'
  /** GHL `TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG`. */
  | 'ACTIVITY_EMPLOYEE_ACTION_LOG'
  /** GHL `TYPE_ACTIVITY_INVOICE`. */
  | 'ACTIVITY_INVOICE'
  /** GHL `TYPE_ACTIVITY_OPPORTUNITY`. */
  | 'ACTIVITY_OPPORTUNITY'
  /** GHL `TYPE_ACTIVITY_PAYMENT`. */
  | 'ACTIVITY_PAYMENT'
  /** GHL `TYPE_ACTIVITY_WHATSAPP`. */
  | 'ACTIVITY_WHATSAPP'
  /** GHL `TYPE_CALL`. */
  | 'CALL'
  /** GHL `TYPE_CAMPAIGN_CALL`. */
  | 'CAMPAIGN_CALL'
  /** GHL `TYPE_CAMPAIGN_EMAIL`. */
  | 'CAMPAIGN_EMAIL'
  /** GHL `TYPE_CAMPAIGN_FACEBOOK`. */
  | 'CAMPAIGN_FACEBOOK'
  /** GHL `TYPE_CAMPAIGN_GMB`. */
  | 'CAMPAIGN_GMB'
  /** GHL `TYPE_CAMPAIGN_MANUAL_CALL`. */
  | 'CAMPAIGN_MANUAL_CALL'
  /** GHL `TYPE_CAMPAIGN_MANUAL_SMS`. */
  | 'CAMPAIGN_MANUAL_SMS'
  /** GHL `TYPE_CAMPAIGN_SMS`. */
  | 'CAMPAIGN_SMS'
  /** GHL `TYPE_CAMPAIGN_VOICEMAIL`. */
  | 'CAMPAIGN_VOICEMAIL'
  /** GHL `TYPE_CUSTOM_CALL`. */
  | 'CUSTOM_CALL'
  /** GHL `TYPE_CUSTOM_EMAIL`. */
  | 'CUSTOM_EMAIL'
  /** GHL `TYPE_CUSTOM_PROVIDER_EMAIL`. */
  | 'CUSTOM_PROVIDER_EMAIL'
  /** GHL `TYPE_CUSTOM_PROVIDER_SMS`. */
  | 'CUSTOM_PROVIDER_SMS'
  /** GHL `TYPE_CUSTOM_SMS`. */
  | 'CUSTOM_SMS'
  /** GHL `TYPE_EMAIL`. */
  | 'EMAIL'
  /** GHL `TYPE_FACEBOOK`. */
  | 'FACEBOOK'
  /** GHL `TYPE_FACEBOOK_COMMENT`. */
  | 'FACEBOOK_COMMENT'
  /** GHL `TYPE_FORM_SUBMISSION`. */
  | 'FORM_SUBMISSION'
  /** GHL `TYPE_GMB`. */
  | 'GMB'
  /** GHL `TYPE_INSTAGRAM`. */
  | 'INSTAGRAM'
  /** GHL `TYPE_INSTAGRAM_COMMENT`. */
  | 'INSTAGRAM_COMMENT'
  /** GHL `TYPE_INTERNAL_COMMENT`. */
  | 'INTERNAL_COMMENT'
  /** GHL `TYPE_IVR_CALL`. */
  | 'IVR_CALL'
  /** GHL `TYPE_LIVE_CHAT`. */
  | 'LIVE_CHAT'
  /** GHL `TYPE_LIVE_CHAT_INFO_MESSAGE`. */
  | 'LIVE_CHAT_INFO_MESSAGE'
  /** GHL `TYPE_RCS`. */
  | 'RCS'
  /** GHL `TYPE_REVIEW`. */
  | 'REVIEW'
  /** GHL `TYPE_SMS`. */
  | 'SMS'
  /** GHL `TYPE_SMS_NO_SHOW_REQUEST`. */
  | 'SMS_NO_SHOW_REQUEST'
  /** GHL `TYPE_SMS_REACTION`. */
  | 'SMS_REACTION'
  /** GHL `TYPE_SMS_REVIEW_REQUEST`. */
  | 'SMS_REVIEW_REQUEST'
  /** GHL `TYPE_TIKTOK`. */
  | 'TIKTOK'
  /** GHL `TYPE_TIKTOK_COMMENT`. */
  | 'TIKTOK_COMMENT'
  /** GHL `TYPE_WEBCHAT`. */
  | 'WEBCHAT'
  /** GHL `TYPE_WHATSAPP`. */
  | 'WHATSAPP';

/** Where a deal stands. */
export type OpportunityStatus =
  /** Dropped without a decision. */
  | 'ABANDONED'
  /** Closed, lost. */
  | 'LOST'
  /** Still being worked. */
  | 'OPEN'
  /** Closed, won. */
  | 'WON';

export type CalendarWeekQueryVariables = Exact<{
  calendarId: string | number;
  weekStart: string;
  weekEnd: string;
  firstDay: string;
  lastDay: string;
}>;


export type CalendarWeekQuery = { calendar: { id: string, name: string | null, eventColor: string | null, slotDuration: number | null, slotDurationUnit: string | null, openHours: Array<{ daysOfTheWeek: Array<number>, hours: Array<{ openHour: number | null, openMinute: number | null, closeHour: number | null, closeMinute: number | null }> }>, appointments: Array<{ id: string, title: string | null, startAt: string | null, endAt: string | null, status: AppointmentStatus | null, contact: { name: string | null, phone: string | null } | null, assignedUser: { name: string | null } | null }> } | null, freeSlots: Array<{ date: string, slots: Array<string> }> };

export type Contact360QueryVariables = Exact<{
  id: string | number;
}>;


export type Contact360Query = { contact: { id: string, name: string | null, email: string | null, phone: string | null, tags: Array<string>, opportunities: { totalCount: number | null, edges: Array<{ node: { name: string | null, status: OpportunityStatus | null, monetaryValue: number | null } }> } | null, conversations: { edges: Array<{ node: { lastMessageBody: string | null, unreadCount: number | null } }> } | null, invoices: { totalCount: number | null, edges: Array<{ node: { name: string | null, status: InvoiceStatus | null, total: number | null } }> } | null, appointments: Array<{ title: string | null, startAt: string | null, status: AppointmentStatus | null }>, tasks: Array<{ title: string | null, completed: boolean, dueDate: string | null }>, notes: Array<{ body: string | null, createdAt: string | null }> } | null };

export type InboxQueryVariables = Exact<{
  first?: number | null | undefined;
  messages?: number | null | undefined;
}>;


export type InboxQuery = { conversations: { edges: Array<{ node: { id: string, unreadCount: number | null, lastMessageDate: string | null, contact: { name: string | null, email: string | null, phone: string | null } | null, messages: { edges: Array<{ node: { id: string, body: string | null, type: MessageType | null, direction: MessageDirection | null, createdAt: string | null } }> } | null } }> } | null };

export type InvoiceListQueryVariables = Exact<{
  status?: InvoiceStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InvoiceListQuery = { invoices: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string | null, name: string | null, status: InvoiceStatus | null, issueDate: string | null, dueDate: string | null, currency: string | null, total: number | null, amountPaid: number | null, amountDue: number | null, contactDetails: { name: string | null, email: string | null } | null } }> } | null };

export type LiveInboxSubscriptionVariables = Exact<{
  locationId?: string | number | null | undefined;
}>;


export type LiveInboxSubscription = { messageEvents: { webhookId: string, timestamp: string, direction: MessageDirection, conversationId: string | null, message: { id: string, body: string | null, type: MessageType | null, direction: MessageDirection | null, createdAt: string | null } | null, conversation: { id: string, unreadCount: number | null, contact: { name: string | null } | null } | null } };

export type PipelineBoardQueryVariables = Exact<{
  pipelineId: string | number;
  first?: number | null | undefined;
}>;


export type PipelineBoardQuery = { opportunities: { totalCount: number | null, edges: Array<{ node: { id: string, name: string | null, monetaryValue: number | null, status: OpportunityStatus | null, contact: { name: string | null, email: string | null } | null, stage: { name: string | null } | null, assignedUser: { name: string | null } | null } }> } | null };

export type SendReplyMutationVariables = Exact<{
  contactId: string | number;
  text: string;
}>;


export type SendReplyMutation = { sendMessage: { messageGhlId: string, message: { id: string, body: string | null, direction: MessageDirection | null } | null } };


export const CalendarWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"calendarId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekEnd"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firstDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lastDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"calendarId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eventColor"}},{"kind":"Field","name":{"kind":"Name","value":"slotDuration"}},{"kind":"Field","name":{"kind":"Name","value":"slotDurationUnit"}},{"kind":"Field","name":{"kind":"Name","value":"openHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysOfTheWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openHour"}},{"kind":"Field","name":{"kind":"Name","value":"openMinute"}},{"kind":"Field","name":{"kind":"Name","value":"closeHour"}},{"kind":"Field","name":{"kind":"Name","value":"closeMinute"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"endAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekEnd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"calendarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"calendarId"}}},{"kind":"Argument","name":{"kind":"Name","value":"startAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firstDay"}}},{"kind":"Argument","name":{"kind":"Name","value":"endAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastDay"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slots"}}]}}]}}]} as unknown as DocumentNode<CalendarWeekQuery, CalendarWeekQueryVariables>;
export const Contact360Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contact360"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monetaryValue"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastMessageBody"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<Contact360Query, Contact360QueryVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messages"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageDate"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messages"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const InvoiceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}},{"kind":"Field","name":{"kind":"Name","value":"contactDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceListQuery, InvoiceListQueryVariables>;
export const LiveInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"INBOUND"},{"kind":"EnumValue","value":"OUTBOUND"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveInboxSubscription, LiveInboxSubscriptionVariables>;
export const PipelineBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"monetaryValue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PipelineBoardQuery, PipelineBoardQueryVariables>;
export const SendReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"SMS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageGhlId"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]}}]} as unknown as DocumentNode<SendReplyMutation, SendReplyMutationVariables>;