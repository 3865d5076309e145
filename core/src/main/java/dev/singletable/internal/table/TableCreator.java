package dev.singletable.internal.table;

import dev.singletable.IndexDefinition;
import dev.singletable.SingletableException;
import dev.singletable.TableDefinition;
import dev.singletable.annotation.Projection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Creates a single-table from its {@link TableDefinition}: {@code SingleTable.createTable()}, with
 * DynamoDB's TTL enabled on the design's TTL attribute. <b>Not API.</b>
 */
public final class TableCreator {

  private static final Logger log = LoggerFactory.getLogger(TableCreator.class);

  private TableCreator() {}

  /** Creates the table if absent, else checks it against the design; returns when it is ACTIVE. */
  public static void createIfAbsent(TableContext context) {
    try {
      checkDesign(context);
      log.debug("Table {} exists with the design; not creating it", context.tableName());
    } catch (ResourceNotFoundException absent) {
      try {
        context.client().createTable(request(context));
        log.info("Created table {}", context.tableName());
      } catch (ResourceInUseException createdMeanwhile) {
        log.debug("Table {} was created by another caller", context.tableName());
        checkDesign(context); // perhaps with another design
      }
    }
    waitUntilActive(context);
    enableTimeToLive(context);
  }

  /**
   * Enables DynamoDB's TTL on the design's TTL attribute, unless it is enabled already (on another
   * attribute, {@link #checkDesign} has refused the table). DynamoDB Local and DynamoDB alike take
   * it on an ACTIVE table.
   */
  private static void enableTimeToLive(TableContext context) {
    Optional<String> attribute = context.definition().ttlAttribute();
    if (attribute.isEmpty()) {
      return;
    }
    TimeToLiveDescription current = describeTimeToLive(context);
    if (TableDesignCheck.ttlDifference(attribute.get(), current).isPresent() || TableDesignCheck.ttlOn(current)) {
      return;
    }
    try {
      context.client().updateTimeToLive(r -> r.tableName(context.tableName())
          .timeToLiveSpecification(t -> t.attributeName(attribute.get()).enabled(true)));
      log.info("Enabled TTL on attribute {} of table {}", attribute.get(), context.tableName());
    } catch (DynamoDbException refused) {
      // Another caller may have enabled it first: that is fine; anything else is reported.
      TimeToLiveDescription now = describeTimeToLive(context);
      if (!TableDesignCheck.ttlOn(now) || TableDesignCheck.ttlDifference(attribute.get(), now).isPresent()) {
        throw new SingletableException("Cannot enable TTL on attribute " + attribute.get() + " of table "
            + context.tableName() + ": " + refused.getMessage(), refused);
      }
    }
  }

  private static TimeToLiveDescription describeTimeToLive(TableContext context) {
    return context.client().describeTimeToLive(r -> r.tableName(context.tableName())).timeToLiveDescription();
  }

  /**
   * Compares the existing table with the design.
   *
   * @throws ResourceNotFoundException if the table does not exist
   * @throws SingletableException listing every difference
   */
  private static void checkDesign(TableContext context) {
    TableDescription existing = context.client().describeTable(r -> r.tableName(context.tableName())).table();
    List<String> differences = new ArrayList<>(TableDesignCheck.differences(request(context), existing));
    context.definition().ttlAttribute().flatMap(a -> TableDesignCheck.ttlDifference(a, describeTimeToLive(context)))
        .ifPresent(differences::add);
    if (!differences.isEmpty()) {
      throw new SingletableException(TableDesignCheck.message(context.tableName(), differences), null);
    }
  }

  static CreateTableRequest request(TableContext context) {
    TableDefinition definition = context.definition();
    Set<String> keyAttributes = new LinkedHashSet<>();
    keyAttributes.add(definition.partitionKey());
    keyAttributes.add(definition.sortKey());
    List<GlobalSecondaryIndex> globals = new ArrayList<>();
    List<LocalSecondaryIndex> locals = new ArrayList<>();
    for (IndexDefinition index : definition.indexes()) {
      String partition = index.partitionKey().orElse(definition.partitionKey());
      keyAttributes.add(partition);
      keyAttributes.add(index.sortKey());
      List<KeySchemaElement> keySchema = keySchema(partition, index.sortKey());
      software.amazon.awssdk.services.dynamodb.model.Projection projection = projection(index, definition);
      if (index.isLocal()) {
        locals.add(LocalSecondaryIndex.builder()
            .indexName(index.name()).keySchema(keySchema).projection(projection).build());
      } else {
        globals.add(GlobalSecondaryIndex.builder()
            .indexName(index.name()).keySchema(keySchema).projection(projection).build());
      }
    }
    List<AttributeDefinition> attributes = new ArrayList<>();
    for (String name : keyAttributes) {
      attributes.add(AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build());
    }
    return CreateTableRequest.builder()
        .tableName(context.tableName())
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(attributes)
        .keySchema(keySchema(definition.partitionKey(), definition.sortKey()))
        .globalSecondaryIndexes(globals.isEmpty() ? null : globals)
        .localSecondaryIndexes(locals.isEmpty() ? null : locals)
        .streamSpecification(context.options().streamViewType()
            .map(viewType -> StreamSpecification.builder().streamEnabled(true).streamViewType(viewType).build())
            .orElse(null))
        .build();
  }

  private static List<KeySchemaElement> keySchema(String partition, String sort) {
    return List.of(
        KeySchemaElement.builder().attributeName(partition).keyType(KeyType.HASH).build(),
        KeySchemaElement.builder().attributeName(sort).keyType(KeyType.RANGE).build());
  }

  private static software.amazon.awssdk.services.dynamodb.model.Projection projection(
      IndexDefinition index, TableDefinition definition) {
    software.amazon.awssdk.services.dynamodb.model.Projection.Builder projection =
        software.amazon.awssdk.services.dynamodb.model.Projection.builder();
    if (index.projection() == Projection.INCLUDE) {
      // The type attribute always goes with the item, so that index reads can tell entities apart.
      Set<String> included = new LinkedHashSet<>(index.nonKeyAttributes());
      included.add(definition.typeAttribute());
      return projection.projectionType(ProjectionType.INCLUDE).nonKeyAttributes(included).build();
    }
    return projection.projectionType(index.projection() == Projection.ALL ? ProjectionType.ALL
        : ProjectionType.KEYS_ONLY).build();
  }

  private static void waitUntilActive(TableContext context) {
    try (DynamoDbWaiter waiter = DynamoDbWaiter.builder()
        .client(context.client())
        .overrideConfiguration(WaiterOverrideConfiguration.builder()
            .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofSeconds(1)))
            .waitTimeout(Duration.ofMinutes(10))
            .build())
        .build()) {
      waiter.waitUntilTableExists(r -> r.tableName(context.tableName()))
          .matched()
          .exception()
          .ifPresent(e -> {
            throw new SingletableException("Table " + context.tableName() + " did not become ACTIVE", e);
          });
    }
  }
}
