package dev.singletable.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.singletable.internal.KeyValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads the properties of an entity or a nested document into {@link PropertyModel}s: which are
 * stored and under which attribute name ({@code @AttributeName}), which are left out
 * ({@code @Transient}), which are declared nullable, and how each type is stored (a
 * {@code @Convert} converter, the default converters, or a nested document). Reports every
 * mistake on the property at fault.
 */
final class PropertyReader {

  /**
   * The properties of one type.
   *
   * @param stored the stored properties without errors, by name, in declaration order
   * @param declared every property without errors in declaration order, ignored ones included
   * @param nullable the annotation name ({@code Nullable}) of each property declared nullable
   * @param reported the properties reported as wrong
   * @param ignored the {@code @Transient} properties
   * @param onIndexKeys the properties stored under an index key attribute, by name: accepted here,
   *     checked against the entity's keys by {@link IndexKeyProperties} once they are read
   */
  record Properties(Map<String, PropertyModel> stored, List<PropertyModel> declared, Map<String, String> nullable,
      Set<String> reported, Set<String> ignored, Map<String, IndexKeyProperties.Candidate> onIndexKeys) {}

  private final Mirrors mirrors;
  private final Reporter reporter;
  private final Types types;
  private final PropertyScanner scanner;
  private final AttributeTypes attributeTypes;
  private final ConverterReader converters;

  PropertyReader(Mirrors mirrors, Reporter reporter, Types types, DocumentReader documents) {
    this.mirrors = mirrors;
    this.reporter = reporter;
    this.types = types;
    this.scanner = new PropertyScanner(types);
    this.attributeTypes = new AttributeTypes(types, reporter, documents);
    this.converters = new ConverterReader(mirrors, reporter, types);
  }

  /**
   * Reads the properties of {@code owner}, an entity of {@code table}, or a document when
   * {@code table} is {@code null} (a document's map has no attributes of the table's own).
   *
   * @param managed the entity's {@code @Version}, {@code @Ttl}, {@code @CreatedAt} and
   *     {@code @UpdatedAt} properties, by name ({@link ManagedProperties}): an {@code Instant} TTL
   *     is stored as epoch seconds, and none of them may be {@code @Transient}
   */
  Properties read(TypeElement owner, TableModel table, Map<String, ManagedProperties.Found> managed) {
    Set<String> reported = checkAccessors(owner);
    Map<String, PropertyModel> stored = new LinkedHashMap<>();
    List<PropertyModel> declared = new ArrayList<>();
    Map<String, String> nullable = new LinkedHashMap<>();
    Set<String> ignored = new HashSet<>();
    Map<String, String> propertyOfAttribute = new HashMap<>();
    Map<String, IndexKeyProperties.Candidate> onIndexKeys = new LinkedHashMap<>();
    for (PropertyScanner.Found found : scanner.scan(owner)) {
      Optional<Mirrors.Annotated> ignore = Mirrors.findOnAny(found.declarations(), Mirrors.TRANSIENT);
      Optional<Mirrors.Annotated> rename = Mirrors.findOnAny(found.declarations(), Mirrors.ATTRIBUTE_NAME);
      Optional<Mirrors.Annotated> convert = Mirrors.findOnAny(found.declarations(), Mirrors.CONVERT);
      if (ignore.isPresent()) {
        Optional<Mirrors.Annotated> stray = rename.isPresent() ? rename : convert.isPresent() ? convert
            : Optional.ofNullable(managed.get(found.name())).map(m -> new Mirrors.Annotated(m.element(), m.annotation()));
        if (stray.isPresent()) {
          reporter.error(Diagnostic.TRANSIENT_AND_STORED, stray.get().element(), stray.get().annotation(), null,
              found.name(), owner.getSimpleName(), stray.get().annotation().getAnnotationType().asElement().getSimpleName());
          reported.add(found.name());
          continue;
        }
        ignored.add(found.name());
        declared.add(PropertyModel.ignored(found.name(), TypeName.get(found.type()), found.getter(), found.setter()));
        continue;
      }
      if (!checkNullable(found, owner, nullable) || reported.contains(found.name())) {
        reported.add(found.name());
        continue;
      }
      String attribute = attributeName(found, rename, owner, table, propertyOfAttribute);
      AttributeTypes.AttributeType type = attribute == null ? null : attributeType(found, convert, owner,
          managed.get(found.name()));
      if (type == null) {
        reported.add(found.name());
        continue;
      }
      PropertyModel property = new PropertyModel(found.name(), TypeName.get(found.type()), found.getter(),
          found.setter(), type.type(), type.converter(), keyValueType(found), enumConstants(found.type()), attribute,
          type.shape(), false);
      stored.put(found.name(), property);
      declared.add(property);
      if (table != null && table.indexKeyAttributes().contains(attribute)) {
        onIndexKeys.put(found.name(), new IndexKeyProperties.Candidate(property, found.element(),
            rename.map(Mirrors.Annotated::annotation).orElse(null), IndexKeyProperties.overridesToString(found.type(), types)));
      }
    }
    return new Properties(stored, List.copyOf(declared), nullable, reported, ignored, onIndexKeys);
  }

