package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A validated nested document: a record or bean stored as a map inside an item, ready to be
 * written as {@code XDocument} (its converter) and {@code XAttribute} (its typed handle).
 *
 * @param type the document class
 * @param converterClass the generated {@code XDocument} class
 * @param handleClass the generated {@code XAttribute<T>} class
 * @param record whether the document is a record (else a JavaBean)
 * @param properties every stored property, in declaration order
 * @param declared every property in declaration order, {@code @Transient} ones included
 */
record DocumentModel(
    ClassName type,
    ClassName converterClass,
    ClassName handleClass,
    boolean record,
    List<PropertyModel> properties,
    List<PropertyModel> declared) {

  /** Returns the shape of a property of this document's type. */
  ValueShape.Document shape() {
    return new ValueShape.Document(type, converterClass, handleClass);
  }
}
