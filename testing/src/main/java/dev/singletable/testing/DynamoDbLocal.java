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
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

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
  private final ThreadGroup threads;
  private final URI endpoint;

  private DynamoDbLocal(DynamoDBProxyServer server, ThreadGroup threads, int port) {
    this.server = server;
    this.threads = threads;
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
      ThreadGroup threads = new ThreadGroup("dynamodb-local-" + port);
      try {
        DynamoDBProxyServer server = startIn(threads, port);
        return new DynamoDbLocal(server, threads, port);
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
    return clientFor(endpoint);
  }

  /**
   * Returns a new client for a DynamoDB Local running elsewhere, such as
   * {@code http://localhost:8000}: region {@code us-east-1} and dummy static credentials (DynamoDB
   * Local accepts any), the URL connection HTTP client. Close it when done.
   */
  public static DynamoDbClient clientFor(URI endpoint) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  /**
   * Returns a new DynamoDB Streams client for this server, configured as {@link #client()}: to
   * read the streams of its tables (DynamoDB Local serves them on the same endpoint). Close it
   * when done.
   */
  public DynamoDbStreamsClient streamsClient() {
    return streamsClientFor(endpoint);
  }

  /**
   * Returns a new DynamoDB Streams client for a DynamoDB-compatible server at {@code endpoint},
   * configured as {@link #clientFor(URI)}. Close it when done.
   */
  public static DynamoDbStreamsClient streamsClientFor(URI endpoint) {
    return DynamoDbStreamsClient.builder()
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

  /**
   * Starts the server from a thread of {@code threads}, so that every thread it creates later
   * (Jetty's, and its background jobs') belongs to that group too.
   */
  private static DynamoDBProxyServer startIn(ThreadGroup threads, int port) throws Exception {
    DynamoDBProxyServer[] started = new DynamoDBProxyServer[1];
    Exception[] failed = new Exception[1];
    Thread starter = new Thread(threads, () -> {
      try {
        started[0] = ServerRunner.createServerFromCommandLineArgs(
            new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
        started[0].start();
      } catch (Exception e) {
        failed[0] = e;
      }
    }, "dynamodb-local-start");
    starter.start();
    starter.join();
    if (failed[0] != null) {
      throw failed[0];
    }
    return started[0];
  }

  /**
   * Stops the server; its tables and items are gone. Also ends the background jobs DynamoDB Local
   * leaves sleeping after its own stop (such as its stream shard rollover), which would otherwise
   * keep the JVM from exiting.
   */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("DynamoDB Local did not stop cleanly", e);
    } finally {
      threads.interrupt();
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
