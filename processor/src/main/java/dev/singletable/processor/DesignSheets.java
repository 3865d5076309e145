package dev.singletable.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes each table's design sheet ({@link DesignSheetWriter}) as the class-path resource
 * {@code META-INF/singletable/<Table>.md}, from the table and all its entities.
 */
final class DesignSheets {

  static final String DIRECTORY = "META-INF/singletable/";

  private final Filer filer;
  private final Reporter reporter;
  private final Map<String, String> tableOfSheet = new HashMap<>();

  DesignSheets(Filer filer, Reporter reporter) {
    this.filer = filer;
    this.reporter = reporter;
  }

  /** The sheet's name: the table type's simple name, {@code Outer_Shop} for a nested type. */
  static String name(TableModel table) {
    return Names.sibling(table.type(), "").simpleName();
  }

  void write(TableModel table, List<EntityModel> entities, TypeElement tableElement, List<TypeElement> entityElements) {
    String name = name(table);
    String qualified = tableElement.getQualifiedName().toString();
    String other = tableOfSheet.putIfAbsent(name, qualified);
    if (other != null && !other.equals(qualified)) {
      reporter.error(Diagnostic.DUPLICATE_DESIGN_SHEET, tableElement, other, qualified, name);
      return;
    }
    List<Element> originating = new ArrayList<>(List.of(tableElement));
    originating.addAll(entityElements);
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", DIRECTORY + name + ".md",
          originating.toArray(new Element[0]));
      try (Writer writer = file.openWriter()) {
        writer.write(DesignSheetWriter.write(table, entities));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + DIRECTORY + name + ".md", e);
    }
  }
}
