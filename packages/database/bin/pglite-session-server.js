// @ts-check
// Serves the one session of a PGlite over the PostgreSQL wire protocol to many client connections.
//
// PGlite is a single-user PostgreSQL: one session, one transaction, one unnamed prepared statement. A pool
// of client connections can share it only if each connection owns the session from its first message until
// the session is back at a safe boundary: a ReadyForQuery that reports "idle" (after Sync or a simple Query,
// outside a transaction block). pglite-socket 0.2.17 switches connections after any single message unless
// an explicit transaction is open, so Parse/Bind/Execute/Sync of two connections interleave ("bind message
// supplies 3 parameters, but prepared statement "" requires 2") and a failed extended query swallows the
// next connection's messages (electric-sql/pglite#1046, #977). This server switches only at those boundaries,
// hands the session out first come first served, and answers a connection that waited longer than
// `sessionWaitMs` with an error that says why, instead of leaving it hanging.
const net = require("node:net");

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'
const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I'

/**
 * @typedef {object} SessionServerOptions
 * @property {import("@electric-sql/pglite").PGlite} db
 * @property {string} host
 * @property {number} port 0 picks a free port
 * @property {number} maxConnections
 * @property {number} sessionWaitMs longest wait for the session before a connection's query fails
 */

/**
 * @typedef {object} Connection
 * @property {net.Socket} socket
 * @property {Buffer} received bytes not yet cut into messages
 * @property {Buffer[]} pending whole messages waiting for the session, in order
 * @property {boolean} started the startup message was answered
 * @property {boolean} closed
 * @property {boolean} discardingUntilSync answered with the busy error; drop the rest of that extended query
 * @property {NodeJS.Timeout | undefined} waitTimer
 */

/** @param {SessionServerOptions} options */
async function startSessionServer({ db, host, port, maxConnections, sessionWaitMs }) {
  /** @type {Set<Connection>} */
  const connections = new Set();
  /** Connections with messages, waiting for the session, first come first served. @type {Connection[]} */
  const waiting = [];
  /** The connection the session belongs to until it is idle again. @type {Connection | null} */
  let owner = null;
  let running = false;
  const startupResponse = Buffer.from(await db.execProtocolRaw(startupMessage("postgres", "postgres")));

  const server = net.createServer((socket) => {
    socket.setNoDelay(true);
    /** @type {Connection} */
    const connection = {
      socket,
      received: Buffer.alloc(0),
      pending: [],
      started: false,
      closed: false,
      discardingUntilSync: false,
      waitTimer: undefined,
    };
    connections.add(connection);
    socket.on("data", (data) => receive(connection, data));
    socket.on("error", () => close(connection));
    socket.on("close", () => close(connection));
  });

  /** @param {Connection} connection @param {Buffer} data */
  function receive(connection, data) {
    connection.received = Buffer.concat([connection.received, data]);
    for (;;) {
      const message = connection.started ? cutMessage(connection) : cutStartupMessage(connection);
      if (message === "malformed") {
        connection.socket.destroy();
        close(connection);
        return;
      }
      if (!message) break;
      if (!connection.started) answerStartup(connection, message);
      else if (message[0] === TERMINATE) connection.socket.end();
      else if (connection.discardingUntilSync) {
        if (message[0] === SYNC) {
          connection.discardingUntilSync = false;
          write(connection, readyForQuery());
        }
      } else {
        connection.pending.push(message);
        if (connection !== owner && !waiting.includes(connection)) enqueue(connection);
      }
    }
    schedule();
  }

  /** @param {Connection} connection @param {Buffer} message */
  function answerStartup(connection, message) {
    const code = message.readInt32BE(4);
    if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
      write(connection, Buffer.from("N"));
      return;
    }
    if (code === CANCEL_REQUEST || code !== PROTOCOL_3) {
      // Nothing to cancel: the session runs one statement at a time and cannot be interrupted.
      connection.socket.end();
      return;
    }
    if (connections.size > maxConnections) {
      write(
        connection,
        errorResponse("53300", `too many connections to the embedded database (at most ${maxConnections})`),
      );
      connection.socket.end();
      return;
    }
    connection.started = true;
    write(connection, startupResponse);
  }

  /** @param {Connection} connection */
  function enqueue(connection) {
    waiting.push(connection);
    connection.waitTimer = setTimeout(() => giveUpWaiting(connection), sessionWaitMs);
  }

  /**
   * The session stayed with another connection too long (an open transaction doing work between statements):
   * answer the waiting queries as PostgreSQL answers a failed query, so the client can report it and go on.
   * @param {Connection} connection
   */
  function giveUpWaiting(connection) {
    const index = waiting.indexOf(connection);
    if (index === -1) return;
    waiting.splice(index, 1);
    connection.waitTimer = undefined;
    const busy = errorResponse(
      "57P03",
      `the embedded database is busy: another connection has held its only session for more than ${sessionWaitMs} ms ` +
        "(embedded PGlite runs one transaction at a time; long work in one transaction makes everyone else wait). " +
        "Try again in a moment, or use a PostgreSQL server (DATABASE_URL) for concurrent long work.",
    );
    // One error per query (a simple Query, or an extended query up to its Sync), as the server answers a failure.
    let queryOpen = false;
    for (const message of connection.pending) {
      if (!queryOpen) write(connection, busy);
      queryOpen = true;
      if (message[0] === SYNC || message[0] === QUERY) {
        write(connection, readyForQuery());
        queryOpen = false;
      }
    }
    connection.pending = [];
    connection.discardingUntilSync = queryOpen;
  }

  function schedule() {
    if (running) return;
    if (!owner) {
      const next = waiting.shift();
      if (!next) return;
      clearTimeout(next.waitTimer);
      next.waitTimer = undefined;
      owner = next;
    }
    if (owner.pending.length === 0) return;
    const connection = owner;
    const batch = Buffer.concat(connection.pending);
    connection.pending = [];
    running = true;
    void execute(connection, batch).finally(() => {
      running = false;
      schedule();
    });
  }

  /** @param {Connection} connection @param {Buffer} batch */
  async function execute(connection, batch) {
    const tracker = createReadyTracker();
    try {
      await db.runExclusive(() =>
        db.execProtocolRawStream(batch, {
          onRawData: (data) => {
            tracker.track(data);
            write(connection, Buffer.from(data));
          },
        }),
      );
    } catch (error) {
      // PGlite itself failed (not a SQL error, which comes back as an ErrorResponse): this connection's state is
      // unknown, so it is closed and the session put back to idle for the others.
      const message = error instanceof Error ? error.message : String(error);
      write(connection, errorResponse("XX000", `embedded database failure: ${message}`));
      connection.socket.destroy();
      await resetSession();
      owner = null;
      return;
    }
    if (connection.closed) {
      await resetSession();
      owner = null;
    } else if (tracker.endsIdle()) {
      owner = null;
      if (connection.pending.length > 0) enqueue(connection);
    }
  }

  /** A connection left mid-query or mid-transaction: end its extended query and roll its transaction back. */
  async function resetSession() {
    try {
      await db.runExclusive(async () => {
        await db.execProtocolRaw(Buffer.from([SYNC, 0, 0, 0, 4]));
        if (db.isInTransaction()) await db.execProtocolRaw(simpleQuery("ROLLBACK"));
      });
    } catch (error) {
      console.error(
        `embedded database: could not reset the session: ${error instanceof Error ? error.message : error}`,
      );
    }
  }

  /** @param {Connection} connection */
  function close(connection) {
    if (connection.closed) return;
    connection.closed = true;
    connections.delete(connection);
    clearTimeout(connection.waitTimer);
    const index = waiting.indexOf(connection);
    if (index !== -1) waiting.splice(index, 1);
    connection.pending = [];
    if (owner === connection && !running) {
      running = true;
      void resetSession().finally(() => {
        owner = null;
        running = false;
        schedule();
      });
    }
  }

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the embedded database has no TCP address");

  return {
    port: address.port,
    /** Stops accepting connections and closes the open ones. */
    stop: () =>
      new Promise((resolve) => {
        for (const connection of connections) connection.socket.destroy();
        server.close(() => resolve(undefined));
      }),
  };
}

