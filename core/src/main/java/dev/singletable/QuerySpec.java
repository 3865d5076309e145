package dev.singletable;

/** What a {@link KeyQuery} builder holds when it runs: everything {@link QueryRunner} needs. */
record QuerySpec(
    TableContext table,
    PartitionKey partitionKey,
    IndexDefinition index,
    SortCondition sort,
    boolean descending,
    boolean consistentRead,
    Integer limit,
    String after,
    Condition<?> filter,
    String label) {

  String indexName() {
    return index == null ? null : index.name();
  }
}
