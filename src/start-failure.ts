/**
 * Why a process could not start, in one line a user can act on: `npm start` and `npm run sandbox`
 * print it and exit 1, never a stack trace.
 */
export function whyNotStarted(error: unknown, portVariable: string): string {
  const { code, address, port, message } = error as NodeJS.ErrnoException & { address?: string; port?: number };
  if (code === 'EADDRINUSE') return `${address}:${port} is already in use; set ${portVariable} to a free port (0 picks one)`;
  if (code === 'EACCES' && port !== undefined) return `no permission to listen on ${address}:${port}; set ${portVariable} to a port above 1023`;
  return message ?? String(error);
}
