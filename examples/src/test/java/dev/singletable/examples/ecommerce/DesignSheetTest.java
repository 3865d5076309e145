package dev.singletable.examples.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The guide shows the example's design sheet, {@code docs/design/Shop.md}: a copy of the one the
 * processor generates into the class path ({@code META-INF/singletable/Shop.md}). This test fails
 * when the copy is stale; {@code mvn -B -ntp -pl examples -am verify -Ddesign.update=true} refreshes
 * it (then review its diff).
 */
class DesignSheetTest {

  /** Read from the source tree: surefire runs in the module directory. */
  private static final Path COPY = Path.of("../docs/design/Shop.md");

  @Test
  void theGuidesCopyOfTheDesignSheetIsCurrent() throws IOException {
    String generated;
    try (InputStream in = Shop.class.getResourceAsStream("/META-INF/singletable/Shop.md")) {
      assertThat(in).as("the processor wrote META-INF/singletable/Shop.md").isNotNull();
      generated = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (Boolean.getBoolean("design.update")) {
      Files.createDirectories(COPY.getParent());
      Files.writeString(COPY, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(COPY)).as("%s exists; run with -Ddesign.update=true to write it", COPY).isTrue();
    assertThat(Files.readString(COPY, StandardCharsets.UTF_8))
        .as("%s is the generated sheet; run with -Ddesign.update=true to refresh it", COPY)
        .isEqualTo(generated);
  }

  @Test
  void theSheetShowsTheSeedsKeyTable() throws IOException {
    try (InputStream in = Shop.class.getResourceAsStream("/META-INF/singletable/Shop.md")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .contains("| Entity | PK | SK | GSI1PK | GSI1SK | GSI2PK | GSI2SK | LSI1SK |")
          .contains("| Order | `USER#<userId>` | `ORDER#<date>#<orderId>` | `STATUS#<status>#<shard:unpadded>` |"
              + " `ORDER#<date>#<orderId>` |")
          .contains("| PageViews | `SK = VIEWS#<shard:unpadded>` | 10 |", "| Order | GSI1 `GSI1PK = STATUS#<status>#<shard:unpadded>` | 4 |")
          .contains("- `OrderKeys.pk(userId)`, `OrderKeys.skPrefix(date)`: Query PK = `USER#<userId>` AND"
              + " begins_with(SK, `ORDER#<date>#`)");
    }
  }
}
