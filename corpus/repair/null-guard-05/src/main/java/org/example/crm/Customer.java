package org.example.crm;

/** A customer record from the CRM export; {@code email} may be null. */
public record Customer(long id, String name, String email) {}