/** @param {Connection} connection @param {Buffer} data */
function write(connection, data) {
  if (!connection.closed && connection.socket.writable) connection.socket.write(data);
}

/** A regular message: a type byte and a length that counts itself. @param {Connection} connection */
function cutMessage(connection) {
  const buffer = connection.received;
  if (buffer.length < 5) return null;
  const length = 1 + buffer.readInt32BE(1);
  if (length < 5) return "malformed";
  if (buffer.length < length) return null;
  connection.received = buffer.subarray(length);
  return Buffer.from(buffer.subarray(0, length));
}

/** Startup, SSL and cancel requests have no type byte. @param {Connection} connection */
function cutStartupMessage(connection) {
  const buffer = connection.received;
  if (buffer.length < 8) return null;
  const length = buffer.readInt32BE(0);
  if (length < 8) return "malformed";
  if (buffer.length < length) return null;
  connection.received = buffer.subarray(length);
  return Buffer.from(buffer.subarray(0, length));
}

/**
 * Follows the backend's messages across chunks and remembers whether the last one was ReadyForQuery
 * reporting an idle session (the only point where another connection may take over).
 */
function createReadyTracker() {
  let header = Buffer.alloc(0);
  let remaining = 0;
  let lastType = 0;
  let lastStatus = 0;
  return {
    /** @param {Uint8Array} data */
    track(data) {
      let offset = 0;
      while (offset < data.length) {
        if (remaining > 0) {
          const take = Math.min(remaining, data.length - offset);
          if (lastType === READY_FOR_QUERY) lastStatus = data[offset + take - 1];
          remaining -= take;
          offset += take;
          continue;
        }
        const take = Math.min(5 - header.length, data.length - offset);
        header = Buffer.concat([header, data.subarray(offset, offset + take)]);
        offset += take;
        if (header.length === 5) {
          lastType = header[0];
          remaining = header.readInt32BE(1) - 4;
          lastStatus = 0;
          header = Buffer.alloc(0);
        }
      }
    },
    endsIdle: () =>
      header.length === 0 && remaining === 0 && lastType === READY_FOR_QUERY && lastStatus === IDLE,
  };
}

/** @param {string} user @param {string} database */
function startupMessage(user, database) {
  const body = Buffer.from(`user\0${user}\0database\0${database}\0\0`);
  const message = Buffer.alloc(8 + body.length);
  message.writeInt32BE(message.length, 0);
  message.writeInt32BE(PROTOCOL_3, 4);
  body.copy(message, 8);
  return message;
}

/** @param {string} sql */
function simpleQuery(sql) {
  const text = Buffer.from(`${sql}\0`);
  const message = Buffer.alloc(5 + text.length);
  message[0] = QUERY;
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return message;
}

function readyForQuery() {
  return Buffer.from([READY_FOR_QUERY, 0, 0, 0, 5, IDLE]);
}

/** @param {string} code SQLSTATE @param {string} text */
function errorResponse(code, text) {
  const fields = Buffer.from(`SERROR\0VERROR\0C${code}\0M${text}\0\0`);
  const message = Buffer.alloc(5 + fields.length);
  message[0] = 0x45; // 'E'
  message.writeInt32BE(4 + fields.length, 1);
  fields.copy(message, 5);
  return message;
}

module.exports = { startSessionServer };
