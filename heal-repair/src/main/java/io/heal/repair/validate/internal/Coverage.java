package io.heal.repair.validate.internal;

import java.lang.reflect.Method;

/** Reaches the JaCoCo agent's runtime API by reflection, when the agent is attached. */
final class Coverage {

  private Coverage() {}

  static void reset() throws Exception {
    Object agent = Class.forName("org.jacoco.agent.rt.RT").getMethod("getAgent").invoke(null);
    Class.forName("org.jacoco.agent.rt.IAgent").getMethod("reset").invoke(agent);
  }

  static byte[] dump() throws Exception {
    Object agent = Class.forName("org.jacoco.agent.rt.RT").getMethod("getAgent").invoke(null);
    Method m =
        Class.forName("org.jacoco.agent.rt.IAgent").getMethod("getExecutionData", boolean.class);
    return (byte[]) m.invoke(agent, true);
  }
}
