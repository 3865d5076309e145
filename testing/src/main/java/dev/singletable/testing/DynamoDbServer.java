package dev.singletable.testing;

import java.net.URI;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A DynamoDB-compatible server for tests: {@link DynamoDbLocal} in this JVM, or {@link MotoServer}
 * (moto's server, a Python process). {@link #start()} starts the one chosen for the run (see
 * {@link Backend#chosen()}); {@link DynamoDbLocalExtension} injects it into tests that ask for a
 * {@code DynamoDbServer} parameter.
 *
 * <pre>{@code
 * try (DynamoDbServer server = DynamoDbServer.start(); DynamoDbClient client = server.client()) {
 *   ...
 * }
 * }</pre>
 *
 * <p>Everything a server holds is lost when it is closed. Implementations are thread-safe.
 */
public interface DynamoDbServer extends AutoCloseable {

  /**
   * Starts the backend chosen by the system property {@value Backend#PROPERTY} or the environment
   * variable {@value Backend#ENVIRONMENT_VARIABLE} ({@code local}, the default, or {@code moto}).
   *
   * @throws IllegalArgumentException if the choice names no backend
   * @throws IllegalStateException if the server cannot start (the message says what is missing)
   */
  static DynamoDbServer start() {
    return Backend.chosen().start();
  }

  /** Returns which implementation this is, and with it what it deviates on from DynamoDB. */
  Backend backend();

  /** Returns the HTTP endpoint, such as {@code http://localhost:41234}. */
  URI endpoint();

  /**
   * Returns a client builder for this server, ready to build: endpoint, region {@code us-east-1},
   * dummy static credentials, the URL connection HTTP client. Change what a test needs (an
   * {@code ExecutionInterceptor} that injects faults, another region) before {@code build()}.
   */
  default DynamoDbClientBuilder clientBuilder() {
    return Clients.builderFor(endpoint());
  }

  /** Returns a new client from {@link #clientBuilder()}. Close it when done. */
  default DynamoDbClient client() {
    return clientBuilder().build();
  }

  /**
   * Returns a new DynamoDB Streams client for this server, configured as {@link #clientBuilder()}:
   * to read the streams of its tables (see {@link TableStreams}). Close it when done.
   */
  default DynamoDbStreamsClient streamsClient() {
    return Clients.streamsBuilderFor(endpoint()).build();
  }

  /** Stops the server; its tables and items are gone. */
  @Override
  void close();
}
