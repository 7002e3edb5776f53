/** Every API route the sandbox serves; a new domain adds its module's list here. */
import type { Route } from '../router.ts';
import { contactRoutes } from './contacts.ts';
import { locationRoutes } from './locations.ts';
import { noteRoutes } from './notes.ts';
import { taskRoutes } from './tasks.ts';
import { userRoutes } from './users.ts';

export const apiRoutes: Route[] = [...contactRoutes, ...taskRoutes, ...noteRoutes, ...locationRoutes, ...userRoutes];
