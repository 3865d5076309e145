package dev.singletable.testing;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.net.BindException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
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
 * <p>DynamoDB Local keeps one database per access key and region, as DynamoDB keeps one per
 * account and region: a client with other credentials or another region sees no tables. Started
 * {@linkplain Builder#sharedDb(boolean) shared} ({@code -sharedDb}), it keeps one database for
 * every client, so that other programs (Node, Python, the AWS CLI) with their own credentials and
 * region see the same tables:
 *
 * <pre>{@code
 * try (DynamoDbLocal local = DynamoDbLocal.builder().sharedDb(true).start()) { ... }
 * }</pre>
 *
 * <p>Starting takes about a second. Thread-safe: clients from {@link #client()} may be used from
 * any thread.
 */
public final class DynamoDbLocal implements DynamoDbServer {

  private static final AtomicInteger TABLE_COUNTER = new AtomicInteger();

  /**
   * DynamoDB Local's streams code base64-encodes with the AWS SDK v1's {@code Base64}, which warns
   * through {@code java.util.logging} on first use that JAXB is missing and that it falls back to
   * its own encoder, which is correct. Only that logger is quieted, and held here because
   * {@code java.util.logging} keeps loggers only weakly.
   */
  private static final Logger V1_BASE64_LOG = quiet("com.amazonaws.util.Base64");

  private final DynamoDBProxyServer server;
  private final ThreadGroup threads;
  private final URI endpoint;
  private final boolean sharedDb;

  private DynamoDbLocal(DynamoDBProxyServer server, ThreadGroup threads, int port, boolean sharedDb) {
    this.server = server;
    this.threads = threads;
    this.endpoint = URI.create("http://localhost:" + port);
    this.sharedDb = sharedDb;
  }

  /**
   * Starts DynamoDB Local in memory on a free port, one database per access key and region (as
   * {@code builder().start()}).
   *
   * @throws IllegalStateException if it cannot start (after retrying when another process takes
   *     the chosen port first)
   */
  public static DynamoDbLocal start() {
    return builder().start();
  }

  /** Returns a builder for a server with other options than {@link #start()}'s. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns {@link Backend#LOCAL}. */
  @Override
  public Backend backend() {
    return Backend.LOCAL;
  }

  /** Returns the HTTP endpoint, such as {@code http://localhost:41234}. */
  @Override
  public URI endpoint() {
    return endpoint;
  }

  /** Returns whether every client sees one database ({@code -sharedDb}), whatever its credentials and region. */
  public boolean sharedDb() {
    return sharedDb;
  }

  /**
   * Returns a new client for a DynamoDB Local running elsewhere, such as
   * {@code http://localhost:8000} (started from its jar or Docker image): region
   * {@code us-east-1} and dummy static credentials (DynamoDB Local accepts any), the URL
   * connection HTTP client. Close it when done. For a server of this JVM, use {@link #client()}.
   */
  public static DynamoDbClient clientFor(URI endpoint) {
    return Clients.builderFor(endpoint).build();
  }

  /**
   * Returns a new DynamoDB Streams client for a DynamoDB Local (or another DynamoDB-compatible
   * server) running elsewhere, such as {@code http://localhost:8000}, configured as
   * {@link #clientFor(URI)}: to read the streams of its tables, which DynamoDB Local serves on the
   * same endpoint. Close it when done. For a server of this JVM, use {@link #streamsClient()}.
   */
  public static DynamoDbStreamsClient streamsClientFor(URI endpoint) {
    return Clients.streamsBuilderFor(endpoint).build();
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
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

  /** Options of a {@link DynamoDbLocal} to start. Not thread-safe; the server it starts is. */
  public static final class Builder {

    private boolean sharedDb;

    private Builder() {}

    /**
     * Whether every client sees one database whatever its access key and region (DynamoDB Local's
     * {@code -sharedDb}); {@code false} by default, one database per access key and region.
     */
    public Builder sharedDb(boolean sharedDb) {
      this.sharedDb = sharedDb;
      return this;
    }

    /**
     * Starts DynamoDB Local in memory on a free port.
     *
     * @throws IllegalStateException if it cannot start (after retrying when another process takes
     *     the chosen port first)
     */
    public DynamoDbLocal start() {
      Exception last = null;
      for (int attempt = 0; attempt < FreePorts.ATTEMPTS; attempt++) {
        int port = FreePorts.next("DynamoDB Local");
        ThreadGroup threads = new ThreadGroup("dynamodb-local-" + port);
        try {
          DynamoDBProxyServer server = startIn(threads, arguments(port));
          return new DynamoDbLocal(server, threads, port, sharedDb);
        } catch (Exception e) {
          last = e;
          if (!(rootCause(e) instanceof BindException)) {
            break;
          }
        }
      }
      throw new IllegalStateException("DynamoDB Local did not start", last);
    }

    private String[] arguments(int port) {
      List<String> arguments = new ArrayList<>(List.of("-inMemory", "-port", Integer.toString(port), "-disableTelemetry"));
      if (sharedDb) {
        arguments.add("-sharedDb");
      }
      return arguments.toArray(String[]::new);
    }
  }

  /**
   * Starts the server from a thread of {@code threads}, so that every thread it creates later
   * (Jetty's, and its background jobs') belongs to that group too.
   */
  private static DynamoDBProxyServer startIn(ThreadGroup threads, String[] arguments) throws Exception {
    DynamoDBProxyServer[] started = new DynamoDBProxyServer[1];
    Exception[] failed = new Exception[1];
    Thread starter = new Thread(threads, () -> {
      try {
        started[0] = ServerRunner.createServerFromCommandLineArgs(arguments);
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

  private static Throwable rootCause(Throwable e) {
    while (e.getCause() != null && e.getCause() != e) {
      e = e.getCause();
    }
    return e;
  }
}
