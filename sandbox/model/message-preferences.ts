/**
 * A location's message preferences (conversations.json, Preference Management): the custom
 * subtypes contacts may subscribe to, and what each contact's email chose.
 */

/** A custom message subtype, such as a newsletter a contact can leave on its own. */
export interface CustomSubtype {
  id: string;
  locationId: string;
  name: string;
  description?: string;
  channel: 'email' | 'sms';
  language: string;
  archived: boolean;
  resubscriptionLegalFormId?: string;
  dateAdded: string;
  dateUpdated: string;
}

/** The one default subtype the file names (`SubscriptionActionDto.subtype_name`). */
export const DEFAULT_SUBTYPES = ['One on One'] as const;

/**
 * A contact email's choice for one subtype: default subtypes by name, custom ones by id. Without
 * a choice recorded, an email is subscribed.
 */
export interface SubscriptionChoice {
  /** `${contactId}/${email}/${subtype}`: one choice per contact, email and subtype. */
  id: string;
  locationId: string;
  contactId: string;
  email: string;
  type: 'default' | 'custom';
  subtypeName?: string;
  subtypeId?: string;
  status: 'subscribed' | 'unsubscribed';
  legalReason?: string;
  legalDescription?: string;
  dateUpdated: string;
}
