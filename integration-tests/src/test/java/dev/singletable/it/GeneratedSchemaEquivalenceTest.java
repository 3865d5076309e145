package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The generated table schemas write and read every property attribute exactly as the SDK's
 * static-builder schema over the same record would (see {@link StaticSchemaOracle}), for random
 * values: nulls, negatives, empty and null-holding collections, and every supported type.
 */
class GeneratedSchemaEquivalenceTest {

  private static final TableSchema<Purchase> PURCHASE_ORACLE = StaticSchemaOracle.of(Purchase.class);
  private static final TableSchema<Sample> SAMPLE_ORACLE = StaticSchemaOracle.of(Sample.class);
  private static final TableSchema<Visit> VISIT_ORACLE = StaticSchemaOracle.of(Visit.class);

  @Property(tries = 300)
  void purchasesMapLikeTheSdk(@ForAll("purchases") Purchase purchase) {
    assertEquivalent(purchase, PurchaseSchema.INSTANCE.tableSchema(), PURCHASE_ORACLE);
  }

  @Property(tries = 300)
  void samplesMapLikeTheSdk(@ForAll("samples") Sample sample) {
    assertEquivalent(sample, SampleSchema.INSTANCE.tableSchema(), SAMPLE_ORACLE);
  }

  @Property(tries = 300)
  void visitsMapLikeTheSdk(@ForAll("visits") Visit visit) {
    assertEquivalent(visit, VisitSchema.INSTANCE.tableSchema(), VISIT_ORACLE);
  }

  @Property(tries = 100)
  void lenientReadsOfOtherRepresentationsMatchTheSdk(@ForAll("visits") Visit visit) {
    Map<String, AttributeValue> stored = new HashMap<>(VISIT_ORACLE.itemToMap(visit, true));
    // The converters also read numbers stored as strings, and booleans as numbers.
    stored.put("views", AttributeValue.fromS(Long.toString(visit.views())));
    stored.put("shard", AttributeValue.fromS(Integer.toString(visit.shard())));
    assertThat(VisitSchema.INSTANCE.tableSchema().mapToItem(stored)).isEqualTo(VISIT_ORACLE.mapToItem(stored));
  }

  @Property(tries = 100)
  void nullMapValuesTheSdkCannotWriteRoundTripAsNul(@ForAll("purchases") Purchase purchase) {
    Map<String, Integer> quantities = new HashMap<>();
    quantities.put("missing", null);
    quantities.put("one", 1);
    Purchase withNull = new Purchase(purchase.userId(), purchase.date(), purchase.orderId(), purchase.status(),
        purchase.total(), purchase.flaggedAt(), purchase.tags(), quantities);
    TableSchema<Purchase> generated = PurchaseSchema.INSTANCE.tableSchema();

    assertThat(generated.itemToMap(withNull, true).get("quantities").m())
        .containsEntry("missing", AttributeValue.fromNul(true))
        .containsEntry("one", AttributeValue.fromN("1"));
    assertThat(generated.mapToItem(generated.itemToMap(withNull, true))).isEqualTo(withNull);
  }

  private static <T> void assertEquivalent(T item, TableSchema<T> generated, TableSchema<T> oracle) {
    for (boolean ignoreNulls : new boolean[] {true, false}) {
      Map<String, AttributeValue> expected = oracle.itemToMap(item, ignoreNulls);
      Map<String, AttributeValue> actual = new HashMap<>(generated.itemToMap(item, ignoreNulls));
      actual.keySet().retainAll(expected.keySet()); // the oracle has no key or type attributes
      assertThat(actual).isEqualTo(expected);
      assertThat(generated.mapToItem(generated.itemToMap(item, ignoreNulls))).isEqualTo(item);
      assertThat(generated.mapToItem(expected)).isEqualTo(oracle.mapToItem(expected));
    }
    for (String name : oracle.attributeNames()) {
      assertThat(generated.attributeValue(item, name)).as(name).isEqualTo(oracle.attributeValue(item, name));
    }
  }

  @Provide
  Arbitrary<Purchase> purchases() {
    Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(8);
    Arbitrary<List<String>> tags = text.injectNull(0.1).list().ofMaxSize(3).injectNull(0.2);
    Arbitrary<Map<String, Integer>> quantities =
        Arbitraries.maps(text, Arbitraries.integers()).ofMaxSize(3).injectNull(0.2);
    return Combinators.combine(text, dates(), text, Arbitraries.of(Status.class).injectNull(0.2),
            Arbitraries.longs(), instants().injectNull(0.3), tags, quantities)
        .as(Purchase::new);
  }

  @Provide
  Arbitrary<Sample> samples() {
    return Combinators.combine(
            // Every Sample property is a primary key placeholder: none may be null.
            Arbitraries.strings().ofMaxLength(6),
            Arbitraries.integers(),
            Arbitraries.longs(),
            Arbitraries.of(true, false),
            instants(),
            instants().map(i -> LocalDateTime.ofInstant(i, java.time.ZoneOffset.UTC)),
            Arbitraries.integers().between(0, 9999).map(y -> YearMonth.of(y, 1 + Math.floorMod(y, 12))),
            Arbitraries.integers().between(0, 9999).map(Year::of))
        .flatAs((group, number, count, flag, at, local, month, year) ->
            Combinators.combine(Arbitraries.randomValue(r -> new UUID(r.nextLong(), r.nextLong())),
                    Arbitraries.of(Status.class))
                .as((id, status) -> new Sample(group, number, count, flag, at, local, month, year, id, status)));
  }

  @Provide
  Arbitrary<Visit> visits() {
    Arbitrary<String> text = Arbitraries.strings().alpha().ofMaxLength(5);
    return Combinators.combine(text, Arbitraries.integers(), Arbitraries.longs(),
            text.set().ofMinSize(1).ofMaxSize(3).injectNull(0.3), text.list().ofMaxSize(3).injectNull(0.3))
        .as(Visit::new);
  }

  private static Arbitrary<LocalDate> dates() {
    // userId, date and orderId are primary key placeholders: never null.
    return Arbitraries.integers().between(-100_000, 100_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
  }

  private static Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(-62_000_000_000L, 250_000_000_000L)
        .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
  }

}
