package dev.singletable.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes the sources CompileBenchmark compiles: {@code count} entities in package
 * {@code bench.gen}, in tables of {@link #ENTITIES_PER_TABLE}, cycling through four shapes so the
 * processor meets what real designs have: records and JavaBeans; String, LocalDate, Instant,
 * YearMonth, enum, int, long, boolean and UUID placeholders; GSIs, a sparse GSI and an LSI; lists,
 * sets and maps.
 */
final class EntitySources {

  static final int ENTITIES_PER_TABLE = 20;
  private static final String PACKAGE = "bench.gen";

  private EntitySources() {}

  /** Writes the sources under {@code root} (as {@code bench/gen/*.java}) and returns their files. */
  static List<Path> write(Path root, int count) {
    Path dir = root.resolve(PACKAGE.replace('.', '/'));
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      files.add(writeFile(dir, "Status", "public enum Status { ACTIVE, PAUSED, CLOSED }\n"));
      for (int i = 0; i < count; i++) {
        files.add(writeFile(dir, entityName(i), entity(i)));
      }
      for (int t = 0; t * ENTITIES_PER_TABLE < count; t++) {
        files.add(writeFile(dir, tableName(t), table(t, count)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static Path writeFile(Path dir, String type, String body) throws IOException {
    String source = "package " + PACKAGE + ";\n\n"
        + "import dev.singletable.annotation.*;\n"
        + "import java.math.BigDecimal;\n"
        + "import java.time.*;\n"
        + "import java.util.*;\n\n"
        + body;
    return Files.writeString(dir.resolve(type + ".java"), source);
  }

  static String entityName(int i) {
    return String.format("E%03d", i);
  }

  private static String tableName(int t) {
    return String.format("T%02d", t);
  }

  private static String table(int t, int count) {
    StringJoiner entities = new StringJoiner(", ");
    for (int i = t * ENTITIES_PER_TABLE; i < Math.min(count, (t + 1) * ENTITIES_PER_TABLE); i++) {
      entities.add(entityName(i) + ".class");
    }
    return "@Table(name = \"table-" + t + "\", entities = {" + entities + "},\n"
        + "    indexes = {@Index(name = \"GSI1\"), @Index(name = \"GSI2\"),"
        + " @Index(name = \"LSI1\", local = true)})\n"
        + "public interface " + tableName(t) + " {}\n";
  }

  /**
   * One entity; its number is in its partition key literals, so that, as in a real design, no two
   * entities of a table can write the same key (the processor refuses such designs).
   */
  private static String entity(int i) {
    String name = entityName(i);
    return switch (i % 4) {
      case 0 -> "@Entity\n"
          + "@Key(pk = \"CUSTOMER" + i + "#<customerId>\", sk = \"ORDER#<placedOn>#<orderId>\")\n"
          + "@Key(index = \"GSI1\", pk = \"STATUS" + i + "#<status>\", sk = \"ORDER#<placedOn>#<orderId>\")\n"
          + "public record " + name + "(String customerId, LocalDate placedOn, String orderId,"
          + " Status status, long totalCents, String currency, List<String> tags,"
          + " Map<String, Integer> quantities) {}\n";
      case 1 -> "@Entity\n"
          + "@Key(pk = \"DEVICE" + i + "#<deviceId>\", sk = \"READING#<at>\")\n"
          + "@Key(index = \"GSI2\", pk = \"ALERT" + i + "\", sk = \"<alertedAt>#<deviceId>\")\n"
          + "@Key(index = \"LSI1\", sk = \"VALUE#<value>\")\n"
          + "public record " + name + "(String deviceId, Instant at, long value, Instant alertedAt,"
          + " double temperature, List<String> labels) {}\n";
      case 2 -> "@Entity\n"
          + "@Key(pk = \"ACCOUNT" + i + "#<accountId>\", sk = \"TX#<year>#<sequence>\")\n"
          + "public class " + name + " {\n"
          + bean("UUID", "accountId") + bean("int", "year") + bean("long", "sequence")
          + bean("BigDecimal", "amount") + bean("Boolean", "settled")
          + bean("Map<String, String>", "meta")
          + "}\n";
      default -> "@Entity\n"
          + "@Key(pk = \"TENANT" + i + "#<tenant>\", sk = \"USAGE#<month>#<metered>\")\n"
          + "@Key(index = \"GSI1\", pk = \"PLAN" + i + "#<plan>\", sk = \"<month>\")\n"
          + "public record " + name + "(String tenant, YearMonth month, boolean metered,"
          + " Status plan, Set<String> features, Map<String, Integer> counts, Integer seats) {}\n";
    };
  }

  private static String bean(String type, String property) {
    String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    return "  private " + type + " " + property + ";\n"
        + "  public " + type + " get" + suffix + "() { return " + property + "; }\n"
        + "  public void set" + suffix + "(" + type + " " + property + ") { this." + property
        + " = " + property + "; }\n";
  }
}
