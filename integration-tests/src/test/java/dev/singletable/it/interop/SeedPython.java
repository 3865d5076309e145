package dev.singletable.it.interop;

import dev.singletable.testing.DynamoDbServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * Seed 003's Python scripts ({@code src/test/interop/python}), run by Python with boto3 on a
 * test's tables through the driver {@code run.py}, which prints what a script printed and the
 * GetItem and Query responses it received in DynamoDB's wire JSON. Python is {@code python3} on
 * the path, or the one the system property {@code singletable.python} names (as for moto).
 * Credentials are the program's own ({@code seed003python}). Thread-safe.
 */
final class SeedPython {

  private static final Path SOURCE = Path.of("src", "test", "interop", "python");
  private static final String HINT = "The interop tests need Python 3 with boto3 (python3 -m pip install boto3),"
      + " or -Dsingletable.python=/path/to/python3.";

  private final DynamoDbServer server;
  private final String ordersTable;
  private final String shopTable;

  SeedPython(DynamoDbServer server, String ordersTable, String shopTable) {
    this.server = server;
    this.ordersTable = ordersTable;
    this.shopTable = shopTable;
  }

  /** The output of one script: what it printed, and the read responses it received, in order. */
  record Run(String printed, List<JsonNode> reads) {

    /** Returns the items of the {@code n}-th read response (its {@code Item}, or its {@code Items}). */
    List<JsonNode> items(int n) {
      JsonNode response = reads.get(n).field("response").orElseThrow();
      return response.field("Items").map(JsonNode::asArray)
          .orElseGet(() -> response.field("Item").map(List::of).orElse(List.of()));
    }
  }

  /** Runs {@code python3 run.py script} and returns its output. */
  Run run(String script) {
    Path directory = SOURCE.toAbsolutePath();
    Map<String, String> environment = new HashMap<>(ExternalProgram.awsCredentials("seed003python", directory));
    environment.put("ENDPOINT_URL", server.endpoint().toString());
    environment.put("ORDERS_TABLE", ordersTable);
    environment.put("SHOP_TABLE", shopTable);
    environment.put("PYTHONDONTWRITEBYTECODE", "1");
    environment.put("PYTHONIOENCODING", "utf-8");
    String stdout = ExternalProgram.run(List.of(python(), "run.py", script), directory, environment,
        Duration.ofSeconds(90), HINT);
    JsonNode output = JsonNode.parser().parse(stdout);
    return new Run(output.field("printed").orElseThrow().asString(), output.field("reads").orElseThrow().asArray());
  }

  private static String python() {
    return System.getProperty("singletable.python", "python3");
  }
}
