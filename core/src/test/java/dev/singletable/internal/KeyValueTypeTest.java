package dev.singletable.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Examples of {@link KeyValueType}: type lookup, enum rendering, and rejected values. */
class KeyValueTypeTest {

  private static final KeyEncoding HASH = KeyEncoding.forDelimiter('#');

  enum Status { PENDING, SHIPPED, A$B }

  enum WithBodies {
    PLAIN,
    SPECIAL {
      @Override
      public String toString() {
        return "special";
      }
    }
  }

  @Test
  void forTypeNameMapsBoxedAndPrimitiveNames() {
    assertThat(KeyValueType.forTypeName("int", false)).contains(KeyValueType.INT);
    assertThat(KeyValueType.forTypeName("java.lang.Integer", false)).contains(KeyValueType.INT);
    assertThat(KeyValueType.forTypeName("long", false)).contains(KeyValueType.LONG);
    assertThat(KeyValueType.forTypeName("java.lang.Long", false)).contains(KeyValueType.LONG);
    assertThat(KeyValueType.forTypeName("boolean", false)).contains(KeyValueType.BOOLEAN);
    assertThat(KeyValueType.forTypeName("java.lang.Boolean", false)).contains(KeyValueType.BOOLEAN);
    assertThat(KeyValueType.forTypeName("java.lang.String", false)).contains(KeyValueType.STRING);
    assertThat(KeyValueType.forTypeName("java.time.Instant", false)).contains(KeyValueType.INSTANT);
    assertThat(KeyValueType.forTypeName("java.time.LocalDateTime", false)).contains(KeyValueType.LOCAL_DATE_TIME);
    assertThat(KeyValueType.forTypeName("java.time.LocalDate", false)).contains(KeyValueType.LOCAL_DATE);
    assertThat(KeyValueType.forTypeName("java.time.YearMonth", false)).contains(KeyValueType.YEAR_MONTH);
    assertThat(KeyValueType.forTypeName("java.time.Year", false)).contains(KeyValueType.YEAR);
    assertThat(KeyValueType.forTypeName("java.util.UUID", false)).contains(KeyValueType.UUID);
    assertThat(KeyValueType.forTypeName("com.example.Status", true)).contains(KeyValueType.ENUM);
  }

  @Test
  void forTypeNameRejectsUnsupportedTypes() {
    assertThat(KeyValueType.forTypeName("java.lang.Object", false)).isEmpty();
    assertThat(KeyValueType.forTypeName("double", false)).isEmpty();
    assertThat(KeyValueType.forTypeName("java.math.BigDecimal", false)).isEmpty();
    assertThat(KeyValueType.forTypeName("java.time.ZonedDateTime", false)).isEmpty();
    assertThat(KeyValueType.forTypeName("char", false)).isEmpty();
  }

  @Test
  void forClassRecognisesRuntimeClassesIncludingEnumConstantsWithBodies() {
    assertThat(KeyValueType.forClass(int.class)).contains(KeyValueType.INT);
    assertThat(KeyValueType.forClass(Long.class)).contains(KeyValueType.LONG);
    assertThat(KeyValueType.forClass(String.class)).contains(KeyValueType.STRING);
    assertThat(KeyValueType.forClass(Status.class)).contains(KeyValueType.ENUM);
    // SPECIAL's class is an anonymous subclass of WithBodies, which is not itself an enum class.
    assertThat(WithBodies.SPECIAL.getClass().isEnum()).isFalse();
    assertThat(KeyValueType.forClass(WithBodies.SPECIAL.getClass())).contains(KeyValueType.ENUM);
    assertThat(KeyValueType.forClass(Object.class)).isEqualTo(Optional.empty());
  }

  @Test
  void enumsRenderTheirEscapedNameNotToString() {
    assertThat(KeyValueType.ENUM.render(Status.SHIPPED, HASH)).isEqualTo("SHIPPED");
    assertThat(KeyValueType.ENUM.render(Status.A$B, HASH)).isEqualTo("A$24B");
    assertThat(KeyValueType.ENUM.render(WithBodies.SPECIAL, HASH)).isEqualTo("SPECIAL");
    assertThat(KeyValueType.ENUM.parse("A$24B", Status.class, HASH)).isEqualTo(Status.A$B);
    assertThat(KeyValueType.ENUM.parse("SPECIAL", WithBodies.class, HASH)).isEqualTo(WithBodies.SPECIAL);
  }

  @Test
  void parsingAnUnknownEnumConstantFailsNamingTheTextAndTheEnum() {
    assertThatThrownBy(() -> KeyValueType.ENUM.parse("DELIVERED", Status.class, HASH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"DELIVERED\"")
        .hasMessageContaining(Status.class.getName());
    // The raw "A$B" is not the rendering of A$B ("A$24B"): '$' must be escaped.
    assertThatThrownBy(() -> KeyValueType.ENUM.parse("A$B", Status.class, HASH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void renderDispatchesToTheFixedWidthForms() {
    assertThat(KeyValueType.INT.render(-1, HASH)).isEqualTo("-2147483647");
    assertThat(KeyValueType.LONG.render(5L, HASH)).isEqualTo("0000000000000000005");
    assertThat(KeyValueType.BOOLEAN.render(true, HASH)).isEqualTo("true");
    assertThat(KeyValueType.YEAR.render(Year.of(2026), HASH)).isEqualTo("2026");
    assertThat(KeyValueType.YEAR_MONTH.render(YearMonth.of(2026, 3), HASH)).isEqualTo("2026-03");
    assertThat(KeyValueType.LOCAL_DATE.render(LocalDate.of(2026, 3, 15), HASH)).isEqualTo("2026-03-15");
    assertThat(KeyValueType.LOCAL_DATE_TIME.render(LocalDateTime.of(2026, 3, 15, 10, 5, 7, 8), HASH))
        .isEqualTo("2026-03-15T10:05:07.000000008");
    assertThat(KeyValueType.INSTANT.render(Instant.ofEpochSecond(0, 5), HASH))
        .isEqualTo("1970-01-01T00:00:00.000000005Z");
    assertThat(KeyValueType.UUID.render(new UUID(0, 255), HASH)).isEqualTo("00000000-0000-0000-0000-0000000000ff");
    assertThat(KeyValueType.STRING.render("a#b", HASH)).isEqualTo("a$23b");
  }

  @Test
  void renderRejectsAStringWithALoneSurrogate() {
    assertThatThrownBy(() -> KeyValueType.STRING.render("x\uD800", HASH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lone surrogate");
  }

  @Test
  void renderRejectsAValueOfAnotherTypeWithIllegalArgumentExceptionAsDocumented() {
    // KeyValueType.render's Javadoc: "@throws IllegalArgumentException if the value ... has another type".
    assertThatThrownBy(() -> KeyValueType.INT.render("42", HASH)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyValueType.LOCAL_DATE.render(Instant.EPOCH, HASH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parseRejectsTheRenderingOfAnotherType() {
    String date = KeyValueType.LOCAL_DATE.render(LocalDate.of(2026, 3, 15), HASH);
    assertThatThrownBy(() -> KeyValueType.INSTANT.parse(date, Instant.class, HASH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyValueType.INT.parse(date, int.class, HASH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyValueType.STRING.parse("a#b", String.class, HASH))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
