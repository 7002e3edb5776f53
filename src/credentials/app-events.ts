/**
 * GHL's INSTALL and UNINSTALL webhooks, verified by the receiver, applied to the token store.
 * INSTALL of a location under an agency install (its "future locations", say) adds the location,
 * its token minted on first use; a location's own install arrives with its tokens at
 * /oauth/callback instead. UNINSTALL of a location removes it; an agency-level UNINSTALL (only a
 * companyId) removes the agency and the locations installed through it.
 */
import type { AppEvent } from '../events/receiver.ts';
import type { Logger } from '../logger.ts';
import type { TokenStore } from './store.ts';

export function appEventHandler(store: TokenStore, logger: Logger): (event: AppEvent) => Promise<void> {
  return async ({ type, locationId, companyId }) => {
    if (type === 'AppInstall') {
      if (locationId === undefined || companyId === undefined) return;
      if (!(await store.get({ userType: 'Company', id: companyId }))) return;
      await store.addAgencyLocation(locationId, companyId, Date.now());
      logger.info({ locationId, companyId }, 'GHL app installed on a location of an installed agency');
    } else if (locationId !== undefined) {
      await store.remove({ userType: 'Location', id: locationId });
      logger.info({ locationId }, 'GHL app uninstalled from a location');
    } else if (companyId !== undefined) {
      await store.removeCompany(companyId);
      logger.info({ companyId }, 'GHL app uninstalled from an agency');
    }
  };
}
