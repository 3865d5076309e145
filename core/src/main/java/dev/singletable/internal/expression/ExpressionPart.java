package dev.singletable.internal.expression;

/**
 * A piece of a condition, filter or update expression that renders itself into one request's
 * {@link ExpressionContext}, allocating its name and value placeholders there. <b>Not API.</b>
 */
@FunctionalInterface
public interface ExpressionPart {

  /** Returns the expression text, its names and values added to {@code context}. */
  String render(ExpressionContext context);
}
