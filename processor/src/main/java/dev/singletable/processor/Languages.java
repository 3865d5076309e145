package dev.singletable.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Operations on {@link Nfa}s, each lazy: concatenation with literal text, intersection, quotients
 * by a word, and finding members. Enough to decide whether two key templates can render the same
 * text and to produce an example when they can.
 */
final class Languages {

  private Languages() {}

  /** {@code prefix · inner · suffix}. */
  static Nfa concat(String prefix, Nfa inner, String suffix) {
    if (prefix.isEmpty() && suffix.isEmpty()) {
      return inner;
    }
    return new Nfa() {
      record Pre(int read) {}
      record In(Object state) {}
      record Suf(int read) {}

      @Override
      public List<Object> starts() {
        return prefix.isEmpty() ? wrap(inner.starts()) : List.of(new Pre(0));
      }

      @Override
      public boolean accepts(Object state) {
        return state instanceof In in ? suffix.isEmpty() && inner.accepts(in.state())
            : state instanceof Suf suf && suf.read() == suffix.length();
      }

      @Override
      public List<Edge> edges(Object state) {
        List<Edge> edges = new ArrayList<>();
        if (state instanceof Pre pre) {
          CharClass c = CharClass.of(prefix.charAt(pre.read()));
          List<Object> next = pre.read() + 1 < prefix.length() ? List.of(new Pre(pre.read() + 1)) : wrap(inner.starts());
          next.forEach(target -> edges.add(new Edge(c, target)));
        } else if (state instanceof In in) {
          inner.edges(in.state()).forEach(e -> edges.add(new Edge(e.chars(), new In(e.target()))));
          if (!suffix.isEmpty() && inner.accepts(in.state())) {
            edges.add(new Edge(CharClass.of(suffix.charAt(0)), new Suf(1)));
          }
        } else if (((Suf) state).read() < suffix.length()) {
          int read = ((Suf) state).read();
          edges.add(new Edge(CharClass.of(suffix.charAt(read)), new Suf(read + 1)));
        }
        return edges;
      }

      private List<Object> wrap(List<Object> states) {
        return states.stream().<Object>map(In::new).toList();
      }
    };
  }

  /** The words of both languages. */
  static Nfa intersect(Nfa a, Nfa b) {
    return new Nfa() {
      record Pair(Object a, Object b) {}

      @Override
      public List<Object> starts() {
        List<Object> starts = new ArrayList<>();
        a.starts().forEach(x -> b.starts().forEach(y -> starts.add(new Pair(x, y))));
        return starts;
      }

      @Override
      public boolean accepts(Object state) {
        Pair pair = (Pair) state;
        return a.accepts(pair.a()) && b.accepts(pair.b());
      }

      @Override
      public List<Edge> edges(Object state) {
        Pair pair = (Pair) state;
        List<Edge> edges = new ArrayList<>();
        for (Edge x : a.edges(pair.a())) {
          for (Edge y : b.edges(pair.b())) {
            CharClass both = x.chars().intersect(y.chars());
            if (!both.isEmpty()) {
              edges.add(new Edge(both, new Pair(x.target(), y.target())));
            }
          }
        }
        return edges;
      }
    };
  }

  /** The words {@code w} such that {@code word · w} is in {@code language}. */
  static Nfa afterPrefix(Nfa language, String word) {
    List<Object> starts = List.copyOf(run(language, language.starts(), word));
    return new Delegate(language) {
      @Override
      public List<Object> starts() {
        return starts;
      }
    };
  }

  /** The words {@code w} such that {@code w · word} is in {@code language}. */
  static Nfa beforeSuffix(Nfa language, String word) {
    return new Delegate(language) {
      @Override
      public boolean accepts(Object state) {
        return run(language, List.of(state), word).stream().anyMatch(language::accepts);
      }
    };
  }

