package dev.singletable.it.shard;

import dev.singletable.EntityTable;
import dev.singletable.SingleTable;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.DynamoDbLocalExtension;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Gives each test a fresh {@link Hot} table on the shared DynamoDB Local. */
@ExtendWith(DynamoDbLocalExtension.class)
abstract class HotFixture {

  DynamoDbClient client;
  SingleTable hot;
  EntityTable<PageCounter> counters;
  EntityTable<Ticket> tickets;
  EntityTable<Agent> agents;

  @BeforeEach
  void createTable(DynamoDbClient client) {
    this.client = client;
    use(HotSchema.table(client, DynamoDbLocal.uniqueTableName("hot")));
    hot.createTable();
  }

  void use(SingleTable table) {
    this.hot = table;
    this.counters = table.entity(PageCounter.class);
    this.tickets = table.entity(Ticket.class);
    this.agents = table.entity(Agent.class);
  }

  /**
   * The shard docs/writes.md documents, computed here from its description alone: CRC-32 (IEEE,
   * reflected polynomial 0xEDB88320, as zlib) over UTF-8(PK), a zero byte and UTF-8(SK), unsigned,
   * modulo the count.
   */
  static int documentedShard(String pk, String sk, int count) {
    byte[] pkBytes = pk.getBytes(StandardCharsets.UTF_8);
    byte[] skBytes = sk.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[pkBytes.length + 1 + skBytes.length];
    System.arraycopy(pkBytes, 0, all, 0, pkBytes.length);
    System.arraycopy(skBytes, 0, all, pkBytes.length + 1, skBytes.length);
    return (int) (crc32(all) % count);
  }

  /** CRC-32 bit by bit, as its definition says. */
  static long crc32(byte[] bytes) {
    long crc = 0xFFFFFFFFL;
    for (byte b : bytes) {
      crc ^= b & 0xFF;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xEDB88320L : crc >>> 1;
      }
    }
    return crc ^ 0xFFFFFFFFL;
  }
}
