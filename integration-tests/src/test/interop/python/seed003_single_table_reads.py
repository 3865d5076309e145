# The reads of seed 003's fourth code block (shared/seeds/003) alone, so that they run again
# after other code wrote to the table (the block itself begins by creating the table): the
# seed's client, then ADDED `table = dynamodb.Table(...)` as the seed's other blocks open their
# table, then the two queries and their prints verbatim (line breaks restored).
import os  # ADDED
ENDPOINT_URL = os.environ.get('ENDPOINT_URL', 'http://localhost:8000')  # ADDED
SHOP_TABLE = os.environ.get('SHOP_TABLE', 'ECommerceApp')  # ADDED

import boto3
from boto3.dynamodb.conditions import Key
from decimal import Decimal
dynamodb = boto3.resource(
    'dynamodb',
    region_name='us-east-1',
    endpoint_url=ENDPOINT_URL  # CHANGED: was 'http://localhost:8000'
)
table = dynamodb.Table(SHOP_TABLE)  # ADDED
# ─── Fetch customer profile + ALL orders in ONE query call ───────────────────
# begins_with('ORDER#') filters to just orders, skipping the PROFILE item
all_items_response = table.query(
    KeyConditionExpression=Key('PK').eq('CUSTOMER#CUST-42')
)
print(f"\nAll items for CUST-42 ({all_items_response['Count']} total):")
for item in all_items_response['Items']:
    print(f"  [{item['entity_type']}] SK={item['SK']}")
# Get ONLY the orders with a begins_with filter on the sort key
orders_only_response = table.query(
    KeyConditionExpression=
        Key('PK').eq('CUSTOMER#CUST-42') &
        Key('SK').begins_with('ORDER#')
)
print(f"\nOrders only ({orders_only_response['Count']} found):")
for order in orders_only_response['Items']:
    print(f"  {order['SK']} | ${order['total_usd']} | {order['status']}")
