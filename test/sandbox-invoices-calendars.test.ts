/**
 * The sandbox's invoices, calendars, workflows and campaigns answer as GoHighLevel does, per the
 * official OpenAPI files, over seeded data that holds together.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Appointment, type BlockSlot, type Calendar, type Campaign, type Invoice, type Sandbox, type Workflow } from '../sandbox/index.ts';
import { appointmentRoutes } from '../sandbox/routes/appointments.ts';
import { blockSlotRoutes } from '../sandbox/routes/block-slots.ts';
import { calendarRoutes } from '../sandbox/routes/calendars.ts';
import { campaignRoutes } from '../sandbox/routes/campaigns.ts';
import { invoiceRoutes } from '../sandbox/routes/invoices.ts';
import { workflowRoutes } from '../sandbox/routes/workflows.ts';
import { openApiAppsDir } from './support/reference.ts';

/** The part of an OpenAPI operation these tests read: its Version header and the token kinds it takes. */
interface SpecOperation {
  parameters: { name: string; schema: { enum: string[] } }[];
  security: Record<string, unknown>[];
}
const specPaths = ['invoices', 'calendars', 'workflows', 'campaigns', 'contacts'].flatMap((spec) =>
  Object.entries((JSON.parse(readFileSync(resolve(openApiAppsDir, `${spec}.json`), 'utf8')) as { paths: Record<string, Record<string, SpecOperation>> }).paths),
);
const ourRoutes = [...calendarRoutes, ...appointmentRoutes, ...blockSlotRoutes, ...invoiceRoutes, ...workflowRoutes, ...campaignRoutes];

const DAY = 86_400_000;
const CAL = '2021-04-15';
const V2 = '2021-07-28';

let sandbox: Sandbox;
let locationId: string;
let token: string;
let otherLocationId: string;
let agencyToken: string;
beforeAll(async () => {
  sandbox = await startSandbox({ rateLimit: { max: 10_000, intervalMs: 10_000 } });
  [[locationId, token], [otherLocationId]] = Object.entries(sandbox.tokens.locations) as [[string, string], [string, string]];
  agencyToken = Object.values(sandbox.tokens.agency)[0]!;
});
afterAll(() => sandbox.close());

/** GHL's error body; a 422 lists every problem in `message`. */
interface ErrorEnvelope {
  statusCode: number;
  message: string | string[];
  error: string;
}
/** An invoice as GHL returns it: the stored record with its id under `_id` only. */
interface InvoiceBody extends Omit<Invoice, 'id'> {
  _id: string;
  id?: undefined;
}
interface InvoicePage {
  invoices: InvoiceBody[];
  total: number;
}
type FreeSlots = Record<string, { slots: string[] }>;

/** Sends one request; `T` names the parts of GHL's body that the caller reads (by default an error). */
const call = async <T = ErrorEnvelope>(path: string, init: { method?: string; token?: string; version?: string; body?: unknown } = {}) => {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${init.token ?? token}`,
      version: init.version ?? CAL,
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as T };
};
const post = <T = ErrorEnvelope>(path: string, body: unknown, version = CAL) => call<T>(path, { method: 'POST', body, version });

const store = () => sandbox.store;
/** A location's active single-member calendar: a slot taken there is gone for the calendar. */
const personalCalendar = (id = locationId) => store().calendarsOfLocation(id).find((c) => c.isActive && c.teamMembers.length === 1)!;
const roundRobinCalendar = () => store().calendarsOfLocation(locationId).find((c) => c.isActive && c.teamMembers.length > 1)!;
const nextWeek = () => {
  const from = Date.now() + 7 * DAY;
  return { from, to: from + 7 * DAY - 1 };
};
const freeSlots = async (calendarId: string, from: number, to: number, extra = '') => {
  const { status, body } = await call<FreeSlots>(`/calendars/${calendarId}/free-slots?startDate=${from}&endDate=${to}${extra}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
};
const allSlots = (days: FreeSlots) => Object.values(days).flatMap((day) => day.slots);
const aContact = (id = locationId) => store().contactsOfLocation(id).find((c) => c.name && c.email && c.phone)!;

/** Busy intervals of a calendar's single member, straight from the store. */
const busyOf = (calendar: Calendar) => {
  const userId = calendar.teamMembers[0]!.userId;
  const live = ['new', 'confirmed', 'showed', 'noshow'];
  return [
    ...store().appointments.where((a) => live.includes(a.appointmentStatus) && (a.assignedUserId === userId || a.calendarId === calendar.id)),
    ...store().blockSlots.where((b) => b.calendarId === calendar.id || b.assignedUserId === userId),
  ].map((record) => ({ start: Date.parse(record.startTime), end: Date.parse(record.endTime) }));
};

