package io.heal.core.spec;

import java.net.URI;
import java.util.List;

/**
 * Where Heal reports what it cannot heal: each webhook receives a JSON POST; the log always gets a
 * line.
 */
public record EscalationSpec(List<URI> webhooks) {

  public EscalationSpec {
    webhooks = List.copyOf(webhooks);
  }

  /** No webhooks: escalations go to the log only. */
  public static EscalationSpec logOnly() {
    return new EscalationSpec(List.of());
  }
}
