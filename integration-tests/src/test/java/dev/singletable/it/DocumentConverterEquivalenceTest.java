package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.it.models.Address;
import dev.singletable.it.models.Geo;
import dev.singletable.it.models.Parcel;
import dev.singletable.it.models.Shipment;
import dev.singletable.it.models.ShipmentSchema;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.DefaultAttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The generated document converters (as {@code ShipmentSchema} uses them) write and read nested
 * documents exactly as the SDK's own document converters over hand-built static schemas do
 * ({@code EnhancedType.documentOf}, null members left out, empty maps read as objects), for
 * random values at every depth: a record with a renamed member and a document inside, a bean, lists
 * of lists, maps. Where the SDK has no converter (a set of documents, a {@code null} element or
 * value inside a collection of documents) they round-trip.
 */
class DocumentConverterEquivalenceTest {

  private static final DefaultAttributeConverterProvider SDK = DefaultAttributeConverterProvider.create();
  private static final EnhancedType<Geo> GEO = StaticSchemaOracle.documentOf(Geo.class, Map.of(), Map.of());
  private static final EnhancedType<Address> ADDRESS =
      StaticSchemaOracle.documentOf(Address.class, Map.of("zip", "zip_code"), Map.of(Geo.class, GEO));
  private static final EnhancedType<Parcel> PARCEL = StaticSchemaOracle.documentOf(Parcel.class, parcelSchema());
  private static final TableSchema<Shipment> GENERATED = ShipmentSchema.INSTANCE.tableSchema();

  /** The SDK's schema of the bean document, written out by hand; its {@code label} is not stored. */
  private static TableSchema<Parcel> parcelSchema() {
    return StaticTableSchema.builder(Parcel.class).newItemSupplier(Parcel::new)
        .addAttribute(String.class, a -> a.name("productId").getter(Parcel::getProductId).setter(Parcel::setProductId))
        .addAttribute(Integer.class, a -> a.name("quantity").getter(Parcel::getQuantity).setter(Parcel::setQuantity))
        .addAttribute(Long.class, a -> a.name("price").getter(Parcel::getPrice).setter(Parcel::setPrice))
        .build();
  }

  @Property(tries = 300)
  void documentsConvertLikeTheSdk(@ForAll("addresses") Address address) {
    assertConvertsLike(converter("shipTo"), SDK.converterFor(ADDRESS), address);
  }

  @Property(tries = 200)
  void listsOfBeanDocumentsConvertLikeTheSdk(@ForAll("parcelLists") List<Parcel> parcels) {
    assertConvertsLike(converter("parcels"), SDK.converterFor(EnhancedType.listOf(PARCEL)), parcels);
  }

  @Property(tries = 200)
  void mapsOfDocumentsConvertLikeTheSdk(@ForAll("addressMaps") Map<String, Address> stops) {
    assertConvertsLike(converter("stops"), SDK.converterFor(EnhancedType.mapOf(EnhancedType.of(String.class), ADDRESS)),
        stops);
  }

  @Property(tries = 200)
  void listsOfListsOfDocumentsConvertLikeTheSdk(@ForAll("legs") List<List<Geo>> legs) {
    assertConvertsLike(converter("legs"), SDK.converterFor(EnhancedType.listOf(EnhancedType.listOf(GEO))), legs);
  }

  @Property(tries = 200)
  void setsOfDocumentsAreListsOfTheSdksDocuments(@ForAll("geos") List<Geo> elements) {
    Set<Geo> waypoints = new LinkedHashSet<>(elements);
    AttributeConverter<Object> generated = converter("waypoints");
    AttributeConverter<Geo> sdk = SDK.converterFor(GEO);

    AttributeValue stored = generated.transformFrom(waypoints);

    assertThat(stored.l()).isEqualTo(waypoints.stream().map(sdk::transformFrom).toList());
    assertThat(generated.transformTo(stored)).isEqualTo(waypoints);
  }

