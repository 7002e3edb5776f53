/**
 * A contact's tasks (contacts.json, /contacts/{contactId}/tasks): TaskSchema records reached
 * through their contact, so a task id under the wrong contact is "not found".
 */
import { ghlErrors } from '../errors.ts';
import type { Task } from '../model.ts';
import { randomId } from '../random.ts';
import { route, type RequestContext, type Route } from '../router.ts';
import { applyUpdate, definedOnly, Validator } from '../validate.ts';
import { created, ok, requireContact, V2021_07_28 } from './common.ts';

const TASKS = { versions: V2021_07_28, tokens: 'location' } as const;

export const taskRoutes: Route[] = [
  route('GET', '/contacts/{contactId}/tasks', TASKS, ({ store, principal, params }) =>
    ok({ tasks: store.tasksOfContact(requireContact(store, principal, params.contactId).id) }),
  ),
  route('POST', '/contacts/{contactId}/tasks', TASKS, ({ store, principal, params, body }) => {
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
    return created({ task: store.tasks.insert(definedOnly({ id: randomId(), ...fields, contactId: contact.id })) });
  }),
  route('GET', '/contacts/{contactId}/tasks/{taskId}', TASKS, (context) => ok({ task: requireTask(context) })),
  route('PUT', '/contacts/{contactId}/tasks/{taskId}', TASKS, (context) => {
    const task = requireTask(context);
    const v = Validator.body(context.body);
    const fields = {
      title: v.string('title'),
      body: v.string('body'),
      dueDate: v.isoDate('dueDate'),
      completed: v.boolean('completed'),
      assignedTo: v.string('assignedTo'),
    };
    v.check();
    return ok({ task: context.store.tasks.insert(applyUpdate(task, fields, v.clearedAmong(['body', 'assignedTo']))) });
  }),
  route('DELETE', '/contacts/{contactId}/tasks/{taskId}', TASKS, (context) => {
    context.store.tasks.delete(requireTask(context).id);
    return ok({ succeded: true });
  }),
  route('PUT', '/contacts/{contactId}/tasks/{taskId}/completed', TASKS, (context) => {
    const task = requireTask(context);
    const v = Validator.body(context.body);
    const completed = v.boolean('completed', { required: true });
    v.check();
    return ok({ task: context.store.tasks.insert({ ...task, completed }) });
  }),
];

function requireTask({ store, principal, params }: RequestContext<{ contactId: string; taskId: string }>): Task {
  const contact = requireContact(store, principal, params.contactId);
  const task = store.tasks.get(params.taskId);
  if (task?.contactId !== contact.id) throw ghlErrors.notFound('Task');
  return task;
}
