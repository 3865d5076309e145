package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.singletable.internal.KeyEncoding;
import dev.singletable.internal.KeyFormat;
import dev.singletable.internal.KeyTemplate;
import dev.singletable.internal.KeyValueType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Checks the format a placeholder names ({@code <createdAt:iso-millis>}) against its property:
 * a known format, of the property's type, with a width where it takes one, and for an enum
 * spelled another way, one distinct spelling per constant without the delimiter. Reports every
 * mistake on the template.
 */
final class KeyFormatReader {

  private final TypeElement entity;
  private final Mirrors mirrors;
  private final Reporter reporter;
  private final KeyEncoding encoding;

  KeyFormatReader(TypeElement entity, Mirrors mirrors, Reporter reporter, char delimiter) {
    this.entity = entity;
    this.mirrors = mirrors;
    this.reporter = reporter;
    this.encoding = KeyEncoding.forDelimiter(delimiter);
  }

  /** Returns how the placeholder of {@code segment} renders, or {@code null} after reporting why it cannot. */
  ValueFormat read(KeyTemplate template, KeyTemplate.Segment segment, PropertyModel property, AnnotationMirror key,
      AnnotationValue value) {
    KeyTemplate.Format written = segment.format();
    if (written == null) {
      return ValueFormat.standard(property);
    }
    String name = segment.placeholder();
    KeyValueType type = property.keyValueType();
    KeyFormat format = KeyFormat.named(written.name()).orElse(null);
    if (format == null) {
      List<String> all = Arrays.stream(KeyFormat.values()).map(KeyFormat::formatName).toList();
      reporter.error(Diagnostic.UNKNOWN_FORMAT, entity, key, value, name, template.template(), written.name(),
          Names.didYouMean(written.name(), all), formatsOf(property));
      return null;
    }
    if (!format.types().contains(type)) {
      reporter.error(Diagnostic.FORMAT_TYPE_MISMATCH, entity, key, value, name, template.template(),
          format.formatName(), String.join(" or ", format.types().stream().map(KeyFormatReader::typeName).toList()),
          property.name(), simpleName(property.type()), formatsOf(property));
      return null;
    }
    if (!widthFits(written, format, property, template, key, value)) {
      return null;
    }
    List<String> words = type == KeyValueType.ENUM ? words(format, property, template, key, value) : List.of();
    return words == null ? null
        : new ValueFormat(type, format, written.width(), property.enumConstants(), words);
  }

  private boolean widthFits(KeyTemplate.Format written, KeyFormat format, PropertyModel property,
      KeyTemplate template, AnnotationMirror key, AnnotationValue value) {
    int max = format.maxWidth(property.keyValueType());
    String placeholder = "<" + property.name() + ":" + format.formatName();
    String problem = null;
    if (format.width() == KeyFormat.Width.NONE && written.hasWidth()) {
      problem = "format " + format.formatName() + " takes no width. Write " + placeholder + ">.";
    } else if (format.width() == KeyFormat.Width.REQUIRED && !written.hasWidth()) {
      problem = "format " + format.formatName() + " needs a width, the number of digits of every value. Write "
          + placeholder + "(n)> with n from 1 to " + max + ".";
    } else if (written.hasWidth() && (written.width() < 1 || written.width() > max)) {
      problem = "width " + written.width() + " of format " + format.formatName() + " is not from 1 to " + max
          + ", the digits of the largest " + (format == KeyFormat.PADDED ? typeName(property.keyValueType())
              : format == KeyFormat.EPOCH_SECONDS ? "epoch second" : "epoch millisecond")
          + (format == KeyFormat.PADDED ? "" : " of the year 9999") + ". Write " + placeholder + "(n)> with n from 1 to "
          + max + ".";
    }
    if (problem != null) {
      reporter.error(Diagnostic.FORMAT_WIDTH, entity, key, value, property.name(), template.template(), problem);
    }
    return problem == null;
  }

