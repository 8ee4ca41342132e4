/**
 * TCP_NODELAY on the Neo4j driver's sockets. neo4j-driver 5.28 has no option for it and sets only
 * keep-alive, so a request larger than one TCP segment waits ~40 ms for the server's delayed
 * acknowledgement (Nagle). The driver's Node channel calls `_setupConnectionTimeout(config, socket)`
 * on every socket it opens, plain or TLS; we wrap that one method of the driver's own module
 * instance (never `net` globally). If a driver upgrade removes the hook point, loading this module
 * throws with a message saying what to check, instead of silently slowing every request. The
 * writes of one tick are also coalesced into one (see coalesceWrites).
 */
import type { Socket } from "node:net";
import { driverPrototype } from "./driver-internals.ts";

const CHANNEL_MODULE = "neo4j-driver-bolt-connection/lib/channel/node/node-channel.js";
const HOOK = "_setupConnectionTimeout";
const MARK = Symbol.for("kgx.neo4j.nodelay");

type Setup = (this: unknown, config: unknown, socket: Socket) => unknown;
interface ChannelPrototype {
  [HOOK]?: Setup;
  [MARK]?: true;
}

/** The prototype of the driver's Node channel, resolved from the installed neo4j-driver. */
function channelPrototype(): ChannelPrototype {
  return driverPrototype<ChannelPrototype>(
    CHANNEL_MODULE,
    HOOK,
    "neo4j NODELAY",
    "check whether it now has a noDelay option and update graph/store/neo4j/nodelay.ts.",
  );
}

/**
 * The driver writes a request as 1,400-byte chunks, one `socket.write` each: with NODELAY every
 * chunk would be its own syscall and TCP segment (a 1 MB batch of rows: ~750). The writes of one
 * tick are corked and leave together on the next tick (one writev), as Node's docs advise.
 */
function coalesceWrites(socket: Socket): void {
  const write = socket.write;
  let corked = false;
  socket.write = function (this: Socket, ...args: Parameters<Socket["write"]>) {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(() => {
        corked = false;
        socket.uncork();
      });
    }
    return write.apply(this, args);
  } as Socket["write"];
}

/** Turns TCP_NODELAY on for every socket the driver opens from now on (idempotent). */
export function enableNoDelay(): void {
  const proto = channelPrototype();
  if (proto[MARK]) return;
  const original = proto[HOOK] as Setup;
  proto[HOOK] = function (this: unknown, config: unknown, socket: Socket) {
    if (typeof socket?.setNoDelay !== "function")
      throw new Error(
        "neo4j NODELAY: the driver passed no socket to its connection set-up; update graph/store/neo4j/nodelay.ts.",
      );
    socket.setNoDelay(true);
    coalesceWrites(socket);
    return original.call(this, config, socket);
  };
  proto[MARK] = true;
}

/** True once {@link enableNoDelay} has wrapped the driver's socket set-up. */
export function noDelayEnabled(): boolean {
  return channelPrototype()[MARK] === true;
}
