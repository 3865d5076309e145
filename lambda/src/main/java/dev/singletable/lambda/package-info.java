/**
 * Typed change events for AWS Lambda stream handlers: {@link dev.singletable.lambda.DynamodbEvents}
 * reads the {@code DynamodbEvent} a Lambda function receives through
 * {@link dev.singletable.StreamReader#changeEvent}, which needs no {@code DynamoDbClient}.
 * Optional: core never depends on Lambda.
 */
package dev.singletable.lambda;
