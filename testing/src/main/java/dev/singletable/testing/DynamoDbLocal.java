package dev.singletable.testing;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB Local ({@code com.amazonaws:DynamoDBLocal}) running in this JVM, in memory
 * ({@code -inMemory}), on a free port of localhost: a real DynamoDB for tests and examples, with
 * nothing to install. Everything is lost when it stops.
 *
 * <pre>{@code
 * try (DynamoDbLocal local = DynamoDbLocal.start()) {
 *   DynamoDbClient client = local.client();
 *   ...
 * }
 * }</pre>
 *
 * <p>Starting takes about a second. Thread-safe: clients from {@link #client()} may be used from
 * any thread.
 */
public final class DynamoDbLocal implements AutoCloseable {

  private static final int START_ATTEMPTS = 5;
  private static final AtomicInteger TABLE_COUNTER = new AtomicInteger();

  private final DynamoDBProxyServer server;
  private final URI endpoint;

  private DynamoDbLocal(DynamoDBProxyServer server, int port) {
    this.server = server;
    this.endpoint = URI.create("http://localhost:" + port);
  }

  /**
   * Starts DynamoDB Local in memory on a free port.
   *
   * @throws IllegalStateException if it cannot start (after retrying when another process takes
   *     the chosen port first)
   */
  public static DynamoDbLocal start() {
    Exception last = null;
    for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
      int port = freePort();
      try {
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
            new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
        server.start();
        return new DynamoDbLocal(server, port);
      } catch (Exception e) {
        last = e;
        if (!(rootCause(e) instanceof BindException)) {
          break;
        }
      }
    }
    throw new IllegalStateException("DynamoDB Local did not start", last);
  }

  /** Returns the HTTP endpoint, such as {@code http://localhost:41234}. */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * Returns a new client for this server: region {@code us-east-1}, dummy static credentials, the
   * URL connection HTTP client. Close it when done.
   */
  public DynamoDbClient client() {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  /**
   * Returns a table name not returned before in this JVM, such as {@code test-7-orders}, so that
   * tests sharing one server never see each other's items.
   *
   * @param hint a readable part of the name, of {@code a-z A-Z 0-9 _ - .}
   */
  public static String uniqueTableName(String hint) {
    return "test-" + TABLE_COUNTER.incrementAndGet() + "-" + hint;
  }

  /** Stops the server; its tables and items are gone. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("DynamoDB Local did not stop cleanly", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("No free port for DynamoDB Local", e);
    }
  }

  private static Throwable rootCause(Throwable e) {
    while (e.getCause() != null && e.getCause() != e) {
      e = e.getCause();
    }
    return e;
  }
}
