# Seed 003 (shared/seeds/003), third code block, second half: the query of the new index (see
# seed003_status_gsi_create.py for why the block is cut in two). Verbatim but for line breaks and
# the lines marked ADDED/CHANGED; the client set-up is the block's own, repeated.
import os  # ADDED
ENDPOINT_URL = os.environ.get('ENDPOINT_URL', 'http://localhost:8000')  # ADDED
ORDERS_TABLE = os.environ.get('ORDERS_TABLE', 'Orders')  # ADDED

import boto3
from boto3.dynamodb.conditions import Key
dynamodb = boto3.resource(
    'dynamodb',
    region_name='us-east-1',
    endpoint_url=ENDPOINT_URL  # CHANGED: was 'http://localhost:8000'
)
table = dynamodb.Table(ORDERS_TABLE)  # CHANGED: was 'Orders'
# ─── Query via GSI: all SHIPPED orders ──────────────────────────────────────
gsi_response = table.query(
    IndexName='StatusByDate-GSI',  # tell DynamoDB to use our new index
    KeyConditionExpression=Key('status').eq('SHIPPED')
)
print(f"\nAll SHIPPED orders ({gsi_response['Count']} found):")
for order in gsi_response['Items']:
    print(f"  Customer: {order['customer_id']} | "
          f"Order: {order['order_date_order_id']} | "
          f"Total: ${order['total_usd']}")
