package dev.singletable.it.interop;

import dev.singletable.testing.DynamoDbServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * Seed 001's JavaScript ({@code src/test/interop/node}: the seed's functions in
 * {@code seed001.mjs}, the driver {@code run.mjs}), run by Node on a test's table.
 *
 * <p>The first use in a JVM copies the directory to {@code target/interop/node} and, unless the
 * packages of the same {@code package-lock.json} are already installed there, runs
 * {@code npm ci --prefer-offline}: the exact versions of the committed lock file, from npm's
 * cache when it has them (so a machine that installed them once needs no network). Node and npm
 * are found on the path, or named by the system properties {@code singletable.node} and
 * {@code singletable.npm}.
 *
 * <p>The program gets the server's endpoint through {@code AWS_ENDPOINT_URL_DYNAMODB}, which the
 * SDK for JavaScript v3 reads, and credentials of its own ({@code seed001node}): it shares the
 * test's tables because the testing module starts DynamoDB Local with {@code -sharedDb}.
 * Thread-safe.
 */
final class SeedJavaScript {

  private static final Path SOURCE = Path.of("src", "test", "interop", "node");
  private static final Path WORK = Path.of("target", "interop", "node");
  private static final String INSTALLED_LOCK = "node_modules/.singletable-installed-lock.json";
  private static final String HINT = "The interop tests need Node 20 or later and npm on the path"
      + " (or -Dsingletable.node=/path/to/node -Dsingletable.npm=/path/to/npm).";

  private final DynamoDbServer server;
  private final String tableName;

  SeedJavaScript(DynamoDbServer server, String tableName) {
    this.server = server;
    this.tableName = tableName;
  }

  /** Runs {@code node run.mjs command argumentsJson} and returns the JSON object it printed. */
  JsonNode run(String command, String argumentsJson) {
    Path directory = installed();
    Map<String, String> environment = new HashMap<>(ExternalProgram.awsCredentials("seed001node", directory));
    environment.put("AWS_ENDPOINT_URL_DYNAMODB", server.endpoint().toString());
    environment.put("AWS_REGION", "us-east-1");
    environment.put("TABLE_NAME", tableName);
    String stdout = ExternalProgram.run(List.of(node(), "run.mjs", command, argumentsJson), directory, environment,
        Duration.ofSeconds(90), HINT);
    return JsonNode.parser().parse(stdout);
  }

  /** Returns the working copy with its packages installed, installing them the first time. */
  private static synchronized Path installed() {
    try {
      Files.createDirectories(WORK);
      try (Stream<Path> files = Files.list(SOURCE)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Files.copy(file, WORK.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      String lock = Files.readString(SOURCE.resolve("package-lock.json"));
      Path installedLock = WORK.resolve(INSTALLED_LOCK);
      if (!Files.exists(installedLock) || !Files.readString(installedLock).equals(lock)) {
        ExternalProgram.run(List.of(npm(), "ci", "--prefer-offline", "--no-audit", "--no-fund"), WORK.toAbsolutePath(),
            Map.of(), Duration.ofMinutes(5), HINT);
        Files.writeString(installedLock, lock);
      }
      return WORK.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare " + WORK + " from " + SOURCE, e);
    }
  }

  private static String node() {
    return System.getProperty("singletable.node", "node");
  }

  private static String npm() {
    return System.getProperty("singletable.npm", "npm");
  }
}
