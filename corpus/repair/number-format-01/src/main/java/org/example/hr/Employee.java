package org.example.hr;

/** One row of the staff export. */
public record Employee(String name, int age, String department) {}
