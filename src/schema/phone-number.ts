/**
 * The PhoneNumber scalar: strict on input, lenient on output. An input must be a phone number
 * libphonenumber-js knows to be valid, written in E.164 (`+14155552671`), so GHL never stores a
 * number it cannot dial; an output is whatever GHL stores, as it stores it.
 */
import { GraphQLScalarType, Kind } from 'graphql';
import { parsePhoneNumberFromString } from 'libphonenumber-js';

const EXAMPLE = '+14155552671';

function parseE164(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`A PhoneNumber is a string in E.164 form, such as ${EXAMPLE}`);
  const phone = parsePhoneNumberFromString(value);
  if (!phone?.isValid()) throw new TypeError(`"${value}" is not a valid phone number in E.164 form, such as ${EXAMPLE}`);
  if (phone.number !== value) throw new TypeError(`A PhoneNumber is written in E.164 form: ${phone.number}, not "${value}"`);
  return phone.number;
}

export const PhoneNumberScalar = new GraphQLScalarType<string, string>({
  name: 'PhoneNumber',
  description: `A valid phone number in E.164 form: a plus, the country code and the number, nothing else (${EXAMPLE}). Inputs are checked; outputs are as GoHighLevel stores them.`,
  serialize: (value) => String(value),
  parseValue: parseE164,
  parseLiteral: (ast) => parseE164(ast.kind === Kind.STRING ? ast.value : undefined),
});
