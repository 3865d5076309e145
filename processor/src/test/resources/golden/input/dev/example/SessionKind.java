package dev.example;
import dev.singletable.annotation.KeySpelling;
public enum SessionKind { @KeySpelling("web") WEB, @KeySpelling("app") MOBILE_APP }
