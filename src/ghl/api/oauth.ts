/**
 * The OAuth API (oauth.json): trading an authorization code or a refresh token for tokens, and an
 * agency token for one of its locations' tokens. Both bodies are form-urlencoded. The token
 * exchange carries the app's client id and secret instead of a Bearer token; GHL ignores its
 * Version header, which the spec does not declare.
 */
import { define, fromSpec } from '../operation.ts';

/** What GHL answers a code or refresh-token exchange with (GetAccessCodeSuccessfulResponseDto). */
export interface GhlAccessToken {
  access_token: string;
  token_type?: string;
  /** Seconds. */
  expires_in: number;
  /** Rotates: the one sent is dead once this answer is given. */
  refresh_token: string;
  scope?: string;
  userType: 'Location' | 'Company';
  /** Only for a sub-account token. */
  locationId?: string;
  companyId?: string;
  /** Agency installs: the locations the agency approved for location tokens. */
  approvedLocations?: string[];
  userId: string;
}

/** A location token minted from an agency token (GetLocationAccessTokenSuccessfulResponseDto): no refresh token. */
export interface GhlLocationToken {
  access_token: string;
  token_type?: string;
  expires_in: number;
  scope?: string;
  locationId?: string;
  userId: string;
}

export const oauthOperations = {
  getAccessToken: define<GhlAccessToken>()({
    ...fromSpec('oauthGetAccessToken'),
    location: 'none',
  }),
  getLocationAccessToken: define<GhlLocationToken>()({
    ...fromSpec('oauthGetLocationAccessToken'),
    location: 'none',
  }),
};
