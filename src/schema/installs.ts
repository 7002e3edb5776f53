/**
 * The app's installs the gateway holds GHL tokens for, as seen by a gateway API key or JWT: the
 * installed locations among those it was given. Tokens are never exposed.
 */
import { requireManaged, type Install } from '../credentials/index.ts';
import { builder } from './builder.ts';
import { cost } from './cost.ts';
import { LocationRef } from './locations.ts';

const InstallSourceRef = builder.enumType('InstallSource', {
  description: 'How the app came to be installed on a location.',
  values: {
    LOCATION: { value: 'LOCATION', description: 'Installed on the location itself; its token is refreshed with its own refresh token.' },
    AGENCY: { value: 'AGENCY', description: 'Installed through its agency; its token is minted from the agency’s (POST /oauth/locationToken).' },
  } as const,
});

const InstalledLocationRef = builder.objectRef<Install>('InstalledLocation').implement({
  description: 'A location the app is installed on, whose GHL token the gateway holds and renews.',
  fields: (t) => ({
    locationId: t.id({ nullable: false, description: 'GHL id of the location.', resolve: (install) => install.id }),
    companyId: t.id({ description: 'GHL id of its agency (company), when GHL named it.', resolve: (install) => install.companyId ?? null }),
    source: t.field({
      type: InstallSourceRef,
      nullable: false,
      description: 'Installed on the location itself, or through its agency.',
      resolve: (install) => (install.refreshToken !== undefined ? 'LOCATION' : 'AGENCY'),
    }),
    installedAt: t.field({ type: 'DateTime', nullable: false, description: 'When the gateway recorded the install.', resolve: (install) => new Date(install.installedAt) }),
    location: t.field({
      type: LocationRef,
      description: 'The location itself, read from GHL with its install’s token.',
      extensions: { cost: cost.byId() },
      resolve: (install, _, ctx) => ctx.loaders.location.load(install.id),
    }),
  }),
});

builder.queryField('installedLocations', (t) =>
  t.field({
    type: [InstalledLocationRef],
    nullable: false,
    description:
      'The locations the app is installed on, among those this gateway API key or JWT was given (all installed ones for `*`). Needs a gateway credential: pass-through GHL tokens get UNAUTHENTICATED.',
    // Read from the gateway's token store, not from GHL.
    extensions: { cost: cost.free() },
    resolve: (_, __, ctx) => requireManaged(ctx.managed).installedLocations(),
  }),
);
