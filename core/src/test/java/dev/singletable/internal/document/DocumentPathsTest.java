package dev.singletable.internal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.internal.DefaultConverters;
import dev.singletable.internal.YearMonthAttributeConverter;
import dev.singletable.internal.expression.AttributePath;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The collection converters of documents, and document paths followed through converters and
 * stored values, with a document converter written as the processor writes them.
 */
class DocumentPathsTest {

  /** A document as the processor would generate its converter. */
  record Point(String label, YearMonth since) {}

  static final class PointDocument extends DocumentConverter<Point> {
    static final PointDocument INSTANCE = new PointDocument();
    private static final AttributeConverter<String> LABEL = DefaultConverters.of(String.class);

    private PointDocument() {
      super(Point.class);
    }

    @Override
    protected Map<String, AttributeValue> write(Point point) {
      Map<String, AttributeValue> map = new HashMap<>();
      if (point.label() != null) {
        map.put("label", LABEL.transformFrom(point.label()));
      }
      if (point.since() != null) {
        map.put("since", YearMonthAttributeConverter.INSTANCE.transformFrom(point.since()));
      }
      return map;
    }

    @Override
    protected Point read(Map<String, AttributeValue> map) {
      return new Point(map.containsKey("label") ? map.get("label").s() : null,
          map.containsKey("since") ? YearMonth.parse(map.get("since").s()) : null);
    }

    @Override
    protected AttributeConverter<?> member(String attributeName) {
      return switch (attributeName) {
        case "label" -> LABEL;
        case "since" -> YearMonthAttributeConverter.INSTANCE;
        default -> null;
      };
    }
  }

  private static final MapConverter<List<Point>> ROUTES = MapConverter.of(ListConverter.of(PointDocument.INSTANCE));

  @Test
  void collectionsOfDocumentsAreListsAndMapsWithNulAsNull() {
    Map<String, List<Point>> routes = new HashMap<>();
    routes.put("north", Arrays.asList(new Point("a", YearMonth.of(2026, 3)), null, new Point(null, null)));
    routes.put("none", null);

    AttributeValue stored = ROUTES.transformFrom(routes);

    assertThat(stored.m().get("north").l()).containsExactly(
        AttributeValue.fromM(Map.of("label", AttributeValue.fromS("a"), "since", AttributeValue.fromS("2026-03"))),
        AttributeValue.fromNul(true), AttributeValue.fromM(Map.of()));
    assertThat(stored.m().get("none")).isEqualTo(AttributeValue.fromNul(true));
    assertThat(ROUTES.transformTo(stored)).isEqualTo(routes);
    assertThat(ROUTES.type()).isEqualTo(EnhancedType.mapOf(EnhancedType.of(String.class),
        EnhancedType.listOf(EnhancedType.of(Point.class))));
  }

  @Test
  void aSetOfDocumentsIsAListInIterationOrder() {
    SetConverter<Point> points = SetConverter.of(PointDocument.INSTANCE);
    Set<Point> set = new LinkedHashSet<>(List.of(new Point("b", null), new Point("a", null)));

    AttributeValue stored = points.transformFrom(set);

    assertThat(stored.l()).extracting(v -> v.m().get("label").s()).containsExactly("b", "a");
    assertThat(points.transformTo(stored)).containsExactly(new Point("b", null), new Point("a", null));
  }

  @Test
  void aValueOfAnotherShapeIsRefusedNamingWhatWasExpected() {
    assertThatThrownBy(() -> PointDocument.INSTANCE.transformTo(AttributeValue.fromS("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A Point is stored as a map (M), not as S");
    assertThatThrownBy(() -> ListConverter.of(PointDocument.INSTANCE).transformTo(AttributeValue.fromN("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A list of Point is stored as a list (L), not as N");
    assertThatThrownBy(() -> ROUTES.transformTo(AttributeValue.fromL(List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A map of List is stored as a map (M), not as L");
  }

  @Test
  void aPathLeadsThroughMapsListsAndDocumentsToTheMembersConverter() {
    AttributePath since = AttributePath.of("routes").member("north").index(0).member("since");

    assertThat(DocumentPaths.converterAt(ROUTES, since)).isSameAs(YearMonthAttributeConverter.INSTANCE);
    assertThat(DocumentPaths.converterAt(ROUTES, since.parent())).isSameAs(PointDocument.INSTANCE);
    assertThatThrownBy(() -> DocumentPaths.converterAt(ROUTES, since.member("year")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Path routes.north[0].since.year has no part year: the value before it is a YearMonth");
  }

  @Test
  void aPathIntoTheSdksOwnCollectionsUsesTheDefaultConverterOfItsElements() {
    AttributeConverter<?> tags = DefaultConverters.of(EnhancedType.listOf(String.class));
    AttributeConverter<?> counts = DefaultConverters.of(EnhancedType.mapOf(String.class, Integer.class));

    assertThat(DocumentPaths.converterAt(tags, AttributePath.of("tags").index(3)).transformFrom("x"))
        .isEqualTo(AttributeValue.fromS("x"));
    assertThat(DocumentPaths.converterAt(counts, AttributePath.of("counts").member("a")).transformFrom(4))
        .isEqualTo(AttributeValue.fromN("4"));
  }

  @Test
  void theValueAtAPathIsNullWhenAnyStepIsMissing() {
    Map<String, AttributeValue> item = Map.of("routes", ROUTES.transformFrom(Map.of("north",
        List.of(new Point("a", YearMonth.of(2026, 3))))));
    AttributePath first = AttributePath.of("routes").member("north").index(0);

    assertThat(DocumentPaths.valueAt(item, first.member("label"))).isEqualTo(AttributeValue.fromS("a"));
    assertThat(DocumentPaths.valueAt(item, AttributePath.of("routes").member("north").index(1))).isNull();
    assertThat(DocumentPaths.valueAt(item, AttributePath.of("routes").member("south").index(0))).isNull();
    assertThat(DocumentPaths.valueAt(item, first.member("label").member("deeper"))).isNull();
    assertThat(DocumentPaths.valueAt(item, AttributePath.of("other"))).isNull();
  }
}
