package dev.singletable.processor;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/** Reports {@link Diagnostic}s on elements, annotations and annotation values, counting errors. */
final class Reporter {

  private final Messager messager;
  private int errors;

  Reporter(Messager messager) {
    this.messager = messager;
  }

  void error(Diagnostic diagnostic, Element element, Object... args) {
    error(diagnostic, element, null, null, args);
  }

  void error(Diagnostic diagnostic, Element element, AnnotationMirror annotation, AnnotationValue value,
      Object... args) {
    errors++;
    messager.printMessage(Kind.ERROR, diagnostic.format(args), element, annotation, value);
  }

  void internal(Element element, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    error(Diagnostic.INTERNAL, element, element, e, trace);
  }

  /** Returns the number of errors reported so far; compare before and after a step. */
  int errorCount() {
    return errors;
  }
}
