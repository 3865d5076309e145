package dev.singletable.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code TVisitor<R>}: a visitor of the table's items with one abstract method per entity
 * ({@code visitOrder(Order order)}), a default for items kept raw, and the dispatch by class. It is
 * the Java 17 form of a {@code switch} over a sealed interface of the entities: a visitor that
 * misses an entity, or one added to the table later, does not compile.
 *
 * <p>A generated interface rather than a runtime builder ({@code on(User.class, ...)}): a builder
 * cannot tell at compile time that a case is missing, and its lambdas lose the entity's type unless
 * each call names the class again.
 */
final class VisitorWriter {

  private static final ClassName ITEM_VISITOR = ClassName.get("dev.singletable", "ItemVisitor");
  private static final ClassName ITEMS = ClassName.get("dev.singletable", "Items");
  private static final ClassName ITEM_VISITS = ClassName.get("dev.singletable.internal", "ItemVisits");
  private static final ClassName ATTRIBUTE_VALUE =
      ClassName.get("software.amazon.awssdk.services.dynamodb.model", "AttributeValue");
  private static final TypeVariableName R = TypeVariableName.get("R");
  /** The dispatch method's variables: an entity class of such a simple name is written qualified. */
  private static final Set<String> VARIABLES = Set.of("item", "type");

  private VisitorWriter() {}

  /** The generated visitor of a table: {@code ShopVisitor} for {@code Shop}. */
  static ClassName className(TableModel table) {
    return Names.sibling(table.type(), "Visitor");
  }

  static JavaFile write(TableModel table, List<EntityModel> entities) {
    ClassName name = className(table);
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(name)
        .addAnnotation(AnnotationSpec.builder(Generated.GENERATED)
            .addMember("value", "$S", SingletableProcessor.class.getCanonicalName())
            .build())
        .addAnnotation(Generated.SINGLETABLE_GENERATED)
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(R)
        .addSuperinterface(ParameterizedTypeName.get(ITEM_VISITOR, R))
        .addJavadoc("A visitor of the items of the single-table {@code $L} declared by {@link $T}: one method per\n",
            table.tableName(), table.type())
        .addJavadoc("entity, so that a visitor that misses one does not compile. Run it with {@link $T#visit}.\n", ITEMS)
        .addJavadoc("\n@param <R> what each visit returns; {@code Void} for side effects only\n");
    CodeBlock.Builder dispatch = CodeBlock.builder()
        .addStatement("$T type = item == null ? null : item.getClass()", ParameterizedTypeName.get(
            ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)));
    for (EntityModel entity : entities) {
      String method = method(entity);
      type.addMethod(MethodSpec.methodBuilder(method)
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(R)
          .addParameter(entity.type(), parameter(entity))
          .addJavadoc("Visits an item of entity {@link $T} (type {@code $L}).\n", entity.type(), entity.typeName())
          .build());
      CodeBlock entityType = Generated.typeReference(entity.type(), VARIABLES);
      dispatch.beginControlFlow("if (type == $L.class)", entityType)
          .addStatement("return $N(($L) item)", method, entityType)
          .endControlFlow();
    }
    dispatch.addStatement("throw $T.notAnEntity(item, $S)", ITEM_VISITS, name.simpleName());
    TypeName raw = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ATTRIBUTE_VALUE);
    type.addMethod(MethodSpec.methodBuilder("visitUnrecognized")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(R)
        .addParameter(ParameterSpec.builder(raw, "item").build())
        .addJavadoc("Visits an item of no entity of the table that the read policies kept raw; unless overridden,\n")
        .addJavadoc("throws an {@code UnknownItemException} naming its key.\n")
        .addStatement("throw $T.unrecognized(item, $T.DEFINITION, $S)", ITEM_VISITS, table.schemaClass(),
            name.simpleName())
        .build());
    type.addMethod(MethodSpec.methodBuilder("visit")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(R)
        .addParameter(Object.class, "item")
        .addJavadoc("Calls the method of the item's entity class.\n")
        .addJavadoc("\n@throws IllegalArgumentException if {@code item} is of no entity of the table\n")
        .addCode(dispatch.build())
        .build());
    return JavaFile.builder(name.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  /** {@code visitOrder} for {@code Order}, {@code visitShop_Item} for a nested {@code Shop.Item}. */
  private static String method(EntityModel entity) {
    return "visit" + String.join("_", entity.type().simpleNames());
  }

  /** {@code order} for {@code Order}; {@code entity} where that would be a keyword ({@code Package}). */
  private static String parameter(EntityModel entity) {
    String name = Character.toLowerCase(entity.type().simpleName().charAt(0)) + entity.type().simpleName().substring(1);
    return SourceVersion.isName(name) ? name : "entity";
  }
}
