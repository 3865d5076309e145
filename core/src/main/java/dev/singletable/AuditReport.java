package dev.singletable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link SingleTable#audit(int)} found when it held a sample of a table's items against the
 * design: for each item, the entity it is read as (and whether by its type attribute or by the
 * shape of its key), and every problem: attributes the entity cannot read, key properties that
 * disagree with the key, index key attributes that differ from what the entity renders (another
 * key format, a stale index key) or that its values imply but the item lacks. Items that match no
 * entity are listed with the reason. Use it before adopting singletable on a table other code
 * writes (docs/adopting.md). Immutable and thread-safe.
 */
public final class AuditReport {

  /**
   * One audited item.
   *
   * @param key the item's key as text ({@code PK=USER#u1, SK=PROFILE})
   * @param entity the entity it is read as, or empty when it matches none
   * @param byKeyShape whether the entity was found by the key's shape (no type attribute)
   * @param problems what does not fit the design; empty when the item is exactly what the entity
   *     writes
   */
  public record Finding(String key, Optional<Class<?>> entity, boolean byKeyShape, List<String> problems) {

    /** Creates a finding; {@code problems} is copied. */
    public Finding {
      problems = List.copyOf(problems);
    }

    /** Returns whether the item is read as an entity and fits it exactly. */
    public boolean fits() {
      return entity.isPresent() && problems.isEmpty();
    }

    @Override
    public String toString() {
      return key + " -> " + entity.map(Class::getSimpleName).orElse("(no entity)")
          + (byKeyShape ? " (by key shape)" : "") + (problems.isEmpty() ? "" : ": " + String.join("; ", problems));
    }
  }

  private final String tableName;
  private final List<Finding> findings;

  AuditReport(String tableName, List<Finding> findings) {
    this.tableName = tableName;
    this.findings = List.copyOf(findings);
  }

  /** Returns every audited item, in the order the scan returned them. */
  public List<Finding> items() {
    return findings;
  }

  /** Returns the items that match no entity of the table. */
  public List<Finding> unmatched() {
    return findings.stream().filter(f -> f.entity().isEmpty()).toList();
  }

  /** Returns the items read as an entity that do not fit it exactly. */
  public List<Finding> withProblems() {
    return findings.stream().filter(f -> f.entity().isPresent() && !f.problems().isEmpty()).toList();
  }

  /** Returns how many items each entity was read as, in the order first seen. */
  public Map<Class<?>, Integer> counts() {
    Map<Class<?>, Integer> counts = new LinkedHashMap<>();
    findings.forEach(f -> f.entity().ifPresent(e -> counts.merge(e, 1, Integer::sum)));
    return counts;
  }

  /** Returns whether every audited item fits an entity exactly. */
  public boolean allFit() {
    return findings.stream().allMatch(Finding::fits);
  }

  /** Returns a printable report: a summary line, then one line per item that does not fit. */
  @Override
  public String toString() {
    List<String> lines = new ArrayList<>();
    lines.add("Audit of " + findings.size() + " items of table " + tableName + ": "
        + (findings.size() - unmatched().size() - withProblems().size()) + " fit, " + withProblems().size()
        + " with problems, " + unmatched().size() + " of no entity");
    findings.stream().filter(f -> !f.fits()).forEach(f -> lines.add("  " + f));
    return String.join(System.lineSeparator(), lines);
  }
}