  @Property(tries = 100)
  void nullElementsAndValuesRoundTripAsNul(@ForAll("parcelLists") List<Parcel> parcels,
      @ForAll("addressMaps") Map<String, Address> stops) {
    List<Parcel> withNull = new ArrayList<>(parcels);
    withNull.add(null);
    Map<String, Address> nullValue = new HashMap<>(stops);
    nullValue.put("gone", null);

    assertThat(converter("parcels").transformFrom(withNull).l()).last().isEqualTo(AttributeValue.fromNul(true));
    assertThat(converter("parcels").transformTo(converter("parcels").transformFrom(withNull))).isEqualTo(withNull);
    assertThat(converter("stops").transformTo(converter("stops").transformFrom(nullValue))).isEqualTo(nullValue);
  }

  @Property(tries = 100)
  void wholeShipmentsRoundTripThroughTheGeneratedSchema(@ForAll("addresses") Address shipTo,
      @ForAll("parcelLists") List<Parcel> parcels, @ForAll("legs") List<List<Geo>> legs) {
    Shipment shipment = new Shipment("c1", "s1", "PENDING", shipTo, parcels, Map.of("a", shipTo),
        new LinkedHashSet<>(legs.stream().flatMap(List::stream).toList()), legs, Map.of("n", 1), null);

    assertThat(GENERATED.mapToItem(GENERATED.itemToMap(shipment, true))).isEqualTo(shipment);
  }

  @SuppressWarnings("unchecked") // the schema's converter of an attribute converts that attribute's values
  private static AttributeConverter<Object> converter(String attribute) {
    AttributeConverter<?> converter = GENERATED.converterForAttribute(attribute);
    return (AttributeConverter<Object>) converter;
  }

  @SuppressWarnings("unchecked")
  private static <V> void assertConvertsLike(AttributeConverter<Object> generated, AttributeConverter<V> sdk, V value) {
    AttributeValue expected = sdk.transformFrom(value);

    assertThat(generated.transformFrom(value)).isEqualTo(expected);
    assertThat((V) generated.transformTo(expected)).isEqualTo(sdk.transformTo(expected)).isEqualTo(value);
  }

  @Provide
  Arbitrary<Address> addresses() {
    Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(8).injectNull(0.2);
    Arbitrary<List<String>> lines = Arbitraries.strings().alpha().ofMaxLength(5).injectNull(0.1).list().ofMaxSize(3)
        .injectNull(0.3);
    Arbitrary<YearMonth> since = Arbitraries.integers().between(0, 9999).map(y -> YearMonth.of(y, 1 + y % 12))
        .injectNull(0.3);
    Arbitrary<Set<String>> tags = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4).set().ofMaxSize(3)
        .injectNull(0.3);
    return Combinators.combine(text, text, text, geos().injectNull(0.3), lines, since, tags).as(Address::new);
  }

  @Provide
  Arbitrary<List<Parcel>> parcelLists() {
    Arbitrary<Parcel> parcel = Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(6).injectNull(0.2),
        Arbitraries.integers(), Arbitraries.longs()).as((id, quantity, price) -> {
          Parcel p = new Parcel();
          p.setProductId(id);
          p.setQuantity(quantity);
          p.setPrice(price);
          return p;
        });
    return parcel.list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<Map<String, Address>> addressMaps() {
    return Arbitraries.maps(Arbitraries.strings().ofMaxLength(5), addresses()).ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<List<Geo>>> legs() {
    return geos().list().ofMaxSize(3).list().ofMaxSize(3);
  }

  @Provide("geos")
  Arbitrary<List<Geo>> geoLists() {
    return geos().list().ofMaxSize(4);
  }

  private static Arbitrary<Geo> geos() {
    Arbitrary<Double> degrees = Arbitraries.doubles().between(-180, 180);
    return Combinators.combine(degrees, degrees).as(Geo::new);
  }
}