  /**
   * The attribute that stores the property, or {@code null} after reporting an empty name, a name
   * of the table's own attributes, or one another property has. An index key attribute is
   * accepted here; {@link IndexKeyProperties} checks its key template later.
   */
  private String attributeName(PropertyScanner.Found found, Optional<Mirrors.Annotated> rename, TypeElement owner,
      TableModel table, Map<String, String> propertyOfAttribute) {
    String attribute = rename.map(r -> mirrors.string(r.annotation(), "value")).orElse(found.name());
    if (attribute.isEmpty()) {
      Mirrors.Annotated at = rename.orElseThrow();
      reporter.error(Diagnostic.INVALID_ATTRIBUTE_NAME, at.element(), at.annotation(), null, found.name(),
          owner.getSimpleName());
      return null;
    }
    if (table != null && table.reservedAttributes().contains(attribute) && !table.indexKeyAttributes().contains(attribute)) {
      String role = attribute.equals(table.typeAttribute()) ? "type" : "key";
      if (rename.isPresent()) {
        reporter.error(Diagnostic.ATTRIBUTE_NAME_RESERVED, rename.get().element(), rename.get().annotation(), null,
            found.name(), owner.getSimpleName(), attribute, role);
      } else {
        reporter.error(Diagnostic.PROPERTY_CLASHES_WITH_ATTRIBUTE, found.element(), found.name(), owner.getSimpleName(), role);
      }
      return null;
    }
    String other = propertyOfAttribute.putIfAbsent(attribute, found.name());
    if (other != null) {
      reporter.error(Diagnostic.DUPLICATE_ATTRIBUTE_NAME, rename.map(Mirrors.Annotated::element).orElse(found.element()),
          rename.map(Mirrors.Annotated::annotation).orElse(null), null, other, found.name(), owner.getSimpleName(),
          attribute);
      return null;
    }
    return attribute;
  }

  private AttributeTypes.AttributeType attributeType(PropertyScanner.Found found, Optional<Mirrors.Annotated> convert,
      TypeElement owner, ManagedProperties.Found managed) {
    if (convert.isEmpty()) {
      return managed != null && managed.kind() == ManagedProperties.Kind.TTL ? attributeTypes.ttl(found, owner)
          : attributeTypes.of(found, owner);
    }
    CodeBlock converter = converters.read(found, convert.get(), owner);
    if (converter == null) {
      return null;
    }
    // The user's converter stores the value as it likes: a plain handle, without ADD or collection operations.
    TypeName boxed = TypeName.get(found.type()).box();
    return new AttributeTypes.AttributeType(AttributeTypes.enhancedTypeOf(TypeName.get(types.erasure(found.type())).box()),
        converter, new ValueShape.Scalar(boxed, false));
  }

  /**
   * A {@code @Nullable} primitive is a contradiction, reported; records the nullable ones.
   * Returns whether the property passed.
   */
  private boolean checkNullable(PropertyScanner.Found found, TypeElement owner, Map<String, String> nullable) {
    Optional<Nullability.Found> declaredNullable = Nullability.find(found);
    if (declaredNullable.isPresent() && found.type().getKind().isPrimitive()) {
      Nullability.Found at = declaredNullable.get();
      reporter.error(Diagnostic.NULLABLE_PRIMITIVE, at.element(), at.annotation(), null, found.name(),
          owner.getSimpleName(), at.name(), found.type(), found.type().getKind() == TypeKind.BOOLEAN ? "false" : "0",
          types.boxedClass((PrimitiveType) found.type()).getSimpleName(), at.name());
      return false;
    }
    declaredNullable.ifPresent(at -> nullable.put(found.name(), at.name()));
    return true;
  }

  /**
   * A bean getter and setter that differ by boxing make no property: report it on the setter.
   * Returns the names of those properties.
   */
  private Set<String> checkAccessors(TypeElement owner) {
    Set<String> reported = new HashSet<>();
    for (PropertyScanner.Mismatch mismatch : scanner.mismatches(owner)) {
      reported.add(mismatch.name());
      TypeMirror getterType = mismatch.getter().getReturnType();
      TypeMirror setterType = mismatch.setter().getParameters().get(0).asType();
      TypeMirror primitive = getterType.getKind().isPrimitive() ? getterType : setterType;
      TypeMirror boxed = getterType.getKind().isPrimitive() ? setterType : getterType;
      reporter.error(Diagnostic.ACCESSOR_TYPE_MISMATCH, mismatch.setter(), mismatch.setter().getSimpleName(),
          setterType, owner.getSimpleName(), mismatch.getter().getSimpleName(), getterType, mismatch.name(),
          primitive, boxed);
    }
    return reported;
  }

  private KeyValueType keyValueType(PropertyScanner.Found found) {
    boolean isEnum = found.type().getKind() == TypeKind.DECLARED
        && types.asElement(found.type()).getKind() == ElementKind.ENUM;
    String name = found.type().getKind() == TypeKind.DECLARED
        ? ((TypeElement) types.asElement(found.type())).getQualifiedName().toString()
        : found.type().toString();
    return KeyValueType.forTypeName(name, isEnum).orElse(null);
  }

  private List<String> enumConstants(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED || types.asElement(type).getKind() != ElementKind.ENUM) {
      return List.of();
    }
    return types.asElement(type).getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
        .map(e -> e.getSimpleName().toString())
        .toList();
  }
}
