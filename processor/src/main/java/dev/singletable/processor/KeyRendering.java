package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.singletable.internal.KeyTemplate;
import dev.singletable.internal.KeyValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the expression that renders a key template (or a prefix of it): literal text and one
 * typed rendering per placeholder, joined into one string, as a careful person would write by hand.
 */
final class KeyRendering {

  static final ClassName KEY_TEXT = ClassName.get("dev.singletable.internal", "KeyText");
  static final ClassName KEY_FORMAT_TEXT = ClassName.get("dev.singletable.internal", "KeyFormatText");
  static final String ENCODING_FIELD = "ENCODING";

  /** Literal text or one placeholder value, in rendering order. */
  private record Piece(String literal, String parameter, ValueFormat format) {}

  private KeyRendering() {}

  /**
   * Returns the String expression rendering {@code part} up to the start of its placeholder number
   * {@code count} (all of it when {@code count} is the placeholder count), optionally followed by
   * a coarser value {@code coarse} of that placeholder: literals and rendered values joined into one
   * exact-size string, two with {@code String.concat} ({@code "USER#".concat(ENCODING.encode(userId))}),
   * more with {@code KeyText.concat}
   * ({@code KeyText.concat("ORDER#", KeyText.localDate(date), "#", ENCODING.encode(orderId))}).
   * Not {@code +}: javac compiles it to an invokedynamic whose first call spins method handle
   * classes for each shape, about 5 ms of a fresh JVM's first key (a stream handler checking its
   * first record), for no gain once warm (KeyBenchmark). {@code field} refers to one of the
   * class's static fields: the {@code KeyEncoding} ({@link #ENCODING_FIELD}) and the spellings of
   * enums ({@link #spellingsField}).
   */
  static CodeBlock render(KeyPartModel part, int count, KeyValueType coarse, Function<String, CodeBlock> field) {
    List<CodeBlock> terms = new ArrayList<>();
    for (Piece piece : pieces(part, count, coarse)) {
      terms.add(piece.literal() == null ? value(piece, field) : CodeBlock.of("$S", piece.literal()));
    }
    return switch (terms.size()) {
      case 0 -> CodeBlock.of("$S", "");
      case 1 -> terms.get(0);
      case 2 -> CodeBlock.of("$L.concat($L)", terms.get(0), terms.get(1));
      default -> CodeBlock.of("$T.concat($L)", KEY_TEXT, CodeBlock.join(terms, ", "));
    };
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
            pieces.add(new Piece(null, property.name(), ValueFormat.standard(coarse)));
          }
          return pieces;
        }
        flush(pieces, literal);
        pieces.add(new Piece(null, property.name(), part.formats().get(seen)));
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

  /** The static field holding the spellings of an enum property: {@code STATUS_SPELLINGS}. */
  static String spellingsField(String property) {
    return Names.constantCase(property) + "_SPELLINGS";
  }

  private static CodeBlock value(Piece piece, Function<String, CodeBlock> field) {
    String value = piece.parameter();
    ValueFormat format = piece.format();
    CodeBlock encoding = field.apply(ENCODING_FIELD);
    if (!format.isStandard()) {
      String width = format.hasWidth() ? ", " + format.width() : "";
      return switch (format.format()) {
        case ISO_MILLIS -> CodeBlock.of("$T.isoMillis($N)", KEY_FORMAT_TEXT, value);
        case EPOCH_SECONDS -> CodeBlock.of("$T.epochSeconds($N$L)", KEY_FORMAT_TEXT, value, width);
        case EPOCH_MILLIS -> CodeBlock.of("$T.epochMillis($N$L)", KEY_FORMAT_TEXT, value, width);
        case UNPADDED -> CodeBlock.of("$T.unpadded($N)", KEY_FORMAT_TEXT, value);
        case PADDED -> CodeBlock.of("$T.padded($N$L)", KEY_FORMAT_TEXT, value, width);
        case LOWER -> CodeBlock.of("$T.lowerCase($N)", KEY_FORMAT_TEXT, value);
        case SPELLED -> CodeBlock.of("$L.spell($N)", field.apply(spellingsField(value)), value);
        case RAW -> CodeBlock.of("$L.raw($N)", encoding, value);
      };
    }
    return switch (format.type()) {
      case STRING -> CodeBlock.of("$L.encode($N)", encoding, value);
      case ENUM -> CodeBlock.of("$L.encode($N.name())", encoding, value);
      case INT -> CodeBlock.of("$T.intValue($N)", KEY_TEXT, value);
      case LONG -> CodeBlock.of("$T.longValue($N)", KEY_TEXT, value);
      case BOOLEAN -> CodeBlock.of("$T.booleanValue($N)", KEY_TEXT, value);
      case YEAR -> CodeBlock.of("$T.year($N)", KEY_TEXT, value);
      case YEAR_MONTH -> CodeBlock.of("$T.yearMonth($N)", KEY_TEXT, value);
      case LOCAL_DATE -> CodeBlock.of("$T.localDate($N)", KEY_TEXT, value);
      case LOCAL_DATE_TIME -> CodeBlock.of("$T.localDateTime($N)", KEY_TEXT, value);
      case INSTANT -> CodeBlock.of("$T.instant($N)", KEY_TEXT, value);
      case UUID -> CodeBlock.of("$T.uuid($N)", KEY_TEXT, value);
    };
  }
}
