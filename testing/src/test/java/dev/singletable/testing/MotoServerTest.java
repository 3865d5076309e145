package dev.singletable.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * How moto's server fails to start, without needing Python: the run's backend, when it is moto,
 * is started and used by {@link DynamoDbLocalExtensionTest} and {@link BackendDeviationsTest}.
 */
class MotoServerTest {

  @Test
  void aMissingPythonIsAnErrorThatSaysWhatToInstall() {
    assertThatThrownBy(() -> MotoServer.start("/nonexistent/python3"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("moto's server needs Python 3, and \"/nonexistent/python3\" cannot be run")
        .hasMessageContaining("python3 -m pip install 'moto[server]'")
        .hasMessageContaining("-Dsingletable.python=")
        .hasMessageContaining("-Dsingletable.backend=local");
  }

  @Test
  void aProgramThatEndsBeforeAnsweringIsAnErrorWithItsOutput() {
    // The java launcher stands in for a Python without moto: it refuses "-m moto.server" and exits.
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    assertThatThrownBy(() -> MotoServer.start(java))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("-m moto.server) exited with code")
        .hasMessageContaining("before it answered")
        .hasMessageContaining("python3 -m pip install 'moto[server]'")
        .hasMessageContaining("Its output:");
  }
}
