package dev.singletable.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * moto's server (<a href="https://github.com/getmoto/moto">getmoto/moto</a>, Apache-2.0), an
 * independent open-source implementation of the DynamoDB API, run as a child process
 * ({@code python3 -m moto.server -H 127.0.0.1 -p PORT}) on a free port of localhost. Everything
 * is lost when it stops. It needs Python 3 with moto and its server extras:
 * {@code python3 -m pip install 'moto[server]'}.
 *
 * <pre>{@code
 * try (MotoServer moto = MotoServer.start(); DynamoDbClient client = moto.client()) {
 *   ...
 * }
 * }</pre>
 *
 * <p>moto keeps one database per account and region (as DynamoDB does): clients of another region
 * see no tables. The clients of {@link #client()} use region {@code us-east-1}. Where moto deviates
 * from DynamoDB's documented behaviour, {@link Backend#MOTO} says so.
 *
 * <p>The Python executable is {@code python3}, or the system property {@value #PYTHON_PROPERTY}.
 * Starting takes a few seconds (Python imports moto). Thread-safe.
 */
public final class MotoServer implements DynamoDbServer {

  /** System property naming the Python executable that runs moto: {@value}; {@code python3} by default. */
  public static final String PYTHON_PROPERTY = "singletable.python";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
  private static final String INSTALL_HINT = "Install moto with its server extras (python3 -m pip install 'moto[server]'), "
      + "name another Python with -D" + PYTHON_PROPERTY + "=/path/to/python3, "
      + "or run on DynamoDB Local (-D" + Backend.PROPERTY + "=local)";

  private final Process process;
  private final ProcessLog log;
  private final URI endpoint;
  private final Thread killOnExit;

  private MotoServer(Process process, ProcessLog log, int port) {
    this.process = process;
    this.log = log;
    this.endpoint = URI.create("http://127.0.0.1:" + port);
    this.killOnExit = new Thread(process::destroyForcibly, "moto-server-kill-" + port);
    Runtime.getRuntime().addShutdownHook(killOnExit);
  }

  /**
   * Starts moto's server with {@code python3} (or the system property {@value #PYTHON_PROPERTY})
   * on a free port, and returns when it answers DynamoDB requests.
   *
   * @throws IllegalStateException if Python, moto or moto's server extras are missing, or the
   *     server does not answer within a minute; the message says which, with moto's output
   */
  public static MotoServer start() {
    return start(System.getProperty(PYTHON_PROPERTY, "python3"));
  }

  /**
   * Starts moto's server with the given Python executable (a name on the {@code PATH} or a path)
   * on a free port, and returns when it answers DynamoDB requests.
   *
   * @throws IllegalStateException if Python, moto or moto's server extras are missing, or the
   *     server does not answer within a minute; the message says which, with moto's output
   */
  public static MotoServer start(String python) {
    IllegalStateException last = null;
    for (int attempt = 0; attempt < FreePorts.ATTEMPTS; attempt++) {
      int port = FreePorts.next("moto");
      Process process = launch(python, port);
      ProcessLog log = ProcessLog.follow(process.getInputStream(), "moto-server-output-" + port);
      MotoServer server = null;
      try {
        awaitListening(process, log, python, port);
        server = new MotoServer(process, log, port);
        server.checkAnswers();
        return server;
      } catch (IllegalStateException e) {
        if (server != null) {
          server.close();
        } else {
          stop(process);
        }
        last = e;
        if (!log.contains("Address already in use")) {
          throw e;
        }
      }
    }
    throw last;
  }

  /** Returns {@link Backend#MOTO}. */
  @Override
  public Backend backend() {
    return Backend.MOTO;
  }

  /** Returns the HTTP endpoint, such as {@code http://127.0.0.1:41234}. */
  @Override
  public URI endpoint() {
    return endpoint;
  }

  /** Stops the Python process (and any it started); its tables and items are gone. */
  @Override
  public void close() {
    stop(process);
    try {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is exiting: the hook runs anyway and finds the process gone.
    }
  }

  private static Process launch(String python, int port) {
    ProcessBuilder builder = new ProcessBuilder(List.of(python, "-m", "moto.server", "-H", "127.0.0.1", "-p", Integer.toString(port)))
        .redirectErrorStream(true);
    builder.environment().put("PYTHONUNBUFFERED", "1");
    try {
      return builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("moto's server needs Python 3, and \"" + python + "\" cannot be run ("
          + e.getMessage() + "). " + INSTALL_HINT, e);
    }
  }

  /** Returns once something accepts connections on {@code port}, or throws if the process ends first. */
  private static void awaitListening(Process process, ProcessLog log, String python, int port) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (exited(process)) {
        throw new IllegalStateException(exitMessage(process.exitValue(), log, python));
      }
      if (accepts(port)) {
        return;
      }
    }
    throw new IllegalStateException("moto's server (" + python + " -m moto.server) did not listen on port " + port
        + " within " + START_TIMEOUT.toSeconds() + " s. Its output:" + System.lineSeparator() + log.tail());
  }

  /** Waits up to a tenth of a second for the process to end: the pace of the start loop. */
  private static boolean exited(Process process) {
    try {
      return process.waitFor(100, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while moto's server was starting", e);
    }
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  private static String exitMessage(int code, ProcessLog log, String python) {
    String output = log.tail();
    String cause;
    if (output.contains("No module named moto") || output.contains("No module named 'moto'")) {
      cause = "moto is not installed for " + python;
    } else if (output.contains("No module named")) {
      cause = "moto's server extras are missing for " + python;
    } else {
      cause = "moto's server (" + python + " -m moto.server) exited with code " + code + " before it answered";
    }
    return cause + ". " + INSTALL_HINT + ". Its output:" + System.lineSeparator() + output;
  }

  /** One real request, so that a port taken by another program is not mistaken for moto. */
  private void checkAnswers() {
    try (DynamoDbClient client = client()) {
      client.listTables();
    } catch (RuntimeException e) {
      throw new IllegalStateException("Port " + endpoint.getPort() + " does not answer DynamoDB requests as moto's server"
          + " should (" + e.getMessage() + "). Its output:" + System.lineSeparator() + log.tail(), e);
    }
  }

  private static void stop(Process process) {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
