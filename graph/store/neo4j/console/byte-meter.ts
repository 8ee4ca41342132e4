/**
 * Counts the bytes the console worker's sockets receive and cuts the connection once a query's
 * answer passes its budget, before the driver starts decoding it (decoding one huge Bolt message
 * costs seconds of CPU). Installed only inside the console worker thread, on Node's own
 * net.Socket (the driver's sockets for bolt:// and bolt+s:// are net.Socket or tls.TLSSocket).
 */
import { Socket } from "node:net";

let budget = Number.POSITIVE_INFINITY;
let received = 0;
let exceeded = false;
let installed = false;

/** Raised through the driver when the meter cut the connection. */
export const BYTE_BUDGET_EXCEEDED = "KGX_CONSOLE_BYTE_BUDGET_EXCEEDED";

/** Wraps net.Socket#push once, so every socket of this thread is metered. */
export function installByteMeter(): void {
  if (installed) return;
  const push = Socket.prototype.push;
  if (typeof push !== "function") throw new Error("byte meter: net.Socket#push is missing");
  Socket.prototype.push = function meteredPush(this: Socket, chunk: unknown, encoding?: BufferEncoding) {
    if (chunk && typeof (chunk as Buffer).length === "number") received += (chunk as Buffer).length;
    if (received > budget) {
      exceeded = true;
      this.destroy(new Error(BYTE_BUDGET_EXCEEDED));
      return false;
    }
    return push.call(this, chunk, encoding);
  };
  installed = true;
}

/** Starts metering a query: at most `bytes` may arrive until {@link stopMeter}. */
export function startMeter(bytes: number): void {
  received = 0;
  exceeded = false;
  budget = bytes;
}

/** Stops metering; returns true when the budget was exceeded during the query. */
export function stopMeter(): boolean {
  budget = Number.POSITIVE_INFINITY;
  return exceeded;
}
