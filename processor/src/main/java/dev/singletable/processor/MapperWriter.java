package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XSchema.Mapper}: the entity's enhanced-client {@code TableSchema}, implemented
 * directly, one statement per attribute, instead of being assembled at run time from the static
 * builders' lambdas. Values go through {@code AttributeValues} and {@code TextValues}: written and
 * read directly where the SDK's default converter would produce exactly that value, through the
 * converter otherwise, so items and lenient reads stay the SDK's ({@link AttributeCodec}). Each
 * property is stored under its attribute name; nested documents through their generated
 * converters. Its metadata (keys of the table and every index) is the one the static builders
 * would build from the same tags.
 *
 * <p>Cold start: what only the enhanced client asks for (the metadata, every attribute's
 * converter) and the converters of the SDK's default provider sit in nested holder classes, which
 * the JVM initializes on first use; mapping an item of common types never builds them.
 */
final class MapperWriter {

  static final String CLASS_NAME = "Mapper";
  private static final String CONVERTERS = "Converters";
  private static final String METADATA = "Metadata";
  private static final String SDK = "software.amazon.awssdk.enhanced.dynamodb";
  private static final ClassName TABLE_SCHEMA = ClassName.get(SDK, "TableSchema");
  private static final ClassName TABLE_METADATA = ClassName.get(SDK, "TableMetadata");
  private static final ClassName ENHANCED_TYPE = ClassName.get(SDK, "EnhancedType");
  private static final ClassName CONVERTER = ClassName.get(SDK, "AttributeConverter");
  private static final ClassName VALUE_TYPE = ClassName.get(SDK, "AttributeValueType");
  private static final ClassName DEFAULT_CONVERTERS = ClassName.get("dev.singletable.internal", "DefaultConverters");
  private static final ClassName STATIC_METADATA = ClassName.get(SDK + ".mapper", "StaticTableMetadata");
  private static final ClassName ATTRIBUTE_VALUE = AttributeCodec.ATTRIBUTE_VALUE;
  private static final ClassName VALUES = AttributeCodec.VALUES;
  private static final TypeName VALUE_MAP = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ATTRIBUTE_VALUE);
  // Property converters are named <CONSTANT>_CONVERTER; fixed fields never end so, so they never clash.
  private static final String STRING_CONVERTER = "KEY_STRINGS";

  private final EntityModel entity;
  private final Map<String, String> keyGetters;
  private final Set<String> names = new HashSet<>();
  private final PropertyConverters propertyConverters;
  private final Set<String> indexKeyProperties = new HashSet<>();

  /**
   * @param keyGetters the computed key attributes, in order, with the name of the outer class's
   *     static getter that renders each ({@code null} when a sparse index placeholder is null)
   */
  MapperWriter(EntityModel entity, Map<String, String> keyGetters) {
    this.entity = entity;
    this.keyGetters = keyGetters;
    entity.properties().forEach(p -> names.add(p.name()));
    entity.properties().stream().filter(entity::isIndexKey).forEach(p -> indexKeyProperties.add(p.attributeName()));
    Map<String, String> constants = AttributesWriter.constantNames(entity);
    Map<String, String> converters = new LinkedHashMap<>();
    entity.properties().forEach(p -> converters.put(p.name(), constants.get(p.name()) + "_CONVERTER"));
    this.propertyConverters = new PropertyConverters(entity.properties(), converters, CONVERTERS);
  }

  TypeSpec write() {
    TypeName itemType = entity.type();
    TypeSpec.Builder type = TypeSpec.classBuilder(CLASS_NAME)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(TABLE_SCHEMA, itemType))
        .addJavadoc("The enhanced client's table schema of {@link $T}, written out attribute by attribute.\n", itemType);
    addConstants(type);
    String item = unique("item");
    String map = unique("map");
    String preserve = unique("preserveEmptyObject");
    type.addMethod(itemToMap(item, map))
        .addMethod(MethodSpec.methodBuilder("mapToItem").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(itemType).addParameter(VALUE_MAP, map)
            .addStatement("return mapToItem($N, false)", map).build())
        .addMethod(mapToItem(item, map, preserve))
        .addMethod(itemToMapOf(item, map))
        .addMethod(attributeValue(item))
        .addMethod(override("converterForAttribute", ParameterizedTypeName.get(CONVERTER, itemType))
            .addParameter(Object.class, "key")
            .addComment("As the SDK's schemas: the attribute's own converter, whatever the type parameter says.")
            .addStatement("@SuppressWarnings(\"unchecked\") $T converter = ($T) $N.BY_ATTRIBUTE.get(key)",
                ParameterizedTypeName.get(CONVERTER, itemType), ParameterizedTypeName.get(CONVERTER, itemType), CONVERTERS)
            .addStatement("return converter").build())
        .addMethod(override("tableMetadata", TABLE_METADATA).addStatement("return $N.TABLE", METADATA).build())
        .addMethod(override("itemType", ParameterizedTypeName.get(ENHANCED_TYPE, itemType))
            .addStatement("return $N.ITEM_TYPE", METADATA).build())
        .addMethod(override("attributeNames", ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class)))
            .addStatement("return ATTRIBUTE_NAMES").build())
        .addMethod(override("isAbstract", TypeName.BOOLEAN).addStatement("return false").build())
        .addType(convertersHolder())
        .addType(metadataHolder());
    return type.build();
  }

  private void addConstants(TypeSpec.Builder type) {
    propertyConverters.addEagerFields(type);
    List<CodeBlock> attributeNames = new ArrayList<>();
    keyGetters.keySet().forEach(name -> attributeNames.add(CodeBlock.of("$S", name)));
    attributeNames.add(CodeBlock.of("$S", entity.table().typeAttribute()));
    written().forEach(property -> attributeNames.add(CodeBlock.of("$S", property.attributeName())));
    TypeName names = ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));
    type.addField(FieldSpec.builder(names, "ATTRIBUTE_NAMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($L)", List.class, CodeBlock.join(attributeNames, ", ")).build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(String.class)),
                "ATTRIBUTE_SET", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.copyOf(ATTRIBUTE_NAMES)", Set.class).build())
        .addField(FieldSpec.builder(ATTRIBUTE_VALUE, "TYPE_NAME_VALUE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.fromS(TYPE_NAME)", ATTRIBUTE_VALUE).build());
  }

  /**
   * The holder of the default provider's converters: those of properties without a direct
   * codec or an eager converter, and every attribute's converter by name.
   */
  private TypeSpec convertersHolder() {
    TypeSpec.Builder holder = TypeSpec.classBuilder(CONVERTERS)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The converters of the SDK's default provider, built when first used: building that provider\n"
            + "costs a fresh JVM tens of milliseconds, which mapping items of common types does not need.\n")
        .addField(FieldSpec.builder(ParameterizedTypeName.get(CONVERTER, ClassName.get(String.class)), STRING_CONVERTER,
                Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($T.class)", DEFAULT_CONVERTERS, String.class).build());
    List<CodeBlock> entries = new ArrayList<>();
    // An index key attribute that stores a property has that property's converter (below), once.
    keyGetters.keySet().stream().filter(name -> !indexKeyProperties.contains(name))
        .forEach(name -> entries.add(CodeBlock.of("$T.entry($S, $N)", Map.class, name, STRING_CONVERTER)));
    entries.add(CodeBlock.of("$T.entry($S, $N)", Map.class, entity.table().typeAttribute(), STRING_CONVERTER));
    propertyConverters.addHolderFields(holder);
    entries.addAll(propertyConverters.entries());
    TypeName converter = ParameterizedTypeName.get(CONVERTER, com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class));
    return holder.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                converter), "BY_ATTRIBUTE", Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.ofEntries(\n$>$>$L$<$<)", Map.class, CodeBlock.join(entries, ",\n")).build())
        .build();
  }

  /** The holder of what only the enhanced client asks for: the table metadata and the item type. */
  private TypeSpec metadataHolder() {
    return TypeSpec.classBuilder(METADATA)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The keys of the table and its indexes, and the item type: built when the enhanced client\n"
            + "first asks for them.\n")
        .addField(FieldSpec.builder(TABLE_METADATA, "TABLE", Modifier.STATIC, Modifier.FINAL)
            .initializer(metadata()).build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ENHANCED_TYPE, entity.type()), "ITEM_TYPE",
                Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($T.class)", ENHANCED_TYPE, entity.type()).build())
        .build();
  }

  /** The keys of the table and of every index the entity is in, as the static builders' tags give them. */
  private CodeBlock metadata() {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()\n", STATIC_METADATA).indent().indent();
    for (KeyModel key : entity.keys()) {
      CodeBlock index = key.isPrimary() ? CodeBlock.of("$T.primaryIndexName()", TABLE_METADATA) : CodeBlock.of("$S", key.index().name());
      code.add(".addIndexPartitionKey($L, $S, $T.S)\n", index, key.partition().attributeName(), VALUE_TYPE)
          .add(".addIndexSortKey($L, $S, $T.S)\n", index, key.sort().attributeName(), VALUE_TYPE);
    }
    return code.add(".build()").unindent().unindent().build();
  }

  private MethodSpec itemToMap(String item, String map) {
    MethodSpec.Builder method = override("itemToMap", VALUE_MAP)
        .addParameter(entity.type(), item).addParameter(TypeName.BOOLEAN, "ignoreNulls")
        .addStatement("$T $N = new $T<>($L)", VALUE_MAP, map, java.util.HashMap.class, capacity())
        .beginControlFlow("if ($N == null)", item)
        .addComment("As the SDK's schemas: no item, every attribute null.")
        .beginControlFlow("for ($T name : ATTRIBUTE_NAMES)", String.class)
        .addStatement("$T.put($N, name, null, ignoreNulls)", VALUES, map)
        .endControlFlow()
        .addStatement("return $T.unmodifiable($N)", VALUES, map)
        .endControlFlow();
    keyGetters.forEach((name, getter) -> method.addStatement("$T.put($N, $S, $T.s($N($N)), ignoreNulls)",
        VALUES, map, name, VALUES, getter, item));
    method.addStatement("$T.put($N, $S, TYPE_NAME_VALUE, ignoreNulls)", VALUES, map, entity.table().typeAttribute());
    for (PropertyModel property : written()) {
      method.addStatement("$T.put($N, $S, $L, ignoreNulls)", VALUES, map, property.attributeName(), write(property, item));
    }
    return method.addStatement("return $T.unmodifiable($N)", VALUES, map).build();
  }

  private MethodSpec mapToItem(String item, String map, String preserve) {
    MethodSpec.Builder method = override("mapToItem", entity.type())
        .addParameter(VALUE_MAP, map).addParameter(TypeName.BOOLEAN, preserve)
        .beginControlFlow("if (!$N && !$T.anyPresent($N, ATTRIBUTE_SET))", preserve, VALUES, map)
        .addComment("As the SDK's schemas: an item with no attribute of this schema reads as null.")
        .addStatement("return null")
        .endControlFlow();
    Instantiation.returnNew(method, entity.type(), entity.record(), entity.declared(), item, property -> read(property, map));
    return method.build();
  }

  private MethodSpec itemToMapOf(String item, String map) {
    return override("itemToMap", VALUE_MAP)
        .addParameter(entity.type(), item)
        .addParameter(ParameterizedTypeName.get(ClassName.get(java.util.Collection.class), ClassName.get(String.class)), "attributes")
        .addStatement("$T $N = new $T<>()", VALUE_MAP, map, java.util.HashMap.class)
        .addComment("As the SDK's schemas: an attribute without value is put with a null value.")
        .beginControlFlow("for ($T name : attributes)", String.class)
        .addStatement("$N.put(name, attributeValue($N, name))", map, item)
        .endControlFlow()
        .addStatement("return $T.unmodifiable($N)", VALUES, map)
        .build();
  }

  private MethodSpec attributeValue(String item) {
    CodeBlock.Builder cases = CodeBlock.builder();
    keyGetters.forEach((name, getter) -> cases.add("case $S -> $T.s($N($N));\n", name, VALUES, getter, item));
    cases.add("case $S -> TYPE_NAME_VALUE;\n", entity.table().typeAttribute());
    for (PropertyModel property : written()) {
      cases.add("case $S -> $L;\n", property.attributeName(), write(property, item));
    }
    cases.add("default -> throw new $T($T.format(\"TableSchema does not know how to retrieve \"\n"
        + "    + \"requested attribute '%s' from mapped object.\", attributeName));\n", IllegalArgumentException.class, String.class);
    return override("attributeValue", ATTRIBUTE_VALUE)
        .addParameter(entity.type(), item).addParameter(String.class, "attributeName")
        .addCode("$T value = switch (attributeName) {\n$>$L$<};\n", ATTRIBUTE_VALUE, cases.build())
        .addStatement("return value == null || $T.isNul(value) ? null : value", VALUES)
        .build();
  }

  /**
   * The properties written as attributes of their own: all but those stored under an index key
   * attribute, which that key's renderer writes (with the key's checks; the text is the same).
   */
  private List<PropertyModel> written() {
    return entity.properties().stream().filter(p -> !indexKeyProperties.contains(p.attributeName())).toList();
  }

  /** The expression writing a property's value, {@code null} when the value is null. */
  private CodeBlock write(PropertyModel property, String item) {
    return AttributeCodec.of(property).write(property, CodeBlock.of("$N.$N()", item, property.getter()), converter(property));
  }

  /** The expression reading a property's (boxed) value, {@code null} when absent. */
  private CodeBlock read(PropertyModel property, String map) {
    return AttributeCodec.of(property).read(property, map, converter(property));
  }

  /** The expression of a property's converter: a field of the mapper, or of its holder of default converters. */
  private CodeBlock converter(PropertyModel property) {
    return propertyConverters.reference(property);
  }

  private int capacity() {
    int attributes = keyGetters.size() + 1 + written().size();
    return attributes * 4 / 3 + 1;
  }

  private String unique(String base) {
    String name = Names.unique(base, names);
    names.add(name);
    return name;
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
  }
}
