package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes how a generated schema or document converter builds an object from the values it read:
 * a record through its canonical constructor (an absent primitive as 0 or false, an
 * {@code @Transient} component as its type's default), a bean through its no-argument constructor
 * and the setters of the values present, as the SDK's schemas do.
 */
final class Instantiation {

  private Instantiation() {}

  /**
   * Adds the statements that build the object and return it.
   *
   * @param declared every property in declaration order, ignored ones included
   * @param item the name of the bean's local variable
   * @param read the expression reading a stored property's boxed value, {@code null} when absent
   */
  static void returnNew(MethodSpec.Builder method, ClassName type, boolean record, List<PropertyModel> declared,
      String item, Function<PropertyModel, CodeBlock> read) {
    if (record) {
      List<CodeBlock> arguments = new ArrayList<>();
      for (PropertyModel property : declared) {
        arguments.add(property.ignored() ? defaultValue(property.type()) : !property.isPrimitive() ? read.apply(property)
            : property.type().equals(TypeName.BOOLEAN) ? CodeBlock.of("$T.orFalse($L)", AttributeCodec.VALUES, read.apply(property))
            : CodeBlock.of("$T.orZero($L)", AttributeCodec.VALUES, read.apply(property)));
      }
      method.addStatement("return new $T(\n$L)", type, CodeBlock.join(arguments, ",\n"));
      return;
    }
    method.addStatement("$T $N = new $T()", type, item, type);
    for (PropertyModel property : declared) {
      if (property.ignored()) {
        continue;
      }
      // An absent attribute leaves the bean's own initial value, as the SDK's schemas do.
      method.addStatement("$T $N = $L", property.boxedType(), property.name(), read.apply(property))
          .beginControlFlow("if ($N != null)", property.name())
          .addStatement("$N.$N($N)", item, property.setter(), property.name())
          .endControlFlow();
    }
    method.addStatement("return $N", item);
  }

  /** The default of a type: what an ignored record component receives. */
  private static CodeBlock defaultValue(TypeName type) {
    if (!type.isPrimitive()) {
      return CodeBlock.of("null");
    }
    return switch (type.toString()) {
      case "boolean" -> CodeBlock.of("false");
      case "char" -> CodeBlock.of("'\\0'");
      case "byte" -> CodeBlock.of("(byte) 0");
      case "short" -> CodeBlock.of("(short) 0");
      case "long" -> CodeBlock.of("0L");
      case "float" -> CodeBlock.of("0F");
      case "double" -> CodeBlock.of("0D");
      default -> CodeBlock.of("0");
    };
  }
}
