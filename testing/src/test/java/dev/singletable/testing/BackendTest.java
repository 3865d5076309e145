package dev.singletable.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BackendTest {

  @Test
  void namesIgnoreCaseAndBlanks() {
    assertThat(Backend.named(" Moto ", "test")).isEqualTo(Backend.MOTO);
    assertThat(Backend.named("local", "test")).isEqualTo(Backend.LOCAL);
  }

  @Test
  void anUnknownNameListsTheBackends() {
    assertThatThrownBy(() -> Backend.named("dynalite", "system property singletable.backend"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("system property singletable.backend is \"dynalite\", which names no DynamoDB backend; use one of local, moto");
  }
}
