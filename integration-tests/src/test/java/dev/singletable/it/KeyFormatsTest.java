package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.EntityTable;
import dev.singletable.SingleTable;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.DynamoDbLocalExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A design whose templates name key formats reads and writes the keys that seed 001's
 * JavaScript writes: found by typed keys, written byte for byte alike, queried by prefixes and
 * ranges, and re-rendered in its format by an update.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class KeyFormatsTest {

  private static final Instant MARCH_15 = Instant.parse("2026-03-15T10:03:03.369Z");

  private DynamoDbClient client;
  private String tableName;
  private SingleTable legacy;
  private EntityTable<LegacyOrder> orders;
  private EntityTable<PageViews> pageViews;
  private EntityTable<LegacyProduct> products;
  private EntityTable<LegacyReview> reviews;

  @BeforeEach
  void createTable(DynamoDbClient client) {
    this.client = client;
    this.tableName = DynamoDbLocal.uniqueTableName("legacy");
    this.legacy = LegacySchema.table(client, tableName);
    legacy.createTable();
    this.orders = legacy.entity(LegacyOrder.class);
    this.pageViews = legacy.entity(PageViews.class);
    this.products = legacy.entity(LegacyProduct.class);
    this.reviews = legacy.entity(LegacyReview.class);
  }

  @Test
  void itemsThatTheJavaScriptWroteAreFoundByTypedKeys() {
    // As seed 001's createOrder and page view counter write them, with the type attribute.
    String sk = "ORDER#2026-03-15T10:03:03.369Z#JSO-1";
    putRaw(Map.of("PK", s("USER#js-1"), "SK", s(sk), "GSI1PK", s("STATUS#pending"), "GSI1SK", s(sk),
        "entityType", s("LegacyOrder"), "userId", s("js-1"), "createdAt", s("2026-03-15T10:03:03.369Z"),
        "orderId", s("JSO-1"), "status", s("PENDING"), "total", AttributeValue.fromN("4999")));
    putRaw(Map.of("PK", s("PAGE#home"), "SK", s("VIEWS#3"), "entityType", s("PageViews"), "pageId", s("home"),
        "shard", AttributeValue.fromN("3"), "views", AttributeValue.fromN("12")));

    LegacyOrder expected = new LegacyOrder("js-1", MARCH_15, "JSO-1", LegacyStatus.PENDING, 4999);
    assertThat(orders.get(LegacyOrderKeys.key("js-1", MARCH_15, "JSO-1"))).contains(expected);
    assertThat(orders.query(LegacyOrderKeys.gsi1Pk(LegacyStatus.PENDING)).list()).containsExactly(expected);
    assertThat(pageViews.get(PageViewsKeys.key("home", 3))).contains(new PageViews("home", 3, 12));
  }

  @Test
  void singletableWritesTheKeysAsTheOtherCodeDoes() {
    orders.put(new LegacyOrder("u1", MARCH_15, "o 1", LegacyStatus.PENDING, 100));
    pageViews.put(new PageViews("home", 3, 1));
    products.put(new LegacyProduct("p1", "Phone"));

    Map<String, AttributeValue> order = getRaw("USER#u1", "ORDER#2026-03-15T10:03:03.369Z#o 1");
    assertThat(order.get("GSI1PK").s()).isEqualTo("STATUS#pending");
    assertThat(order.get("GSI1SK").s()).isEqualTo("ORDER#2026-03-15T10:03:03.369Z#o 1");
    assertThat(getRaw("PAGE#home", "VIEWS#3")).isNotEmpty();
    assertThat(getRaw("PRODUCT#p1", "#METADATA#p1")).isNotEmpty();
    assertThat(LegacyOrderKeys.key("u1", MARCH_15, "o 1").sortKey().value())
        .isEqualTo("ORDER#2026-03-15T10:03:03.369Z#o 1");
  }

  @Test
  void isoMillisKeysQueryByDayMonthAndRangeInTimeOrder() {
    List<LegacyOrder> all = List.of(
        order("o1", "2026-02-28T23:59:59.999Z"), order("o2", "2026-03-01T00:00:00.000Z"),
        order("o3", "2026-03-15T10:03:03.369Z"), order("o4", "2026-03-15T10:03:03.370Z"),
        order("o5", "2026-03-31T23:59:59.999Z"), order("o6", "2026-04-01T00:00:00.000Z"));
    all.forEach(orders::put);

    assertThat(orders.query(LegacyOrderKeys.pk("u1")).beginsWith(LegacyOrderKeys.skPrefix()).list())
        .containsExactlyElementsOf(all);
    assertThat(orders.query(LegacyOrderKeys.pk("u1")).beginsWith(LegacyOrderKeys.skPrefix(YearMonth.of(2026, 3)))
        .list()).containsExactly(all.get(1), all.get(2), all.get(3), all.get(4));
    assertThat(orders.query(LegacyOrderKeys.pk("u1")).beginsWith(LegacyOrderKeys.skPrefix(LocalDate.of(2026, 3, 15)))
        .descending().list()).containsExactly(all.get(3), all.get(2));
    assertThat(orders.query(LegacyOrderKeys.pk("u1")).beginsWith(LegacyOrderKeys.skPrefix(MARCH_15)).list())
        .containsExactly(all.get(2));
    assertThat(orders.query(LegacyOrderKeys.pk("u1"))
        .between(LegacyOrderKeys.skPrefix(Instant.parse("2026-03-01T00:00:00Z")), LegacyOrderKeys.skPrefix(MARCH_15))
        .list()).containsExactly(all.get(1), all.get(2));
    assertThat(orders.query(LegacyOrderKeys.gsi1Pk(LegacyStatus.PENDING))
        .between(LegacyOrderKeys.gsi1SkPrefix(LocalDate.of(2026, 3, 1)), LegacyOrderKeys.gsi1SkPrefix(LocalDate.of(2026, 3, 31)))
        .list()).containsExactly(all.get(1), all.get(2), all.get(3), all.get(4));
  }

  @Test
  void unpaddedShardsAreFoundAndParseBack() {
    IntStream.range(0, 10).forEach(shard -> pageViews.put(new PageViews("home", shard, shard * 10L)));

    assertThat(pageViews.query(PageViewsKeys.pk("home")).beginsWith(PageViewsKeys.skPrefix()).list())
        .extracting(PageViews::shard).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(pageViews.query(PageViewsKeys.pk("home")).keys()).contains(PageViewsKeys.key("home", 7));
    assertThat(pageViews.get(PageViewsKeys.key("home", 7))).contains(new PageViews("home", 7, 70));
  }

  @Test
  void theMetadataItemSortsBeforeTheRestOfItsCollection() {
    reviews.put(new LegacyReview("p1", "r2", 4));
    products.put(new LegacyProduct("p1", "Phone"));
    reviews.put(new LegacyReview("p1", "r1", 5));

    assertThat(legacy.query(LegacyProductKeys.pk("p1")).items().list()).containsExactly(
        new LegacyProduct("p1", "Phone"), new LegacyReview("p1", "r1", 5), new LegacyReview("p1", "r2", 4));
    assertThat(products.query(LegacyProductKeys.pk("p1")).beginsWith(LegacyProductKeys.skPrefix()).list())
        .containsExactly(new LegacyProduct("p1", "Phone"));
    assertThat(products.get(LegacyProductKeys.key("p1"))).contains(new LegacyProduct("p1", "Phone"));
  }

  @Test
  void anUpdateRendersTheIndexKeyItChangesInItsFormat() {
    orders.put(new LegacyOrder("u1", MARCH_15, "o 1", LegacyStatus.PENDING, 100));

    LegacyOrder shipped = orders.update(LegacyOrderKeys.key("u1", MARCH_15, "o 1"))
        .set(LegacyOrderUpdate.status(LegacyStatus.SHIPPED)).execute();

    assertThat(shipped).isEqualTo(new LegacyOrder("u1", MARCH_15, "o 1", LegacyStatus.SHIPPED, 100));
    assertThat(getRaw("USER#u1", "ORDER#2026-03-15T10:03:03.369Z#o 1").get("GSI1PK").s()).isEqualTo("STATUS#shipped");
    assertThat(orders.query(LegacyOrderKeys.gsi1Pk(LegacyStatus.SHIPPED)).list()).containsExactly(shipped);
    assertThat(orders.query(LegacyOrderKeys.gsi1Pk(LegacyStatus.PENDING)).list()).isEmpty();
  }

  @Test
  void anUpsertReadsItsKeyValuesBackFromTheFormattedKey() {
    Instant at = Instant.parse("2026-03-20T08:00:00.001Z");

    LegacyOrder created = orders.update(LegacyOrderKeys.key("u2", at, "new one"))
        .set(LegacyOrderUpdate.status(LegacyStatus.PENDING)).execute();

    assertThat(created).isEqualTo(new LegacyOrder("u2", at, "new one", LegacyStatus.PENDING, 0));
    assertThat(getRaw("USER#u2", "ORDER#2026-03-20T08:00:00.001Z#new one").get("GSI1SK").s())
        .isEqualTo("ORDER#2026-03-20T08:00:00.001Z#new one");
    assertThat(orders.query(LegacyOrderKeys.gsi1Pk(LegacyStatus.PENDING)).list()).containsExactly(created);
  }

  @Test
  void aValueTheFormatCannotHoldIsRefusedBeforeAnyRequest() {
    // The table of this handle does not exist: a request would fail with ResourceNotFoundException.
    EntityTable<LegacyOrder> nowhere = LegacySchema.table(client, DynamoDbLocal.uniqueTableName("never-created"))
        .entity(LegacyOrder.class);
    Instant micros = Instant.parse("2026-03-15T10:03:03.369123Z");

    assertThatThrownBy(() -> nowhere.put(new LegacyOrder("u1", micros, "o1", LegacyStatus.PENDING, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Instant 2026-03-15T10:03:03.369123Z has digits below the millisecond, which format"
            + " iso-millis cannot render; truncate it first");
    assertThatThrownBy(() -> nowhere.put(new LegacyOrder("u1", MARCH_15, "a#b", LegacyStatus.PENDING, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contains the delimiter '#' at index 1, which format raw cannot render");
    assertThatThrownBy(() -> LegacyOrderKeys.key("u1", micros, "o1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("iso-millis");
  }

  private static LegacyOrder order(String orderId, String createdAt) {
    return new LegacyOrder("u1", Instant.parse(createdAt), orderId, LegacyStatus.PENDING, 1);
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private void putRaw(Map<String, AttributeValue> item) {
    client.putItem(b -> b.tableName(tableName).item(item));
  }

  private Map<String, AttributeValue> getRaw(String pk, String sk) {
    return client.getItem(b -> b.tableName(tableName).key(Map.of("PK", s(pk), "SK", s(sk))).consistentRead(true))
        .item();
  }
}
