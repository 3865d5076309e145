# Seed 003 (shared/seeds/003), first code block, verbatim but for line breaks (the article's text
# lost them) and the lines marked ADDED/CHANGED: the endpoint and the table name come from the
# environment, defaulting to the seed's values.
import os  # ADDED
ENDPOINT_URL = os.environ.get('ENDPOINT_URL', 'http://localhost:8000')  # ADDED
ORDERS_TABLE = os.environ.get('ORDERS_TABLE', 'Orders')  # ADDED

import boto3
# Create a DynamoDB client pointing at a local DynamoDB instance for dev
# In production, remove 'endpoint_url' and use your AWS region
dynamodb = boto3.resource(
    'dynamodb',
    region_name='us-east-1',
    endpoint_url=ENDPOINT_URL  # local DynamoDB for safe testing  (CHANGED: was 'http://localhost:8000')
)
# Create the Orders table with a COMPOSITE primary key:
# partition_key = customer_id (groups all orders for one customer together)
# sort_key = order_date#order_id (allows range queries by date)
table = dynamodb.create_table(
    TableName=ORDERS_TABLE,  # CHANGED: was 'Orders'
    KeySchema=[
        {
            'AttributeName': 'customer_id',  # partition key
            'KeyType': 'HASH'
        },
        {
            'AttributeName': 'order_date_order_id',  # sort key (composite value)
            'KeyType': 'RANGE'
        }
    ],
    AttributeDefinitions=[
        # Only KEY attributes go here — DynamoDB is schemaless for everything else
        {'AttributeName': 'customer_id', 'AttributeType': 'S'},  # S = String
        {'AttributeName': 'order_date_order_id','AttributeType': 'S'}
    ],
    BillingMode='PAY_PER_REQUEST'  # on-demand pricing — no capacity planning needed for dev
)
# Wait until the table is actually ready before writing to it
table.wait_until_exists()
print(f"Table status: {table.table_status}")
print(f"Table name: {table.table_name}")
