"""Driver of seed 003's scripts for InteropPythonTest.

`python3 run.py SCRIPT.py` runs one of the seed's scripts unchanged (runpy), with its prints
captured, and prints ONE JSON object on stdout:

    {"printed": "<what the script printed>",
     "reads": [{"operation": "Query", "response": {<the response body as DynamoDB sent it>}}]}

`reads` holds the GetItem and Query responses the script received, in order, as DynamoDB's wire
JSON ({"S": ...}, {"N": "..."}, ...), taken from botocore's after-call event of the default
session that the script's boto3.resource(...) uses: what the seed's read code was given, with
the attribute names and DynamoDB types exactly. A failure prints {"error": {name, message},
"printed": ...} and exits with 1. The endpoint and table names come from the environment
(ENDPOINT_URL, ORDERS_TABLE, SHOP_TABLE), credentials from AWS_ACCESS_KEY_ID and
AWS_SECRET_ACCESS_KEY.
"""
import contextlib
import io
import json
import runpy
import sys

import boto3

READS = ('GetItem', 'Query')


def main(script):
    reads = []

    def capture(http_response, model, **kwargs):
        if model.name in READS:
            reads.append({'operation': model.name, 'response': json.loads(http_response.content)})

    boto3.setup_default_session()
    boto3.DEFAULT_SESSION.events.register('after-call.dynamodb', capture)
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            runpy.run_path(script, run_name='__main__')
    except Exception as e:  # the script's own failure, reported with what it printed so far
        print(json.dumps({'error': {'name': type(e).__name__, 'message': str(e)}, 'printed': printed.getvalue()}))
        return 1
    print(json.dumps({'printed': printed.getvalue(), 'reads': reads}))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