describe('routes', () => {
  it.each(ourRoutes.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s is in the official OpenAPI files with its Version and token kind',
    (_, route) => {
      const [, operations] = specPaths.find(([path]) => path === route.path) ?? [];
      const operation = operations?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      const version = operation?.parameters.find((p) => p.name === 'Version');
      expect([...route.versions]).toEqual(version?.schema.enum);
      const agency = operation?.security.some((s) => 'Agency-Access' in s);
      expect(route.tokens).toBe(agency ? 'any' : 'location');
    },
  );

  it('refuses the wrong Version with 400', async () => {
    expect((await call(`/calendars/?locationId=${locationId}`, { version: V2 })).status).toBe(400);
    expect((await call(`/workflows/?locationId=${locationId}`, { version: CAL })).status).toBe(400);
  });
});

describe('seed', () => {
  it('gives each location calendars of its own staff, open weekdays 9 to 5, one on Saturday mornings', () => {
    for (const location of store().locations.values()) {
      const calendars = store().calendarsOfLocation(location.id);
      expect(calendars.length).toBeGreaterThanOrEqual(2);
      expect(calendars.length).toBeLessThanOrEqual(4);
      const staff = new Set(store().usersOfLocation(location.id).map((u) => u.id));
      for (const calendar of calendars) {
        expect(calendar.teamMembers.length).toBeGreaterThan(0);
        for (const member of calendar.teamMembers) expect(staff.has(member.userId)).toBe(true);
        expect(calendar.openHours[0]).toEqual({ daysOfTheWeek: [1, 2, 3, 4, 5], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] });
      }
      expect(calendars.some((c) => c.openHours.some((o) => o.daysOfTheWeek.includes(6)))).toBe(true);
    }
  });

  it('books real contacts on those calendars, in the past and in the weeks ahead, and blocks some slots', () => {
    const now = Date.now();
    for (const location of store().locations.values()) {
      const appointments = store().appointments.where((a) => a.locationId === location.id);
      for (const appointment of appointments) {
        expect(store().contacts.get(appointment.contactId)?.locationId).toBe(location.id);
        expect(store().calendars.get(appointment.calendarId)?.locationId).toBe(location.id);
      }
      expect(appointments.filter((a) => Date.parse(a.startTime) < now).length).toBeGreaterThan(50);
      expect(appointments.filter((a) => Date.parse(a.startTime) > now + 7 * DAY && Date.parse(a.startTime) < now + 14 * DAY).length).toBeGreaterThan(10);
      expect(store().blockSlots.where((b) => b.locationId === location.id && Date.parse(b.startTime) > now).length).toBeGreaterThan(0);
    }
  });

  it('bills 30+ invoices per location to its contacts, in every status, with totals that add up', () => {
    for (const location of store().locations.values()) {
      const invoices = store().invoicesOfLocation(location.id);
      expect(invoices.length).toBeGreaterThanOrEqual(30);
      expect(new Set(invoices.map((i) => i.status))).toEqual(new Set(['draft', 'sent', 'partially_paid', 'paid', 'void']));
      for (const invoice of invoices) {
        expect(store().contacts.get(invoice.contactDetails.id)?.locationId).toBe(location.id);
        const subTotal = invoice.invoiceItems.reduce((sum, item) => sum + item.qty * item.amount, 0);
        expect(invoice.totalSummary.subTotal).toBeCloseTo(subTotal, 2);
        const { totalSummary: s } = invoice;
        expect(invoice.total).toBeCloseTo(s.subTotal - s.discount + s.tax, 1);
        expect(invoice.amountDue).toBeCloseTo(invoice.total - invoice.amountPaid, 2);
        if (invoice.status === 'paid') expect(invoice.amountDue).toBe(0);
        if (invoice.status === 'partially_paid') expect(invoice.amountPaid).toBeGreaterThan(0);
        if (['draft', 'sent', 'void'].includes(invoice.status)) expect(invoice.amountPaid).toBe(0);
      }
    }
  });

  it('gives each location 4–6 workflows and 3–5 campaigns, with some contacts in them', () => {
    for (const location of store().locations.values()) {
      const workflows = store().workflows.where((w) => w.locationId === location.id);
      const campaigns = store().campaigns.where((c) => c.locationId === location.id);
      expect(workflows.length).toBeGreaterThanOrEqual(4);
      expect(workflows.length).toBeLessThanOrEqual(6);
      expect(campaigns.length).toBeGreaterThanOrEqual(3);
      expect(campaigns.length).toBeLessThanOrEqual(5);
      const ids = new Set(workflows.map((w) => w.id));
      expect(store().workflowMemberships.where((m) => ids.has(m.workflowId)).length).toBeGreaterThan(0);
    }
    expect(store().campaignMemberships.size).toBeGreaterThan(0);
  });

  it('seeds the same records from the same seed', async () => {
    const again = await startSandbox({ seed: 1 });
    try {
      for (const name of ['invoices', 'calendars', 'appointments', 'blockSlots', 'workflows', 'campaigns', 'workflowMemberships'] as const) {
        expect([...again.store[name].keys()], name).toEqual([...store()[name].keys()]);
      }
      expect([...again.store.invoices.values()]).toEqual([...store().invoices.values()]);
    } finally {
      await again.close();
    }
  });
});

