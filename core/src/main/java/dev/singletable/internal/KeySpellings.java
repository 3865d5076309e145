package dev.singletable.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spellings of one enum type's constants in keys, for format {@code spelled}
 * ({@link KeyFormat#SPELLED}): one non-empty, distinct string per constant, as the
 * {@code @KeySpelling} annotations on the constants give them. Generated key builders hold one per
 * enum property that a template spells: {@code KeySpellings.of(OrderStatus.values(), "pending",
 * "shipped")}. <b>Not API.</b>
 *
 * <p>Immutable and thread-safe.
 */
public final class KeySpellings {

  private final Class<?> enumType;
  private final List<String> spellings;
  private final Map<String, Enum<?>> constants = new HashMap<>();

  private KeySpellings(Class<?> enumType, List<String> spellings, Enum<?>[] constants) {
    this.enumType = enumType;
    this.spellings = spellings;
    for (Enum<?> constant : constants) {
      this.constants.put(spellings.get(constant.ordinal()), constant);
    }
  }

  /**
   * Returns the spellings of an enum's constants.
   *
   * @param constants every constant of the enum, in declaration order ({@code values()})
   * @param spellings the spelling of each constant, in the same order
   * @throws IllegalArgumentException if the counts differ (the enum changed since the key
   *     builders were generated) or a spelling is empty or used twice
   */
  public static KeySpellings of(Enum<?>[] constants, String... spellings) {
    if (constants.length == 0 || constants.length != spellings.length) {
      throw new IllegalArgumentException("Enum " + (constants.length == 0 ? "without constants" : constants[0]
          .getDeclaringClass().getName() + " has " + constants.length + " constants") + " but " + spellings.length
          + " key spellings were generated for it; compile its entities again");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < spellings.length; i++) {
      if (spellings[i].isEmpty() || !seen.add(spellings[i])) {
        throw new IllegalArgumentException("Key spelling \"" + spellings[i] + "\" of " + constants[i] + " is "
            + (spellings[i].isEmpty() ? "empty" : "used twice") + "; each constant needs its own");
      }
    }
    return new KeySpellings(constants[0].getDeclaringClass(), List.of(spellings), constants);
  }

  /**
   * Returns the spelling of a constant.
   *
   * @throws IllegalArgumentException if it is not a constant of this enum
   */
  public String spell(Enum<?> constant) {
    if (constant.getDeclaringClass() != enumType) {
      throw new IllegalArgumentException(constant + " is not a constant of " + enumType.getName());
    }
    return spellings.get(constant.ordinal());
  }

  /**
   * Returns the constant spelled {@code text}.
   *
   * @throws IllegalArgumentException if no constant is spelled so
   */
  public Enum<?> parse(String text) {
    Enum<?> constant = constants.get(text);
    if (constant == null) {
      throw new IllegalArgumentException("\"" + text + "\" is no key spelling of " + enumType.getName()
          + ": its spellings are " + spellings);
    }
    return constant;
  }

  /**
   * Checks that no spelling contains the delimiter, U+10FFFF or a lone surrogate, so that keys
   * split back into their values.
   *
   * @throws IllegalArgumentException naming the first such spelling
   */
  void check(KeyEncoding encoding) {
    for (String spelling : spellings) { // a loop: this runs in generated key classes' class init
      encoding.raw(spelling);
    }
  }
}
