package dev.singletable.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a child process's output on a daemon thread as long as the process writes, so that the
 * pipe never fills and blocks it (moto logs a line per request), and keeps its last lines for
 * error messages. Thread-safe.
 */
final class ProcessLog {

  private static final int KEPT_LINES = 40;

  private final Deque<String> lines = new ArrayDeque<>();

  private ProcessLog() {}

  /** Starts reading {@code output} (the process's standard output, with its errors merged in). */
  static ProcessLog follow(InputStream output, String threadName) {
    ProcessLog log = new ProcessLog();
    Thread reader = new Thread(() -> log.readAll(output), threadName);
    reader.setDaemon(true);
    reader.start();
    return log;
  }

  /** Returns the last lines read so far, one per line, oldest first. */
  synchronized String tail() {
    return String.join(System.lineSeparator(), lines);
  }

  /** Returns whether a line read so far contains {@code text}. */
  synchronized boolean contains(String text) {
    return lines.stream().anyMatch(line -> line.contains(text));
  }

  private void readAll(InputStream output) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        keep(line);
      }
    } catch (IOException e) {
      keep("(output no longer readable: " + e + ")");
    }
  }

  private synchronized void keep(String line) {
    if (lines.size() == KEPT_LINES) {
      lines.removeFirst();
    }
    lines.addLast(line);
  }
}
