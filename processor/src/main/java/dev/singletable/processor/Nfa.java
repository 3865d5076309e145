package dev.singletable.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A nondeterministic finite automaton without empty moves, explored lazily: the language of
 * rendered key values and segments that {@link KeyConstraints} intersects. States are any
 * objects with value equality. Implementations are immutable.
 */
interface Nfa {

  /** One move: on any char of {@code chars}, go to {@code target}. */
  record Edge(CharClass chars, Object target) {}

  List<Object> starts();

  boolean accepts(Object state);

  List<Edge> edges(Object state);

  /** The language of one word. */
  static Nfa word(String word) {
    return Dfa.builder().word(word).build();
  }

  /** An automaton with int states, built up front: the fixed forms of {@link ValueLanguages}. */
  final class Dfa implements Nfa {
    private final List<List<Edge>> edges;
    private final boolean[] accepting;

    private Dfa(List<List<Edge>> edges, boolean[] accepting) {
      this.edges = edges;
      this.accepting = accepting;
    }

    static Builder builder() {
      return new Builder();
    }

    @Override
    public List<Object> starts() {
      return List.of(0);
    }

    @Override
    public boolean accepts(Object state) {
      return accepting[(Integer) state];
    }

    @Override
    public List<Edge> edges(Object state) {
      return edges.get((Integer) state);
    }

    /**
     * Builds a {@link Dfa} from state 0; {@link #last()} is the state the last step ended in, and
     * steps continue from it.
     */
    static final class Builder {
      private final List<List<Edge>> edges = new ArrayList<>();
      private final List<Boolean> accepting = new ArrayList<>();
      private final Map<Object, Integer> named = new HashMap<>();
      private int last;

      private Builder() {
        last = state();
      }

      int state() {
        edges.add(new ArrayList<>());
        accepting.add(false);
        return edges.size() - 1;
      }

      /** Returns the state with this key, created on first use. */
      int state(Object key) {
        return named.computeIfAbsent(key, k -> state());
      }

      int last() {
        return last;
      }

      Builder at(int state) {
        last = state;
        return this;
      }

      /** An edge on {@code chars}; none if {@code chars} is empty (a range such as {@code '0'..'/'}). */
      Builder edge(int from, CharClass chars, int to) {
        if (!chars.isEmpty()) {
          edges.get(from).add(new Edge(chars, to));
        }
        return this;
      }

      /** From the last state, one char of {@code chars} to a new state. */
      Builder then(CharClass chars) {
        int next = state();
        edge(last, chars, next);
        last = next;
        return this;
      }

      Builder word(String word) {
        for (char c : word.toCharArray()) {
          then(CharClass.of(c));
        }
        return this;
      }

      Builder digits(int count) {
        for (int i = 0; i < count; i++) {
          then(CharClass.DIGITS);
        }
        return this;
      }

      Builder accept(int state) {
        accepting.set(state, true);
        return this;
      }

      /** Accepts the last state and builds. */
      Dfa build() {
        return accept(last).finish();
      }

      /** Builds with the accepting states marked so far. */
      Dfa finish() {
        boolean[] accepts = new boolean[accepting.size()];
        for (int i = 0; i < accepts.length; i++) {
          accepts[i] = accepting.get(i);
        }
        return new Dfa(List.copyOf(edges.stream().map(List::copyOf).toList()), accepts);
      }
    }
  }
}
