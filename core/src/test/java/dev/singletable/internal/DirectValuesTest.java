package dev.singletable.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link TextValues} and the readers of {@link AttributeValues} write and read what the SDK's
 * default converters write and read, without those converters on the common path: the same
 * attribute values, the same values read back, and for other representations the same value or
 * the same exception, since those go to the converter.
 */
class DirectValuesTest {

  private static final AttributeConverterProvider SDK = AttributeConverterProvider.defaultProvider();

  @Property(tries = 500)
  void textValuesWriteAndReadAsTheSdk(@ForAll("dates") LocalDate date, @ForAll("times") LocalTime time,
      @ForAll("instants") Instant instant, @ForAll("uuids") UUID uuid) {
    LocalDateTime dateTime = date.atTime(time);
    assertSameAsSdk(date, TextValues.write(date), TextValues::readLocalDate);
    assertSameAsSdk(dateTime, TextValues.write(dateTime), TextValues::readLocalDateTime);
    assertSameAsSdk(instant, TextValues.write(instant), TextValues::readInstant);
    assertSameAsSdk(uuid, TextValues.write(uuid), TextValues::readUuid);
  }

  @Test
  void otherRepresentationsOfTextValuesReadAsTheSdkReadsThem() {
    List<AttributeValue> stored = List.of(
        AttributeValue.fromS("2026-03-15"), AttributeValue.fromS("2026-03-15T10:15:30"),
        AttributeValue.fromS("2026-03-15T10:15:30Z"), AttributeValue.fromS("not a date"),
        AttributeValue.fromS(""), AttributeValue.fromS("1-2-3-4-5"), AttributeValue.fromN("1773569730"),
        AttributeValue.fromBool(true), AttributeValue.fromL(List.of()));
    for (AttributeValue value : stored) {
      assertReadsAsSdk(value, LocalDate.class, TextValues::readLocalDate);
      assertReadsAsSdk(value, LocalDateTime.class, TextValues::readLocalDateTime);
      assertReadsAsSdk(value, Instant.class, TextValues::readInstant);
      assertReadsAsSdk(value, UUID.class, TextValues::readUuid);
    }
  }

  @Test
  void otherRepresentationsOfDirectValuesReadAsTheSdkReadsThem() {
    List<AttributeValue> stored = List.of(
        AttributeValue.fromS("42"), AttributeValue.fromS("x"), AttributeValue.fromN("7"), AttributeValue.fromN("1"),
        AttributeValue.fromBool(false), AttributeValue.fromSs(List.of("a", "b")),
        AttributeValue.fromL(List.of(AttributeValue.fromN("1"))),
        AttributeValue.fromM(Map.of("k", AttributeValue.fromS("9"))),
        AttributeValue.fromB(SdkBytes.fromUtf8String("b")));
    for (AttributeValue value : stored) {
      assertReadsAsSdk(value, EnhancedType.of(String.class), AttributeValues::readString);
      assertReadsAsSdk(value, EnhancedType.of(Integer.class), AttributeValues::readInteger);
      assertReadsAsSdk(value, EnhancedType.of(Long.class), AttributeValues::readLong);
      assertReadsAsSdk(value, EnhancedType.of(Boolean.class), AttributeValues::readBoolean);
      assertReadsAsSdk(value, EnhancedType.listOf(String.class), AttributeValues::readListOfString);
      assertReadsAsSdk(value, EnhancedType.mapOf(String.class, String.class), AttributeValues::readMapOfString);
      assertReadsAsSdk(value, EnhancedType.mapOf(String.class, Integer.class), AttributeValues::readMapOfInteger);
      assertReadsAsSdk(value, EnhancedType.mapOf(String.class, Long.class), AttributeValues::readMapOfLong);
    }
  }

  @Test
  void absentAndNulReadAsNull() {
    Map<String, AttributeValue> item = Map.of("nul", AttributeValue.fromNul(true));
    for (String name : List.of("nul", "absent")) {
      assertThat(TextValues.readLocalDate(item, name)).isNull();
      assertThat(TextValues.readLocalDateTime(item, name)).isNull();
      assertThat(TextValues.readInstant(item, name)).isNull();
      assertThat(TextValues.readUuid(item, name)).isNull();
      assertThat(AttributeValues.readString(item, name)).isNull();
      assertThat(AttributeValues.readMapOfLong(item, name)).isNull();
    }
    assertThat(TextValues.write((LocalDate) null)).isNull();
    assertThat(TextValues.write((UUID) null)).isNull();
  }

  private static <T> void assertSameAsSdk(T value, AttributeValue written,
      BiFunction<Map<String, AttributeValue>, String, T> reader) {
    @SuppressWarnings("unchecked")
    AttributeConverter<T> converter = SDK.converterFor(EnhancedType.of((Class<T>) value.getClass()));
    assertThat(written).isEqualTo(converter.transformFrom(value));
    assertThat(reader.apply(Map.of("a", written), "a")).isEqualTo(converter.transformTo(written)).isEqualTo(value);
  }

  private static <T> void assertReadsAsSdk(AttributeValue value, Class<T> type,
      BiFunction<Map<String, AttributeValue>, String, T> reader) {
    assertReadsAsSdk(value, EnhancedType.of(type), reader);
  }

  private static <T> void assertReadsAsSdk(AttributeValue value, EnhancedType<T> type,
      BiFunction<Map<String, AttributeValue>, String, T> reader) {
    AttributeConverter<T> converter = SDK.converterFor(type);
    assertThat(outcome(() -> reader.apply(Map.of("a", value), "a")))
        .as("%s read as %s", value, type)
        .isEqualTo(outcome(() -> converter.transformTo(value)));
  }

  /** The value read, or the class and message of the exception thrown. */
  private static Object outcome(Supplier<?> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<LocalTime> times() {
    return Arbitraries.longs().between(0, LocalTime.MAX.toNanoOfDay())
        .flatMap(n -> Arbitraries.of(n, n / 1_000_000_000 * 1_000_000_000, 0L)).map(LocalTime::ofNanoOfDay);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
            Arbitraries.oneOf(Arbitraries.integers().between(0, 999_999_999), Arbitraries.just(0)))
        .as(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<UUID> uuids() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
  }
}
