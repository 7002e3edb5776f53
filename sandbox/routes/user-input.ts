/**
 * Reads CreateUserDto and UpdateUserDto bodies (users.json). The password is checked and never
 * kept: the sandbox has no login to use it for. Twilio numbers and profile photos are accepted and
 * not modelled.
 */
import type { User } from '../model/index.ts';
import { PERMISSION_NAMES } from '../seed/data/index.ts';
import { definedOnly, isRecord, Validator } from '../http/validate.ts';

const LANGUAGES = ['en_US', 'es', 'fr_CA', 'fr_FR', 'nl', 'de', 'pt_PT', 'pt_BR', 'it', 'sv', 'da', 'fi', 'no'] as const;

export interface UserInput {
  companyId?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  type?: User['roles']['type'];
  role?: User['roles']['role'];
  locationIds?: string[];
  permissions?: Record<string, boolean>;
  scopes?: string[];
  platformLanguage?: string;
}

export type CreateUserInput = UserInput & Required<Pick<UserInput, 'companyId' | 'firstName' | 'lastName' | 'email' | 'type' | 'role' | 'locationIds'>>;

export function readCreateUser(body: unknown): CreateUserInput {
  const v = Validator.body(body);
  const input = {
    companyId: v.string('companyId', { required: true }),
    firstName: v.string('firstName', { required: true }),
    lastName: v.string('lastName', { required: true }),
    email: v.email('email', { required: true }),
    ...readPassword(v, true),
    ...readShared(v, true),
  };
  v.check();
  return definedOnly(input) as CreateUserInput;
}

export function readUpdateUser(body: unknown): UserInput {
  const v = Validator.body(body);
  const input = {
    companyId: v.string('companyId'),
    firstName: v.string('firstName'),
    lastName: v.string('lastName'),
    email: v.email('email'),
    ...readPassword(v, false),
    ...readShared(v, false),
  };
  v.check();
  return definedOnly(input);
}

/** Read for its problems only: the value goes nowhere. */
function readPassword(v: Validator, required: boolean): Record<string, never> {
  v.custom('password', (value) => (typeof value === 'string' && value.length >= 8 ? [] : ['password must be at least 8 characters long']), {
    required,
  });
  return {};
}

function readShared(v: Validator, required: boolean) {
  const fields = {
    phone: v.string('phone'),
    type: v.oneOf('type', ['account', 'agency'], { required }),
    role: v.oneOf('role', ['admin', 'user'], { required }),
    locationIds: v.stringArray('locationIds', { required }),
    permissions: v.custom<Record<string, boolean>>('permissions', permissionProblems),
    scopes: v.stringArray('scopes'),
    platformLanguage: v.oneOf('platformLanguage', LANGUAGES),
  };
  v.stringArray('scopesAssignedToOnly');
  v.string('profilePhoto');
  v.custom('twilioPhone', (value) => (isRecord(value) ? [] : ['twilioPhone must be an object']));
  return fields;
}

function permissionProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['permissions must be an object'];
  return Object.entries(value).flatMap(([key, item]) => {
    if (!PERMISSION_NAMES.includes(key)) return [`permissions.property ${key} should not exist`];
    return typeof item === 'boolean' ? [] : [`permissions.${key} must be a boolean value`];
  });
}
