/** The locations API (locations.json): sub-accounts of an agency. */
import { define, V2021_07_28 } from '../operation.ts';

export interface GhlLocation {
  id: string;
  companyId?: string;
  name?: string;
  domain?: string;
  address?: string;
  city?: string;
  state?: string;
  logoUrl?: string;
  country?: string;
  postalCode?: string;
  website?: string;
  timezone?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  business?: Record<string, string | undefined>;
  social?: Record<string, string | undefined>;
  settings?: Record<string, boolean | undefined>;
}

export const locationOperations = {
  getLocation: define<{ location: GhlLocation }>()({
    spec: 'locations', operationId: 'get-location', method: 'GET', path: '/locations/{locationId}', version: V2021_07_28,
  }),
};
