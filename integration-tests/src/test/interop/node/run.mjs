// Driver of seed001.mjs for InteropJavaScriptTest: `node run.mjs <command> '<json arguments>'`
// calls the seed's own functions for one step of the scenario and prints ONE JSON object on
// stdout (what the seed's functions returned, as lib-dynamodb unmarshalled it). Failures print
// {"error": {name, message}} and exit with 1. The endpoint, credentials and table come from the
// environment (AWS_ENDPOINT_URL_DYNAMODB, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, TABLE_NAME).
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as seed from './seed001.mjs';

// The seed calls retryUnprocessed(result.UnprocessedItems) but never defines it ("Retry with
// exponential backoff"). Written here, as the seed describes it: resend what is unprocessed,
// waiting 50 ms, 100 ms, 200 ms... (with jitter) between tries, and fail after 8 tries rather
// than drop items. The seed's module resolves the name as a global when it calls it.
const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
globalThis.retryUnprocessed = async function retryUnprocessed(unprocessedItems) {
  let pending = unprocessedItems;
  for (let attempt = 0; attempt < 8; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, (50 << attempt) * (0.5 + Math.random() / 2)));
    const result = await ddb.send(new BatchWriteCommand({ RequestItems: pending }));
    pending = result.UnprocessedItems ?? {};
    if (Object.values(pending).every((requests) => requests.length === 0)) {
      return;
    }
  }
  throw new Error(`retryUnprocessed: still unprocessed after 8 tries: ${JSON.stringify(pending)}`);
};

/** Waits until the clock shows a later millisecond, so that orders created in turn get distinct, ordered dates. */
function nextMillisecond() {
  const start = Date.now();
  while (Date.now() === start) {
    // spin: at most one millisecond
  }
}

const commands = {
  /**
   * Writes what seed 001's functions write: users, orders (one after another), a status change, a
   * flag, a session, order items in batches and page-view shards. Returns each user and their
   * orders as the seed's getUser and getUserOrders read them, so that the test knows the dates the
   * JavaScript chose.
   */
  async write({ users, orders, statusChanges, flags, sessions, orderItems, pageViews }) {
    for (const user of users) {
      await seed.createUser(user);
    }
    for (const { userId, order } of orders) {
      nextMillisecond();
      await seed.createOrder(userId, order);
    }
    const skOf = async (userId, orderId) => {
      const found = (await seed.getUserOrders(userId)).find((o) => o.orderId === orderId);
      if (!found) {
        throw new Error(`no order ${orderId} of ${userId}`);
      }
      return found.SK;
    };
    for (const { userId, orderId, status } of statusChanges) {
      await seed.updateOrderStatus(userId, await skOf(userId, orderId), status);
    }
    for (const { userId, orderId } of flags) {
      nextMillisecond();
      await seed.flagOrder(userId, await skOf(userId, orderId), orderId);
    }
    for (const { userId, sessionId } of sessions) {
      await seed.createSession(userId, sessionId);
    }
    for (const { orderId, items } of orderItems) {
      await seed.batchCreateOrderItems(orderId, items);
    }
    for (const { pageId, views } of pageViews) {
      for (let i = 0; i < views; i++) {
        await seed.incrementViewCount(pageId);
      }
    }
    const written = { users: {}, orders: {} };
    for (const { id } of users) {
      written.users[id] = await seed.getUser(id);
      written.orders[id] = await seed.getUserOrders(id);
    }
    return written;
  },

  /** Seed 001's transferPoints; a refused transfer is returned as {refused: name}, not thrown. */
  async transfer({ from, to, points }) {
    try {
      await seed.transferPoints(from, to, points);
      return { transferred: points };
    } catch (e) {
      if (e.name === 'TransactionCanceledException') {
        return { refused: e.name, reasons: (e.CancellationReasons ?? []).map((r) => r.Code) };
      }
      throw e;
    }
  },

  /** What seed 001's read functions return, for the given users, statuses and pages. */
  async read({ userIds = [], statuses = [], pageIds = [], flagged = false }) {
    const result = { users: {}, userOrders: {}, ordersByStatus: {}, viewCounts: {} };
    for (const userId of userIds) {
      result.users[userId] = (await seed.getUser(userId)) ?? null;
      result.userOrders[userId] = await seed.getUserOrders(userId);
    }
    for (const status of statuses) {
      result.ordersByStatus[status] = await seed.getOrdersByStatus(status);
    }
    if (flagged) {
      result.flaggedOrders = await seed.getFlaggedOrders();
    }
    for (const pageId of pageIds) {
      result.viewCounts[pageId] = await seed.getViewCount(pageId);
    }
    return result;
  },
};

const [command, argument = '{}'] = process.argv.slice(2);
try {
  if (!Object.hasOwn(commands, command)) {
    throw new Error(`unknown command ${command}; one of ${Object.keys(commands).join(', ')}`);
  }
  process.stdout.write(JSON.stringify(await commands[command](JSON.parse(argument))) + '\n');
} catch (e) {
  process.stdout.write(JSON.stringify({ error: { name: e.name, message: e.message } }) + '\n');
  process.exitCode = 1;
}