describe('invoices', () => {
  const alt = () => ({ altId: locationId, altType: 'location' });
  const invoiceBody = () => {
    const contact = aContact();
    return {
      ...alt(),
      name: 'Crown and whitening',
      businessDetails: { name: 'Summit Dental Care', address: { addressLine1: '1550 Wynkoop St', city: 'Denver', state: 'CO', countryCode: 'US' } },
      currency: 'USD',
      items: [
        { name: 'Porcelain Crown', currency: 'USD', amount: 1150, qty: 1, productId: 'crown' },
        { name: 'Whitening Kit', currency: 'USD', amount: 100, qty: 2, productId: 'kit', taxes: [{ _id: 'tax1', name: 'Sales Tax', rate: 10 }] },
      ],
      discount: { type: 'percentage', value: 10 },
      contactDetails: { id: contact.id, name: contact.name, phoneNo: contact.phone, email: contact.email },
      issueDate: '2025-11-03',
      dueDate: '2025-11-17',
      sentTo: { email: [contact.email] },
      liveMode: false,
    };
  };
  const users = () => store().usersOfLocation(locationId);

  it('creates a draft with totals computed from its items, then sends it, takes a partial and a full payment', async () => {
    const highest = Math.max(...store().invoicesOfLocation(locationId).map((i) => i.invoiceNumber));
    const created = await post<InvoiceBody>('/invoices/', invoiceBody(), V2);
    expect(created.status).toBe(200);
    const invoice = created.body;
    expect(invoice).toMatchObject({
      status: 'draft',
      altId: locationId,
      altType: 'location',
      title: 'INVOICE',
      invoiceNumber: highest + 1,
      currency: 'USD',
      // 1350 less 10% (135), then 10% tax on the kit's 200 less its 20 share of the discount.
      totalSummary: { subTotal: 1350, discount: 135, tax: 18 },
      total: 1233,
      amountPaid: 0,
      amountDue: 1233,
    });
    expect(invoice._id).toEqual(expect.any(String));
    expect(invoice.id).toBeUndefined();
    expect(invoice.invoiceItems).toHaveLength(2);
    expect(invoice.invoiceItems[0]).toMatchObject({ _id: expect.any(String), taxes: [] });

    const path = `/invoices/${invoice._id}`;
    const sent = await post<unknown>(`${path}/send`, { ...alt(), userId: users()[0]!.id, action: 'email', liveMode: false }, V2);
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ invoice: { _id: invoice._id, status: 'sent' }, smsData: {}, emailData: {} });

    const payment = { ...alt(), mode: 'card', card: { brand: 'visa', last4: '4242' }, cheque: { number: '' }, notes: 'Front desk' };
    const partial = await post<unknown>(`${path}/record-payment`, { ...payment, amount: 233 }, V2);
    expect(partial.status).toBe(200);
    expect(partial.body).toMatchObject({ success: true, invoice: { status: 'partially_paid', amountPaid: 233, amountDue: 1000, total: 1233 } });

    const tooMuch = await post(`${path}/record-payment`, { ...payment, amount: 1000.01 }, V2);
    expect(tooMuch.status).toBe(400);

    const full = await post<{ invoice: InvoiceBody }>(`${path}/record-payment`, payment, V2);
    expect(full.body.invoice).toMatchObject({ status: 'paid', amountPaid: 1233, amountDue: 0 });
    expect((await call<InvoiceBody>(`${path}?altId=${locationId}&altType=location`, { version: V2 })).body).toMatchObject({ status: 'paid', amountDue: 0 });

    expect((await post(`${path}/record-payment`, payment, V2)).status).toBe(400);
    expect((await post(`${path}/void`, alt(), V2)).status).toBe(400);
  });

  it('voids an unpaid invoice, once', async () => {
    const { body: invoice } = await post<InvoiceBody>('/invoices/', invoiceBody(), V2);
    const voided = await post<InvoiceBody>(`/invoices/${invoice._id}/void`, alt(), V2);
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ _id: invoice._id, status: 'void' });
    expect((await post(`/invoices/${invoice._id}/void`, alt(), V2)).status).toBe(400);
    expect((await post(`/invoices/${invoice._id}/send`, { ...alt(), userId: users()[0]!.id, action: 'email', liveMode: false }, V2)).status).toBe(400);
  });

  it('lists a page of a location’s invoices with the total, filtered by status, contact and issue date', async () => {
    const all = store().invoicesOfLocation(locationId);
    const page = await call<InvoicePage>(`/invoices/?altId=${locationId}&altType=location&limit=10&offset=5`, { version: V2 });
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(all.length);
    expect(page.body.invoices).toHaveLength(10);
    expect(Object.keys(page.body)).toEqual(['invoices', 'total']);

    const paid = await call<InvoicePage>(`/invoices/?altId=${locationId}&altType=location&limit=100&offset=0&status=paid`, { version: V2 });
    expect(paid.body.total).toBe(all.filter((i) => i.status === 'paid').length);
    expect(paid.body.invoices.every((i) => i.status === 'paid')).toBe(true);

    const contactId = all[0]!.contactDetails.id;
    const mine = await call<InvoicePage>(`/invoices/?altId=${locationId}&altType=location&limit=100&offset=0&contactId=${contactId}`, { version: V2 });
    expect(mine.body.total).toBe(all.filter((i) => i.contactDetails.id === contactId).length);

    const sorted = await call<InvoicePage>(
      `/invoices/?altId=${locationId}&altType=location&limit=100&offset=0&startAt=2025-06-01&endAt=2025-09-30&sortField=issueDate&sortOrder=ascend`,
      { version: V2 },
    );
    const dates = sorted.body.invoices.map((i) => i.issueDate);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d) => d >= '2025-06-01' && d <= '2025-09-30')).toBe(true);
  });

  it('takes agency tokens too, for the agency’s locations', async () => {
    const { status, body } = await call<InvoicePage>(`/invoices/?altId=${otherLocationId}&altType=location&limit=1&offset=0`, { version: V2, token: agencyToken });
    expect(status).toBe(200);
    expect(body.invoices[0]!.altId).toBe(otherLocationId);
  });

  it('answers 422 listing what is wrong with a body or query', async () => {
    const { items: _items, ...noItems } = invoiceBody();
    const missing = await post('/invoices/', { ...noItems, liveMode: 'yes' }, V2);
    expect(missing.status).toBe(422);
    expect(missing.body.message).toEqual(expect.arrayContaining(['items should not be empty', 'liveMode must be a boolean value']));

    const badItem = await post('/invoices/', { ...invoiceBody(), items: [{ name: 'X', currency: 'USD', amount: 5, qty: 'two', extra: 1 }] }, V2);
    expect(badItem.body.message).toEqual(
      expect.arrayContaining(['items.0.qty must be a number conforming to the specified constraints', 'property items.0.extra should not exist']),
    );

    const { body: invoice } = await post<InvoiceBody>('/invoices/', invoiceBody(), V2);
    const noCard = await post(`/invoices/${invoice._id}/record-payment`, { ...alt(), mode: 'cash', notes: 'cash' }, V2);
    expect(noCard.status).toBe(422);
    expect(noCard.body.message).toEqual(expect.arrayContaining(['card should not be empty', 'cheque should not be empty']));

    expect((await call(`/invoices/?altId=${locationId}&altType=location`, { version: V2 })).body.message).toEqual(
      expect.arrayContaining(['limit should not be empty', 'offset should not be empty']),
    );
  });
});

