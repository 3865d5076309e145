// Seed 001's JavaScript data-access code (shared/seeds/001), verbatim: the code blocks of the
// article in their order, the prose between them left out. Three additions, each marked ADDED:
// the flag snippet (top-level code in the article, with free variables userId, orderSK and
// orderId) is wrapped in a function of those three names; an export list at the end lets the
// driver (run.mjs) call the functions; nothing else is changed. The client honours the SDK's
// environment (AWS_ENDPOINT_URL_DYNAMODB, AWS_ACCESS_KEY_ID...) and the seed reads TABLE_NAME.
// Helpers the article calls but never defines (retryUnprocessed, and the stream handler's
// unmarshall, updateAnalytics, indexInElasticsearch, removeFromElasticsearch) resolve as globals
// at call time: run.mjs defines retryUnprocessed; the handler is not run.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
DynamoDBDocumentClient,
PutCommand,
GetCommand,
QueryCommand,
UpdateCommand,
DeleteCommand
} from '@aws-sdk/lib-dynamodb';
const client = new DynamoDBClient({ region: 'us-east-1' });
const ddb = DynamoDBDocumentClient.from(client);
const TABLE = process.env.TABLE_NAME;
// CREATE — Put a new user
async function createUser(user) {
await ddb.send(new PutCommand({
TableName: TABLE,
Item: {
PK: `USER#${user.id}`,
SK: 'PROFILE',
GSI1PK: `USER#${user.email}`,
GSI1SK: 'PROFILE',
userId: user.id,
name: user.name,
email: user.email,
createdAt: new Date().toISOString(),
entityType: 'User'
},
ConditionExpression: 'attribute_not_exists(PK)' // prevent overwrites
}));
}
// READ — Get user by ID
async function getUser(userId) {
const { Item } = await ddb.send(new GetCommand({
TableName: TABLE,
Key: {
PK: `USER#${userId}`,
SK: 'PROFILE'
}
}));
return Item;
}
// READ — Get user's orders (sorted by date, newest first)
async function getUserOrders(userId, limit = 20) {
const { Items } = await ddb.send(new QueryCommand({
TableName: TABLE,
KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
ExpressionAttributeValues: {
':pk': `USER#${userId}`,
':sk': 'ORDER#'
},
ScanIndexForward: false, // newest first
Limit: limit
}));
return Items;
}
// CREATE — Place an order
async function createOrder(userId, order) {
const date = new Date().toISOString();
await ddb.send(new PutCommand({
TableName: TABLE,
Item: {
PK: `USER#${userId}`,
SK: `ORDER#${date}#${order.id}`,
GSI1PK: `STATUS#pending`,
GSI1SK: `ORDER#${date}#${order.id}`,
orderId: order.id,
userId: userId,
status: 'pending',
total: order.total,
items: order.items,
createdAt: date,
entityType: 'Order'
}
}));
}
// UPDATE — Change order status
async function updateOrderStatus(userId, orderSK, newStatus) {
await ddb.send(new UpdateCommand({
TableName: TABLE,
Key: {
PK: `USER#${userId}`,
SK: orderSK
},
UpdateExpression: 'SET #status = :status, GSI1PK = :gsi1pk, updatedAt = :now',
ExpressionAttributeNames: {
'#status': 'status'
},
ExpressionAttributeValues: {
':status': newStatus,
':gsi1pk': `STATUS#${newStatus}`,
':now': new Date().toISOString()
}
}));
}
// DELETE — Remove an item
async function deleteOrder(userId, orderSK) {
await ddb.send(new DeleteCommand({
TableName: TABLE,
Key: {
PK: `USER#${userId}`,
SK: orderSK
}
}));
}
// Query all pending orders using GSI1
async function getOrdersByStatus(status) {
const { Items } = await ddb.send(new QueryCommand({
TableName: TABLE,
IndexName: 'GSI1',
KeyConditionExpression: 'GSI1PK = :pk',
ExpressionAttributeValues: {
':pk': `STATUS#${status}`
},
ScanIndexForward: false
}));
return Items;
}
// ADDED: the article runs this snippet at top level; here it is a function of its free variables.
async function flagOrder(userId, orderSK, orderId) {
// Flag an order for review — it appears in the sparse GSI
await ddb.send(new UpdateCommand({
TableName: TABLE,
Key: { PK: `USER#${userId}`, SK: orderSK },
UpdateExpression: 'SET GSI2PK = :pk, GSI2SK = :sk, flagReason = :reason',
ExpressionAttributeValues: {
':pk': 'FLAGGED',
':sk': `${new Date().toISOString()}#${orderId}`,
':reason': 'Unusual amount'
}
}));
}
// Query all flagged orders — efficient because the GSI only contains flagged items
async function getFlaggedOrders() {
const { Items } = await ddb.send(new QueryCommand({
TableName: TABLE,
IndexName: 'GSI2',
KeyConditionExpression: 'GSI2PK = :pk',
ExpressionAttributeValues: { ':pk': 'FLAGGED' }
}));
return Items;
}
// Create a session with 24-hour TTL
async function createSession(userId, sessionId) {
const ttl = Math.floor(Date.now() / 1000) + (24 * 60 * 60); // 24 hours from now
await ddb.send(new PutCommand({
TableName: TABLE,
Item: {
PK: `SESSION#${sessionId}`,
SK: 'METADATA',
userId,
createdAt: new Date().toISOString(),
ttl // DynamoDB deletes this item after 24 hours
}
}));
}
// Lambda function triggered by DynamoDB Stream
export async function handler(event) {
for (const record of event.Records) {
const { eventName, dynamodb } = record;
if (eventName === 'INSERT' || eventName === 'MODIFY') {
const newItem = unmarshall(dynamodb.NewImage);
if (newItem.entityType === 'Order' && newItem.status === 'completed') {
// Sync completed order to analytics
await updateAnalytics(newItem);
// Index in Elasticsearch for search
await indexInElasticsearch(newItem);
}
}
if (eventName === 'REMOVE') {
const oldItem = unmarshall(dynamodb.OldImage);
await removeFromElasticsearch(oldItem);
}
}
}
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
// Transfer loyalty points between users — must be atomic
async function transferPoints(fromUserId, toUserId, points) {
await ddb.send(new TransactWriteCommand({
TransactItems: [
{
Update: {
TableName: TABLE,
Key: { PK: `USER#${fromUserId}`, SK: 'PROFILE' },
UpdateExpression: 'SET points = points - :pts',
ConditionExpression: 'points >= :pts',
ExpressionAttributeValues: { ':pts': points }
}
},
{
Update: {
TableName: TABLE,
Key: { PK: `USER#${toUserId}`, SK: 'PROFILE' },
UpdateExpression: 'SET points = points + :pts',
ExpressionAttributeValues: { ':pts': points }
}
}
]
}));
}
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
async function batchCreateOrderItems(orderId, items) {
const requests = items.map(item => ({
PutRequest: {
Item: {
PK: `ORDER#${orderId}`,
SK: `ITEM#${item.productId}`,
productId: item.productId,
quantity: item.quantity,
price: item.price,
entityType: 'OrderItem'
}
}
}));
// Process in chunks of 25
for (let i = 0; i < requests.length; i += 25) {
const chunk = requests.slice(i, i + 25);
const result = await ddb.send(new BatchWriteCommand({
RequestItems: {
[TABLE]: chunk
}
}));
// Handle unprocessed items (throttled)
if (result.UnprocessedItems?.[TABLE]?.length > 0) {
// Retry with exponential backoff
await retryUnprocessed(result.UnprocessedItems);
}
}
}
// Write sharding for a hot partition
const SHARD_COUNT = 10;
async function incrementViewCount(pageId) {
const shard = Math.floor(Math.random() * SHARD_COUNT);
await ddb.send(new UpdateCommand({
TableName: TABLE,
Key: {
PK: `PAGE#${pageId}`,
SK: `VIEWS#${shard}`
},
UpdateExpression: 'ADD viewCount :inc',
ExpressionAttributeValues: { ':inc': 1 }
}));
}
// Read: query all shards and sum
async function getViewCount(pageId) {
const { Items } = await ddb.send(new QueryCommand({
TableName: TABLE,
KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
ExpressionAttributeValues: {
':pk': `PAGE#${pageId}`,
':sk': 'VIEWS#'
}
}));
return Items.reduce((sum, item) => sum + (item.viewCount || 0), 0);
}
// ADDED: what the driver calls.
export {
createUser, getUser, getUserOrders, createOrder, updateOrderStatus, deleteOrder, getOrdersByStatus,
flagOrder, getFlaggedOrders, createSession, transferPoints, batchCreateOrderItems, incrementViewCount,
getViewCount
};
