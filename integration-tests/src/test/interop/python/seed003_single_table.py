# Seed 003 (shared/seeds/003), fourth code block, verbatim but for line breaks (the article's text
# lost them) and the lines marked ADDED/CHANGED: the endpoint and the table name come from the
# environment, defaulting to the seed's values.
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
# One table to rule them all — stores Customers AND Orders together
# Generic key names PK / SK are conventional in single-table design
table = dynamodb.create_table(
    TableName=SHOP_TABLE,  # CHANGED: was 'ECommerceApp'
    KeySchema=[
        {'AttributeName': 'PK', 'KeyType': 'HASH'},
        {'AttributeName': 'SK', 'KeyType': 'RANGE'}
    ],
    AttributeDefinitions=[
        {'AttributeName': 'PK', 'AttributeType': 'S'},
        {'AttributeName': 'SK', 'AttributeType': 'S'}
    ],
    BillingMode='PAY_PER_REQUEST'
)
table.wait_until_exists()
# ─── Write a CUSTOMER record ─────────────────────────────────────────────────
# PK and SK both describe what the item IS — the value encodes entity type
table.put_item(Item={
    'PK': 'CUSTOMER#CUST-42',  # partition key identifies the customer
    'SK': 'PROFILE',  # sort key distinguishes record type
    'entity_type': 'Customer',  # explicit type tag — helps with filtering
    'full_name': 'Alex Rivera',
    'email': 'alex@example.com',
    'loyalty_tier': 'Gold'
})
# ─── Write two ORDERS for the same customer ──────────────────────────────────
# Same PK as the customer — they share a partition, so one Query fetches both
table.put_item(Item={
    'PK': 'CUSTOMER#CUST-42',
    'SK': 'ORDER#2024-01-15#ORD-001',  # ORDER# prefix separates orders from profile
    'entity_type': 'Order',
    'total_usd': Decimal('59.99'),
    'status': 'DELIVERED'
})
table.put_item(Item={
    'PK': 'CUSTOMER#CUST-42',
    'SK': 'ORDER#2024-06-10#ORD-003',
    'entity_type': 'Order',
    'total_usd': Decimal('29.99'),
    'status': 'PROCESSING'
})
print("Inserted customer profile and 2 orders into single table")
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