  /** An enum's renderings, one per constant, or {@code null} after reporting a missing or clashing one. */
  private List<String> words(KeyFormat format, PropertyModel property, KeyTemplate template, AnnotationMirror key,
      AnnotationValue value) {
    List<String> constants = property.enumConstants();
    String enumName = simpleName(property.type());
    List<String> words = new ArrayList<>();
    if (format == KeyFormat.LOWER) {
      constants.forEach(c -> words.add(c.toLowerCase(Locale.ROOT)));
    } else {
      Map<String, String> spellings = spellings(property.type());
      List<String> missing = constants.stream().filter(c -> !spellings.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        reporter.error(Diagnostic.MISSING_SPELLING, entity, key, value, property.name(), template.template(),
            enumName, String.join(", ", missing), missing.size() == 1 ? "has" : "have", enumName,
            missing.get(0).toLowerCase(Locale.ROOT), missing.get(0));
        return null;
      }
      constants.forEach(c -> words.add(spellings.get(c)));
    }
    int errors = reporter.errorCount();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String problem = word.isEmpty() ? "is empty, so keys would hold an empty value"
          : word.indexOf(encoding.delimiter()) >= 0
              ? "contains the delimiter '" + encoding.delimiter() + "', so a key holding it would not split back"
                  + " into its values"
              : storable(word) ? null : "holds a lone surrogate or U+10FFFF, which keys cannot store";
      if (problem != null) {
        reporter.error(Diagnostic.INVALID_SPELLING, entity, key, value, property.name(), template.template(),
            enumName, constants.get(i), word, problem, format == KeyFormat.LOWER
                ? "Use format spelled with a @KeySpelling on each constant instead."
                : "Give it another @KeySpelling.");
      }
      int first = words.indexOf(word);
      if (first < i && words.subList(first + 1, i).stream().noneMatch(word::equals)) {
        List<String> alike = new ArrayList<>();
        for (int j = 0; j < words.size(); j++) {
          if (words.get(j).equals(word)) {
            alike.add(constants.get(j));
          }
        }
        reporter.error(Diagnostic.DUPLICATE_SPELLING, entity, key, value, property.name(), template.template(),
            String.join(", ", alike), enumName, word, format == KeyFormat.LOWER
                ? "Use format spelled with a @KeySpelling on each constant instead."
                : "Give each constant its own @KeySpelling.");
      }
    }
    return reporter.errorCount() == errors ? List.copyOf(words) : null;
  }

  /** The {@code @KeySpelling} of each constant of an enum that has one, by constant name. */
  private Map<String, String> spellings(TypeName enumType) {
    Map<String, String> spellings = new LinkedHashMap<>();
    TypeElement type = mirrors.typeElement(((ClassName) enumType).canonicalName()).orElseThrow();
    for (Element constant : type.getEnclosedElements()) {
      if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
        Mirrors.find(constant, Mirrors.KEY_SPELLING).ifPresent(
            spelling -> spellings.put(constant.getSimpleName().toString(), mirrors.string(spelling, "value")));
      }
    }
    return spellings;
  }

  private boolean storable(String word) {
    try {
      encoding.raw(word);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** "Formats of Instant: iso-millis, epoch-seconds, epoch-millis." or that there are none. */
  private static String formatsOf(PropertyModel property) {
    List<KeyFormat> formats = KeyFormat.forType(property.keyValueType());
    String type = simpleName(property.type());
    return formats.isEmpty()
        ? type + " renders in its default form only: remove the format."
        : "Formats of " + type + ": " + String.join(", ", formats.stream().map(KeyFormat::formatName).toList())
            + (formats.contains(KeyFormat.PADDED) ? " (padded takes a width: padded(6))" : "") + ".";
  }

  /** {@code Instant}, {@code an enum}, {@code int}: a placeholder type for messages. */
  static String typeName(KeyValueType type) {
    return switch (type) {
      case ENUM -> "an enum";
      case INT -> "int";
      case LONG -> "long";
      case BOOLEAN -> "boolean";
      default -> type.typeName().substring(type.typeName().lastIndexOf('.') + 1);
    };
  }

  /** {@code Instant}, {@code OrderStatus}, {@code int}: a type as a message names it. */
  static String simpleName(TypeName type) {
    return type instanceof ClassName name ? String.join(".", name.simpleNames()) : type.toString();
  }
}