describe('free slots', () => {
  it('lays slots out in open hours, in the location’s zone, and leaves out appointments and block slots', async () => {
    const calendar = personalCalendar();
    const { from, to } = nextWeek();
    const days = await freeSlots(calendar.id, from, to);
    const slots = allSlots(days);
    expect(slots.length).toBeGreaterThan(10);
    for (const [date, { slots: daySlots }] of Object.entries(days)) {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      expect(weekday).not.toBe(0);
      for (const slot of daySlots) {
        expect(slot.slice(0, 10)).toBe(date);
        expect(slot).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/);
        const time = slot.slice(11, 16);
        expect(time >= '09:00' && time < (weekday === 6 ? '12:00' : '17:00'), slot).toBe(true);
      }
    }

    // Against the bare grid: a calendar with the same hours and nobody booked on it.
    const grid = await post<{ calendar: Calendar }>('/calendars/', {
      locationId,
      name: 'Grid',
      openHours: calendar.openHours,
      slotDuration: calendar.slotDuration,
      slotInterval: calendar.slotInterval,
    });
    const gridSlots = allSlots(await freeSlots(grid.body.calendar.id, from, to));
    const duration = calendar.slotDuration * 60_000;
    const busy = busyOf(calendar);
    const taken = gridSlots.filter((slot) => busy.some((b) => Date.parse(slot) < b.end && b.start < Date.parse(slot) + duration));
    expect(taken.length, 'next week has some slots taken').toBeGreaterThan(0);
    expect(slots).toEqual(gridSlots.filter((slot) => !taken.includes(slot)));
  });

  it('answers in the time zone asked for, keyed by that zone’s dates', async () => {
    const calendar = personalCalendar();
    const { from, to } = nextWeek();
    const local = allSlots(await freeSlots(calendar.id, from, to));
    const kolkata = await freeSlots(calendar.id, from, to, '&timezone=Asia/Kolkata');
    const slots = allSlots(kolkata);
    expect(slots.map(Date.parse)).toEqual(local.map(Date.parse));
    expect(slots.every((slot) => slot.endsWith('+05:30'))).toBe(true);
    for (const [date, day] of Object.entries(kolkata)) expect(day.slots.every((slot) => slot.startsWith(date))).toBe(true);
    expect(local.every((slot) => /[+-]0[5-8]:00$/.test(slot))).toBe(true);
  });

  it('refuses a range over 31 days, a reversed one, a missing one and an unknown zone with 422', async () => {
    const calendar = personalCalendar();
    const now = Date.now();
    for (const query of [
      `startDate=${now}&endDate=${now + 32 * DAY}`,
      `startDate=${now}&endDate=${now - DAY}`,
      `endDate=${now}`,
      `startDate=${now}&endDate=${now + DAY}&timezone=Mars/Olympus`,
    ]) {
      const { status, body } = await call(`/calendars/${calendar.id}/free-slots?${query}`);
      expect(status, query).toBe(422);
      expect(body).toMatchObject({ statusCode: 422, error: 'Unprocessable Entity' });
    }
  });
});

