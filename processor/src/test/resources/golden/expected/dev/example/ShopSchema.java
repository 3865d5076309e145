package dev.example;

import dev.singletable.IndexDefinition;
import dev.singletable.SingleTable;
import dev.singletable.StreamReader;
import dev.singletable.TableDefinition;
import dev.singletable.annotation.Projection;
import dev.singletable.internal.SingletableGenerated;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The single-table {@code ecommerce} declared by {@link Shop}.
 *
 * <p>{@link #table(DynamoDbClient)} binds it to a client; {@link #streamReader()} reads its stream
 * records without one. All members are static and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class ShopSchema {
  /**
   * The default physical table name.
   */
  public static final String TABLE_NAME = "ecommerce";

  /**
   * The table's design: keys, indexes and entities.
   */
  public static final TableDefinition DEFINITION = TableDefinition.builder(TABLE_NAME)
      .partitionKey("PK")
      .sortKey("SK")
      .typeAttribute("entityType")
      .delimiter('#')
      .addIndex(IndexDefinition.global("GSI1", "GSI1PK", "GSI1SK", Projection.ALL, List.of()))
      .addIndex(IndexDefinition.global("GSI2", "GSI2PK", "GSI2SK", Projection.ALL, List.of()))
      .addIndex(IndexDefinition.local("LSI1", "LSI1SK", Projection.ALL, List.of()))
      .addEntity(UserSchema.INSTANCE)
      .addEntity(OrderSchema.INSTANCE)
      .addEntity(ProductSchema.INSTANCE)
      .addEntity(SessionSchema.INSTANCE)
      .build();

  private ShopSchema() {
  }

  /**
   * Returns the table {@code ecommerce} on {@code client}. Sends no request.
   */
  public static SingleTable table(DynamoDbClient client) {
    return table(client, TABLE_NAME);
  }

  /**
   * Returns this design on the physical table {@code tableName}, for example per stage
   * or per test. Sends no request.
   */
  public static SingleTable table(DynamoDbClient client, String tableName) {
    return SingleTable.create(client, tableName, DEFINITION);
  }

  /**
   * Returns a reader of this design's DynamoDB Streams records, which needs no client: for a
   * stream handler that only reads the records it is given. Sends no request.
   */
  public static StreamReader streamReader() {
    return StreamReader.of(DEFINITION);
  }
}
