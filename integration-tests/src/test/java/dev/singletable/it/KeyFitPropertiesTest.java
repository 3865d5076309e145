package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.PartitionKey;
import dev.singletable.PrimaryKey;
import dev.singletable.SingleTable;
import dev.singletable.SortKey;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Keys made by hand fit where the generated ones do: a copy of any generated key, without its
 * template, is accepted by its entity and refused by another. Nothing here sends a request: the
 * client points nowhere.
 */
class KeyFitPropertiesTest {

  private static final SingleTable STORE = StoreSchema.table(DynamoDbClient.builder()
      .endpointOverride(URI.create("http://127.0.0.1:9")).region(Region.US_EAST_1)
      .credentialsProvider(AnonymousCredentialsProvider.create()).build(), "nowhere");

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings().withChars("ab#$%é\u0001 -").withCharRange('0', '9').ofMinLength(1).ofMaxLength(8);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static PrimaryKey byHand(PrimaryKey key) {
    return PrimaryKey.of(PartitionKey.of(null, "PK", key.partitionKey().value()),
        SortKey.of(null, "SK", key.sortKey().value()));
  }

  @Property(tries = 300)
  void aHandMadeCopyOfAGeneratedKeyFitsItsEntityOnly(@ForAll("ids") String userId, @ForAll("dates") LocalDate date,
      @ForAll("ids") String orderId) {
    PrimaryKey order = byHand(PurchaseKeys.key(userId, date, orderId));
    PrimaryKey follow = byHand(FollowKeys.key(userId, orderId));

    assertThatCode(() -> STORE.entity(Purchase.class).update(order)).doesNotThrowAnyException();
    assertThatCode(() -> STORE.entity(Follow.class).update(follow)).doesNotThrowAnyException();
    assertThatThrownBy(() -> STORE.entity(Follow.class).update(order)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> STORE.entity(Purchase.class).update(follow)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> STORE.entity(Customer.class).update(order)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 300)
  void everyBeginningOfARenderingIsARangeBoundOfItsEntity(@ForAll("ids") String userId,
      @ForAll("dates") LocalDate date, @ForAll("ids") String orderId, @ForAll @IntRange(min = 1, max = 60) int length) {
    String sk = PurchaseKeys.sk(date, orderId).value();
    String beginning = sk.substring(0, Math.min(length, sk.length()));
    if (Character.isHighSurrogate(beginning.charAt(beginning.length() - 1))) {
      return; // half a character is no string DynamoDB takes
    }
    PartitionKey pk = PartitionKey.of(null, "PK", PurchaseKeys.pk(userId).value());

    assertThatCode(() -> STORE.entity(Purchase.class).query(pk).ge(SortKey.of(null, "SK", beginning)))
        .doesNotThrowAnyException();
    assertThatCode(() -> STORE.entity(Purchase.class).query(pk).beginsWith(SortKey.prefix(null, "SK", beginning)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> STORE.entity(Follow.class).query(pk).ge(SortKey.of(null, "SK", beginning)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 100)
  void generatedPrefixesFitCopiedByHand(@ForAll("dates") LocalDate date) {
    PartitionKey pk = PurchaseKeys.pk("u1");
    for (SortKey prefix : new SortKey[] {PurchaseKeys.skPrefix(), PurchaseKeys.skPrefix(date),
        PurchaseKeys.skPrefix(YearMonth.from(date))}) {
      SortKey copy = SortKey.prefix(null, "SK", prefix.value());
      assertThatCode(() -> STORE.entity(Purchase.class).query(pk).beginsWith(copy)).doesNotThrowAnyException();
      assertThatCode(() -> STORE.query(pk).lt(copy)).doesNotThrowAnyException();
      assertThatThrownBy(() -> STORE.entity(Customer.class).query(pk).beginsWith(copy))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