describe('appointments', () => {
  /** Books an appointment; a refused booking answers an ErrorEnvelope instead. */
  const book = (calendarId: string, startTime: string, extra: Record<string, unknown> = {}) =>
    post<Appointment>('/calendars/events/appointments', { calendarId, locationId, contactId: aContact().id, startTime, ...extra });

  it('books a free slot, which then is no longer free, and refuses it a second time', async () => {
    const calendar = personalCalendar();
    const { from, to } = nextWeek();
    const [slot] = allSlots(await freeSlots(calendar.id, from, to));
    const booked = await book(calendar.id, slot!, { title: 'Chipped tooth' });
    expect(booked.status).toBe(200);
    expect(booked.body).toMatchObject({
      id: expect.any(String),
      calendarId: calendar.id,
      locationId,
      contactId: aContact().id,
      title: 'Chipped tooth',
      appointmentStatus: 'confirmed',
      assignedUserId: calendar.teamMembers[0]!.userId,
      startTime: slot,
    });
    expect(Date.parse(booked.body.endTime) - Date.parse(slot!)).toBe(calendar.slotDuration * 60_000);
    expect(allSlots(await freeSlots(calendar.id, from, to))).not.toContain(slot);

    const again = await book(calendar.id, slot!);
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ statusCode: 400, message: expect.any(String) });
    expect((await book(calendar.id, slot!, { ignoreFreeSlotValidation: true })).status).toBe(200);

    const event = await call<{ event: Appointment }>(`/calendars/events/appointments/${booked.body.id}`);
    expect(event.body.event).toMatchObject({ id: booked.body.id, title: 'Chipped tooth', users: [], groupId: calendar.groupId });
  });

  it('refuses a time outside open hours or in the past', async () => {
    const calendar = personalCalendar();
    const sunday = new Date(Date.now() + 7 * DAY);
    sunday.setUTCDate(sunday.getUTCDate() + ((7 - sunday.getUTCDay()) % 7));
    sunday.setUTCHours(20, 0, 0, 0);
    expect((await book(calendar.id, sunday.toISOString())).status).toBe(400);
    const lastMonth = store().appointments.where((a) => a.calendarId === calendar.id && Date.parse(a.startTime) < Date.now())[0]!;
    expect((await book(calendar.id, lastMonth.startTime)).status).toBe(400);
  });

  it('gives a round-robin booking to a free team member, and a slot stays free while one is left', async () => {
    const calendar = roundRobinCalendar();
    const { from, to } = nextWeek();
    const before = allSlots(await freeSlots(calendar.id, from, to));
    const slot = before.at(-1)!;
    const first = await book(calendar.id, slot);
    const members = calendar.teamMembers.map((m) => m.userId);
    expect(members).toContain(first.body.assignedUserId);
    const userSlots = allSlots(await freeSlots(calendar.id, from, to, `&userId=${first.body.assignedUserId}`));
    expect(userSlots).not.toContain(slot);
  });

  it('moves an appointment to another free slot, freeing the old one; cancelling frees a slot too', async () => {
    const calendar = personalCalendar();
    const { from, to } = nextWeek();
    const [first, second] = allSlots(await freeSlots(calendar.id, from, to)).slice(-2);
    const { body: appointment } = await book(calendar.id, first!);
    const moved = await call<Appointment>(`/calendars/events/appointments/${appointment.id}`, { method: 'PUT', body: { startTime: second } });
    expect(moved.status).toBe(200);
    expect(Date.parse(moved.body.startTime)).toBe(Date.parse(second!));
    let slots = allSlots(await freeSlots(calendar.id, from, to));
    expect(slots).toContain(first);
    expect(slots).not.toContain(second);

    const cancelled = await call<Appointment>(`/calendars/events/appointments/${appointment.id}`, { method: 'PUT', body: { appointmentStatus: 'cancelled' } });
    expect(cancelled.body.appointmentStatus).toBe('cancelled');
    slots = allSlots(await freeSlots(calendar.id, from, to));
    expect(slots).toContain(second);
  });

  it('blocks a slot off a calendar, and lists block slots and events in a range', async () => {
    const calendar = personalCalendar();
    const { from, to } = nextWeek();
    const [slot] = allSlots(await freeSlots(calendar.id, from, to));
    const end = new Date(Date.parse(slot!) + 60 * 60_000).toISOString();
    const block = await post<BlockSlot>('/calendars/events/block-slots', { calendarId: calendar.id, locationId, title: 'Drill repair', startTime: slot, endTime: end });
    expect(block.status).toBe(201);
    expect(block.body).toMatchObject({ id: expect.any(String), locationId, calendarId: calendar.id, title: 'Drill repair' });
    expect(allSlots(await freeSlots(calendar.id, from, to))).not.toContain(slot);

    const range = `locationId=${locationId}&calendarId=${calendar.id}&startTime=${from}&endTime=${to}`;
    const blocked = await call<{ events: BlockSlot[] }>(`/calendars/blocked-slots?${range}`);
    expect(blocked.body.events.map((e) => e.id)).toContain(block.body.id);

    const events = (await call<{ events: Appointment[] }>(`/calendars/events?${range}`)).body.events;
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.calendarId).toBe(calendar.id);
      expect(Date.parse(event.endTime)).toBeGreaterThanOrEqual(from);
      expect(Date.parse(event.startTime)).toBeLessThanOrEqual(to);
    }
    const starts = events.map((e) => Date.parse(e.startTime));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));

    const noOwner = await call(`/calendars/events?locationId=${locationId}&startTime=${from}&endTime=${to}`);
    expect(noOwner.status).toBe(422);
    const both = await post('/calendars/events/block-slots', { calendarId: calendar.id, assignedUserId: calendar.teamMembers[0]!.userId, locationId, startTime: slot, endTime: end });
    expect(both.status).toBe(422);
  });

  it("lists a contact's appointments in GHL's older event shape", async () => {
    const contactId = [...store().appointments.values()].find((a) => a.locationId === locationId)!.contactId;
    // The older shape dates an event as `YYYY-MM-DD HH:mm:ss`; the rest is matched, not read.
    const { status, body } = await call<{ events: { startTime: string }[] }>(`/contacts/${contactId}/appointments`, { version: V2 });
    expect(status).toBe(200);
    expect(body.events).toHaveLength(store().appointmentsOfContact(contactId).length);
    for (const event of body.events) {
      expect(event).toMatchObject({ contactId, locationId, status: expect.any(String), appointmentStatus: expect.any(String) });
      expect(event.startTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    }
  });

  it('finds a contact with both invoices and appointments', () => {
    const withAppointments = new Set(store().appointments.where((a) => a.locationId === locationId).map((a) => a.contactId));
    const contact = store().invoicesOfLocation(locationId).find((i) => withAppointments.has(i.contactDetails.id));
    expect(contact).toBeDefined();
  });

  it('answers 422 for an appointment body without its required fields', async () => {
    const { status, body } = await post('/calendars/events/appointments', { locationId, startTime: 'tomorrow', rrule: 'RRULE:FREQ=DAILY' });
    expect(status).toBe(422);
    expect(body.message).toEqual(
      expect.arrayContaining(['calendarId should not be empty', 'contactId should not be empty', 'startTime must be a valid ISO 8601 date string']),
    );
  });
});

