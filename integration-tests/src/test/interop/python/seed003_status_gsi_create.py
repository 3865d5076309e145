# Seed 003 (shared/seeds/003), third code block, first half: the index's creation and the wait.
# Verbatim but for line breaks (the article's text lost them) and the lines marked ADDED/CHANGED:
# the endpoint and the table name come from the environment, defaulting to the seed's values.
# The block is cut in two because its waiter waits for the TABLE to exist, which it already does,
# not for the new INDEX to be ACTIVE: DynamoDB refuses a query of an index still backfilling, and
# DynamoDB Local logs errors for it. The test waits for the index between the halves.
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
# Add a GSI to the existing Orders table so we can query by order status
# GSI partition key: status | GSI sort key: order_date_order_id
# This lets us ask: "give me all SHIPPED orders, most recent first"
dynamodb.meta.client.update_table(
    TableName=ORDERS_TABLE,  # CHANGED: was 'Orders'
    AttributeDefinitions=[
        {'AttributeName': 'status', 'AttributeType': 'S'},
        {'AttributeName': 'order_date_order_id', 'AttributeType': 'S'}
    ],
    GlobalSecondaryIndexUpdates=[
        {
            'Create': {
                'IndexName': 'StatusByDate-GSI',
                'KeySchema': [
                    {'AttributeName': 'status', 'KeyType': 'HASH'},
                    {'AttributeName': 'order_date_order_id', 'KeyType': 'RANGE'}
                ],
                'Projection': {
                    # INCLUDE only the fields we actually need — saves cost vs ALL
                    'ProjectionType': 'INCLUDE',
                    'NonKeyAttributes': ['customer_id', 'total_usd']
                }
            }
        }
    ]
)
print("GSI creation initiated (takes a moment to backfill)...")
# Wait for the GSI to become ACTIVE before querying it
waiter = dynamodb.meta.client.get_waiter('table_exists')
waiter.wait(TableName=ORDERS_TABLE)  # CHANGED: was 'Orders'
