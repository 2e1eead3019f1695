package com.acme.docs;

import java.util.Set;

/** A shared document. */
public record Document(String title, String owner, boolean locked, Set<String> sharedWith) {}
