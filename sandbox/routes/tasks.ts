/**
 * A contact's tasks (contacts.json, /contacts/{contactId}/tasks): TaskSchema records reached
 * through their contact, so a task id under the wrong contact is "not found".
 */
import { ghlErrors } from '../http/errors.ts';
import type { Contact, Task } from '../model/index.ts';
import { randomId } from '../random.ts';
import { route, type RequestContext, type Route } from '../http/router.ts';
import { applyUpdate, definedOnly, Validator } from '../http/validate.ts';
import { taskChanges, taskEvent } from '../webhooks/events.ts';
import { created, ok, requireContact, V2021_07_28 } from './common.ts';

const TASKS = { versions: V2021_07_28, tokens: 'location' } as const;

export const taskRoutes: Route[] = [
  route('GET', '/contacts/{contactId}/tasks', TASKS, ({ store, principal, params }) =>
    ok({ tasks: store.tasksOfContact(requireContact(store, principal, params.contactId).id) }),
  ),
  route('POST', '/contacts/{contactId}/tasks', TASKS, ({ store, principal, params, body, emit }) => {
    const contact = requireContact(store, principal, params.contactId);
    const v = Validator.body(body);
    const fields = {
      title: v.string('title', { required: true }),
      body: v.string('body'),
      dueDate: v.isoDate('dueDate', { required: true }),
      completed: v.boolean('completed', { required: true }),
      assignedTo: v.string('assignedTo'),
    };
    v.check();
    const task = store.tasks.insert(definedOnly({ id: randomId(), ...fields, contactId: contact.id }));
    emit(taskEvent('TaskCreate', task, contact.locationId));
    return created({ task });
  }),
  route('GET', '/contacts/{contactId}/tasks/{taskId}', TASKS, (context) => ok({ task: requireTask(context).task })),
  route('PUT', '/contacts/{contactId}/tasks/{taskId}', TASKS, (context) => {
    const { contact, task } = requireTask(context);
    const v = Validator.body(context.body);
    const fields = {
      title: v.string('title'),
      body: v.string('body'),
      dueDate: v.isoDate('dueDate'),
      completed: v.boolean('completed'),
      assignedTo: v.string('assignedTo'),
    };
    v.check();
    const updated = context.store.tasks.insert(applyUpdate(task, fields, v.clearedAmong(['body', 'assignedTo'])));
    context.emit(...taskChanges(task, updated, contact.locationId));
    return ok({ task: updated });
  }),
  route('DELETE', '/contacts/{contactId}/tasks/{taskId}', TASKS, (context) => {
    const { contact, task } = requireTask(context);
    context.store.tasks.delete(task.id);
    context.emit(taskEvent('TaskDelete', task, contact.locationId));
    return ok({ succeded: true });
  }),
  route('PUT', '/contacts/{contactId}/tasks/{taskId}/completed', TASKS, (context) => {
    const { contact, task } = requireTask(context);
    const v = Validator.body(context.body);
    const completed = v.boolean('completed', { required: true });
    v.check();
    const updated = context.store.tasks.insert({ ...task, completed });
    context.emit(...taskChanges(task, updated, contact.locationId));
    return ok({ task: updated });
  }),
];

/** With its contact, whose location is the task's. */
function requireTask({ store, principal, params }: RequestContext<{ contactId: string; taskId: string }>): { contact: Contact; task: Task } {
  const contact = requireContact(store, principal, params.contactId);
  const task = store.tasks.get(params.taskId);
  if (task?.contactId !== contact.id) throw ghlErrors.notFound('Task');
  return { contact, task };
}
