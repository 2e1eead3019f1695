package com.acme.docs;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;
import org.junit.Test;

public class DocumentPolicyTest {

  private final DocumentPolicy policy = new DocumentPolicy();
  private final User ann = new User("ann", Set.of(User.Role.MEMBER));
  private final User bob = new User("bob", Set.of(User.Role.MEMBER));
  private final User root = new User("root", Set.of(User.Role.ADMIN));
  private final Document plan = new Document("plan", "ann", false, Set.of("bob"));

  @Test
  public void ownerCanEditOwnDocument() {
    assertTrue(policy.canEdit(ann, plan));
  }

  @Test
  public void adminCanEditAnyDocument() {
    assertTrue(policy.canEdit(root, plan));
  }

  @Test
  public void sharedUserCanViewButNotEdit() {
    assertTrue(policy.canView(bob, plan));
    assertFalse(policy.canEdit(bob, plan));
  }

  @Test
  public void lockedDocumentIsReadOnly() {
    Document locked = new Document("minutes", "ann", true, Set.of());
    assertFalse(policy.canEdit(ann, locked));
    assertTrue(policy.canView(ann, locked));
  }
}
