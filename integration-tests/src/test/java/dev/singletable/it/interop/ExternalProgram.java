package dev.singletable.it.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs another program (node, npm, python3) for an interop test: in a directory, with an
 * environment of its own, within a timeout. Its output goes to files under
 * {@code target/interop/logs}, so that a chatty program never blocks on a full pipe. Thread-safe
 * (stateless).
 */
final class ExternalProgram {

  private static final Path LOGS = Path.of("target", "interop", "logs");

  private ExternalProgram() {}

  /**
   * Returns the AWS environment of a program that talks to a test server: static credentials of
   * its own ({@code accessKey}, letters and digits only, as DynamoDB Local 2 requires), and no
   * shared config or credentials file or instance metadata to fall back on.
   */
  static Map<String, String> awsCredentials(String accessKey, Path directory) {
    return Map.of("AWS_ACCESS_KEY_ID", accessKey,
        "AWS_SECRET_ACCESS_KEY", accessKey,
        "AWS_CONFIG_FILE", directory.resolve("no-aws-config").toString(),
        "AWS_SHARED_CREDENTIALS_FILE", directory.resolve("no-aws-credentials").toString(),
        "AWS_EC2_METADATA_DISABLED", "true");
  }

  /**
   * Runs {@code command} and returns what it printed on standard output.
   *
   * @param environment variables set for the program; every inherited {@code AWS_*} variable is
   *     removed first, so that nothing of the machine's AWS set-up reaches it
   * @param installHint said when the program cannot be started at all
   * @throws IllegalStateException if the program cannot be started
   * @throws AssertionError if it runs longer than {@code timeout} (it is then ended) or exits with
   *     another code than 0; the message holds the command, the exit code and both outputs
   */
  static String run(List<String> command, Path directory, Map<String, String> environment, Duration timeout,
      String installHint) {
    try {
      Files.createDirectories(LOGS);
      Path out = Files.createTempFile(LOGS, "out-", ".txt");
      Path err = Files.createTempFile(LOGS, "err-", ".txt");
      ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
      builder.environment().putAll(environment);
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        throw new IllegalStateException("Cannot run " + command.get(0) + " (" + e.getMessage() + "). " + installHint, e);
      }
      process.getOutputStream().close();
      boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!exited) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      Files.delete(out);
      Files.delete(err);
      if (!exited || process.exitValue() != 0) {
        throw new AssertionError(shown(command) + (exited ? " exited with " + process.exitValue()
            : " ran longer than " + timeout + " and was ended") + "\n--- stdout:\n" + stdout + "\n--- stderr:\n" + stderr);
      }
      return stdout;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
    }
  }

  /** The command as a message shows it: each argument cut to 120 characters. */
  private static String shown(List<String> command) {
    return String.join(" ", command.stream()
        .map(argument -> argument.length() <= 120 ? argument : argument.substring(0, 120) + "...").toList());
  }
}
