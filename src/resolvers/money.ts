/** Money inputs: GHL takes amounts in currency units, beside an ISO 4217 currency code. */
import { gatewayError } from '../errors.ts';

const currencies = new Set(Intl.supportedValuesOf('currency'));

export function currencyOf(value: string): string {
  if (!/^[A-Z]{3}$/.test(value) || !currencies.has(value)) {
    throw gatewayError('BAD_USER_INPUT', 'currency must be an ISO 4217 code such as "USD"');
  }
  return value;
}
