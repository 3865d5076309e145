/**
 * Typed change events for AWS Lambda stream handlers: {@link dev.singletable.lambda.DynamodbEvents}
 * reads the {@code DynamodbEvent} a Lambda function receives through
 * {@link dev.singletable.SingleTable#changeEvent}. Optional: core never depends on Lambda.
 */
package dev.singletable.lambda;
