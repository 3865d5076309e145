package dev.singletable.testing;

import java.io.IOException;
import java.net.ServerSocket;

/** Free TCP ports of localhost for the servers this module starts. Thread-safe (stateless). */
final class FreePorts {

  /** How many ports a server tries when another process takes the chosen one first. */
  static final int ATTEMPTS = 5;

  private FreePorts() {}

  /**
   * Returns a port that was free a moment ago; another process may still take it before the server
   * binds it, so callers retry with a new port ({@link #ATTEMPTS} in all).
   *
   * @param forWhat the server's name, for the error message
   */
  static int next(String forWhat) {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("No free port for " + forWhat, e);
    }
  }
}
