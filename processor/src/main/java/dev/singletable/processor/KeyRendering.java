package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.singletable.internal.KeyTemplate;
import dev.singletable.internal.KeyValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the statements that render a key template (or a prefix of it) into a string: literal
 * text and one typed append per placeholder, as a careful person would write by hand.
 */
final class KeyRendering {

  static final ClassName KEY_VALUES = ClassName.get("dev.singletable.internal", "KeyValues");
  static final String ENCODING_FIELD = "ENCODING";

  /** Literal text or one placeholder value, in rendering order. */
  private record Piece(String literal, String parameter, KeyValueType type) {}

  private KeyRendering() {}

  /**
   * Rendering code: {@code statements} to run first, then {@code value}, a String expression (a
   * literal when the rendered text is constant).
   */
  record Rendered(CodeBlock statements, CodeBlock value) {}

  /**
   * Renders {@code part} up to the start of its placeholder number {@code count} (all of it when
   * {@code count} is the placeholder count), optionally followed by a coarser value
   * {@code coarse} of that placeholder.
   *
   * @param variable the StringBuilder's name, distinct from every parameter name
   */
  static Rendered render(KeyPartModel part, int count, KeyValueType coarse, String variable) {
    List<Piece> pieces = pieces(part, count, coarse);
    if (pieces.stream().allMatch(p -> p.literal() != null)) {
      return new Rendered(CodeBlock.of(""), CodeBlock.of("$S", literalText(pieces)));
    }
    int capacity = 0;
    for (Piece piece : pieces) {
      capacity += piece.literal() != null ? piece.literal().length() : width(piece.type());
    }
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("$T $N = new $T($L)", StringBuilder.class, variable, StringBuilder.class, capacity);
    for (Piece piece : pieces) {
      if (piece.literal() != null) {
        code.addStatement(piece.literal().length() == 1 ? "$N.append('$L')" : "$N.append($S)", variable,
            piece.literal().length() == 1 ? escapeChar(piece.literal().charAt(0)) : piece.literal());
      } else {
        code.addStatement(append(piece, variable));
      }
    }
    return new Rendered(code.build(), CodeBlock.of("$N.toString()", variable));
  }

  private static List<Piece> pieces(KeyPartModel part, int count, KeyValueType coarse) {
    KeyTemplate template = part.template();
    List<Piece> pieces = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int seen = 0;
    List<KeyTemplate.Segment> segments = template.segments();
    for (int s = 0; s < segments.size(); s++) {
      KeyTemplate.Segment segment = segments.get(s);
      if (s > 0) {
        literal.append(template.delimiter());
      }
      literal.append(segment.prefix());
      if (segment.hasPlaceholder()) {
        PropertyModel property = part.placeholders().get(seen);
        if (seen == count) {
          flush(pieces, literal);
          if (coarse != null) {
            pieces.add(new Piece(null, property.name(), coarse));
          }
          return pieces;
        }
        flush(pieces, literal);
        pieces.add(new Piece(null, property.name(), property.keyValueType()));
        seen++;
      }
      literal.append(segment.suffix());
    }
    flush(pieces, literal);
    return pieces;
  }

  private static void flush(List<Piece> pieces, StringBuilder literal) {
    if (literal.length() > 0) {
      pieces.add(new Piece(literal.toString(), null, null));
      literal.setLength(0);
    }
  }

  private static String literalText(List<Piece> pieces) {
    StringBuilder text = new StringBuilder();
    pieces.forEach(p -> text.append(p.literal()));
    return text.toString();
  }

  private static CodeBlock append(Piece piece, String variable) {
    String value = piece.parameter();
    return switch (piece.type()) {
      case STRING -> CodeBlock.of("$N.append($N, $N)", ENCODING_FIELD, variable, value);
      case ENUM -> CodeBlock.of("$N.append($N, $N.name())", ENCODING_FIELD, variable, value);
      case INT -> CodeBlock.of("$T.appendInt($N, $N)", KEY_VALUES, variable, value);
      case LONG -> CodeBlock.of("$T.appendLong($N, $N)", KEY_VALUES, variable, value);
      case BOOLEAN -> CodeBlock.of("$T.appendBoolean($N, $N)", KEY_VALUES, variable, value);
      case YEAR -> CodeBlock.of("$T.appendYear($N, $N)", KEY_VALUES, variable, value);
      case YEAR_MONTH -> CodeBlock.of("$T.appendYearMonth($N, $N)", KEY_VALUES, variable, value);
      case LOCAL_DATE -> CodeBlock.of("$T.appendLocalDate($N, $N)", KEY_VALUES, variable, value);
      case LOCAL_DATE_TIME -> CodeBlock.of("$T.appendLocalDateTime($N, $N)", KEY_VALUES, variable, value);
      case INSTANT -> CodeBlock.of("$T.appendInstant($N, $N)", KEY_VALUES, variable, value);
      case UUID -> CodeBlock.of("$T.appendUuid($N, $N)", KEY_VALUES, variable, value);
    };
  }

  /** Typical rendered width of a value, for the StringBuilder's initial capacity. */
  private static int width(KeyValueType type) {
    return switch (type) {
      case STRING, ENUM -> 16;
      case INT -> 11;
      case LONG -> 20;
      case BOOLEAN -> 5;
      case YEAR -> 4;
      case YEAR_MONTH -> 7;
      case LOCAL_DATE -> 10;
      case LOCAL_DATE_TIME -> 29;
      case INSTANT -> 30;
      case UUID -> 36;
    };
  }

  private static String escapeChar(char c) {
    return c == '\'' ? "\\'" : c == '\\' ? "\\\\" : String.valueOf(c);
  }
}
