package dev.singletable.examples.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the example app on an embedded DynamoDB Local and reads what it printed. */
class EcommerceAppTest {

  private static String output;

  @BeforeAll
  static void runTheApp() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EcommerceApp.run(EcommerceApp.Options.parse(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    output = bytes.toString(StandardCharsets.UTF_8);
  }

  /** Returns the printed block of one access pattern: from its title to the next pattern. */
  private static String pattern(String title) {
    int start = output.indexOf(". " + title);
    assertThat(start).as("pattern %s was printed", title).isPositive();
    int end = output.indexOf("\n== ", start);
    return output.substring(start, end < 0 ? output.length() : end);
  }

  @Test
  void runsEveryAccessPatternOfSeed001() {
    assertThat(pattern("Get user by ID")).contains("GetItem PK=USER#CUST-42, SK=PROFILE", "-> 1 item", "Alex Rivera");
    assertThat(pattern("Get a user's orders, newest first"))
        .contains("begins_with(SK, \"ORDER#\")", "ScanIndexForward=false", "-> 4 items")
        .containsSubsequence("ORD-004", "ORD-003", "ORD-002", "ORD-001");
    assertThat(pattern("Get a specific order")).contains("SK=ORDER#2026-03-15#ORD-002", "$149.00 | SHIPPED");
    assertThat(pattern("Get all orders by status"))
        .contains("GSI1PK=STATUS#PENDING", "-> 3 items")
        .doesNotContain("SHIPPED", "DELIVERED");
    assertThat(pattern("Get product by ID")).contains("PRODUCT#PROD-A", "Mechanical Keyboard");
    assertThat(pattern("Get products by category")).contains("CAT#electronics", "-> 2 items", "USB Hub")
        .doesNotContain("Desk Mat");
  }

  @Test
  void runsTheSeedsOtherQueries() {
    assertThat(pattern("Get user by email")).contains("GSI1PK=USER#alex@example.com", "CUST-42");
    assertThat(pattern("Get a user and all their orders in one query"))
        .contains("-> 5 items", "profile: Alex Rivera, orders: 4")
        .containsSubsequence("[Order]", "[User]");
    assertThat(pattern("Orders of March 2026")).contains("begins_with(SK, \"ORDER#2026-03\")", "-> 2 items");
    assertThat(pattern("Orders from 1 to 31 March 2026")).contains("-> 2 items").doesNotContain("ORD-004");
    assertThat(pattern("Get all items of an order")).contains("PK=ORDER#ORD-002", "PROD-A x1", "PROD-B x2");
    assertThat(pattern("A user's orders of $50.00 or more")).contains("ConsistentRead=true", "-> 2 items")
        .containsSubsequence("$149.00", "$59.99");
    assertThat(pattern("Flagged orders")).contains("-> 1 item", "ORD-005", "Unusual amount");
    assertThat(pattern("A session that DynamoDB deletes after its TTL")).contains("SESSION#sess-9f2c", "-> 1 item");
  }

  @Test
  void showsAStatusChangeMovingAnOrderBetweenStatusQueries() {
    assertThat(pattern("Ship an order"))
        .contains("before: pending [ORD-005, ORD-003, ORD-004], shipped [ORD-002]")
        .contains("after:  pending [ORD-005, ORD-004], shipped [ORD-002, ORD-003]")
        .contains("shipping it again fails its condition; the order is now SHIPPED");
  }

  @Test
  void showsFlaggingAndUnflaggingAnOrder() {
    assertThat(pattern("Flag an order for review"))
        .contains("flagged:   [ORD-002, ORD-005]") // GSI2 sorts by flag time: 16 March, then 20 March
        .contains("unflagged: [ORD-005]");
  }

  @Test
  void runsSeed001sStreamHandlerOnTheTablesStream() {
    assertThat(pattern("Stream handler (seed 001)"))
        // every write of the example before it is in the stream; the handler acts on two of them
        .containsPattern("read \\d+ stream records: \\{INSERT Order=\\d+, .*MODIFY Order=\\d+, .*REMOVE Product=1\\}")
        .containsSubsequence(
            "analytics: order ORD-001 delivered, $12.50",
            "search index: indexed [Order] SK=ORDER#2026-02-10#ORD-001",
            "analytics: order ORD-002 delivered, $149.00",
            "search index: indexed [Order] SK=ORDER#2026-03-15#ORD-002 | $149.00 | DELIVERED",
            "search index: removed PK=PRODUCT#PROD-C, SK=METADATA ([Product] PROD-C | Desk Mat")
        .doesNotContain("order ORD-003 delivered"); // shipped, not delivered
  }

  @Test
  void loadsTheItemsOfAnOrderInBatchesAndReadsMixedKeys() {
    assertThat(pattern("Load the 30 items of an order in one batch"))
        .contains("BatchWriteItem x2 (25 + 5 puts", "-> 30 items", "[OrderItem] SKU-01 x2 @ $0.99", "[OrderItem] SKU-30 x1 @ $29.70");
    assertThat(pattern("Read a user, an order, a product and an order item by key"))
        .contains("BatchGetItem 4 keys", "-> 4 items")
        .containsSubsequence("[User] CUST-42", "[Order] SK=ORDER#2026-03-15#ORD-002", "[Product] PROD-A", "[OrderItem] SKU-07");
  }

  @Test
  void showsWhatAWriteCostsEstimatedAndReported() {
    // A flagged order of 321 bytes: the table, GSI1, the sparse GSI2 and LSI1 (its entry is 100
    // bytes larger), 1 unit each, as DynamoDB Local reports.
    assertThat(pattern("What a write costs"))
        .contains("estimate: 4 write units for ", "table 1, indexes {GSI1=1, GSI2=1, LSI1=1}; in a transaction 8")
        .contains("reported: 4 write units: table 1, GSIs [GSI1=1, GSI2=1], LSIs [LSI1=1]");
  }

  @Test
  void readsAnOrderWithItsNestedLineItemsAndAddress() {
    assertThat(pattern("Get an order with its line items and shipping address"))
        .contains("SK=ORDER#2026-03-15#ORD-002", "-> 3 items", "[LineItem] PROD-B x2 @ $25.00",
            "[Address] Alex Rivera, 12 Harbor St, 98101 Seattle, US");
    assertThat(pattern("A user's orders shipped to Seattle"))
        .contains("shippingAddress.city = :city", "-> 1 item", "ORD-003")
        .doesNotContain("ORD-001", "ORD-002", "ORD-004");
  }

  @Test
  void changesANestedLineItemAndTheAddressByPath() {
    assertThat(pattern("Change one nested line item and the shipping address of an order"))
        .contains("the order has no address yet, so its city cannot be set: The item has no shippingAddress, which"
            + " the update's nested changes need")
        .contains("[LineItem] PROD-B x2 @ $29.99", "[Address] Alex Rivera, 12 Harbor St, 98101 Tacoma, US");
  }

  @Test
  void transfersPointsInATransactionThenRefusesATransferTheSenderCannotCover() {
    assertThat(pattern("Transfer loyalty points in one transaction"))
        .contains("before: [CUST-42 500, CUST-77 100]")
        .contains("transferred 200 from CUST-42 to CUST-77: [CUST-42 300, CUST-77 300]")
        .contains("transferring 1000 is refused: action 0 (PK=USER#CUST-42, SK=PROFILE) ConditionalCheckFailed,"
            + " CUST-42 has 300 points; every action [ConditionalCheckFailed, None]")
        .contains("after:  [CUST-42 300, CUST-77 300] (nothing written by the refused transfer)");
  }

  @Test
  void closesSeed003sLostUpdateRaceWithAVersion() {
    assertThat(pattern("Two writers change one user at once"))
        .contains("writer B's put of version 2 conflicts: the stored version is 3")
        .contains("[User] CUST-77 | Samantha Lee | sam@example.com | 350 points | version 4");
  }

  @Test
  void leavesOutASessionWhoseTtlHasPassedWhenAsked() {
    assertThat(pattern("Two days later, a session whose TTL has passed"))
        .contains("get(key):                     returned, ttl")
        .contains("get(key, ExpiredItems.SKIP):  empty");
  }

  @Test
  void readsAUsersItemCollectionByTypeWithTheGeneratedVisitor() {
    assertThat(pattern("A user's item collection read back by type"))
        .contains("counts: Order=4, User=1")
        .containsSubsequence("visited: order ORD-001 of $12.50", "visited: order ORD-004", "visited: profile of Alex Rivera");
  }

  @Test
  void pagesWithSealedCursorsContinueOnlyTheirQuery() {
    assertThat(pattern("A user's orders in pages of 2, with sealed cursors"))
        .contains("page 1: [ORD-001, ORD-002], cursor of ", "page 2: [ORD-003, ORD-004]")
        .contains("another user's query refuses the cursor before any request: belongs to another query than the"
            + " query of Order on table ecommerce, PK = \"USER#CUST-77\"");
  }

  @Test
  void readsOrdersSinceADateWithoutTheProfile() {
    assertThat(pattern("Orders since 15 March 2026"))
        .contains("SK BETWEEN \"ORDER#2026-03-15#\"", "-> 3 items")
        .containsSubsequence("ORD-002", "ORD-003", "ORD-004");
  }

  @Test
  void countsPageViewsOverTenShardsAndSumsThem() {
    String counter = pattern("Count page views over 10 shards");
    assertThat(counter).contains("ADD viewCount :1, 25 times", "total: 25 views in ").containsPattern(
        "\\[PageViews\\] home shard [0-9] \\| [0-9]+ views");
    int shards = Integer.parseInt(counter.replaceAll("(?s).*total: 25 views in ([0-9]+) shards.*", "$1"));
    assertThat(shards).isBetween(2, 10).isEqualTo(counter.split("\\[PageViews\\]", -1).length - 1);
  }

  @Test
  void readsEachStatusFromItsFourShardsAsOne() {
    assertThat(pattern("Orders by status, each status over 4 shards"))
        .contains("GSI1PK=STATUS#PENDING#0, STATUS#PENDING#1, STATUS#PENDING#2, STATUS#PENDING#3 in parallel")
        .containsPattern("ORD-001 is in shard [0-3]: CRC-32 of \"USER#CUST-42\", 0x00, \"ORDER#2026-02-10#ORD-001\" mod 4")
        .contains("-> 3 items", "newest first, two per page: [ORD-004, ORD-006][ORD-005]") // ORD-006: the batch's
        .containsSubsequence("ORD-005", "ORD-006", "ORD-004")
        .containsPattern("ORD-003, shipped above, moved from STATUS#PENDING#([0-3]) to STATUS#SHIPPED#\\1 \\(an update keeps"
            + " the shard\\); shipped: \\[[^\\]]*ORD-003[^\\]]*\\]"); // other patterns change ORD-002 too
  }

  @Test
  void parsesItsOptions() {
    assertThat(EcommerceApp.Options.parse()).isEqualTo(new EcommerceApp.Options(null, false, "ecommerce", false));
    assertThat(EcommerceApp.Options.parse("--endpoint", "http://localhost:8000", "--table", "shop-dev"))
        .isEqualTo(new EcommerceApp.Options(URI.create("http://localhost:8000"), false, "shop-dev", false));
    assertThat(EcommerceApp.Options.parse("--aws").aws()).isTrue();
    assertThatThrownBy(() -> EcommerceApp.Options.parse("--aws", "--endpoint", "http://x"))
        .hasMessageContaining("not both");
    assertThatThrownBy(() -> EcommerceApp.Options.parse("--endpoint")).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> EcommerceApp.Options.parse("--bogus")).hasMessageContaining("Unknown option");
  }
}
