/**
 * DynamoDB for tests: {@link dev.singletable.testing.DynamoDbLocalExtension} injects a client of
 * one server per test run, {@link dev.singletable.testing.DynamoDbLocal} (in this JVM, the default)
 * or {@link dev.singletable.testing.MotoServer} (moto's server, with
 * {@code -Dsingletable.backend=moto}), both {@link dev.singletable.testing.DynamoDbServer}s.
 * {@link dev.singletable.testing.Deviation} names where a backend departs from DynamoDB's
 * documentation. Depend on this module in test scope only.
 */
package dev.singletable.testing;
