package dev.singletable.examples.ecommerce;

import dev.singletable.SingleTable;
import dev.singletable.TableOptions;
import dev.singletable.testing.DynamoDbLocal;
import java.io.PrintStream;
import java.net.URI;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Runs every access pattern of the seed articles' e-commerce design and prints what it runs and
 * what comes back, then seed 001's stream handler on the table's stream.
 *
 * <pre>
 * (no option)        an embedded, in-memory DynamoDB Local on a free port (the default)
 * --endpoint URL     a DynamoDB at URL, such as a DynamoDB Local at http://localhost:8000
 * --aws              real DynamoDB: the default AWS region and credentials chain
 * --table NAME       the physical table name (default: ecommerce); created if absent
 * </pre>
 *
 * <p>With {@code --endpoint} or {@code --aws} the table and its sample items stay after the run.
 */
public final class EcommerceApp {

  private EcommerceApp() {}

  /**
   * Runs the example.
   *
   * @param args the options above
   */
  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.println(Options.USAGE);
      return;
    }
    run(options, System.out);
  }

  /** Runs the example with parsed options, printing to {@code out}. */
  static void run(Options options, PrintStream out) {
    if (options.endpoint() == null && !options.aws()) {
      try (DynamoDbLocal local = DynamoDbLocal.start(); DynamoDbClient client = local.client()) {
        out.println("Using an embedded DynamoDB Local at " + local.endpoint() + " (in memory)");
        runOn(client, options.table(), out);
      }
      return;
    }
    try (DynamoDbClient client = options.aws() ? awsClient() : DynamoDbLocal.clientFor(options.endpoint())) {
      out.println(options.aws()
          ? "Using DynamoDB in the default AWS region with the default credentials"
          : "Using DynamoDB at " + options.endpoint());
      runOn(client, options.table(), out);
    }
  }

  private static void runOn(DynamoDbClient client, String tableName, PrintStream out) {
    SingleTable shop = ShopSchema.table(client, tableName)
        .withOptions(TableOptions.builder().streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build());
    out.println("Creating table " + tableName + " if it does not exist (PK/SK, GSI1, GSI2, LSI1, on-demand,"
        + " TTL on \"ttl\", stream NEW_AND_OLD_IMAGES)");
    shop.createTable();
    SampleData.write(shop);
    Report report = new Report(out);
    new AccessPatterns(shop, report).runAll();
    new ChangePatterns(shop, report).runAll();
    new WritePatterns(shop, report).runAll();
    new ReadingPatterns(shop, report).runAll();
    new BatchPatterns(shop, report).runAll();
    new StreamPatterns(shop, client, report).runAll();
    new ShardingPatterns(shop, report).runAll();
  }

  private static DynamoDbClient awsClient() {
    return DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
  }

  /** Command-line options. */
  record Options(URI endpoint, boolean aws, String table, boolean help) {

    static final String USAGE = "Usage: EcommerceApp [--endpoint URL | --aws] [--table NAME]\n"
        + "  (no option)     run on an embedded, in-memory DynamoDB Local\n"
        + "  --endpoint URL  run on the DynamoDB at URL, e.g. http://localhost:8000\n"
        + "  --aws           run on DynamoDB with the default AWS region and credentials\n"
        + "  --table NAME    physical table name (default: ecommerce)";

    static Options parse(String... args) {
      URI endpoint = null;
      boolean aws = false;
      String table = ShopSchema.TABLE_NAME;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--endpoint" -> endpoint = URI.create(value(args, ++i, "--endpoint"));
          case "--aws" -> aws = true;
          case "--table" -> table = value(args, ++i, "--table");
          case "--help", "-h" -> {
            return new Options(null, false, table, true);
          }
          default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
        }
      }
      if (aws && endpoint != null) {
        throw new IllegalArgumentException("Give --endpoint or --aws, not both");
      }
      return new Options(endpoint, aws, table, false);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}
