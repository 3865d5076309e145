package dev.singletable.it.models;

import dev.singletable.annotation.AttributeName;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/** A nested document (a record): a renamed member, a document inside, a list, a set, a YearMonth. */
public record Address(String street, String city, @AttributeName("zip_code") String zip, Geo geo, List<String> lines,
    YearMonth since, Set<String> tags) {

  static Address of(String street, String city, String zip) {
    return new Address(street, city, zip, null, null, null, null);
  }
}
