/** Every family's typed event and subscription field, registered on the builder (one file per domain). */
import './automations.ts';
import './calendars.ts';
import './commerce.ts';
import './contacts.ts';
import './conversations.ts';
import './custom-objects.ts';
import './locations.ts';
import './opportunities.ts';
