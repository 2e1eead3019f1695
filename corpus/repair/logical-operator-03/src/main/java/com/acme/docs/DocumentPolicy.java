package com.acme.docs;

/** Access rules for documents. */
public class DocumentPolicy {

  public boolean canView(User user, Document doc) {
    return doc.owner().equals(user.name())
        || user.has(User.Role.ADMIN)
        || doc.sharedWith().contains(user.name());
  }

  /** Owners and admins may edit documents that are not locked. */
  public boolean canEdit(User user, Document doc) {
    if (doc.locked()) {
      return false;
    }
    return doc.owner().equals(user.name()) && user.has(User.Role.ADMIN);
  }
}
