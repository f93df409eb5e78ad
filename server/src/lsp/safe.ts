/**
 * No request may take the server down: any exception inside a handler is
 * logged to the client's output channel and answered with an empty result.
 * ResponseErrors (a refused rename, say) are meant for the user and pass.
 */
import { ResponseError, type Connection } from 'vscode-languageserver';

export function guard<P, R>(connection: Connection, name: string, fallback: R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
  return async (params: P) => {
    try {
      return await handler(params);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      connection.console.error(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return fallback;
    }
  };
}

/** The same for notifications, which have no answer. */
export function guardNotification<P>(connection: Connection, name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params: P) => {
    void guard(connection, name, undefined, handler)(params);
  };
}
