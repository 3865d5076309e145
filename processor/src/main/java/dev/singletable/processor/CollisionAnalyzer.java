package dev.singletable.processor;

import dev.singletable.internal.KeyEncoding;
import dev.singletable.internal.KeyTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the key space of a table, on the model only: for the table and each index, that no two
 * entities can render the same key pair (so a key tells which entity an item is), and which
 * {@code skPrefix} methods of one entity have ranges that also hold keys of another entity in the
 * same partition.
 *
 * <p>Only the prefixes that end where a value starts are checked ({@code skPrefix()},
 * {@code skPrefix(date)}); see {@link #overlap}.
 */
final class CollisionAnalyzer {

  /** Two entities whose keys on {@code index} ({@code null}: the table) can be equal. */
  record Collision(IndexModel index, EntityModel first, EntityModel second, Example example) {}

  /** Prefix methods of {@code entity} on {@code index} whose ranges also hold keys of {@code other}. */
  record PrefixOverlap(IndexModel index, EntityModel entity, List<KeyMethods.Prefix> prefixes, EntityModel other,
      Example example) {}

  /** A key pair, and the values of each entity that render it, such as {@code Order(userId = "a")}. */
  record Example(String partitionKey, String sortKey, List<String> values) {}

  record Findings(List<Collision> collisions, List<PrefixOverlap> overlaps) {}

  /**
   * Two entities whose primary keys a read cannot tell apart: some key fits the templates of both
   * when each template is matched on its own, as a read matches the key of an item that has no type
   * attribute. Without a collision, only a placeholder that appears in both the partition and the
   * sort key gives one: a read does not check that both hold the same value.
   */
  record Ambiguity(EntityModel first, EntityModel second, Example example) {}

  private final TableModel table;
  private final KeyEncoding encoding;

  private CollisionAnalyzer(TableModel table) {
    this.table = table;
    this.encoding = KeyEncoding.forDelimiter(table.delimiter());
  }

  static Findings analyze(TableModel table, List<EntityModel> entities) {
    CollisionAnalyzer analyzer = new CollisionAnalyzer(table);
    List<Collision> collisions = new ArrayList<>();
    List<PrefixOverlap> overlaps = new ArrayList<>();
    List<IndexModel> slots = new ArrayList<>();
    slots.add(null);
    slots.addAll(table.indexes());
    for (IndexModel index : slots) {
      List<EntityModel> users = entities.stream().filter(e -> key(e, index).isPresent()).toList();
      for (int i = 0; i < users.size(); i++) {
        for (int j = 0; j < users.size(); j++) {
          EntityModel a = users.get(i);
          EntityModel b = users.get(j);
          if (i < j) {
            analyzer.collision(a, b, index).ifPresent(example -> collisions.add(new Collision(index, a, b, example)));
          }
          if (i != j) {
            analyzer.overlap(a, b, index).ifPresent(overlaps::add);
          }
        }
      }
    }
    return new Findings(collisions, overlaps);
  }

  /** Returns the pairs of entities that a read cannot tell apart by their primary keys; see {@link Ambiguity}. */
  static List<Ambiguity> ambiguities(TableModel table, List<EntityModel> entities) {
    CollisionAnalyzer analyzer = new CollisionAnalyzer(table);
    List<Ambiguity> ambiguities = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      for (int j = i + 1; j < entities.size(); j++) {
        EntityModel a = entities.get(i);
        EntityModel b = entities.get(j);
        analyzer.keyShapeOverlap(a, b).ifPresent(example -> ambiguities.add(new Ambiguity(a, b, example)));
      }
    }
    return ambiguities;
  }

  /** The key of an entity on an index ({@code null}: the table), if it has one. */
  static Optional<KeyModel> key(EntityModel entity, IndexModel index) {
    return entity.keys().stream()
        .filter(k -> index == null ? k.isPrimary() : !k.isPrimary() && k.index().name().equals(index.name()))
        .findFirst();
  }

  /** Whether a query of {@code a}'s partition on the index ({@code null}: the table) can find items of {@code b}. */
  static boolean sharePartition(TableModel table, EntityModel a, EntityModel b, IndexModel index) {
    CollisionAnalyzer analyzer = new CollisionAnalyzer(table);
    KeyModel aKey = key(a, index).orElseThrow();
    KeyModel bKey = key(b, index).orElseThrow();
    KeyConstraints constraints = new KeyConstraints();
    return align(constraints, aKey.partition(), analyzer.vars(constraints, a, aKey, aKey.partition().placeholders()),
        bKey.partition(), analyzer.vars(constraints, b, bKey, bKey.partition().placeholders()))
        && constraints.solve().isPresent();
  }

  private Optional<Example> collision(EntityModel a, EntityModel b, IndexModel index) {
    KeyModel aKey = key(a, index).orElseThrow();
    KeyModel bKey = key(b, index).orElseThrow();
    KeyConstraints constraints = new KeyConstraints();
    Map<String, KeyConstraints.Var> aVars = vars(constraints, a, aKey, aKey.allPlaceholders());
    Map<String, KeyConstraints.Var> bVars = vars(constraints, b, bKey, bKey.allPlaceholders());
    if (!align(constraints, aKey.partition(), aVars, bKey.partition(), bVars)
        || !align(constraints, aKey.sort(), aVars, bKey.sort(), bVars)) {
      return Optional.empty();
    }
    return constraints.solve().map(values -> new Example(
        render(aKey.partition(), aVars, values), render(aKey.sort(), aVars, values),
        List.of(describe(a, aKey, aVars, values), describe(b, bKey, bVars, values))));
  }

  /** A primary key that fits both entities' templates, each template with values of its own. */
  private Optional<Example> keyShapeOverlap(EntityModel a, EntityModel b) {
    KeyModel aKey = a.primaryKey();
    KeyModel bKey = b.primaryKey();
    KeyConstraints constraints = new KeyConstraints();
    Map<String, KeyConstraints.Var> aPartition = vars(constraints, a, aKey, aKey.partition().placeholders());
    Map<String, KeyConstraints.Var> bPartition = vars(constraints, b, bKey, bKey.partition().placeholders());
    Map<String, KeyConstraints.Var> aSort = vars(constraints, a, aKey, aKey.sort().placeholders());
    Map<String, KeyConstraints.Var> bSort = vars(constraints, b, bKey, bKey.sort().placeholders());
    if (!align(constraints, aKey.partition(), aPartition, bKey.partition(), bPartition)
        || !align(constraints, aKey.sort(), aSort, bKey.sort(), bSort)) {
      return Optional.empty();
    }
    return constraints.solve().map(values -> new Example(render(aKey.partition(), aPartition, values),
        render(aKey.sort(), aSort, values), List.of()));
  }

  private Optional<PrefixOverlap> overlap(EntityModel a, EntityModel b, IndexModel index) {
    KeyModel aKey = key(a, index).orElseThrow();
    KeyModel bKey = key(b, index).orElseThrow();
    List<KeyMethods.Prefix> overlapping = new ArrayList<>();
    Example first = null;
    for (KeyMethods.Prefix prefix : KeyMethods.prefixes(a, aKey)) {
      // The empty prefix is a query of the whole partition, which entities share on purpose. A coarse
      // temporal prefix extends the prefix before its value, so it only matches what that prefix
      // matches, unless that one is empty: then it ranges over values alone, as a feed ordered by
      // time across entities does by design.
      if (prefix.isEmpty() || prefix.coarse() != null) {
        continue;
      }
      Optional<Example> example = prefixOverlap(prefix, b, bKey);
      if (example.isPresent()) {
        overlapping.add(prefix);
        first = first == null ? example.get() : first;
      }
    }
    return overlapping.isEmpty() ? Optional.empty()
        : Optional.of(new PrefixOverlap(index, a, List.copyOf(overlapping), b, first));
  }

  /**
   * Whether a key of {@code b} can start with the prefix, under a partition key of {@code a}. The
   * query's values are independent of each other: {@code pk(x)} may go with {@code skPrefix(y)}.
   */
  private Optional<Example> prefixOverlap(KeyMethods.Prefix prefix, EntityModel b, KeyModel bKey) {
    KeyModel aKey = prefix.key();
    List<KeyTemplate.Segment> aSort = aKey.sort().template().segments();
    List<KeyTemplate.Segment> bSort = bKey.sort().template().segments();
    int last = prefix.segment();
    if (bSort.size() <= last) {
      return Optional.empty();
    }
    KeyConstraints constraints = new KeyConstraints();
    Map<String, KeyConstraints.Var> pkVars = vars(constraints, prefix.entity(), aKey, aKey.partition().placeholders());
    Map<String, KeyConstraints.Var> skVars = vars(constraints, prefix.entity(), aKey,
        aKey.sort().placeholders().subList(0, prefix.count()));
    Map<String, KeyConstraints.Var> bVars = vars(constraints, b, bKey, bKey.allPlaceholders());
    if (!align(constraints, aKey.partition(), pkVars, bKey.partition(), bVars)) {
      return Optional.empty();
    }
    for (int s = 0; s < last; s++) {
      constraints.equal(seg(aSort.get(s), skVars), seg(bSort.get(s), bVars));
    }
    Nfa value = prefix.coarse() == null ? Nfa.word("") : ValueLanguages.of(prefix.coarse(), List.of(), encoding);
    constraints.within(seg(bSort.get(last), bVars),
        Languages.thenAnything(Languages.concat(aSort.get(last).prefix(), value, "")));
    return constraints.solve().map(values -> new Example(render(bKey.partition(), bVars, values),
        render(bKey.sort(), bVars, values), List.of(describe(b, bKey, bVars, values))));
  }

  /** A value to solve for per property, within the renderings of its format in {@code key}. */
  private Map<String, KeyConstraints.Var> vars(KeyConstraints constraints, EntityModel entity, KeyModel key,
      List<PropertyModel> properties) {
    Map<String, KeyConstraints.Var> vars = new LinkedHashMap<>();
    for (PropertyModel property : properties) {
      vars.put(property.name(), constraints.var(entity.type().simpleName() + "." + property.name(),
          ValueLanguages.of(key.format(property), encoding)));
    }
    return vars;
  }

  /** Equates two templates segment by segment; false when their segment counts differ. */
  private static boolean align(KeyConstraints constraints, KeyPartModel a, Map<String, KeyConstraints.Var> aVars,
      KeyPartModel b, Map<String, KeyConstraints.Var> bVars) {
    List<KeyTemplate.Segment> aSegments = a.template().segments();
    List<KeyTemplate.Segment> bSegments = b.template().segments();
    if (aSegments.size() != bSegments.size()) {
      return false;
    }
    for (int s = 0; s < aSegments.size(); s++) {
      constraints.equal(seg(aSegments.get(s), aVars), seg(bSegments.get(s), bVars));
    }
    return true;
  }

  private static KeyConstraints.Seg seg(KeyTemplate.Segment segment, Map<String, KeyConstraints.Var> vars) {
    return new KeyConstraints.Seg(segment.prefix(), segment.hasPlaceholder() ? vars.get(segment.placeholder()) : null,
        segment.suffix());
  }

  private static String render(KeyPartModel part, Map<String, KeyConstraints.Var> vars,
      Map<KeyConstraints.Var, String> values) {
    Map<String, String> encoded = new LinkedHashMap<>();
    part.placeholders().forEach(p -> encoded.put(p.name(), values.get(vars.get(p.name()))));
    return part.template().render(encoded);
  }

  /** {@code Order(userId = "a", date = 2026-03-15)}: the values as the user would write them. */
  private String describe(EntityModel entity, KeyModel key, Map<String, KeyConstraints.Var> vars,
      Map<KeyConstraints.Var, String> values) {
    List<String> described = new ArrayList<>();
    for (PropertyModel property : key.allPlaceholders()) {
      String rendered = values.get(vars.get(property.name()));
      described.add(property.name() + " = " + key.format(property).describe(rendered, encoding));
    }
    return entity.type().simpleName() + "(" + String.join(", ", described) + ")";
  }
}
