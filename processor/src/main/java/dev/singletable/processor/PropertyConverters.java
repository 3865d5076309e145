package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The converter fields of a generated class that maps properties (an entity's {@code Mapper}, a
 * document's {@code XDocument}), as {@link AttributeCodec} decides: cheap converters (enums,
 * singletable's and the user's own) in fields of the class, the SDK default provider's in a nested
 * holder class initialized on first use, and none at all for values written and read directly,
 * whose converters only the by-attribute map (the enhanced client's {@code converterForAttribute},
 * document paths) holds. Field names are {@code <CONSTANT>_CONVERTER}.
 */
final class PropertyConverters {

  private static final String SDK = "software.amazon.awssdk.enhanced.dynamodb";
  static final ClassName CONVERTER = ClassName.get(SDK, "AttributeConverter");
  private static final ClassName ENUM_CONVERTER = ClassName.get(SDK, "EnumAttributeConverter");
  static final ClassName DEFAULT_CONVERTERS = ClassName.get("dev.singletable.internal", "DefaultConverters");

  private final List<PropertyModel> properties;
  private final String holder;
  private final Map<String, String> fields = new LinkedHashMap<>();

  /**
   * @param fields the field name of each property's converter, by property name
   * @param holder the simple name of the nested class holding the default provider's converters
   */
  PropertyConverters(List<PropertyModel> properties, Map<String, String> fields, String holder) {
    this.properties = properties;
    this.holder = holder;
    this.fields.putAll(fields);
  }

  /** Adds the fields of the converters the class holds eagerly. */
  void addEagerFields(TypeSpec.Builder type) {
    for (PropertyModel property : properties) {
      AttributeCodec codec = AttributeCodec.of(property);
      if (codec.eagerConverter()) {
        type.addField(field(property, creation(property), Modifier.PRIVATE));
      }
    }
  }

  /** Adds the fields of the default provider's converters that values need, to the holder class. */
  void addHolderFields(TypeSpec.Builder holderType) {
    for (PropertyModel property : properties) {
      if (AttributeCodec.of(property) == AttributeCodec.DEFAULT_CONVERTER) {
        holderType.addField(field(property, creation(property)));
      }
    }
  }

  /** Returns {@code Map.entry("attribute", converter)} of every property, for a by-attribute map in the holder. */
  List<CodeBlock> entries() {
    List<CodeBlock> entries = new ArrayList<>();
    for (PropertyModel property : properties) {
      AttributeCodec codec = AttributeCodec.of(property);
      CodeBlock converter = codec.eagerConverter() || codec == AttributeCodec.DEFAULT_CONVERTER
          ? CodeBlock.of("$N", fields.get(property.name())) : creation(property);
      entries.add(CodeBlock.of("$T.entry($S, $L)", Map.class, property.attributeName(), converter));
    }
    return entries;
  }

  /** Returns the expression of a property's converter: a field of the class, or of its holder. */
  CodeBlock reference(PropertyModel property) {
    String field = fields.get(property.name());
    return AttributeCodec.of(property).eagerConverter() ? CodeBlock.of("$N", field) : CodeBlock.of("$N.$N", holder, field);
  }

  /** The expression creating a property's converter: its own, an enum's, or the default provider's. */
  private static CodeBlock creation(PropertyModel property) {
    if (property.converter() != null) {
      return property.converter();
    }
    return AttributeCodec.of(property) == AttributeCodec.ENUM
        ? CodeBlock.of("$T.create($T.class)", ENUM_CONVERTER, property.type())
        : CodeBlock.of("$T.of($L)", DEFAULT_CONVERTERS, property.attributeType());
  }

  private FieldSpec field(PropertyModel property, CodeBlock initializer, Modifier... modifiers) {
    return FieldSpec.builder(ParameterizedTypeName.get(CONVERTER, property.boxedType()), fields.get(property.name()))
        .addModifiers(modifiers).addModifiers(Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer).build();
  }
}
