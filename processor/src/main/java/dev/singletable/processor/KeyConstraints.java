package dev.singletable.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Equations between key segments, solved for placeholder values: can two templates render the
 * same text, and with which values?
 *
 * <p>A segment is literal prefix, at most one placeholder, literal suffix, and never contains the
 * delimiter, so two keys are equal exactly when they have as many segments and each aligned pair
 * is equal. An equation between two segments with a placeholder each links the two values
 * one-to-one (the literal text around them is fixed), which makes the values a graph: each
 * connected part is solved from one root value, whose possible texts are narrowed by every
 * equation below it (automata quotients and intersections: exact). A placeholder of both the
 * partition and the sort key can close a cycle; the root's candidates are then tried, up to a
 * bound, against the closing equation.
 *
 * <p>Not thread-safe; one instance per question.
 */
final class KeyConstraints {

  private static final int CYCLE_CANDIDATES = 64;
  private static final Nfa NOT_EMPTY = notEmpty();

  private static Nfa notEmpty() {
    Nfa.Dfa.Builder b = Nfa.Dfa.builder().then(CharClass.ALL);
    return b.edge(b.last(), CharClass.ALL, b.last()).build();
  }

  /** A placeholder value to solve for, as rendered text within {@code language}. */
  static final class Var {
    private final String name;
    private final Nfa language;

    Var(String name, Nfa language) {
      this.name = name;
      this.language = language;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A segment: literal {@code prefix}, an optional placeholder value, literal {@code suffix}. */
  record Seg(String prefix, Var var, String suffix) {

    String text(String value) {
      return prefix + (var == null ? "" : value) + suffix;
    }

    /** The value of this segment's placeholder in {@code text}, which must have its shape. */
    String valueIn(String text) {
      return text.substring(prefix.length(), text.length() - suffix.length());
    }

    /** The values {@code v} for which {@code text(v)} is in {@code language}. */
    Nfa valuesWithin(Nfa language) {
      return Languages.afterPrefix(Languages.beforeSuffix(language, suffix), prefix);
    }
  }

  private record Link(Seg a, Seg b) {

    Seg at(Var var) {
      return a.var() == var ? a : b;
    }

    Var other(Var var) {
      return a.var() == var ? b.var() : a.var();
    }
  }

  private final Map<Var, Nfa> domains = new LinkedHashMap<>();
  private final List<Link> links = new ArrayList<>();
  private boolean impossible;

  /** Registers a value to solve for, so that {@link #solve} returns an example for it too. */
  Var var(String name, Nfa language) {
    Var var = new Var(name, language);
    domains.put(var, language);
    return var;
  }

  /** The two segments render the same text. */
  void equal(Seg a, Seg b) {
    if (a.var() == null && b.var() == null) {
      impossible |= !a.text("").equals(b.text(""));
    } else if (a.var() == null || b.var() == null) {
      Seg literal = a.var() == null ? a : b;
      within(a.var() == null ? b : a, Nfa.word(literal.text("")));
    } else {
      links.add(new Link(a, b));
    }
  }

  /** The segment renders a text of {@code language}. */
  void within(Seg segment, Nfa language) {
    if (segment.var() == null) {
      impossible |= !Languages.contains(language, segment.text(""));
    } else {
      domains.merge(segment.var(), segment.valuesWithin(language), Languages::intersect);
    }
  }

  /** Returns a rendered value for every registered {@link Var}, or empty when there is none. */
  Optional<Map<Var, String>> solve() {
    if (impossible) {
      return Optional.empty();
    }
    Map<Var, String> values = new LinkedHashMap<>();
    for (Var var : domains.keySet()) {
      if (!values.containsKey(var) && !solveComponent(var, values)) {
        return Optional.empty();
      }
    }
    return Optional.of(values);
  }

  /** Solves the connected part of {@code root}; false if it has no solution. */
  private boolean solveComponent(Var root, Map<Var, String> values) {
    Map<Var, Link> treeLink = new LinkedHashMap<>(); // a value's link to its parent
    List<Var> order = new ArrayList<>(List.of(root));
    Set<Link> closing = new LinkedHashSet<>(); // links outside the spanning tree
    ArrayDeque<Var> queue = new ArrayDeque<>(List.of(root));
    Set<Link> seen = new LinkedHashSet<>();
    while (!queue.isEmpty()) {
      Var var = queue.poll();
      for (Link link : links) {
        if ((link.a().var() != var && link.b().var() != var) || !seen.add(link)) {
          continue;
        }
        Var other = link.other(var);
        if (order.contains(other)) {
          closing.add(link);
        } else {
          treeLink.put(other, link);
          order.add(other);
          queue.add(other);
        }
      }
    }
    // Narrow each value by its subtree, leaves first.
    Map<Var, Nfa> narrowed = new HashMap<>();
    for (int i = order.size() - 1; i >= 0; i--) {
      Var var = order.get(i);
      Nfa domain = domains.get(var);
      for (Map.Entry<Var, Link> child : treeLink.entrySet()) {
        if (child.getValue().other(child.getKey()) == var) {
          Seg childSeg = child.getValue().at(child.getKey());
          Nfa childTexts = Languages.concat(childSeg.prefix(), narrowed.get(child.getKey()), childSeg.suffix());
          domain = Languages.intersect(domain, child.getValue().at(var).valuesWithin(childTexts));
        }
      }
      narrowed.put(var, domain);
    }
    for (String candidate : candidates(narrowed.get(root), closing)) {
      Map<Var, String> assigned = new LinkedHashMap<>(Map.of(root, candidate));
      for (Var var : order.subList(1, order.size())) {
        Link link = treeLink.get(var);
        Var parent = link.other(var);
        assigned.put(var, link.at(var).valueIn(link.at(parent).text(assigned.get(parent))));
      }
      if (closing.stream().allMatch(l -> l.a().text(assigned.get(l.a().var())).equals(l.b().text(assigned.get(l.b().var()))))) {
        values.putAll(assigned);
        return true;
      }
    }
    return false;
  }

  /**
   * Values to try for a root: a non-empty one if there is one (a better example), then the
   * shortest; with a cycle, more of them.
   */
  private List<String> candidates(Nfa domain, Set<Link> closing) {
    Set<String> candidates = new LinkedHashSet<>();
    Languages.example(Languages.intersect(domain, NOT_EMPTY)).ifPresent(candidates::add);
    Languages.example(domain).ifPresent(candidates::add);
    if (!candidates.isEmpty() && !closing.isEmpty()) {
      StringBuilder hints = new StringBuilder();
      for (Link link : links) {
        hints.append(link.a().text("")).append(link.b().text(""));
      }
      candidates.addAll(Languages.examples(domain, CYCLE_CANDIDATES, hints.toString()));
    }
    return List.copyOf(candidates);
  }
}
