package dev.singletable.examples.ecommerce;

import dev.singletable.annotation.Index;
import dev.singletable.annotation.Table;

/**
 * The e-commerce single-table of seeds 001 and 003.
 *
 * <pre>
 * | Entity     | PK                  | SK                     | GSI1PK            | GSI1SK                 |
 * |------------|---------------------|------------------------|-------------------|------------------------|
 * | User       | USER#&lt;userId&gt;       | PROFILE                | USER#&lt;email&gt;      | PROFILE                |
 * | Order      | USER#&lt;userId&gt;       | ORDER#&lt;date&gt;#&lt;orderId&gt; | STATUS#&lt;status&gt;#&lt;shard&gt; | ORDER#&lt;date&gt;#&lt;orderId&gt; |
 * | OrderItem  | ORDER#&lt;orderId&gt;     | ITEM#&lt;productId&gt;      |                   |                        |
 * | Product    | PRODUCT#&lt;productId&gt; | METADATA               | CAT#&lt;category&gt;    | PRODUCT#&lt;productId&gt;   |
 * | Session    | SESSION#&lt;sessionId&gt; | METADATA               |                   |                        |
 * | PageViews  | PAGE#&lt;pageId&gt;       | VIEWS#&lt;shard&gt;         |                   |                        |
 * </pre>
 *
 * <p>GSI1 is overloaded: user by email, orders by status (each status over four shards), products
 * by category. GSI2 is sparse: only flagged orders have its keys. LSI1 sorts a user's orders by
 * amount. A page's view counter has ten shards in one partition (seed 001's hot partition).
 */
@Table(name = "ecommerce",
    entities = {User.class, Order.class, OrderItem.class, Product.class, Session.class, PageViews.class},
    indexes = {
        @Index(name = "GSI1"),
        @Index(name = "GSI2"),
        @Index(name = "LSI1", local = true)
    })
public interface Shop {}
