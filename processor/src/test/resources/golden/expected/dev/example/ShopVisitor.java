package dev.example;

import dev.singletable.ItemVisitor;
import dev.singletable.Items;
import dev.singletable.internal.ItemVisits;
import dev.singletable.internal.SingletableGenerated;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A visitor of the items of the single-table {@code ecommerce} declared by {@link Shop}: one method per
 * entity, so that a visitor that misses one does not compile. Run it with {@link Items#visit}.
 *
 * @param <R> what each visit returns; {@code Void} for side effects only
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public interface ShopVisitor<R> extends ItemVisitor<R> {
  /**
   * Visits an item of entity {@link User} (type {@code User}).
   */
  R visitUser(User user);

  /**
   * Visits an item of entity {@link Order} (type {@code Order}).
   */
  R visitOrder(Order order);

  /**
   * Visits an item of entity {@link Product} (type {@code Product}).
   */
  R visitProduct(Product product);

  /**
   * Visits an item of entity {@link Session} (type {@code Session}).
   */
  R visitSession(Session session);

  /**
   * Visits an item of no entity of the table that the read policies kept raw; unless overridden,
   * throws an {@code UnknownItemException} naming its key.
   */
  @Override
  default R visitUnrecognized(Map<String, AttributeValue> item) {
    throw ItemVisits.unrecognized(item, ShopSchema.DEFINITION, "ShopVisitor");
  }

  /**
   * Calls the method of the item's entity class.
   *
   * @throws IllegalArgumentException if {@code item} is of no entity of the table
   */
  @Override
  default R visit(Object item) {
    Class<?> type = item == null ? null : item.getClass();
    if (type == User.class) {
      return visitUser((User) item);
    }
    if (type == Order.class) {
      return visitOrder((Order) item);
    }
    if (type == Product.class) {
      return visitProduct((Product) item);
    }
    if (type == Session.class) {
      return visitSession((Session) item);
    }
    throw ItemVisits.notAnEntity(item, "ShopVisitor");
  }
}