  /** {@code language} followed by anything: the words that start with a word of it. */
  static Nfa thenAnything(Nfa language) {
    return new Nfa() {
      record In(Object state) {}
      record Done() {}

      @Override
      public List<Object> starts() {
        return language.starts().stream().<Object>map(In::new).toList();
      }

      @Override
      public boolean accepts(Object state) {
        return state instanceof Done || language.accepts(((In) state).state());
      }

      @Override
      public List<Edge> edges(Object state) {
        if (state instanceof Done) {
          return List.of(new Edge(CharClass.ALL, state));
        }
        Object inner = ((In) state).state();
        List<Edge> edges = new ArrayList<>();
        language.edges(inner).forEach(e -> edges.add(new Edge(e.chars(), new In(e.target()))));
        if (language.accepts(inner)) {
          edges.add(new Edge(CharClass.ALL, new Done()));
        }
        return edges;
      }
    };
  }

  static boolean contains(Nfa language, String word) {
    return run(language, language.starts(), word).stream().anyMatch(language::accepts);
  }

  /** Returns a shortest member, made of readable characters where the language allows. */
  static Optional<String> example(Nfa language) {
    Map<Object, Object> parent = new HashMap<>();
    Map<Object, Character> via = new HashMap<>();
    ArrayDeque<Object> queue = new ArrayDeque<>();
    for (Object start : language.starts()) {
      if (parent.putIfAbsent(start, start) == null) {
        queue.add(start);
      }
    }
    while (!queue.isEmpty()) {
      Object state = queue.poll();
      if (language.accepts(state)) {
        StringBuilder word = new StringBuilder();
        for (Object s = state; parent.get(s) != s; s = parent.get(s)) {
          word.append(via.get(s));
        }
        return Optional.of(word.reverse().toString());
      }
      for (Nfa.Edge edge : language.edges(state)) {
        if (parent.putIfAbsent(edge.target(), state) == null) {
          via.put(edge.target(), edge.chars().sample());
          queue.add(edge.target());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns up to {@code limit} members, shortest first, built from each edge's readable sample
   * and from the {@code hints} it contains; a bounded search, not every member.
   */
  static List<String> examples(Nfa language, int limit, String hints) {
    record Node(Set<Object> states, String word) {}
    List<String> found = new ArrayList<>();
    ArrayDeque<Node> queue = new ArrayDeque<>(List.of(new Node(new LinkedHashSet<>(language.starts()), "")));
    for (int expanded = 0; !queue.isEmpty() && found.size() < limit && expanded < 50 * limit; expanded++) {
      Node node = queue.poll();
      if (node.states().stream().anyMatch(language::accepts)) {
        found.add(node.word());
      }
      Set<Character> next = new LinkedHashSet<>();
      for (Object state : node.states()) {
        for (Nfa.Edge edge : language.edges(state)) {
          next.add(edge.chars().sample());
          hints.chars().filter(h -> edge.chars().contains((char) h)).forEach(h -> next.add((char) h));
        }
      }
      for (char c : next) {
        queue.add(new Node(run(language, node.states(), String.valueOf(c)), node.word() + c));
      }
    }
    return found;
  }

  private static Set<Object> run(Nfa language, Collection<Object> from, String word) {
    Set<Object> states = new LinkedHashSet<>(from);
    for (char c : word.toCharArray()) {
      Set<Object> next = new LinkedHashSet<>();
      for (Object state : states) {
        for (Nfa.Edge edge : language.edges(state)) {
          if (edge.chars().contains(c)) {
            next.add(edge.target());
          }
        }
      }
      states = next;
    }
    return states;
  }

  /** Forwards everything to another automaton; subclasses change starts or acceptance. */
  private abstract static class Delegate implements Nfa {
    private final Nfa inner;

    Delegate(Nfa inner) {
      this.inner = inner;
    }

    @Override
    public List<Object> starts() {
      return inner.starts();
    }

    @Override
    public boolean accepts(Object state) {
      return inner.accepts(state);
    }

    @Override
    public List<Edge> edges(Object state) {
      return inner.edges(state);
    }
  }
}
