package dev.singletable.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * JUnit 5 extension that starts one DynamoDB server per test run (the first time a test needs it)
 * and injects a {@link DynamoDbClient}, the {@link DynamoDbServer} or the {@link DynamoDbLocal}
 * into test constructors, lifecycle methods and test methods.
 *
 * <pre>{@code
 * @ExtendWith(DynamoDbLocalExtension.class)
 * class OrdersTest {
 *   @Test
 *   void putsAndGets(DynamoDbClient client) {
 *     SingleTable shop = ShopSchema.table(client, DynamoDbLocal.uniqueTableName("orders"));
 *     shop.createTable();
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>The server is the backend {@linkplain Backend#chosen() chosen} for the run: DynamoDB Local in
 * this JVM by default, started {@linkplain DynamoDbLocal.Builder#sharedDb(boolean) shared} so that
 * other programs a test runs (Node, Python) see its tables whatever their credentials and region;
 * or moto's server with {@code -Dsingletable.backend=moto}. A {@code DynamoDbLocal} parameter
 * resolves only on DynamoDB Local; ask for a {@code DynamoDbServer} to run on either.
 *
 * <p>The server and one shared client live in the root extension context's store and stop when
 * the test run ends. Give each test its own table ({@link DynamoDbLocal#uniqueTableName}) so that
 * tests stay independent. Thread-safe.
 */
public final class DynamoDbLocalExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(DynamoDbLocalExtension.class);

  /** Creates the extension; JUnit calls this. */
  public DynamoDbLocalExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == DynamoDbClient.class || type == DynamoDbServer.class || type == DynamoDbLocal.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Running running = context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(Running.class, key -> new Running(), Running.class);
    Class<?> type = parameter.getParameter().getType();
    if (type == DynamoDbClient.class) {
      return running.client;
    }
    if (type == DynamoDbServer.class) {
      return running.server;
    }
    if (running.server instanceof DynamoDbLocal local) {
      return local;
    }
    throw new ParameterResolutionException(parameter.getDeclaringExecutable() + " asks for a DynamoDbLocal, but this run's"
        + " backend is " + running.server.backend().id() + " (" + Backend.PROPERTY + " or " + Backend.ENVIRONMENT_VARIABLE
        + "). Ask for a DynamoDbServer to run on any backend.");
  }

  /**
   * The server and its shared client, closed by JUnit at the end of the run (JUnit 5.13 and later
   * close {@link AutoCloseable} values; earlier versions close {@code CloseableResource}s).
   */
  @SuppressWarnings("deprecation") // CloseableResource keeps older JUnit versions closing the server
  private static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final DynamoDbServer server = DynamoDbServer.start();
    final DynamoDbClient client = server.client();

    @Override
    public void close() {
      client.close();
      server.close();
    }
  }
}
