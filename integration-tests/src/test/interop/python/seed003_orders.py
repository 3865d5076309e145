# Seed 003 (shared/seeds/003), second code block, verbatim but for line breaks (the article's text
# lost them) and the lines marked ADDED/CHANGED: the endpoint and the table name come from the
# environment, defaulting to the seed's values.
import os  # ADDED
ENDPOINT_URL = os.environ.get('ENDPOINT_URL', 'http://localhost:8000')  # ADDED
ORDERS_TABLE = os.environ.get('ORDERS_TABLE', 'Orders')  # ADDED

import boto3
from boto3.dynamodb.conditions import Key
from decimal import Decimal  # DynamoDB uses Decimal, not float, for numbers
dynamodb = boto3.resource(
    'dynamodb',
    region_name='us-east-1',
    endpoint_url=ENDPOINT_URL  # CHANGED: was 'http://localhost:8000'
)
table = dynamodb.Table(ORDERS_TABLE)  # CHANGED: was 'Orders'
# ─── WRITE: Put three orders for the same customer ─────────────────────────
# Sort key format: "YYYY-MM-DD#ORDER-ID" — date first so range queries work
orders_to_insert = [
    {
        'customer_id': 'CUST-42',
        'order_date_order_id': '2024-01-15#ORD-001',
        'total_usd': Decimal('59.99'),
        'status': 'DELIVERED',
        'items': ['Mechanical Keyboard', 'USB Hub']
    },
    {
        'customer_id': 'CUST-42',
        'order_date_order_id': '2024-03-22#ORD-002',
        'total_usd': Decimal('149.00'),
        'status': 'SHIPPED',
        'items': ['Monitor Stand']
    },
    {
        'customer_id': 'CUST-42',
        'order_date_order_id': '2024-06-10#ORD-003',
        'total_usd': Decimal('29.99'),
        'status': 'PROCESSING',
        'items': ['Desk Mat']
    }
]
for order in orders_to_insert:
    table.put_item(Item=order)  # put_item: create or fully overwrite an item
print("Inserted 3 orders for CUST-42")
# ─── READ: Get ONE specific order by its full primary key ───────────────────
response = table.get_item(
    Key={
        'customer_id': 'CUST-42',
        'order_date_order_id': '2024-03-22#ORD-002'
    }
)
specific_order = response.get('Item', {})
print(f"\nSpecific order: {specific_order['order_date_order_id']} — ${specific_order['total_usd']}")
# ─── QUERY: Get all orders for CUST-42 placed on or after 2024-03-01 ────────
# 'between' on the sort key stays inside one partition — this is efficient!
range_response = table.query(
    KeyConditionExpression=
        Key('customer_id').eq('CUST-42') &
        Key('order_date_order_id').between('2024-03-01', '2024-12-31')
)
print(f"\nOrders from March 2024 onwards ({range_response['Count']} found):")
for order in range_response['Items']:
    print(f"  {order['order_date_order_id']} | ${order['total_usd']} | {order['status']}")
# ─── UPDATE: Change just the status field without rewriting the whole item ───
table.update_item(
    Key={
        'customer_id': 'CUST-42',
        'order_date_order_id': '2024-03-22#ORD-002'
    },
    UpdateExpression='SET #s = :new_status',  # #s avoids 'status' reserved word conflict
    ExpressionAttributeNames={'#s': 'status'},
    ExpressionAttributeValues={':new_status': 'DELIVERED'}
)
print("\nUpdated ORD-002 status to DELIVERED")
