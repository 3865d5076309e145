package dev.singletable;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A visitor of the items of one table, typed per entity: the Java 17 counterpart of a
 * {@code switch} over a sealed interface of the table's entities. Do not implement it directly:
 * for each {@code @Table} type {@code T} the processor generates {@code TVisitor<R>} (such as
 * {@code ShopVisitor<R>}) with one abstract method per entity ({@code visitUser(User)},
 * {@code visitOrder(Order)}...), so that a visitor that misses an entity, or one added to the table
 * later, does not compile. Run it with {@link Items#visit}:
 *
 * <pre>{@code
 * List<String> lines = shop.query(UserKeys.pk("u1")).items().visit(new ShopVisitor<>() {
 *   public String visitUser(User user) { return "profile of " + user.name(); }
 *   public String visitOrder(Order order) { return "order " + order.orderId(); }
 *   public String visitProduct(Product product) { return "product " + product.name(); }
 * });
 * }</pre>
 *
 * <p>Items that no entity reads and that the read policies keep raw ({@link ReadPolicy#KEEP_RAW},
 * the default for unknown items) go to {@link #visitUnrecognized}; the generated default throws an
 * {@link UnknownItemException} naming the item's key, so override it where such items may occur.
 * Whether a visitor is thread-safe is up to its implementation.
 *
 * @param <R> what each visit returns; {@code Void} (returning {@code null}) for side effects only
 */
public interface ItemVisitor<R> {

  /**
   * Visits one entity of the table: the generated visitor calls the method of its class.
   *
   * @throws IllegalArgumentException if {@code item} is of no entity of the table
   */
  R visit(Object item);

  /** Visits an item kept raw by the read policies, as DynamoDB returned it. */
  R visitUnrecognized(Map<String, AttributeValue> item);
}