describe('calendars', () => {
  it('lists a location’s calendars, drafts only when asked, and reads one', async () => {
    const all = (await call<{ calendars: Calendar[] }>(`/calendars/?locationId=${locationId}`)).body.calendars;
    expect(all).toHaveLength(store().calendarsOfLocation(locationId).length);
    const live = (await call<{ calendars: Calendar[] }>(`/calendars/?locationId=${locationId}&showDrafted=false`)).body.calendars;
    expect(live.every((c) => c.isActive)).toBe(true);
    const one = await call<unknown>(`/calendars/${all[0]!.id}`);
    expect(one.body).toEqual({ calendar: all[0] });
  });

  it('creates a calendar with the spec’s defaults, for the location’s own users only', async () => {
    const userId = store().usersOfLocation(locationId)[0]!.id;
    const { status, body } = await post<{ calendar: Calendar }>('/calendars/', { locationId, name: 'Consult', teamMembers: [{ userId }] });
    expect(status).toBe(200);
    expect(body.calendar).toMatchObject({
      name: 'Consult',
      locationId,
      isActive: true,
      slotDuration: 30,
      slotInterval: 30,
      teamMembers: [{ userId, priority: 0.5 }],
      openHours: [],
      eventType: 'RoundRobin_OptimizeForAvailability',
    });
    const stranger = store().usersOfLocation(otherLocationId).find((u) => !u.roles.locationIds.includes(locationId))!;
    const refused = await post('/calendars/', { locationId, name: 'X', teamMembers: [{ userId: stranger.id }] });
    expect(refused.status).toBe(422);
    const badHours = await post('/calendars/', { locationId, name: 'X', openHours: [{ daysOfTheWeek: [7], hours: [{ openHour: 9 }] }] });
    expect(badHours.body.message).toEqual(
      expect.arrayContaining(['openHours.0.daysOfTheWeek.0 must not be greater than 6', 'openHours.0.hours.0.closeHour should not be empty']),
    );
  });
});

