package dev.singletable.it.tx;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import dev.singletable.annotation.Version;

/** A versioned JavaBean: its version is a {@code Long}, {@code null} until first written. */
@Entity
@Key(pk = "COUNTER#<name>", sk = "VALUE")
public class Counter {
  private String name;
  private long value;
  @Version
  private Long version;

  public Counter() {}

  public Counter(String name, long value) {
    this.name = name;
    this.value = value;
  }

  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public long getValue() { return value; }
  public void setValue(long value) { this.value = value; }
  public Long getVersion() { return version; }
  public void setVersion(Long version) { this.version = version; }
}
