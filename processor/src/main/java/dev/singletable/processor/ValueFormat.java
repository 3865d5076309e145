package dev.singletable.processor;

import dev.singletable.internal.KeyEncoding;
import dev.singletable.internal.KeyFormat;
import dev.singletable.internal.KeyTemplate;
import dev.singletable.internal.KeyValueType;
import java.util.List;

/**
 * How a key renders one placeholder: the property's type and the format its template names, or
 * the type's default form when it names none.
 *
 * @param type the placeholder type
 * @param format the format, or {@code null} for the default form
 * @param width the format's width, or {@link KeyTemplate.Format#NO_WIDTH}
 * @param constants an enum's constant names, in declaration order; empty for other types
 * @param words an enum's renderings before escaping, one per constant (names, lower-case names or
 *     spellings); empty for other types
 */
record ValueFormat(KeyValueType type, KeyFormat format, int width, List<String> constants, List<String> words) {

  /** The default form of a property's type. */
  static ValueFormat standard(PropertyModel property) {
    return new ValueFormat(property.keyValueType(), null, KeyTemplate.Format.NO_WIDTH, property.enumConstants(),
        property.enumConstants());
  }

  /** The default form of a type other than an enum: a coarse temporal prefix value. */
  static ValueFormat standard(KeyValueType type) {
    return new ValueFormat(type, null, KeyTemplate.Format.NO_WIDTH, List.of(), List.of());
  }

  boolean isStandard() {
    return format == null;
  }

  boolean hasWidth() {
    return width != KeyTemplate.Format.NO_WIDTH;
  }

  /** Whether a value is escaped ({@code KeyEncoding}): the default forms of strings and enums. */
  boolean isEscaped() {
    return isStandard() && (type == KeyValueType.STRING || type == KeyValueType.ENUM);
  }

  /** The coarser temporal types whose default renderings prefix this one's. */
  List<KeyValueType> coarser() {
    return isStandard() ? type.coarser() : format.coarser(type);
  }

  /** The format as written after {@code :} ({@code padded(6)}), or empty for the default form. */
  String notation() {
    return isStandard() ? "" : format.formatName() + (hasWidth() ? "(" + width + ")" : "");
  }

  /** The rendering of an enum constant, or of a value of another type given as a Java value. */
  String render(Object value, KeyEncoding encoding) {
    if (type == KeyValueType.ENUM) {
      String word = words.get(constants.indexOf((String) value));
      return isStandard() ? encoding.encode(word) : word;
    }
    return isStandard() ? type.render(value, encoding) : format.render(value, type, width, null, encoding);
  }

  /**
   * The value a rendering stands for, for messages: {@code "a#b"} for a string, {@code "PENDING"}
   * for an enum constant, {@code 2026-03-15} for a date.
   */
  String describe(String rendered, KeyEncoding encoding) {
    return switch (type) {
      case STRING -> "\"" + (isStandard() ? encoding.decode(rendered) : rendered) + "\"";
      case ENUM -> "\"" + constants.get(words.indexOf(isStandard() ? encoding.decode(rendered) : rendered)) + "\"";
      default -> String.valueOf(isStandard() ? type.parse(rendered, null, encoding)
          : format.parse(rendered, type, null, width, null, encoding));
    };
  }
}