describe('workflows and campaigns', () => {
  it('lists a location’s workflows and campaigns', async () => {
    const workflows = (await call<{ workflows: Workflow[] }>(`/workflows/?locationId=${locationId}`, { version: V2 })).body.workflows;
    expect(workflows.length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(workflows[0]!).sort()).toEqual(['createdAt', 'id', 'locationId', 'name', 'status', 'updatedAt', 'version']);
    const campaigns = (await call<{ campaigns: Campaign[] }>(`/campaigns/?locationId=${locationId}`, { version: V2 })).body.campaigns;
    expect(Object.keys(campaigns[0]!).sort()).toEqual(['id', 'locationId', 'name', 'status']);
    const drafts = (await call<{ campaigns: Campaign[] }>(`/campaigns/?locationId=${locationId}&status=draft`, { version: V2 })).body.campaigns;
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((c) => c.status === 'draft')).toBe(true);
  });

  it('adds a contact to a workflow and takes it out, recording both', async () => {
    const contact = aContact();
    const workflow = store().workflows.where((w) => w.locationId === locationId)[0]!;
    const path = `/contacts/${contact.id}/workflow/${workflow.id}`;
    const added = await call<unknown>(path, { method: 'POST', version: V2, body: { eventStartTime: '2026-06-23T03:30:00+01:00' } });
    expect(added).toEqual({ status: 200, body: { succeded: true } });
    expect(store().workflowsOfContact(contact.id)).toContainEqual(
      expect.objectContaining({ workflowId: workflow.id, eventStartTime: '2026-06-23T02:30:00.000Z' }),
    );
    expect((await call<unknown>(path, { method: 'DELETE', version: V2 })).body).toEqual({ succeded: true });
    expect(store().workflowsOfContact(contact.id).map((m) => m.workflowId)).not.toContain(workflow.id);
  });

  it('adds a contact to campaigns, removes it from one, and from all of them with removeAll', async () => {
    const contact = aContact();
    const [first, second] = store().campaigns.where((c) => c.locationId === locationId);
    for (const campaign of [first!, second!]) {
      expect(await call<unknown>(`/contacts/${contact.id}/campaigns/${campaign.id}`, { method: 'POST', version: V2, body: {} })).toEqual({
        status: 201,
        body: { succeded: true },
      });
    }
    const inCampaigns = () => store().campaignsOfContact(contact.id).map((m) => m.campaignId);
    expect(inCampaigns()).toEqual(expect.arrayContaining([first!.id, second!.id]));
    await call(`/contacts/${contact.id}/campaigns/${first!.id}`, { method: 'DELETE', version: V2 });
    expect(inCampaigns()).not.toContain(first!.id);
    expect(inCampaigns()).toContain(second!.id);
    const all = await call<unknown>(`/contacts/${contact.id}/campaigns/removeAll`, { method: 'DELETE', version: V2 });
    expect(all).toEqual({ status: 200, body: { succeded: true } });
    expect(inCampaigns()).toEqual([]);
  });
});

describe('access and errors', () => {
  it("keeps a location's token out of every other location's records with 403", async () => {
    const theirCalendar = personalCalendar(otherLocationId);
    const theirAppointment = store().appointments.where((a) => a.locationId === otherLocationId)[0]!;
    const theirInvoice = store().invoicesOfLocation(otherLocationId)[0]!;
    const theirWorkflow = store().workflows.where((w) => w.locationId === otherLocationId)[0]!;
    const theirCampaign = store().campaigns.where((c) => c.locationId === otherLocationId)[0]!;
    const theirContact = aContact(otherLocationId);
    const now = Date.now();
    const checks: Array<[string, { method?: string; version?: string; body?: unknown }]> = [
      [`/calendars/?locationId=${otherLocationId}`, {}],
      [`/calendars/${theirCalendar.id}`, {}],
      [`/calendars/${theirCalendar.id}/free-slots?startDate=${now}&endDate=${now + DAY}`, {}],
      [`/calendars/events/appointments/${theirAppointment.id}`, {}],
      [`/calendars/events?locationId=${otherLocationId}&calendarId=${theirCalendar.id}&startTime=${now}&endTime=${now + DAY}`, {}],
      [`/calendars/events/appointments`, { method: 'POST', body: { calendarId: theirCalendar.id, locationId, contactId: aContact().id, startTime: new Date(now + 7 * DAY).toISOString() } }],
      [`/contacts/${theirContact.id}/appointments`, { version: V2 }],
      [`/invoices/?altId=${otherLocationId}&altType=location&limit=1&offset=0`, { version: V2 }],
      [`/invoices/${theirInvoice.id}?altId=${otherLocationId}&altType=location`, { version: V2 }],
      [`/workflows/?locationId=${otherLocationId}`, { version: V2 }],
      [`/campaigns/?locationId=${otherLocationId}`, { version: V2 }],
      [`/contacts/${aContact().id}/workflow/${theirWorkflow.id}`, { method: 'POST', version: V2, body: {} }],
      [`/contacts/${aContact().id}/campaigns/${theirCampaign.id}`, { method: 'POST', version: V2, body: {} }],
    ];
    for (const [path, init] of checks) {
      const { status, body } = await call(path, init);
      expect(status, path).toBe(403);
      expect(body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    }
    // Its own altId, another location's invoice: simply not one of its invoices.
    expect((await call(`/invoices/${theirInvoice.id}?altId=${locationId}&altType=location`, { version: V2 })).status).toBe(404);
  });

  it("answers 404 with GHL's error body for unknown ids", async () => {
    const nope = 'nope0000000000000000';
    const contact = aContact();
    const checks: Array<[string, string, { method?: string; version?: string; body?: unknown }]> = [
      ['Calendar', `/calendars/${nope}`, {}],
      ['Calendar', `/calendars/${nope}/free-slots?startDate=${Date.now()}&endDate=${Date.now() + DAY}`, {}],
      ['Appointment', `/calendars/events/appointments/${nope}`, {}],
      ['Appointment', `/calendars/events/appointments/${nope}`, { method: 'PUT', body: {} }],
      ['Invoice', `/invoices/${nope}?altId=${locationId}&altType=location`, { version: V2 }],
      ['Invoice', `/invoices/${nope}/void`, { method: 'POST', version: V2, body: { altId: locationId, altType: 'location' } }],
      ['Workflow', `/contacts/${contact.id}/workflow/${nope}`, { method: 'POST', version: V2, body: {} }],
      ['Campaign', `/contacts/${contact.id}/campaigns/${nope}`, { method: 'DELETE', version: V2 }],
      ['Contact', `/contacts/${nope}/appointments`, { version: V2 }],
      ['Contact', `/contacts/${nope}/campaigns/removeAll`, { method: 'DELETE', version: V2 }],
    ];
    for (const [entity, path, init] of checks) {
      const { status, body } = await call(path, init);
      expect(status, path).toBe(404);
      expect(body).toEqual({ statusCode: 404, message: `${entity} not found`, error: 'Not Found' });
    }
  });
});
